"""Does the team meet the minimum definition?"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:  # scoring needs the pack's shape, not its loading
    from ipsfidelity.instrument import Instrument


Verdict = Literal["meets", "does_not_meet", "incomplete"]


def below_full_marks(pack: Instrument, ratings: Mapping[str, str]) -> list[str]:
    """Element ids rated on the scale but below full marks, in pack order."""
    full = pack.full_marks
    return [
        e.id
        for e in pack.elements
        if ratings.get(e.id) in pack.scale_values and ratings[e.id] != full
    ]


def unrated(pack: Instrument, ratings: Mapping[str, str]) -> list[str]:
    return [e.id for e in pack.elements if ratings.get(e.id) not in pack.scale_values]


def verdict(pack: Instrument, ratings: Mapping[str, str], caseload_status: str) -> Verdict:
    return verdict_from_counts(
        len(below_full_marks(pack, ratings)), len(unrated(pack, ratings)), caseload_status
    )


def verdict_from_counts(below_full: int, unrated_count: int, caseload_status: str) -> Verdict:
    """The rule itself, on counts, so SQL aggregates (`ipsfidelity.analysis`) share it."""
    if below_full or caseload_status == "over":
        return "does_not_meet"
    if unrated_count or caseload_status == "missing":
        return "incomplete"
    return "meets"
