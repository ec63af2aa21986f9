"""Assessments scored in SQL for the analysis (`ipsfidelity.analysis` calls these; the SQL
stays in the store): every or a team's assessments, one team's over time, each team's
latest (in a period, of a kind) with the review before it, the periods there are, and the
stored ratings to compare.

Each query is built once, so SQLAlchemy's compiled cache hits. The scores come from
`aggregates.score_heads` and equal `score_assessment` (tests/test_analysis_equivalence.py).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import CTE, ScalarSelect, Select, bindparam, func, select, tuple_, union_all

from ipsfidelity.store import models as m
from ipsfidelity.store.aggregates import (
    AssessmentHead,
    AssessmentScore,
    PackKey,
    Selection,
    Source,
    connection,
    score_heads,
)

_A, _T, _R = m.Assessment.__table__, m.Team.__table__, m.Rating.__table__
# What `AssessmentHead` is made of, in its order (see `_head`).
_HEAD_COLUMNS = (
    _A.c.id,
    _A.c.team_id,
    _A.c.date,
    _A.c.period,
    _A.c.instrument_id,
    _A.c.instrument_version,
    _A.c.created_at,
    _A.c.kind,
    _A.c.state,
)
_WIDTH = len(_HEAD_COLUMNS)


def _head_columns(table: Any) -> list[Any]:
    """`_HEAD_COLUMNS` of `table` (an alias of the assessments)."""
    return [table.c[c.name] for c in _HEAD_COLUMNS]


def _head(row: Sequence[Any]) -> AssessmentHead:
    """An `AssessmentHead` from a row of `_HEAD_COLUMNS`."""
    return AssessmentHead(row[0], row[1], row[2], row[3], (row[4], row[5]), row[6], row[7], row[8])


def _head_or_none(row: Sequence[Any]) -> AssessmentHead | None:
    """The head from `_HEAD_COLUMNS`' values, None for an outer join's miss."""
    return None if row[0] is None else _head(row)


def _selection(ids: Select[tuple[str]]) -> Selection:
    """The aggregates' selection: `ids`, narrowed to one instrument pack when asked."""

    def ids_for(pack: PackKey | None) -> Select[tuple[str]]:
        if pack is None:
            return ids
        return ids.where(_A.c.instrument_id == pack[0], _A.c.instrument_version == pack[1])

    return Selection(ids_for)


# -- every or a team's assessments ---------------------------------------------------

_OF_TEAM = _A.c.team_id == bindparam("team_id")
_SCORES = {
    False: (select(*_HEAD_COLUMNS), _selection(select(_A.c.id))),
    True: (select(*_HEAD_COLUMNS).where(_OF_TEAM), _selection(select(_A.c.id).where(_OF_TEAM))),
}


def scores(source: Source, team_id: str | None = None) -> dict[str, AssessmentScore]:
    """assessment id -> its score (equal to `score_assessment`), for one team or all."""
    heads_query, selection = _SCORES[team_id is not None]
    params = {} if team_id is None else {"team_id": team_id}
    with connection(source) as conn:
        heads = [_head(r) for r in conn.execute(heads_query, params)]
        return score_heads(conn, heads, selection, params)


_ORDER = ("date", "created_at", "id")  # the trend's order: the latest is the last
_TREND_HEADS = _SCORES[True][0].order_by(*(_A.c[c] for c in _ORDER))


def trend_scores(source: Source, team_id: str) -> list[AssessmentScore]:
    """The team's assessments, oldest first (date, then creation), each fully scored."""
    params = {"team_id": team_id}
    with connection(source) as conn:
        heads = [_head(r) for r in conn.execute(_TREND_HEADS, params)]
        found = score_heads(conn, heads, _SCORES[True][1], params)
    return [found[h.id] for h in heads]


# -- each team's latest assessment (the overview) -------------------------------------


