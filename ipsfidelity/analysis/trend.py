"""One team over time: every assessment scored, and what moved between consecutive ones."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ipsfidelity.instrument import NOT_RATED
from ipsfidelity.scoring import round1
from ipsfidelity.store import scored
from ipsfidelity.store.aggregates import AssessmentScore, Source


def trend(source: Source, team_id: str) -> list[AssessmentScore]:
    """The team's assessments, oldest first (date, then creation), each fully scored."""
    return scored.trend_scores(source, team_id)


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
    rows = scored.stored_ratings(source, [before_id, after_id])
    return _changes(_by_assessment(rows, {before_id, after_id}), before_id, after_id)


def changes_along(
    source: Source, team_id: str, history: Sequence[Step]
) -> list[list[RatingChange]]:
    """For each step of the team's history, what changed since the step before (nothing
    for the first): `rating_changes` for every pair, from one query."""
    ids = {s.score.id for s in history}
    stored = _by_assessment(scored.team_ratings(source, team_id), ids)
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
