"""What one report shows, as plain values: `ReportContent` (and the review before it,
`Previous`). `content.gather` fills it from the store; the PDF is laid out from it alone."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ipsfidelity.instrument import Instrument
from ipsfidelity.report.reopening_facts import ReopeningStory
from ipsfidelity.scoring import Score
from ipsfidelity.scoring.agreement import Agreement
from ipsfidelity.store.followup import ActionPlanRow, AgreementInfo, OutcomeInfo
from ipsfidelity.store.lifecycle_views import LifecycleInfo
from ipsfidelity.store.views import AssessmentData, CaseloadInfo, RatingInfo


@dataclass(frozen=True)
class Previous:
    data: AssessmentData
    score: Score


@dataclass(frozen=True)
class ReportContent:
    data: AssessmentData
    score: Score
    pack: Instrument
    previous: Previous | None
    lang: str
    generated: dt.date
    # The assessment's action plan; overdue is judged on `overdue_on`.
    actions: tuple[ActionPlanRow, ...] = field(default=())
    # The day "Overskredet" is counted from, printed beside it: the printing date unless
    # given (a steering group reads the plan's state on the day it meets).
    overdue_on: dt.date | None = None
    agreement: AgreementInfo | None = None  # the one in force on the review date
    outcomes: OutcomeInfo | None = None
    # The team's outcome figures up to this review, oldest first (this one included).
    outcome_trend: tuple[OutcomeInfo, ...] = field(default=())
    # The review's lifecycle (docs/review-lifecycle.md); None only for content made by hand.
    lifecycle: LifecycleInfo | None = None
    # Each reviewer's own ratings (reviewer -> element -> rating), for the annex.
    reviewer_ratings: dict[str, dict[str, RatingInfo]] = field(default_factory=dict)
    # Each reviewer's own caseload reading (reviewer -> rows), for the annex.
    reviewer_caseloads: dict[str, tuple[CaseloadInfo, ...]] = field(default_factory=dict)
    interrater: Agreement | None = None
    fingerprint: str = ""
    # What each reopening undid and changed (from the history), oldest first.
    reopenings: tuple[ReopeningStory, ...] = ()
    # The consultants' names when they print as "Konsulent 1, 2, …": still the team's own
    # people, so a note that names one is not taken for naming a citizen.
    numbered_staff: tuple[str, ...] = ()

    @property
    def overdue_date(self) -> dt.date:
        return self.overdue_on or self.generated

    @property
    def complete(self) -> bool:
        """Every element rated and the caseload entered (or marked not available)."""
        unavailable = self.lifecycle is not None and bool(self.lifecycle.caseload_unavailable)
        caseload_ok = self.score.caseload.status != "missing" or unavailable
        return not self.score.unrated and caseload_ok

    @property
    def finished(self) -> bool:
        """Finished and signed off (the lifecycle); anything less prints as a draft."""
        if self.lifecycle is None:
            return self.complete
        return self.lifecycle.finished
