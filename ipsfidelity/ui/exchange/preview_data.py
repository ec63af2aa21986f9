"""What the preview and the merge view show: plain data, no Qt, built on the worker.

The family's operations turn the core's plan into these, so the dialogs never depend
on the core's own types and can be tested with data alone.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

from ipsfidelity.wording import decimal_text

Outcome = Literal["new", "updated", "unchanged", "kept_local", "deleted", "conflict", "refused"]
Direction = Literal["", "send", "fetch"]  # a sync's two sides; "" for an import
Side = Literal["local", "incoming"]

OUTCOME_ORDER: tuple[Outcome, ...] = (
    "conflict",
    "refused",
    "new",
    "updated",
    "deleted",
    "kept_local",
    "unchanged",
)


def whole(count: int) -> str:
    """A count as the user's language writes it (1.000 in Danish)."""
    return decimal_text(count, "#,##0")


@dataclass(frozen=True)
class ReviewLine:
    """One review as the import would treat it."""

    review_id: str
    team: str
    period: str
    outcome: Outcome
    reason: str = ""  # why it was refused or kept, in the user's language
    origin: str = ""  # the file it came from
    locked: bool = False  # finished on this computer: a change needs a reopen with a reason
    direction: Direction = ""
    date: dt.date | None = None  # the review's date
    state: str = ""  # its lifecycle state in words ("Afsluttet"), "" when not known


@dataclass(frozen=True)
class TeamLine:
    name: str
    created: bool  # False: matched a team on this computer
    refused: str = ""  # why the team cannot be brought in (another team has its name)
    updated: tuple[str, ...] = ()  # its cooperation agreement's changes taken from the file


@dataclass(frozen=True)
class ConflictRow:
    """One element (or field of a plan or agreement) changed on both sides since the base."""

    key: str  # what the choice is stored under
    review_id: str
    review: str  # "IPS Hvidovre · 2026-Q4"
    label: str  # the element's or field's name
    local: str | None  # None: absent (not rated, not there)
    incoming: str | None
    base: str | None  # None: not known
    locked: bool = False
    detail: str = ""  # an element's own text from its pack, "" for other rows


@dataclass
class ImportPreview:
    reviews: list[ReviewLine] = field(default_factory=list)
    teams: list[TeamLine] = field(default_factory=list)
    conflicts: list[ConflictRow] = field(default_factory=list)
    # The core's own plan, handed back unchanged to the apply step.
    plan: Any = None
    sync: bool = False  # a sync's preview: both directions
    changes: bool | None = None  # the core's `has_changes`, when it is known

    def count(self, outcome: Outcome) -> int:
        return sum(1 for r in self.reviews if r.outcome == outcome)

    @property
    def writes_anything(self) -> bool:
        """Whether Apply has anything to write: the core's own answer when it gave one."""
        if self.changes is not None:
            return self.changes or bool(self.conflicts)
        return (
            bool(self.conflicts)
            or any(r.outcome in ("new", "updated", "deleted", "conflict") for r in self.reviews)
            or any(t.created or t.updated for t in self.teams)
        )

    def locked_reviews(self, choices: dict[str, Side]) -> list[str]:
        """The finished reviews whose chosen rows take an incoming value: they need a reason."""
        return sorted(
            {c.review for c in self.conflicts if c.locked and choices.get(c.key) == "incoming"}
        )


@dataclass(frozen=True)
class Resolution:
    """The user's answer to the preview: a side per conflict row, and the reopen reason."""

    choices: dict[str, Side]
    reopen_reason: str = ""


@dataclass(frozen=True)
class Applied:
    """What an applied import or sync wrote."""

    created: int
    updated: int
    unchanged: int
    kept: int = 0
    deleted: int = 0
    reopened: int = 0
    sent: int = 0  # a sync: reviews sent to the server
