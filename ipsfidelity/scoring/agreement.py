"""Agreement between reviewers who rated the same elements independently.

Pure functions over plain data, as the rest of scoring. The pack's scale is ordinal
(not met < partly met < met), so disagreements are weighted by distance:

- exact agreement: the share of elements, rated by every reviewer, where all gave the same rating;
- two reviewers: Cohen's kappa with linear weights (Cohen 1968);
- three or more: Krippendorff's alpha at the ordinal level, computed by the well-kept
  `krippendorff` package (it reproduces the published worked example, see the tests).

Over the 14 elements of one review these figures are uncertain: a single changed rating moves
kappa a lot. `Agreement.few_elements` says so, and the screens and the report print the warning.

Without variation the chance-corrected figure measures nothing (the kappa paradox). When one of
two reviewers gave the same rating on every element, the agreement expected by chance equals the
agreement seen and kappa is 0 by construction, however often the other agreed; when nobody's
ratings vary, kappa and alpha are undefined. `Agreement.no_variation` names the case and the
value is None, so no screen shows 0,00 as if it had been measured; exact agreement still stands.

A figure is read on its usual scale (`Agreement.band`): kappa on Landis & Koch's (1977), alpha
on Krippendorff's (2004) thresholds of 0.800 (reliable) and 0.667 (tentative conclusions only).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:  # the pack's shape, not its loading
    from ipsfidelity.instrument import Instrument

# Below this many jointly rated elements a chance-corrected figure is a rough guide only.
FEW_ELEMENTS = 30

Statistic = Literal["kappa_linear", "alpha_ordinal"]
# "reviewer": one of two reviewers gave one rating throughout (kappa is 0 by construction);
# "all": every rating is the same, or each reviewer used one rating of their own (undefined).
NoVariation = Literal["reviewer", "all"]
# Landis & Koch (1977): below 0 "poor", then the upper bound of each band from the lowest;
# above 0.80 "almost perfect".
_KAPPA_BANDS = (
    (0.20, "slight"),
    (0.40, "fair"),
    (0.60, "moderate"),
    (0.80, "substantial"),
)
# Krippendorff (2004, p. 241): below 0.667 no conclusions, below 0.800 tentative ones only.
_ALPHA_BANDS = ((0.667, "unreliable"), (0.800, "tentative"))


@dataclass(frozen=True)
class Agreement:
    reviewers: int
    elements: int  # elements that every reviewer rated
    exact: float | None  # share 0..1 of those elements with one rating from all
    statistic: Statistic | None  # None with fewer than two reviewers
    value: float | None  # None where the statistic is undefined or meaningless (no_variation)
    no_variation: NoVariation | None = None  # why there is no value although elements were rated

    @property
    def few_elements(self) -> bool:
        return self.elements < FEW_ELEMENTS

    @property
    def band(self) -> str | None:
        """Where the value lies on its statistic's usual scale ("moderate", "tentative", ...);
        None without a value. Bounds belong to the lower band, as the scales print them
        (kappa 0.40 is "fair"); alpha's thresholds are the lowest value of the higher band."""
        if self.value is None or self.statistic is None:
            return None
        if self.statistic == "alpha_ordinal":
            alpha = round(self.value, 3)
            return next((b for top, b in _ALPHA_BANDS if alpha < top), "reliable")
        value = round(self.value, 2)  # as printed: 0.404 reads 0,40, which is "fair"
        if value < 0:
            return "poor"
        return next((b for top, b in _KAPPA_BANDS if value <= top), "almost_perfect")


def ordinal_ranks(pack: Instrument) -> dict[str, int]:
    """Each scale option's rank, 0 for the lowest value."""
    ordered = sorted(pack.scale, key=lambda s: s.value)
    return {s.id: rank for rank, s in enumerate(ordered)}


def exact_agreement(columns: Sequence[Sequence[int]]) -> float | None:
    """The share of units (columns of ratings, one per reviewer) on which all reviewers agree."""
    if not columns:
        return None
    return sum(1 for column in columns if len(set(column)) == 1) / len(columns)


