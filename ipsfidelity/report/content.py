"""Everything one report shows, gathered from the store into plain values first,
so laying out the PDF never touches the database (and can run on any thread).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from ipsfidelity.instrument import Instrument, get_pack
from ipsfidelity.scoring import Score
from ipsfidelity.store.repository import Store, score_data
from ipsfidelity.store.views import AssessmentData


@dataclass(frozen=True)
class ActionItem:
    """One row of the team's action plan (the tables come with the action-plan issue)."""

    item: str
    element: str = ""  # element id, or empty for an item that concerns the whole effort
    responsible: str = ""  # Kommune / Psykiatri / Fælles, as the caller words it
    owner: str = ""
    deadline: dt.date | None = None
    status: str = ""


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
    actions: tuple[ActionItem, ...] = field(default=())

    @property
    def finished(self) -> bool:
        """Every element rated and the caseload entered; anything less prints as a draft."""
        return not self.score.unrated and self.score.caseload.status != "missing"


def gather(
    store: Store,
    assessment_id: str,
    lang: str = "da",
    *,
    actions: Sequence[ActionItem] = (),
    generated: dt.date | None = None,
) -> ReportContent:
    data = store.get_assessment(assessment_id)
    prev_info = store.previous_assessment(assessment_id)
    previous = None
    if prev_info is not None:
        prev_data = store.get_assessment(prev_info.id)
        previous = Previous(prev_data, score_data(prev_data))
    return ReportContent(
        data=data,
        score=score_data(data),
        pack=get_pack(data.info.instrument_id, data.info.instrument_version),
        previous=previous,
        lang=lang,
        generated=generated or dt.date.today(),
        actions=tuple(actions),
    )
