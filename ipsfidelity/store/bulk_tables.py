"""What the bulk writer and its replacement of updated reviews share: the tables that hang
off an assessment, and the chunks a long list of ids is sent in."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ipsfidelity.store import models as m

CHUNK = 500  # stays under every backend's bound-parameter limit
# An assessment's children, deleted before the assessment when it is written again.
ASSESSMENT_CHILDREN: tuple[type[m.Base], ...] = (
    m.ActionItem,
    m.Outcome,
    m.Rating,
    m.CaseloadEntry,
    m.ReviewerRating,
    m.ReviewerCaseload,
    m.SignOff,
    m.Reopening,
)


def chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for i in range(0, len(items), CHUNK):
        yield items[i : i + CHUNK]