def linear_weighted_kappa(
    first: Sequence[int], second: Sequence[int], categories: int
) -> float | None:
    """Cohen's weighted kappa with linear weights for ranks 0..categories-1.

    kappa_w = 1 - sum(w * observed) / sum(w * expected), w_ij = |i - j| / (categories - 1).
    None when it is undefined: no units, or no disagreement was possible by chance
    (both reviewers used a single, identical category throughout).
    """
    if len(first) != len(second):
        raise ValueError("both reviewers must rate the same units")
    n = len(first)
    if n == 0 or categories < 2:
        return None
    observed = [[0.0] * categories for _ in range(categories)]
    for a, b in zip(first, second, strict=True):
        observed[a][b] += 1.0 / n
    rows = [sum(observed[i]) for i in range(categories)]
    cols = [sum(observed[i][j] for i in range(categories)) for j in range(categories)]
    span = categories - 1
    disagreement_seen = 0.0
    disagreement_by_chance = 0.0
    for i in range(categories):
        for j in range(categories):
            weight = abs(i - j) / span
            disagreement_seen += weight * observed[i][j]
            disagreement_by_chance += weight * rows[i] * cols[j]
    if disagreement_by_chance == 0.0:
        return None
    return 1.0 - disagreement_seen / disagreement_by_chance


def no_variation(columns: Sequence[Sequence[int]]) -> NoVariation | None:
    """Whether the ratings (columns of ratings, one per reviewer) vary enough for a
    chance-corrected figure: None if they do.

    "all" when no reviewer's ratings vary (with two reviewers kappa is then undefined or, if they
    used different ratings, 0 by construction); "reviewer" when two reviewers rated and one of
    them gave a single rating throughout, so that kappa is 0 whatever the other did. With three
    or more reviewers alpha pools all ratings, so only "all identical" is flagged there.
    """
    if not columns:
        return None
    reviewers = len(columns[0])
    constant = [len({c[r] for c in columns}) == 1 for r in range(reviewers)]
    if reviewers == 2:
        if all(constant):
            return "all"
        return "reviewer" if any(constant) else None
    return "all" if len({v for c in columns for v in c}) == 1 else None


def ordinal_alpha(columns: Sequence[Sequence[int | None]], categories: int) -> float | None:
    """Krippendorff's alpha (ordinal) over units; None marks a reviewer who did not rate a unit."""
    pairable = [c for c in columns if sum(v is not None for v in c) >= 2]
    values = {v for c in pairable for v in c if v is not None}
    if len(values) < 2:
        return None  # no variation at all: alpha is undefined
    import krippendorff  # numpy-based; loaded only when agreement is asked for
    import numpy as np

    reviewers = max(len(c) for c in pairable)
    data = np.full((reviewers, len(pairable)), np.nan)
    for unit, column in enumerate(pairable):
        for reviewer, v in enumerate(column):
            if v is not None:
                data[reviewer, unit] = v
    return float(
        krippendorff.alpha(
            reliability_data=data,
            level_of_measurement="ordinal",
            value_domain=list(range(categories)),
        )
    )


def reviewer_agreement(pack: Instrument, ratings: Mapping[str, Mapping[str, str]]) -> Agreement:
    """Agreement of the reviewers' own ratings (reviewer -> element id -> scale option id).

    Only elements that every reviewer rated on the scale count; a rating outside the scale
    (e.g. not rated) leaves the element out.
    """
    ranks = ordinal_ranks(pack)
    reviewers = list(ratings)
    columns: list[list[int]] = []
    for element_id in pack.element_ids:
        column = [ranks.get(ratings[r].get(element_id, ""), -1) for r in reviewers]
        if column and min(column) >= 0:
            columns.append(column)
    exact = exact_agreement(columns) if len(reviewers) >= 2 else None
    if len(reviewers) < 2:
        return Agreement(len(reviewers), len(columns), exact, None, None)
    flat = no_variation(columns)
    if len(reviewers) == 2:
        statistic: Statistic = "kappa_linear"
        first = [c[0] for c in columns]
        second = [c[1] for c in columns]
        value = None if flat else linear_weighted_kappa(first, second, len(ranks))
    else:
        statistic = "alpha_ordinal"
        value = None if flat else ordinal_alpha([list(c) for c in columns], len(ranks))
    return Agreement(len(reviewers), len(columns), exact, statistic, value, flat)
