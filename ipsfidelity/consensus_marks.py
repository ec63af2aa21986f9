"""What the consensus decided that no reviewer said: an element rating that differs from
every reviewer's own, and whose caseload reading the review's caseload is. Shared by
the printed annex and any screen that marks the same (docs/review-lifecycle.md)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from ipsfidelity.store.views import CaseloadInfo


def differs_from_every_reviewer(consensus: str | None, own: Iterable[str | None]) -> bool:
    """True when the consensus rating is set, at least one reviewer rated the element,
    and no reviewer's own rating is the consensus: a decision nobody rated."""
    rated = [r for r in own if r is not None]
    return consensus is not None and bool(rated) and consensus not in rated


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
