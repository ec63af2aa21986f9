"""What each reopening of a review did, read from its history (store/history.py records
every change): when the review had been finished and who had signed it, and what then
changed in the consensus before it was finished again (or up to now). Plain values, so
the report lays them out without the database and both read paths give the same.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ipsfidelity.store.lifecycle_views import HistoryInfo, LifecycleInfo, SignOffInfo

# The consensus fields a reopening story follows: a rating's value and its note.
_RATING, _NOTE = "rating", "note"


@dataclass(frozen=True)
class RatingChange:
    """A consensus rating changed after a reopening (scale ids; None: not rated)."""

    element_id: str
    old: str | None
    new: str | None


@dataclass(frozen=True)
class ReopeningStory:
    """One reopening: the finishing it undid, the reason, and what changed after it."""

    at: dt.datetime
    reason: str
    reviewer: str
    # The finishing the reopening undid, with the sign-offs it had; None when the history
    # does not reach back to it (a review finished by the upgrade, before history).
    finished_at: dt.datetime | None
    signed: tuple[SignOffInfo, ...]
    changes: tuple[RatingChange, ...] = ()
    notes_changed: tuple[str, ...] = ()  # element ids whose consensus note changed
    caseload_changed: bool = False
    finished_again: dt.datetime | None = None


def _finishings(history: Sequence[HistoryInfo]) -> list[dt.datetime]:
    return [
        e.at
        for e in history
        if e.entity == "assessment" and e.field == "state" and e.new == "finished"
    ]


def _signed_by(history: Iterable[HistoryInfo], until: dt.datetime) -> tuple[SignOffInfo, ...]:
    """The sign-offs standing at `until`, replayed from the history."""
    standing: dict[str, dt.date] = {}
    for e in history:
        if e.at > until or e.entity != "signoff":
            continue
        if e.field == "signed_on" and e.new:
            standing[e.subject] = dt.date.fromisoformat(e.new)
        elif e.field in ("deleted", "voided"):
            standing.pop(e.subject, None)
    return tuple(SignOffInfo(who, day) for who, day in standing.items())


def _consensus(
    history: Iterable[HistoryInfo], until: dt.datetime | None
) -> tuple[dict[str, str | None], dict[str, str | None], object]:
    """The consensus ratings, notes and caseload at `until` (None: the end), replayed."""
    ratings: dict[str, str | None] = {}
    notes: dict[str, str | None] = {}
    caseload: object = None
    for e in history:
        if until is not None and e.at > until:
            break
        if e.entity == "rating":
            if e.field == _RATING:
                ratings[e.element_id] = e.new
            elif e.field == _NOTE:
                notes[e.element_id] = e.new or None
            elif e.field == "deleted":
                ratings[e.element_id] = notes[e.element_id] = None
        elif e.entity == "caseload" and e.field == "entries":
            caseload = e.new
    return ratings, notes, caseload


def reopening_stories(
    life: LifecycleInfo, history: Sequence[HistoryInfo], element_order: Sequence[str]
) -> tuple[ReopeningStory, ...]:
    """One story per reopening, oldest first; `element_order` orders the changes."""
    history = sorted(history, key=lambda e: e.at)  # stable: the reader's order within a time
    finishings = _finishings(history)
    order = {e: i for i, e in enumerate(element_order)}
    stories = []
    for o in life.reopenings:
        before = [t for t in finishings if t <= o.at]
        after = [t for t in finishings if t > o.at]
        finished_at = before[-1] if before else None
        end = after[0] if after else None
        old_ratings, old_notes, old_load = _consensus(history, o.at)
        new_ratings, new_notes, new_load = _consensus(history, end)
        elements = sorted(set(old_ratings) | set(new_ratings), key=lambda e: order.get(e, 1_000))
        changes = tuple(
            RatingChange(e, old_ratings.get(e), new_ratings.get(e))
            for e in elements
            if old_ratings.get(e) != new_ratings.get(e)
        )
        noted = sorted(set(old_notes) | set(new_notes), key=lambda e: order.get(e, 1_000))
        stories.append(
            ReopeningStory(
                at=o.at,
                reason=o.reason,
                reviewer=o.reviewer,
                finished_at=finished_at,
                signed=() if finished_at is None else _signed_by(history, finished_at),
                changes=changes,
                notes_changed=tuple(e for e in noted if old_notes.get(e) != new_notes.get(e)),
                caseload_changed=old_load != new_load,
                finished_again=end,
            )
        )
    return tuple(stories)
