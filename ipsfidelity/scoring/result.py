"""Everything the app, the report and the CLI show about one assessment's score."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ipsfidelity.scoring.caseload import CaseloadEntry, CaseloadResult, assess_caseload
from ipsfidelity.scoring.fidelity import overall_score, principle_scores, rated_count
from ipsfidelity.scoring.rounding import round1
from ipsfidelity.scoring.verdict import Verdict, below_full_marks, unrated, verdict

if TYPE_CHECKING:  # scoring needs the pack's shape, not its loading
    from ipsfidelity.instrument import Instrument


@dataclass(frozen=True)
class PrincipleScore:
    id: str
    score: float | None
    rated: int
    elements: int


@dataclass(frozen=True)
class Score:
    instrument: tuple[str, str]
    principles: tuple[PrincipleScore, ...]
    overall: float | None
    caseload: CaseloadResult
    verdict: Verdict
    not_met: tuple[str, ...]
    unrated: tuple[str, ...]

    @property
    def complete(self) -> bool:
        """Every element rated and the caseload entered. (The verdict alone says "not met"
        as soon as one element is, before the review is done.) Finishing a review (its
        lifecycle, store/lifecycle_rules.py) needs this and the reviewers' sign-off."""
        return not self.unrated and self.caseload.status != "missing"

    def to_json(self, assessment_id: str) -> dict[str, Any]:
        """The `score --json` contract (see docs/cli.md)."""
        return {
            "assessment": assessment_id,
            "instrument": {"id": self.instrument[0], "version": self.instrument[1]},
            "principles": [
                {"id": p.id, "score": p.score, "rated": p.rated, "elements": p.elements}
                for p in self.principles
            ],
            "overall": self.overall,
            "caseload": {
                "status": self.caseload.status,
                "consultants": [
                    {"consultant": c.consultant, "load": c.load, "status": c.status}
                    for c in self.caseload.consultants
                ],
            },
            "verdict": self.verdict,
            "not_met": list(self.not_met),
        }


def score_assessment(
    pack: Instrument, ratings: Mapping[str, str], caseload: Sequence[CaseloadEntry]
) -> Score:
    raw = principle_scores(pack, ratings)
    overall = overall_score(raw)
    principles = tuple(
        PrincipleScore(
            id=p.id,
            score=None if raw[p.id] is None else round1(raw[p.id]),  # type: ignore[arg-type]
            rated=rated_count(pack, p, ratings),
            elements=len(p.elements),
        )
        for p in pack.principles
    )
    load = assess_caseload(pack.caseload, caseload)
    return Score(
        instrument=pack.key,
        principles=principles,
        overall=None if overall is None else round1(overall),
        caseload=load,
        verdict=verdict(pack, ratings, load.status),
        not_met=tuple(below_full_marks(pack, ratings)),
        unrated=tuple(unrated(pack, ratings)),
    )
