"""Every team at a glance: its latest assessment (or the one in a chosen period), scored.

Rows are plain frozen dataclasses so a Qt table model can hold them and re-sort them
itself with `sort_rows` (cheap at hundreds of rows; no proxy model needed).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import CTE, ScalarSelect, Select, bindparam, func, select, tuple_, union_all

from ipsfidelity.analysis.aggregates import (
    AssessmentHead,
    AssessmentScore,
    PackKey,
    Selection,
    Source,
    connection,
    score_heads,
)
from ipsfidelity.analysis.trend import delta
from ipsfidelity.errors import UserError
from ipsfidelity.i18n import tr
from ipsfidelity.periods import is_period
from ipsfidelity.store import models as m
from ipsfidelity.store.lifecycle_rules import check_kind

STALE_MONTHS = 6


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

    @property
    def period(self) -> str | None:
        return None if self.score is None else self.score.period

    @property
    def date(self) -> dt.date | None:
        return None if self.score is None else self.score.date

    @property
    def overall(self) -> float | None:
        return None if self.score is None else self.score.overall

    @property
    def kind(self) -> str | None:
        return None if self.score is None else self.score.kind

    @property
    def change(self) -> float | None:
        """The overall score's change since the review before, as shown (rounded) numbers."""
        if self.score is None or self.previous is None:
            return None
        return delta(self.score.overall, self.previous.overall)

    @property
    def verdict(self) -> str | None:
        return None if self.score is None else self.score.verdict

    @property
    def caseload(self) -> str | None:
        return None if self.score is None else self.score.caseload

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


_A, _T = m.Assessment.__table__, m.Team.__table__
_ORDER = ("date", "created_at", "id")  # `trend`'s order: the latest is the last


def _chosen(by_period: bool, by_kind: bool) -> ScalarSelect[str]:
    """Per team, its latest assessment (in the period, of the kind), in `trend`'s order
    reversed: a correlated LIMIT 1 over the (team_id, period) index, far cheaper than a
    window function sorting every assessment in the database."""
    x = _A.alias("x")
    pick = (
        select(x.c.id)
        .where(x.c.team_id == _T.c.id)
        .order_by(*(x.c[c].desc() for c in _ORDER))
        .limit(1)
    )
    if by_period:
        pick = pick.where(x.c.period == bindparam("period"))
    if by_kind:
        pick = pick.where(x.c.kind == bindparam("kind"))
    return pick.scalar_subquery()


def _picked(by_period: bool, by_kind: bool) -> CTE:
    """(team_id, id of its chosen assessment or NULL, id of the review before that one
    or NULL), each pick run once per team: PostgreSQL otherwise re-runs a correlated pick
    for every reference to it. The review before is of the same kind when a kind is
    chosen, in any period."""
    chosen = (
        select(_T.c.id.label("team_id"), _chosen(by_period, by_kind).label("id"))
        .cte("chosen")
        .prefix_with("MATERIALIZED", dialect="postgresql")
    )
    a, y = _A.alias("a"), _A.alias("y")
    before = (
        select(y.c.id)
        .where(
            y.c.team_id == chosen.c.team_id,
            tuple_(*(y.c[c] for c in _ORDER)) < tuple_(*(a.c[c] for c in _ORDER)),
        )
        .order_by(*(y.c[c].desc() for c in _ORDER))
        .limit(1)
    )
    if by_kind:
        before = before.where(y.c.kind == bindparam("kind"))
    picked = (
        select(chosen.c.team_id, chosen.c.id, before.scalar_subquery().label("previous_id"))
        .select_from(chosen.outerjoin(a, a.c.id == chosen.c.id))
        .cte("picked")
        .prefix_with("MATERIALIZED", dialect="postgresql")
    )
    # SQLite would otherwise run the picks once per reference (the scoring selects both
    # ids: twice the work); it knows MATERIALIZED from 3.35 on.
    if sqlite3.sqlite_version_info >= (3, 35):
        picked = picked.prefix_with("MATERIALIZED", dialect="sqlite")
    return picked


def _head_columns(table: Any) -> list[Any]:
    return [
        table.c.id,
        table.c.team_id,
        table.c.date,
        table.c.period,
        table.c.instrument_id,
        table.c.instrument_version,
        table.c.created_at,
        table.c.kind,
    ]


def _head(r: Sequence[Any]) -> AssessmentHead | None:
    """The head from `_head_columns`' eight values (None for an outer join's miss)."""
    if r[0] is None:
        return None
    return AssessmentHead(r[0], r[1], r[2], r[3], (r[4], r[5]), r[6], r[7])


def _rows_query(picked: CTE) -> Select[Any]:
    x, before = _A.alias("x"), _A.alias("before")
    last_review = select(func.max(x.c.date)).where(x.c.team_id == _T.c.id).scalar_subquery()
    return select(
        _T.c.id,
        _T.c.name,
        _T.c.municipality,
        _T.c.psychiatry,
        last_review,
        *_head_columns(_A),
        *_head_columns(before),
    ).select_from(
        _T.join(picked, picked.c.team_id == _T.c.id)
        .outerjoin(_A, _A.c.id == picked.c.id)
        .outerjoin(before, before.c.id == picked.c.previous_id)
    )


def _selection(picked: CTE) -> Selection:
    def ids_for(pack: PackKey | None) -> Select[tuple[str]]:
        both = union_all(select(picked.c.id), select(picked.c.previous_id))
        query = select(_A.c.id).where(_A.c.id.in_(both))
        if pack is not None:
            query = query.where(_A.c.instrument_id == pack[0], _A.c.instrument_version == pack[1])
        return query

    return Selection(ids_for)


def _queries(by_period: bool, by_kind: bool) -> tuple[Select[Any], Selection]:
    picked = _picked(by_period, by_kind)
    return _rows_query(picked), _selection(picked)


# Built once (SQLAlchemy then skips recompiling): (rows query, aggregate selection),
# by (period chosen, kind chosen).
_QUERIES = {
    (by_period, by_kind): _queries(by_period, by_kind)
    for by_period in (False, True)
    for by_kind in (False, True)
}


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
    rows_query, selection = _QUERIES[period is not None, kind is not None]
    params = {
        name: value for name, value in (("period", period), ("kind", kind)) if value is not None
    }
    with connection(source) as conn:
        fetched = [(r, _head(r[5:13]), _head(r[13:21])) for r in conn.execute(rows_query, params)]
        heads = {h.id: h for _, *pair in fetched for h in pair if h is not None}
        scores = score_heads(conn, list(heads.values()), selection, params)
    rows = [
        OverviewRow(
            team_id=r[0],
            team=r[1],
            municipality=r[2],
            psychiatry=r[3],
            score=None if head is None else scores[head.id],
            last_review=r[4],
            stale=r[4] is None or r[4] < cutoff,
            previous=None if head is None or before is None else scores[before.id],
        )
        for r, head, before in fetched
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


_PERIODS = select(_A.c.period).distinct().order_by(_A.c.period.desc())


def periods(source: Source) -> list[str]:
    """Every period that has an assessment, newest first (what `overview` can be asked for)."""
    with connection(source) as conn:
        return list(conn.execute(_PERIODS).scalars())
