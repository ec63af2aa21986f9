"""Many assessments scored at once: the team's, or every one in the database."""

from __future__ import annotations

from sqlalchemy import Select, bindparam, select

from ipsfidelity.analysis.aggregates import (
    AssessmentHead,
    AssessmentScore,
    PackKey,
    Selection,
    Source,
    connection,
    score_heads,
)
from ipsfidelity.store import models as m

_A = m.Assessment.__table__
_HEAD_COLUMNS = (
    _A.c.id,
    _A.c.team_id,
    _A.c.date,
    _A.c.period,
    _A.c.instrument_id,
    _A.c.instrument_version,
    _A.c.created_at,
    _A.c.kind,
)


def _ids(by_team: bool) -> Select[tuple[str]]:
    query = select(_A.c.id)
    return query.where(_A.c.team_id == bindparam("team_id")) if by_team else query


def _selection(by_team: bool) -> Selection:
    def ids_for(pack: PackKey | None) -> Select[tuple[str]]:
        query = _ids(by_team)
        if pack is not None:
            query = query.where(_A.c.instrument_id == pack[0], _A.c.instrument_version == pack[1])
        return query

    return Selection(ids_for)


# Built once, so SQLAlchemy's compiled cache hits: (heads, aggregates) for all, by team.
_QUERIES = {
    by_team: (
        select(*_HEAD_COLUMNS).where(_A.c.team_id == bindparam("team_id"))
        if by_team
        else select(*_HEAD_COLUMNS),
        _selection(by_team),
    )
    for by_team in (False, True)
}


def scores(source: Source, team_id: str | None = None) -> dict[str, AssessmentScore]:
    """assessment id -> its score (equal to `score_assessment`), for one team or all."""
    heads_query, selection = _QUERIES[team_id is not None]
    params = {} if team_id is None else {"team_id": team_id}
    with connection(source) as conn:
        heads = [
            AssessmentHead(r[0], r[1], r[2], r[3], (r[4], r[5]), r[6], r[7])
            for r in conn.execute(heads_query, params)
        ]
        return score_heads(conn, heads, selection, params)
