"""The rule behind the consensus screen's "≠ alle": a consensus no reviewer gave."""

from __future__ import annotations

from ipsfidelity.consensus_marks import differs_from_every_reviewer
from ipsfidelity.instrument import NOT_RATED


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
