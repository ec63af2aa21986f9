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
    # False when the history begins after this reopening (the review came in by import):
    # what changed after it is then not known, and "no change" would not be true.
    traced: bool = True


def _finishings(history: Sequence[HistoryInfo]) -> list[dt.datetime]:
    return [
        e.at
        for e in history
        if e.entity == "assessment" and e.field == "state" and e.new == "finished"
    ]


def _reopenings_in_history(history: Sequence[HistoryInfo]) -> int:
    """How many times the history saw the review leave the finished state."""
    return sum(
        1
        for e in history
        if e.entity == "assessment" and e.field == "state" and e.old == "finished"
    )


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


def _field_values(e: HistoryInfo, name: str) -> tuple[object, object]:
    """Old and new value of a rating's field `name` in one entry (a deleted row's old value
    holds all its fields)."""
    if e.field == "deleted":
        old = e.old.get(name) if isinstance(e.old, dict) else None
        return old, None
    return e.old, e.new


def _window_changes(
    history: Iterable[HistoryInfo], start: dt.datetime, end: dt.datetime | None
) -> tuple[dict[str, tuple[object, object]], dict[str, tuple[object, object]], bool]:
    """What changed in the consensus after `start` up to `end` (None: up to now): per
    element, the rating and the note as before the first change and after the last; and
    whether the caseload changed. Each entry carries its old value, so this holds for a
    review whose earlier history is not kept (finished before the history began)."""
    ratings: dict[str, tuple[object, object]] = {}
    notes: dict[str, tuple[object, object]] = {}
    loads: list[tuple[object, object]] = []
    for e in history:
        if e.at <= start or (end is not None and e.at > end):
            continue
        if e.entity == "rating":
            for name, into in ((_RATING, ratings), (_NOTE, notes)):
                if e.field in (name, "deleted"):
                    old, new = _field_values(e, name)
                    into[e.element_id] = (into.get(e.element_id, (old, None))[0], new)
        elif e.entity == "caseload" and e.field == "entries":
            loads.append((e.old, e.new))
    caseload_changed = bool(loads) and loads[0][0] != loads[-1][1]
    return ratings, notes, caseload_changed


def _code(value: object) -> str | None:
    """A rating as a scale id; None for none (or not rated)."""
    return value if isinstance(value, str) and value != "not_rated" else None


def reopening_stories(
    life: LifecycleInfo, history: Sequence[HistoryInfo], element_order: Sequence[str]
) -> tuple[ReopeningStory, ...]:
    """One story per reopening, oldest first; `element_order` orders the changes."""
    history = sorted(history, key=lambda e: e.at)  # stable: the reader's order within a time
    finishings = _finishings(history)
    order = {e: i for i, e in enumerate(element_order)}
    # A history only ever lacks its beginning, so it holds the latest reopenings.
    first_traced = len(life.reopenings) - _reopenings_in_history(history)
    stories = []
    for number, o in enumerate(life.reopenings):
        before = [t for t in finishings if t <= o.at]
        after = [t for t in finishings if t > o.at]
        finished_at = before[-1] if before else None
        end = after[0] if after else None
        if end is None and life.finished and life.finished_at and life.finished_at > o.at:
            end = life.finished_at  # finished again before the history began
        ratings, notes, caseload_changed = _window_changes(history, o.at, end)
        changes = tuple(
            RatingChange(e, _code(old), _code(new))
            for e, (old, new) in sorted(ratings.items(), key=lambda x: order.get(x[0], 1_000))
            if _code(old) != _code(new)
        )
        noted = tuple(
            e
            for e, (old, new) in sorted(notes.items(), key=lambda x: order.get(x[0], 1_000))
            if (old or None) != (new or None)
        )
        stories.append(
            ReopeningStory(
                at=o.at,
                reason=o.reason,
                reviewer=o.reviewer,
                finished_at=finished_at,
                signed=() if finished_at is None else _signed_by(history, finished_at),
                changes=changes,
                notes_changed=noted,
                caseload_changed=caseload_changed,
                finished_again=end,
                traced=number >= first_traced,
            )
        )
    return tuple(stories)
