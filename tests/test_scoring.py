"""Scoring rules: worked examples from the issue and seed 004, and properties that must always hold."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ipsfidelity.instrument import default_pack, get_pack
from ipsfidelity.scoring import (
    CaseloadEntry,
    assess_caseload,
    consultant_load,
    round1,
    score_assessment,
    verdict,
)

PACK = default_pack()
RULE = PACK.caseload
# Version 1's rule: every caseload has the 20-25 "at the limit" band (reviews made with it keep it).
RULE_V1 = get_pack("dk-minimum", "1").caseload
ELEMENTS = PACK.element_ids
SCALE = ["met", "partial", "not_met", "not_rated"]
ORDER = {"not_met": 0, "partial": 1, "met": 2}
OK = [CaseloadEntry("Anna", 1.0, 18, 0)]


def all_rated(rating: str) -> dict[str, str]:
    return dict.fromkeys(ELEMENTS, rating)


# -- caseload: the worked examples ------------------------------------------


@pytest.mark.parametrize(
    ("fte", "ips", "other", "load", "status"),
    [
        (1.0, 10, 20, 20.0, "ok"),  # seed 004: 10 IPS cases allow at most 20 other cases
        (1.0, 10, 21, 20.5, "over"),  # ... and not 21
        (1.0, 24, 0, 24.0, "warning"),  # IPS cases only keep the 20-25 band
        (1.0, 25, 0, 25.0, "warning"),
        (1.0, 26, 0, 26.0, "over"),
        (0.5, 10, 0, 20.0, "ok"),
        (0.5, 5, 10, 20.0, "ok"),  # mixed, part time: 20 is the most
        (0.5, 5, 11, 21.0, "over"),
        (0.8, 16, 1, 20.6, "over"),
        (1.0, 0, 40, 20.0, "ok"),  # other cases only: weighted, mixed rule
        (1.0, 0, 41, 20.5, "over"),
    ],
)
def test_consultant_load_version_2(
    fte: float, ips: int, other: int, load: float, status: str
) -> None:
    """Pack version 2 (the default): a consultant who also has other cases is over above 20."""
    assert PACK.version == "2" and RULE.mixed_max == 20
    result = consultant_load(RULE, CaseloadEntry("K", fte, ips, other))
    assert (result.load, result.status) == (load, status)


@pytest.mark.parametrize(
    ("fte", "ips", "other", "load", "status"),
    [
        (1.0, 10, 20, 20.0, "ok"),
        (1.0, 10, 21, 20.5, "warning"),
        (1.0, 26, 0, 26.0, "over"),
        (0.5, 13, 0, 26.0, "over"),
        (1.0, 25, 0, 25.0, "warning"),  # 25 is still within the limit
        (1.0, 20, 0, 20.0, "ok"),
        (0.3, 6, 0, 20.0, "ok"),  # exact arithmetic: 6 / 0.3 is 20, not 20.000000000000004
        (0.8, 16, 1, 20.6, "warning"),
    ],
)
def test_consultant_load_version_1(
    fte: float, ips: int, other: int, load: float, status: str
) -> None:
    result = consultant_load(RULE_V1, CaseloadEntry("K", fte, ips, other))
    assert (result.load, result.status) == (load, status)


def test_team_caseload_is_the_worst_consultant_and_missing_when_empty() -> None:
    assert assess_caseload(RULE, []).status == "missing"
    team = assess_caseload(RULE, [CaseloadEntry("A", 1, 10, 0), CaseloadEntry("B", 1, 22, 0)])
    assert team.status == "warning"
    team = assess_caseload(RULE, [CaseloadEntry("A", 1, 30, 0), CaseloadEntry("B", 1, 22, 0)])
    assert team.status == "over"
    assert [c.consultant for c in team.consultants] == ["A", "B"]


@pytest.mark.parametrize(
    "entry",
    [
        CaseloadEntry("K", 0.0, 1, 1),
        CaseloadEntry("K", 1.01, 1, 1),
        CaseloadEntry("K", -0.5, 1, 1),
        CaseloadEntry("K", 1.0, -1, 0),
        CaseloadEntry("K", 1.0, 0, -3),
        CaseloadEntry("K", 1.0, 2.5, 0),  # type: ignore[arg-type]
        CaseloadEntry("K", 1.0, True, 0),  # type: ignore[arg-type]
    ],
)
def test_caseload_refuses_values_outside_the_rule(entry: CaseloadEntry) -> None:
    with pytest.raises(ValueError):
        consultant_load(RULE, entry)


# -- fidelity scores ----------------------------------------------------------


def test_principle_and_overall_scores() -> None:
    ratings = all_rated("met") | {
        "P1.2": "partial",
        "P3.1": "not_met",
        "P3.2": "partial",
        "P5.1": "not_rated",
    }
    score = score_assessment(PACK, ratings, OK)
    by_id = {p.id: p for p in score.principles}
    assert by_id["P1"].score == 75.0 and by_id["P1"].rated == 2 and by_id["P1"].elements == 2
    assert by_id["P3"].score == 50.0  # (0 + 0.5 + 1) / 3
    assert by_id["P5"].score is None and by_id["P5"].rated == 0
    # overall: mean of the 7 scored principles (75, 100, 50, 100, 100, 100, 100) = 89.2857…
    assert score.overall == 89.3
    assert score.not_met == ("P1.2", "P3.1", "P3.2")
    assert score.verdict == "does_not_meet"


def test_nothing_rated_gives_null_scores() -> None:
    score = score_assessment(PACK, {}, [])
    assert all(p.score is None for p in score.principles)
    assert score.overall is None
    assert score.verdict == "incomplete"
    assert len(score.unrated) == 14


def test_rounding_is_half_up_on_the_decimal_value() -> None:
    assert round1(12.25) == 12.3
    assert round1(66.66666) == 66.7
    assert round1(83.35) == 83.4
    assert round1(0.05) == 0.1


def test_json_contract_shape() -> None:
    score = score_assessment(PACK, all_rated("met"), OK)
    data = score.to_json("abc")
    assert set(data) == {
        "assessment",
        "instrument",
        "principles",
        "overall",
        "caseload",
        "verdict",
        "not_met",
    }
    assert data["instrument"] == {"id": "dk-minimum", "version": "2"}
    assert data["principles"][0] == {"id": "P1", "score": 100.0, "rated": 2, "elements": 2}
    assert data["caseload"] == {
        "status": "ok",
        "consultants": [{"consultant": "Anna", "load": 18.0, "status": "ok"}],
    }
    assert data["verdict"] == "meets" and data["not_met"] == [] and data["overall"] == 100.0


# -- verdict rules --------------------------------------------------------------


def test_verdict_rules() -> None:
    assert verdict(PACK, all_rated("met"), "ok") == "meets"
    assert verdict(PACK, all_rated("met"), "warning") == "meets"
    assert verdict(PACK, all_rated("met"), "over") == "does_not_meet"
    assert verdict(PACK, all_rated("met"), "missing") == "incomplete"
    one_partial = all_rated("met") | {"P6.1": "partial"}
    assert (
        verdict(PACK, one_partial, "missing") == "does_not_meet"
    )  # a known shortfall outweighs gaps
    gap = {k: v for k, v in all_rated("met").items() if k != "P8.2"}
    assert verdict(PACK, gap, "ok") == "incomplete"


def test_a_review_is_complete_when_every_element_is_rated_and_the_caseload_entered() -> None:
    # "not met" is known before the review is done; finished is not.
    one_not_met = all_rated("met") | {"P6.1": "not_met"}
    assert score_assessment(PACK, one_not_met, OK).complete
    assert not score_assessment(PACK, one_not_met, []).complete  # caseload missing
    gap = all_rated("met") | {"P8.2": "not_rated"}
    unfinished = score_assessment(PACK, gap, OK)
    assert unfinished.verdict == "incomplete" and not unfinished.complete
    assert not score_assessment(PACK, {}, OK).complete


# -- properties -----------------------------------------------------------------

ratings_st = st.dictionaries(st.sampled_from(ELEMENTS), st.sampled_from(SCALE))
entry_st = st.builds(
    CaseloadEntry,
    consultant=st.text(min_size=1, max_size=5),
    fte=st.sampled_from([0.1, 0.25, 0.3, 0.5, 0.6, 0.75, 0.8, 0.9, 1.0]),
    ips_cases=st.integers(0, 40),
    other_cases=st.integers(0, 60),
)
caseload_st = st.lists(entry_st, max_size=4)


@settings(max_examples=300, deadline=None)
@given(ratings_st, caseload_st)
def test_scores_stay_within_0_and_100(
    ratings: dict[str, str], caseload: list[CaseloadEntry]
) -> None:
    score = score_assessment(PACK, ratings, caseload)
    for p in score.principles:
        assert p.score is None or 0.0 <= p.score <= 100.0
        assert 0 <= p.rated <= p.elements
    assert score.overall is None or 0.0 <= score.overall <= 100.0


@settings(max_examples=300, deadline=None)
@given(ratings_st, st.sampled_from(ELEMENTS))
def test_raising_a_rating_never_lowers_a_score(ratings: dict[str, str], element: str) -> None:
    current = ratings.get(element)
    if current not in ORDER or current == "met":
        return
    raised = dict(ratings)
    raised[element] = "partial" if current == "not_met" else "met"
    before = score_assessment(PACK, ratings, OK)
    after = score_assessment(PACK, raised, OK)
    for b, a in zip(before.principles, after.principles, strict=True):
        assert (a.score or 0) >= (b.score or 0)
    assert (after.overall or 0) >= (before.overall or 0)


@settings(max_examples=300, deadline=None)
@given(ratings_st, caseload_st)
def test_verdict_follows_its_rules(ratings: dict[str, str], caseload: list[CaseloadEntry]) -> None:
    score = score_assessment(PACK, ratings, caseload)
    shortfall = any(ratings.get(e) in ("partial", "not_met") for e in ELEMENTS)
    gaps = any(ratings.get(e, "not_rated") == "not_rated" for e in ELEMENTS)
    status = score.caseload.status
    if shortfall or status == "over":
        assert score.verdict == "does_not_meet"
    elif gaps or status == "missing":
        assert score.verdict == "incomplete"
    else:
        assert score.verdict == "meets"
    assert set(score.not_met) == {e for e in ELEMENTS if ratings.get(e) in ("partial", "not_met")}


@settings(max_examples=200, deadline=None)
@given(entry_st)
def test_load_matches_the_formula(entry: CaseloadEntry) -> None:
    load = consultant_load(RULE, entry)
    expected = (entry.ips_cases + entry.other_cases / 2) / entry.fte
    assert abs(load.load - expected) <= 0.05 + 1e-9
    exact = (entry.ips_cases * 2 + entry.other_cases) / (2 * entry.fte)
    if entry.other_cases:  # version 2: no band for a mixed caseload
        want = "ok" if exact <= 20 + 1e-9 else "over"
    else:
        want = "ok" if exact <= 20 + 1e-9 else "warning" if exact <= 25 + 1e-9 else "over"
    assert load.status == want
    v1 = consultant_load(RULE_V1, entry).status
    assert v1 == ("ok" if exact <= 20 + 1e-9 else "warning" if exact <= 25 + 1e-9 else "over")
