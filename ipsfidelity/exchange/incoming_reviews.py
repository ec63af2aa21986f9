"""What an import brings, review by review: whole reviews by id (the same review twice must be
the same), and reviewers' own files, folded into one per review."""

from __future__ import annotations

from collections.abc import Sequence

from ipsfidelity.errors import UserError
from ipsfidelity.exchange.incoming import Incoming
from ipsfidelity.exchange.schema import AssessmentDoc
from ipsfidelity.i18n import tr

# A review as it arrives: the file (or server) it came from, and its document.
Arrival = tuple[str, AssessmentDoc]


def gather_reviews(
    incoming: Sequence[Incoming],
) -> tuple[dict[str, Arrival], list[Arrival]]:
    """Whole reviews by id (the same review twice must be the same), and reviewer-only files."""
    reviews: dict[str, Arrival] = {}
    reviewers: list[Arrival] = []
    for inc in incoming:
        for d in inc.reviews:
            if d.contents == "reviewer":
                reviewers.append((inc.origin, d))
                continue
            aid = d.id.lower()
            if aid in reviews and reviews[aid][1] != d:
                raise UserError(tr("import.same_assessment_twice"))
            reviews[aid] = (inc.origin, d)
    if any(d.id.lower() in reviews for _, d in reviewers):
        # A whole review and one reviewer's ratings of it in one import: import them apart.
        raise UserError(tr("import.same_assessment_twice"))
    return reviews, fold_reviewer_files(reviewers)


def fold_reviewer_files(
    reviewers: list[Arrival],
) -> list[Arrival]:
    """Several reviewers' files of the same review as one (each reviewer's newest)."""
    by_id: dict[str, list[Arrival]] = {}
    for origin, d in reviewers:
        by_id.setdefault(d.id.lower(), []).append((origin, d))
    out = []
    for group in by_id.values():
        if len(group) == 1:
            out.append(group[0])
            continue
        group.sort(key=lambda od: od[1].updated_at)
        own = {r.reviewer: r for _, d in group for r in d.reviewer_ratings}
        history = {h.id.lower(): h for _, d in group for h in d.history}
        origin, last = group[-1]
        out.append(
            (
                ", ".join(o for o, _ in group),
                last.model_copy(
                    update={
                        "reviewer_ratings": list(own.values()),
                        "history": list(history.values()),
                    }
                ),
            )
        )
    return out
