"""The rule behind the consensus screen's "≠ alle": a consensus no reviewer gave."""

from __future__ import annotations

from ipsfidelity.consensus_marks import consensus_no_reviewer_gave, differs_from_every_reviewer
from ipsfidelity.instrument import NOT_RATED
from ipsfidelity.store.views import RatingInfo


def test_no_reviewer_rated_gives_nothing_to_differ_from() -> None:
    assert not differs_from_every_reviewer("met", [])
    assert not differs_from_every_reviewer("met", [None, NOT_RATED])


def test_one_reviewer() -> None:
    assert differs_from_every_reviewer("partial", ["met"])
    assert not differs_from_every_reviewer("met", ["met"])
    assert differs_from_every_reviewer("partial", ["met", None])  # the other has not rated


def test_two_agreeing_reviewers_and_a_slipped_key() -> None:
    # The ambassador's case: both rated "Opfyldt", the consensus became "Delvist opfyldt".
    assert differs_from_every_reviewer("partial", ["met", "met"])
    assert not differs_from_every_reviewer("met", ["met", "met"])


def test_a_consensus_equal_to_one_of_two_is_no_mark() -> None:
    assert not differs_from_every_reviewer("partial", ["met", "partial"])
    assert not differs_from_every_reviewer("met", ["met", "partial"])
    assert differs_from_every_reviewer("not_met", ["met", "partial"])


def test_no_consensus_yet_is_no_mark() -> None:
    assert not differs_from_every_reviewer(None, ["met", "met"])
    assert not differs_from_every_reviewer(NOT_RATED, ["met", "met"])


def test_the_elements_whose_consensus_no_reviewer_gave_in_the_packs_order() -> None:
    def ratings(**given: str) -> dict[str, RatingInfo]:
        return {e.replace("_", "."): RatingInfo(e.replace("_", "."), r) for e, r in given.items()}

    consensus = ratings(P1_1="partial", P1_2="met", P2_1="not_met", P2_2="met")
    own = {
        "Anna": ratings(P1_1="met", P1_2="met", P2_1="met", P2_2="met"),
        "Bo": ratings(P1_1="met", P1_2="partial", P2_1="partial"),  # P2.2 not rated by Bo
    }
    order = ["P2.2", "P2.1", "P1.2", "P1.1", "P3.1"]  # P3.1: no consensus yet
    assert consensus_no_reviewer_gave(order, consensus, own) == [
        ("P2.1", "not_met"),
        ("P1.1", "partial"),
    ]
    assert consensus_no_reviewer_gave(order, consensus, {}) == []  # nobody rated on their own
