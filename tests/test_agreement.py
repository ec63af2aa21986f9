"""Agreement between independent reviewers: hand-computed and published worked examples."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ipsfidelity.instrument import default_pack
from ipsfidelity.scoring.agreement import (
    FEW_ELEMENTS,
    exact_agreement,
    linear_weighted_kappa,
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
    # Everyone says met except three of B's: no chance of agreement below met for A, so the
    # chance-corrected figure is 0 (A's ratings carry no information); exact is still 11/14.
    assert result.value == pytest.approx(0.0)


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
    assert lines[1].endswith(": 0,00"), lines
    lines = agreement_lines(Agreement(2, 14, 11 / 14, "kappa_linear", -0.001), "da")
    assert lines[1].endswith(": 0,00"), lines