@dataclass(frozen=True, slots=True)
class LatestOfTeam:
    """A team, its latest assessment date whatever the period, its chosen one scored, and
    the review before that one scored (for the change since)."""

    team_id: str
    name: str
    municipality: str
    psychiatry: str
    last_review: dt.date | None
    score: AssessmentScore | None  # None: no assessment (in the chosen period, of the kind)
    previous: AssessmentScore | None  # None: `score` is the team's first (of the kind)


def _chosen(by_period: bool, by_kind: bool) -> ScalarSelect[str]:
    """Per team, its latest assessment (in the period, of the kind), in the trend's order
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


def _teams_query(picked: CTE) -> Select[Any]:
    x, before = _A.alias("x"), _A.alias("before")
    last_review = select(func.max(x.c.date)).where(x.c.team_id == _T.c.id).scalar_subquery()
    return select(
        _T.c.id,
        _T.c.name,
        _T.c.municipality,
        _T.c.psychiatry,
        last_review,
        *_HEAD_COLUMNS,
        *_head_columns(before),
    ).select_from(
        _T.join(picked, picked.c.team_id == _T.c.id)
        .outerjoin(_A, _A.c.id == picked.c.id)
        .outerjoin(before, before.c.id == picked.c.previous_id)
    )


def _latest(by_period: bool, by_kind: bool) -> tuple[Select[Any], Selection]:
    picked = _picked(by_period, by_kind)
    both = union_all(select(picked.c.id), select(picked.c.previous_id))
    return _teams_query(picked), _selection(select(_A.c.id).where(_A.c.id.in_(both)))


# (teams query, aggregate selection), by (period chosen, kind chosen).
_LATEST = {
    (by_period, by_kind): _latest(by_period, by_kind)
    for by_period in (False, True)
    for by_kind in (False, True)
}


def latest_of_teams(
    source: Source, period: str | None = None, kind: str | None = None
) -> list[LatestOfTeam]:
    """Every team with its latest assessment (in `period`, of `kind`, when given) and the
    review before that one (of `kind`, in any period) scored; in no order."""
    teams_query, selection = _LATEST[period is not None, kind is not None]
    params = {
        name: value for name, value in (("period", period), ("kind", kind)) if value is not None
    }
    split = 5 + _WIDTH
    with connection(source) as conn:
        fetched = [
            (r, _head_or_none(r[5:split]), _head_or_none(r[split:]))
            for r in conn.execute(teams_query, params)
        ]
        heads = {h.id: h for _, *pair in fetched for h in pair if h is not None}
        found = score_heads(conn, list(heads.values()), selection, params)
    return [
        LatestOfTeam(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            None if head is None else found[head.id],
            None if head is None or before is None else found[before.id],
        )
        for r, head, before in fetched
    ]


_PERIODS = select(_A.c.period).distinct().order_by(_A.c.period.desc())


def periods(source: Source) -> list[str]:
    """Every period that has an assessment, newest first."""
    with connection(source) as conn:
        return list(conn.execute(_PERIODS).scalars())


# -- stored ratings, to compare ----------------------------------------------------------

_RATING_COLUMNS = (_R.c.assessment_id, _R.c.element_id, _R.c.rating)
_TEAM_RATINGS = select(*_RATING_COLUMNS).where(
    _R.c.assessment_id.in_(select(_A.c.id).where(_OF_TEAM))
)


def stored_ratings(source: Source, assessment_ids: Iterable[str]) -> list[tuple[str, str, str]]:
    """(assessment id, element id, rating) of every stored rating of these assessments."""
    query = select(*_RATING_COLUMNS).where(_R.c.assessment_id.in_(list(assessment_ids)))
    with connection(source) as conn:
        return [(r[0], r[1], r[2]) for r in conn.execute(query)]


def team_ratings(source: Source, team_id: str) -> list[tuple[str, str, str]]:
    """(assessment id, element id, rating) of every stored rating of the team's assessments."""
    with connection(source) as conn:
        return [(r[0], r[1], r[2]) for r in conn.execute(_TEAM_RATINGS, {"team_id": team_id})]
