"""Every team at a glance: its latest assessment (or the one in a chosen period), scored.

Rows are plain frozen dataclasses so a Qt table model can hold them and re-sort them
itself with `sort_rows` (cheap at hundreds of rows; no proxy model needed).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Generic, TypeVar, cast, overload

from ipsfidelity.analysis.trend import delta
from ipsfidelity.errors import UserError
from ipsfidelity.i18n import tr
from ipsfidelity.periods import is_period
from ipsfidelity.store import scored
from ipsfidelity.store.aggregates import AssessmentScore, Source
from ipsfidelity.store.lifecycle_rules import check_kind

STALE_MONTHS = 6
T = TypeVar("T")


class _OfScore(Generic[T]):
    """A row's attribute read from its score of the same name; None for a team without one."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, row: None, owner: type) -> _OfScore[T]: ...
    @overload
    def __get__(self, row: OverviewRow, owner: type | None = None) -> T | None: ...
    def __get__(self, row: OverviewRow | None, owner: type | None = None) -> T | _OfScore[T] | None:
        if row is None:  # read on the class (introspection): the descriptor itself
            return self
        return None if row.score is None else cast(T, getattr(row.score, self.name))


@dataclass(frozen=True, slots=True)
class OverviewRow:
    team_id: str
    team: str
    municipality: str
    psychiatry: str
    score: AssessmentScore | None  # None: no assessment (in the chosen period)
    last_review: dt.date | None  # the team's latest assessment date, whatever the period
    stale: bool  # no review, or the last one is more than STALE_MONTHS old
    # The team's unfinished action items today, whatever the period (like last_review);
    # filled by `with_follow_up`, as only the app's overview shows them.
    open_items: int = 0
    overdue_items: int = 0  # of those, past their deadline
    # The team's review before `score` (of the same kind, when one is chosen), for the
    # change since; None when `score` is its first.
    previous: AssessmentScore | None = None

    period = _OfScore[str]()
    date = _OfScore[dt.date]()
    overall = _OfScore[float]()
    kind = _OfScore[str]()
    verdict = _OfScore[str]()
    caseload = _OfScore[str]()
    state = _OfScore[str]()  # the review's lifecycle state: draft, consensus or finished

    @property
    def change(self) -> float | None:
        """The overall score's change since the review before, as shown (rounded) numbers."""
        if self.score is None or self.previous is None:
            return None
        return delta(self.score.overall, self.previous.overall)

    def principle(self, principle_id: str) -> float | None:
        return None if self.score is None else self.score.principles.get(principle_id)


# Danish alphabet: æ, ø, å come after z (Python's code points put å before æ).
_DANISH = str.maketrans({"æ": "{", "ø": "|", "å": "}"})  # the three code points after z


def danish_key(text: str) -> str:
    return text.casefold().translate(_DANISH)


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day `months` calendar months earlier, clamped to the month's end."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    first_of_next = dt.date(year + (month == 11), (month + 1) % 12 + 1, 1)
    last_day = (first_of_next - dt.timedelta(days=1)).day
    return dt.date(year, month + 1, min(day.day, last_day))


def overview(
    source: Source,
    period: str | None = None,
    *,
    today: dt.date | None = None,
    kind: str | None = None,
) -> list[OverviewRow]:
    """One row per team, by team name (Danish order): its latest assessment (in `period`,
    of `kind`), and the review before that one for the change since."""
    if period is not None and not is_period(period):
        raise UserError(tr("assessment.bad_period", period=period))
    if kind is not None:
        check_kind(kind)
    cutoff = months_before(today or dt.date.today(), STALE_MONTHS)
    rows = [
        OverviewRow(
            team_id=t.team_id,
            team=t.name,
            municipality=t.municipality,
            psychiatry=t.psychiatry,
            score=t.score,
            last_review=t.last_review,
            stale=t.last_review is None or t.last_review < cutoff,
            previous=t.previous,
        )
        for t in scored.latest_of_teams(source, period, kind)
    ]
    rows.sort(key=lambda r: danish_key(r.team))
    return rows


def with_follow_up(
    rows: Sequence[OverviewRow], counts: Mapping[str, tuple[int, int]]
) -> list[OverviewRow]:
    """The rows with each team's (open, overdue) action items from `counts` (team id keyed)."""
    return [
        replace(r, open_items=counts[r.team_id][0], overdue_items=counts[r.team_id][1])
        if r.team_id in counts
        else r
        for r in rows
    ]


def periods(source: Source) -> list[str]:
    """Every period that has an assessment, newest first (what `overview` can be asked for)."""
    return scored.periods(source)
