"""What the consensus decided that no reviewer said: an element rating that differs from
every reviewer's own (a slipped key on the consensus screen can set a rating both reviewers
rejected), and whose caseload reading the review's caseload is. Shared by the consensus
screen, the finish dialog and the printed annex (docs/review-lifecycle.md)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from ipsfidelity.packs import NOT_RATED
from ipsfidelity.store.views import CaseloadInfo, RatingInfo


def differs_from_every_reviewer(consensus: str | None, own: Iterable[str | None]) -> bool:
    """True when the consensus is a rating and no reviewer who rated gave it.

    Reviewers who did not rate are left out; with none rated there is nothing to differ from.
    """
    if consensus is None or consensus == NOT_RATED:
        return False
    rated = {r for r in own if r is not None and r != NOT_RATED}
    return bool(rated) and consensus not in rated


def consensus_no_reviewer_gave(
    element_ids: Sequence[str],
    consensus: Mapping[str, RatingInfo],
    own: Mapping[str, Mapping[str, RatingInfo]],
) -> list[tuple[str, str]]:
    """(element, consensus rating) for each element, in the pack's order, whose consensus
    differs from every reviewer's own rating; `own` is reviewer -> element -> rating."""
    found: list[tuple[str, str]] = []
    for element_id in element_ids:
        agreed = consensus.get(element_id)
        given = [ratings[element_id].rating for ratings in own.values() if element_id in ratings]
        if agreed is not None and differs_from_every_reviewer(agreed.rating, given):
            found.append((element_id, agreed.rating))
    return found


def _figures(entries: Sequence[CaseloadInfo]) -> list[tuple[str, float, int, int]]:
    # The figures only: a carried-over row counts as the same reading once confirmed alike.
    return [(e.consultant, e.fte, e.ips_cases, e.other_cases) for e in entries]


def same_reading(a: Sequence[CaseloadInfo], b: Sequence[CaseloadInfo]) -> bool:
    """The same consultants, in the same order, with the same figures."""
    return _figures(a) == _figures(b)


def whose_reading(
    review: Sequence[CaseloadInfo], readings: Mapping[str, Sequence[CaseloadInfo]]
) -> list[str]:
    """The reviewers whose own reading is exactly the review's caseload (empty when the
    caseload was set jointly, or is not entered)."""
    if not review:
        return []
    return [name for name, entries in readings.items() if same_reading(entries, review)]
