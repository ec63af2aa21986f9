"""One team over time: every assessment scored, and what moved between consecutive ones."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

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
from ipsfidelity.instrument import NOT_RATED
from ipsfidelity.scoring import round1
from ipsfidelity.store import models as m

_A = m.Assessment.__table__


def _trend_ids(pack: PackKey | None) -> Select[tuple[str]]:
    query = select(_A.c.id).where(_A.c.team_id == bindparam("team_id"))
    if pack is not None:
        query = query.where(_A.c.instrument_id == pack[0], _A.c.instrument_version == pack[1])
    return query


_TREND_HEADS = (
    select(
        _A.c.id,
        _A.c.team_id,
        _A.c.date,
        _A.c.period,
        _A.c.instrument_id,
        _A.c.instrument_version,
        _A.c.created_at,
        _A.c.kind,
    )
    .where(_A.c.team_id == bindparam("team_id"))
    .order_by(_A.c.date, _A.c.created_at, _A.c.id)
)
_TREND = Selection(_trend_ids)


def trend(source: Source, team_id: str) -> list[AssessmentScore]:
    """The team's assessments, oldest first (date, then creation), each fully scored."""
    params = {"team_id": team_id}
    with connection(source) as conn:
        heads = [
            AssessmentHead(r[0], r[1], r[2], r[3], (r[4], r[5]), r[6], r[7])
            for r in conn.execute(_TREND_HEADS, params)
        ]
        scores = score_heads(conn, heads, _TREND, params)
    return [scores[h.id] for h in heads]


def of_kind(scores: Sequence[AssessmentScore], kind: str | None) -> list[AssessmentScore]:
    """The reviews of `kind` ("independent" or "self"), or all for None."""
    return [s for s in scores if kind is None or s.kind == kind]


def delta(new: float | None, old: float | None) -> float | None:
    """The change people compute from the two shown (rounded) numbers."""
    return None if new is None or old is None else round1(new - old)


@dataclass(frozen=True, slots=True)
class Step:
    """An assessment next to the one before it (None for the first)."""

    score: AssessmentScore
    previous: AssessmentScore | None

    @property
    def overall_delta(self) -> float | None:
        return None if self.previous is None else delta(self.score.overall, self.previous.overall)

    def principle_delta(self, principle_id: str) -> float | None:
        if self.previous is None:
            return None
        return delta(
            self.score.principles.get(principle_id), self.previous.principles.get(principle_id)
        )


def steps(scores: Sequence[AssessmentScore]) -> list[Step]:
    return [Step(s, scores[i - 1] if i else None) for i, s in enumerate(scores)]


@dataclass(frozen=True, slots=True)
class RatingChange:
    element: str
    before: str  # a scale id or "not_rated" (also for no stored rating)
    after: str


def rating_changes(source: Source, before_id: str, after_id: str) -> list[RatingChange]:
    """Elements whose stored rating differs between two assessments, by element id."""
    r = m.Rating.__table__
    query = select(r.c.assessment_id, r.c.element_id, r.c.rating).where(
        r.c.assessment_id.in_([before_id, after_id])
    )
    with connection(source) as conn:
        rows = conn.execute(query).all()
    return _changes(_by_assessment(rows, {before_id, after_id}), before_id, after_id)


_R = m.Rating.__table__
_TEAM_RATINGS = select(_R.c.assessment_id, _R.c.element_id, _R.c.rating).where(
    _R.c.assessment_id.in_(select(_A.c.id).where(_A.c.team_id == bindparam("team_id")))
)


def changes_along(
    source: Source, team_id: str, history: Sequence[Step]
) -> list[list[RatingChange]]:
    """For each step of the team's history, what changed since the step before (nothing
    for the first): `rating_changes` for every pair, from one query."""
    ids = {s.score.id for s in history}
    with connection(source) as conn:
        rows = conn.execute(_TEAM_RATINGS, {"team_id": team_id}).all()
    stored = _by_assessment(rows, ids)
    return [
        [] if s.previous is None else _changes(stored, s.previous.id, s.score.id) for s in history
    ]


def _by_assessment(rows: Sequence[Any], ids: set[str]) -> dict[str, dict[str, str]]:
    stored: dict[str, dict[str, str]] = {aid: {} for aid in ids}
    for aid, element, value in rows:
        if aid in stored:
            stored[aid][element] = value
    return stored


def _changes(
    stored: dict[str, dict[str, str]], before_id: str, after_id: str
) -> list[RatingChange]:
    before, after = stored[before_id], stored[after_id]
    changes = []
    for e in sorted(before.keys() | after.keys(), key=_element_order):
        old, new = before.get(e, NOT_RATED), after.get(e, NOT_RATED)
        if old != new:
            changes.append(RatingChange(e, old, new))
    return changes


def _element_order(element_id: str) -> tuple[object, ...]:
    # "P3.10" after "P3.9": compare digit runs as numbers.
    return tuple(
        (0, int(t), "") if t.isdigit() else (1, 0, t) for t in re.split(r"(\d+)", element_id)
    )
