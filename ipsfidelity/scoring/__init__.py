"""Fidelity scoring: pure functions over plain data. No database, no Qt.

The rules (also in docs/scoring.md):

- Each rating maps to the pack's scale value (dk-minimum: met 1, partial 0.5,
  not_met 0); `not_rated` or absent elements are left out.
- Principle score = 100 x mean of its rated elements, rounded half up to one
  decimal; None when none is rated.
- Overall = mean of the unrounded non-None principle scores, rounded the same way.
- Caseload per consultant = (ips_cases + weight x other_cases) / fte.
- Verdict: does_not_meet when any element is below full marks or a caseload is
  over; else incomplete when any element is unrated or caseload is missing;
  else meets.
"""

from ipsfidelity.scoring.caseload import (
    CaseloadEntry,
    CaseloadResult,
    ConsultantLoad,
    assess_caseload,
    consultant_load,
    entry_status,
    load_status,
)
from ipsfidelity.scoring.fidelity import overall_score, principle_scores
from ipsfidelity.scoring.result import PrincipleScore, Score, score_assessment
from ipsfidelity.scoring.rounding import round1
from ipsfidelity.scoring.verdict import verdict

__all__ = [
    "CaseloadEntry",
    "CaseloadResult",
    "ConsultantLoad",
    "PrincipleScore",
    "Score",
    "assess_caseload",
    "consultant_load",
    "entry_status",
    "load_status",
    "overall_score",
    "principle_scores",
    "round1",
    "score_assessment",
    "verdict",
]
