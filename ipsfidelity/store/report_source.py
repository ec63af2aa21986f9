"""What a report reads from the database: `Store`, or the light `SQLiteReader` that the
`report` command uses on a current SQLite file (no SQLAlchemy to import)."""

from __future__ import annotations

import datetime as dt
from contextlib import AbstractContextManager
from typing import Protocol

from ipsfidelity.store.followup import ActionPlanRow, AgreementInfo, OutcomeInfo
from ipsfidelity.store.lifecycle_views import HistoryInfo, LifecycleInfo
from ipsfidelity.store.views import AssessmentData, AssessmentInfo, CaseloadInfo, RatingInfo


class ReportSource(Protocol):
    """Both satisfy it; mypy checks that at the end of repository.py."""

    def reading(self) -> AbstractContextManager[object]:
        """Reads inside it share one snapshot (and one transaction)."""
        ...

    def resolve_assessment(self, ref: str) -> str: ...

    def get_assessment(self, assessment_id: str) -> AssessmentData: ...

    def previous_assessment(
        self, assessment_id: str, *, same_kind: bool = False
    ) -> AssessmentInfo | None: ...

    def action_plan_rows(
        self, assessment_id: str, today: dt.date | None = None, lang: str | None = None
    ) -> list[ActionPlanRow]: ...

    def outcome_trend(self, team_id: str) -> list[OutcomeInfo]: ...

    def agreement_for(
        self, team_id: str, on_date: dt.date | None = None
    ) -> AgreementInfo | None: ...

    def lifecycle(self, assessment_id: str) -> LifecycleInfo: ...

    def history(self, assessment_id: str) -> list[HistoryInfo]:
        """The review's recorded changes, oldest first (the report reads its reopenings' story)."""
        ...

    def reviewer_ratings(self, assessment_id: str) -> dict[str, dict[str, RatingInfo]]: ...

    def reviewer_caseloads(self, assessment_id: str) -> dict[str, tuple[CaseloadInfo, ...]]: ...
