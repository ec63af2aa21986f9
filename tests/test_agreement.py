"""Agreement between independent reviewers: hand-computed and published worked examples."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ipsfidelity.instrument import default_pack
from ipsfidelity.scoring.agreement import (
    FEW_ELEMENTS,
    Agreement,
    Statistic,
    exact_agreement,
    linear_weighted_kappa,
    no_variation,
    ordinal_alpha,
    reviewer_agreement,
)


def test_kappa_by_hand_three_categories() -> None:
    # Pairs (0,0) (1,2) (2,2) (2,1): seen disagreement (0 + 1/2 + 0 + 1/2) / 4 = 1/4.
    # Marginals 1/4, 1/4, 1/2 for both; chance disagreement 7/16 (worked out in the docs).
    assert linear_weighted_kappa([0, 1, 2, 2], [0, 2, 2, 1], 3) == pytest.approx(
        1 - (1 / 4) / (7 / 16)
    )
    assert linear_weighted_kappa([0, 1, 2, 2], [0, 2, 2, 1], 3) == pytest.approx(3 / 7)


def test_kappa_published_two_category_example() -> None:
    # Cohen's kappa textbook example (Wikipedia, "Cohen's kappa"): 50 grant proposals,
    # both yes 20, A yes B no 5, A no B yes 10, both no 15: kappa = 0.4. With two
    # categories the linear weights are the unweighted kappa.
    a = [1] * 20 + [1] * 5 + [0] * 10 + [0] * 15
    b = [1] * 20 + [0] * 5 + [1] * 10 + [0] * 15
    assert linear_weighted_kappa(a, b, 2) == pytest.approx(0.4)


def test_kappa_weights_a_near_miss_less_than_a_far_one() -> None:
    base = [0, 1, 2, 0, 1, 2, 0, 1, 2]
    near = [0, 1, 2, 0, 1, 2, 0, 1, 1]  # met read as partly met
    far = [0, 1, 2, 0, 1, 2, 0, 1, 0]  # met read as not met
    k_near = linear_weighted_kappa(base, near, 3)
    k_far = linear_weighted_kappa(base, far, 3)
    assert k_near is not None and k_far is not None and k_near > k_far


def test_kappa_is_undefined_when_only_one_category_is_used() -> None:
    assert linear_weighted_kappa([2, 2, 2], [2, 2, 2], 3) is None
    assert linear_weighted_kappa([], [], 3) is None


def test_alpha_published_worked_example() -> None:
    # Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": 4 observers,
    # 12 units, values 1..5 with gaps; ordinal alpha = 0.815.
    n = None
    rows = [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, n, n, n],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, n, 3],
        [n, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, n],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, n],
    ]
    columns = [[None if r[u] is None else r[u] - 1 for r in rows] for u in range(12)]
    alpha = ordinal_alpha(columns, 5)
    assert alpha is not None and round(alpha, 3) == 0.815


def test_exact_agreement() -> None:
    assert exact_agreement([[0, 0], [1, 2], [2, 2], [2, 1]]) == 0.5
    assert exact_agreement([]) is None


def _pack_ratings(values: list[str]) -> dict[str, str]:
    return dict(zip(default_pack().element_ids, values, strict=False))


def test_two_reviewers_of_a_review() -> None:
    pack = default_pack()
    ids = pack.element_ids
    a = {e: "met" for e in ids}
    b = dict(a)
    b[ids[0]] = "partial"
    b[ids[1]] = "not_met"
    b[ids[2]] = "partial"
    result = reviewer_agreement(pack, {"Anne": a, "Bo": b})
    assert result.reviewers == 2 and result.elements == len(ids)
    assert result.exact == pytest.approx((len(ids) - 3) / len(ids))
    assert result.statistic == "kappa_linear"
    assert result.few_elements and len(ids) < FEW_ELEMENTS
    # Anne said met on every element: kappa would be 0 by construction (see below), so there
    # is no figure, the reason instead; exact agreement is still 11/14.
    assert result.value is None and result.no_variation == "reviewer"


def test_one_constant_reviewer_makes_kappa_zero_by_construction() -> None:
    # A says met (rank 2) on all 14; B says met on 11, partial on 2 and not met on 1.
    # Weights |i - j| / 2. Seen disagreement: (2 * 1/2 + 1 * 1) / 14 = 1/7.
    # By chance: A's margin is all on rank 2, so sum_j 1 * p_B(j) * w(2, j)
    # = 2/14 * 1/2 + 1/14 * 1 = 1/7, the same. kappa = 1 - (1/7) / (1/7) = 0, whatever B did.
    a = [2] * 14
    b = [2] * 11 + [1, 1, 0]
    assert linear_weighted_kappa(a, b, 3) == pytest.approx(0.0)
    assert no_variation([[x, y] for x, y in zip(a, b, strict=True)]) == "reviewer"
    assert no_variation([[y, x] for x, y in zip(a, b, strict=True)]) == "reviewer"

    pack = default_pack()
    ranked = {2: "met", 1: "partial", 0: "not_met"}
    anne = {e: ranked[x] for e, x in zip(pack.element_ids, a, strict=True)}
    bo = {e: ranked[y] for e, y in zip(pack.element_ids, b, strict=True)}
    for ratings in ({"Anne": anne, "Bo": bo}, {"Bo": bo, "Anne": anne}):
        result = reviewer_agreement(pack, ratings)
        assert (result.reviewers, result.elements) == (2, 14)
        assert result.exact == pytest.approx(11 / 14)  # exact agreement is kept
        assert result.statistic == "kappa_linear"
        assert result.value is None and result.no_variation == "reviewer"


def test_all_identical_ratings_have_no_kappa_and_no_alpha() -> None:
    pack = default_pack()
    met = {e: "met" for e in pack.element_ids}
    two = reviewer_agreement(pack, {"A": met, "B": dict(met)})
    assert (two.exact, two.statistic, two.value, two.no_variation) == (
        1.0,
        "kappa_linear",
        None,
        "all",
    )
    three = reviewer_agreement(pack, {"A": met, "B": dict(met), "C": dict(met)})
    assert (three.exact, three.statistic, three.value, three.no_variation) == (
        1.0,
        "alpha_ordinal",
        None,
        "all",
    )
    # Each of two keeps to one rating, but not the same one: never agree, and kappa is
    # 0 by construction (seen 1/2 = by chance 1 * 1 * 1/2), so no figure either.
    partial = {e: "partial" for e in pack.element_ids}
    apart = reviewer_agreement(pack, {"A": met, "B": partial})
    assert linear_weighted_kappa([2] * 14, [1] * 14, 3) == pytest.approx(0.0)
    assert (apart.exact, apart.value, apart.no_variation) == (0.0, None, "all")


def test_ratings_that_vary_keep_their_figure() -> None:
    # The hand-computed example above, 3/7, through the pack: only the first four elements
    # rated by both, so the rest are left out.
    pack = default_pack()
    ranked = ["not_met", "partial", "met"]
    a = _pack_ratings([ranked[x] for x in (0, 1, 2, 2)])
    b = _pack_ratings([ranked[x] for x in (0, 2, 2, 1)])
    result = reviewer_agreement(pack, {"A": a, "B": b})
    assert result.elements == 4 and result.exact == pytest.approx(0.5)
    assert result.value == pytest.approx(3 / 7) and result.no_variation is None
    # Three reviewers, one of whom says met throughout: alpha pools every rating, so it
    # still has variation and a figure (the same as ordinal_alpha's own).
    c = _pack_ratings(["met"] * 4)
    three = reviewer_agreement(pack, {"A": a, "B": b, "C": c})
    columns = [[0, 0, 2], [1, 2, 2], [2, 2, 2], [2, 1, 2]]
    assert three.no_variation is None and three.value == ordinal_alpha(columns, 3)
    assert three.value is not None


def test_three_reviewers_use_alpha_and_skip_unrated_elements() -> None:
    pack = default_pack()
    ids = pack.element_ids
    cycle = ["met", "partial", "not_met"]
    a = {e: cycle[i % 3] for i, e in enumerate(ids)}
    b = dict(a)
    c = dict(a)
    c[ids[0]] = "not_rated"  # not on the scale: element left out
    result = reviewer_agreement(pack, {"A": a, "B": b, "C": c})
    assert result.statistic == "alpha_ordinal"
    assert result.elements == len(ids) - 1
    assert result.exact == 1.0 and result.value == pytest.approx(1.0)


def test_one_reviewer_has_no_agreement_figure() -> None:
    pack = default_pack()
    result = reviewer_agreement(pack, {"A": {e: "met" for e in pack.element_ids}})
    assert result.statistic is None and result.value is None and result.exact is None


ratings = st.lists(st.integers(0, 2), min_size=2, max_size=40)


@given(ratings)
def test_kappa_of_a_reviewer_with_themself_is_one(a: list[int]) -> None:
    kappa = linear_weighted_kappa(a, a, 3)
    assert kappa is None if len(set(a)) == 1 else kappa == pytest.approx(1.0)


@given(st.integers(0, 2), ratings)
def test_kappa_against_a_constant_reviewer_is_always_zero(constant: int, other: list[int]) -> None:
    # The paradox as a property: whatever the other reviewer did, kappa is 0 (or undefined
    # when the other kept to the same single rating), so the result carries no figure.
    kappa = linear_weighted_kappa([constant] * len(other), other, 3)
    assert kappa is None or kappa == pytest.approx(0.0, abs=1e-12)
    flat = no_variation([[constant, x] for x in other])
    assert flat == ("all" if len(set(other)) == 1 else "reviewer")


@given(st.data())
def test_kappa_is_symmetric_and_bounded(data: st.DataObject) -> None:
    a = data.draw(ratings)
    b = data.draw(st.lists(st.integers(0, 2), min_size=len(a), max_size=len(a)))
    ab = linear_weighted_kappa(a, b, 3)
    ba = linear_weighted_kappa(b, a, 3)
    assert (ab is None) == (ba is None)
    if ab is not None and ba is not None:
        assert math.isclose(ab, ba, abs_tol=1e-12)
        assert -1.0 - 1e-9 <= ab <= 1.0 + 1e-9


def test_a_negative_zero_kappa_reads_as_zero() -> None:
    from ipsfidelity.review_words import agreement_lines
    from ipsfidelity.scoring.agreement import Agreement

    lines = agreement_lines(Agreement(2, 14, 11 / 14, "kappa_linear", -0.0), "da")
    assert ": 0,00 – svag enighed" in lines[1], lines
    lines = agreement_lines(Agreement(2, 14, 11 / 14, "kappa_linear", -0.001), "da")
    assert ": 0,00 – svag enighed" in lines[1], lines


def test_no_variation_reads_as_a_dash_and_the_reason() -> None:
    from ipsfidelity.review_words import agreement_lines
    from ipsfidelity.scoring.agreement import Agreement

    one = Agreement(2, 14, 11 / 14, "kappa_linear", None, "reviewer")
    assert agreement_lines(one, "da") == [
        "Bedømmerne gav samme bedømmelse på 79 % af 14 elementer",
        "Cohens kappa (lineært vægtet): –",
        "Kappa kan ikke beregnes meningsfuldt her: en bedømmer gav samme bedømmelse på alle"
        " elementer",
    ]  # no warning about the uncertainty of a figure that is not there
    english = agreement_lines(one, "en")
    assert english[1] == "Cohen's kappa (linear weights): –"
    assert english[2] == (
        "Kappa cannot be computed meaningfully here: one reviewer gave the same rating on"
        " every element"
    )
    alpha = agreement_lines(Agreement(3, 14, 1.0, "alpha_ordinal", None, "all"), "da")
    assert alpha[:3] == [
        "Bedømmerne gav samme bedømmelse på 100 % af 14 elementer",
        "Krippendorffs alfa (ordinal): –",
        "Alfa kan ikke beregnes her: alle bedømmere gav samme bedømmelse på alle elementer",
    ]
    kappa = agreement_lines(Agreement(2, 14, 1.0, "kappa_linear", None, "all"), "en")
    assert kappa[2] == (
        "Kappa cannot be computed here: each reviewer gave the same rating on every element"
    )


@pytest.mark.parametrize(
    ("statistic", "value", "band"),
    [
        ("kappa_linear", -0.05, "poor"),
        ("kappa_linear", -0.004, "slight"),  # prints as 0,00
        ("kappa_linear", 0.0, "slight"),
        ("kappa_linear", 0.20, "slight"),
        ("kappa_linear", 0.204, "slight"),  # prints as 0,20
        ("kappa_linear", 0.21, "fair"),
        ("kappa_linear", 0.40, "fair"),
        ("kappa_linear", 0.47, "moderate"),
        ("kappa_linear", 0.61, "substantial"),
        ("kappa_linear", 0.80, "substantial"),
        ("kappa_linear", 0.81, "almost_perfect"),
        ("kappa_linear", 1.0, "almost_perfect"),
        ("alpha_ordinal", 0.6665, "unreliable"),
        ("alpha_ordinal", 0.667, "tentative"),
        ("alpha_ordinal", 0.7999, "reliable"),  # 0.800 to three decimals
        ("alpha_ordinal", 0.79, "tentative"),
        ("alpha_ordinal", 0.8, "reliable"),
        ("alpha_ordinal", None, None),
    ],
)
def test_a_figure_is_read_on_its_statistics_usual_scale(
    statistic: Statistic, value: float | None, band: str | None
) -> None:
    """Landis & Koch (1977) for kappa, bounds in the lower band as printed to 2 decimals;
    Krippendorff (2004) for alpha, 0.667 and 0.800 the lowest of the higher band."""
    assert Agreement(2, 14, 0.5, statistic, value).band == band


def test_the_band_stands_beside_the_figure_in_both_languages() -> None:
    from ipsfidelity.review_words import agreement_lines

    kappa = Agreement(2, 14, 11 / 14, "kappa_linear", 0.47)
    assert agreement_lines(kappa, "da")[1] == (
        "Cohens kappa (lineært vægtet): 0,47 – moderat enighed (Landis & Koch)"
    )
    alpha = Agreement(3, 14, 11 / 14, "alpha_ordinal", 0.7)
    assert agreement_lines(alpha, "en")[1] == (
        "Krippendorff's alpha (ordinal): 0.70 – enough for tentative conclusions only"
        " (Krippendorff: 0.667–0.800)"
    )
    assert agreement_lines(alpha, "en")[2].startswith("Note: kappa and alpha over only 14")
