"""Per-principle and overall fidelity scores."""

from __future__ import annotations

from collections.abc import Mapping
from statistics import fmean
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # scoring needs the pack's shape, not its loading
    from ipsfidelity.instrument import Instrument, Principle


def element_value(pack: Instrument, rating: str | None) -> float | None:
    """The scale value of a rating, or None when it does not count (unrated, unknown)."""
    if rating is None:
        return None
    return pack.scale_values.get(rating)


def principle_raw(
    pack: Instrument, principle: Principle, ratings: Mapping[str, str]
) -> float | None:
    values = [element_value(pack, ratings.get(e.id)) for e in principle.elements]
    rated = [v for v in values if v is not None]
    return 100.0 * fmean(rated) if rated else None


def principle_scores(pack: Instrument, ratings: Mapping[str, str]) -> dict[str, float | None]:
    """Unrounded 0..100 score per principle id, None where nothing is rated."""
    return {p.id: principle_raw(pack, p, ratings) for p in pack.principles}


def overall_score(scores: Mapping[str, float | None]) -> float | None:
    present = [s for s in scores.values() if s is not None]
    return fmean(present) if present else None


def rated_count(pack: Instrument, principle: Principle, ratings: Mapping[str, str]) -> int:
    return sum(1 for e in principle.elements if element_value(pack, ratings.get(e.id)) is not None)
