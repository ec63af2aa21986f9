"""Every team at a glance: its latest assessment (or the one in a chosen period), scored.

Rows are plain frozen dataclasses so a Qt table model can hold them and re-sort them
itself with `sort_rows` (cheap at hundreds of rows; no proxy model needed).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import CTE, ScalarSelect, Select, bindparam, func, select

from ipsfidelity.analysis.aggregates import (
    AssessmentHead,
    AssessmentScore,
    PackKey,
    Selection,
    Source,
    connection,
    score_heads,
)
from ipsfidelity.errors import UserError
from ipsfidelity.i18n import tr
from ipsfidelity.periods import is_period
from ipsfidelity.store import models as m

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


def _chosen(by_period: bool) -> ScalarSelect[str]:
    """Per team, its latest assessment (in the period), in `trend`'s order reversed: a
    correlated LIMIT 1 over the (team_id, period) index, far cheaper than a window
    function sorting every assessment in the database."""
    x = _A.alias("x")
    pick = (
        select(x.c.id)
        .where(x.c.team_id == _T.c.id)
        .order_by(x.c.date.desc(), x.c.created_at.desc(), x.c.id.desc())
        .limit(1)
    )
    if by_period:
        pick = pick.where(x.c.period == bindparam("period"))
    return pick.scalar_subquery()


def _picked(by_period: bool) -> CTE:
    """(team_id, id of its chosen assessment or NULL), the pick run once per team:
    PostgreSQL otherwise re-runs a correlated pick for every reference to it."""
    return (
        select(_T.c.id.label("team_id"), _chosen(by_period).label("id"))
        .cte("picked")
        .prefix_with("MATERIALIZED", dialect="postgresql")
    )


def _rows_query(picked: CTE) -> Select[Any]:
    x = _A.alias("x")
    last_review = select(func.max(x.c.date)).where(x.c.team_id == _T.c.id).scalar_subquery()
    return select(
        _T.c.id,
        _T.c.name,
        _T.c.municipality,
        _T.c.psychiatry,
        last_review,
        _A.c.id,
        _A.c.date,
        _A.c.period,
        _A.c.instrument_id,
        _A.c.instrument_version,
        _A.c.created_at,
    ).select_from(
        _T.join(picked, picked.c.team_id == _T.c.id).outerjoin(_A, _A.c.id == picked.c.id)
    )


def _selection(picked: CTE) -> Selection:
    def ids_for(pack: PackKey | None) -> Select[tuple[str]]:
        query = select(_A.c.id).where(_A.c.id.in_(select(picked.c.id)))
        if pack is not None:
            query = query.where(_A.c.instrument_id == pack[0], _A.c.instrument_version == pack[1])
        return query

    return Selection(ids_for)


# Built once (SQLAlchemy then skips recompiling): (rows query, aggregate selection),
# without and with a period.
_QUERIES = {
    by_period: (_rows_query(_picked(by_period)), _selection(_picked(by_period)))
    for by_period in (False, True)
}


def overview(
    source: Source, period: str | None = None, *, today: dt.date | None = None
) -> list[OverviewRow]:
    """One row per team, by team name (Danish order)."""
    if period is not None and not is_period(period):
        raise UserError(tr("assessment.bad_period", period=period))
    cutoff = months_before(today or dt.date.today(), STALE_MONTHS)
    rows_query, selection = _QUERIES[period is not None]
    params = {} if period is None else {"period": period}
    with connection(source) as conn:
        fetched = conn.execute(rows_query, params).all()
        heads = [
            AssessmentHead(r[5], r[0], r[6], r[7], (r[8], r[9]), r[10])
            for r in fetched
            if r[5] is not None
        ]
        scores = score_heads(conn, heads, selection, params)
    rows = [
        OverviewRow(
            team_id=r[0],
            team=r[1],
            municipality=r[2],
            psychiatry=r[3],
            score=None if r[5] is None else scores[r[5]],
            last_review=r[4],
            stale=r[4] is None or r[4] < cutoff,
        )
        for r in fetched
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
