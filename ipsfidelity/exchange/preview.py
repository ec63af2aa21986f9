"""What an import would do, before anything is written: the preview the app and the CLI show.

`preview_import` reads only. Each incoming review is compared, element by element, with the
copy here and the common base found in the history trail (docs/exchange-bundle.md, "Merge"):

- new        : not here yet; it is added.
- updated    : only the incoming side changed (some elements); they are applied.
- unchanged  : nothing to do (importing the same file twice changes nothing).
- local_newer: only this side changed since the base; the local copy stays.
- conflict   : both changed the same element, or the review is finished here and the file
               would change it; `conflicts` lists them, to be resolved in `apply_import`.
- deleted    : the file says the review was deleted, and nothing changed here since; it is
               deleted when applied.
- refused    : never written (`reason` says why: moved to another team, deleted here, ...).

`apply_import` (apply.py) writes a preview in one transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Literal

Resolution = Literal["local", "incoming"]


class Status(StrEnum):
    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    LOCAL_NEWER = "local_newer"
    CONFLICT = "conflict"
    DELETED = "deleted"
    REFUSED = "refused"


class TeamStatus(StrEnum):
    MATCHED = "matched"  # the team is here already (same id)
    UPDATED = "updated"  # here already; the file brings changes to its cooperation agreement
    CREATED = "created"  # the team is made by the import
    REFUSED = "refused"  # e.g. another team here has the same name


@dataclass(frozen=True)
class Conflict:
    """One element (or one field of an action item / agreement) changed on both sides.

    `local`, `incoming` and `base` are display texts in the current language; None means
    "absent" (not rated, deleted, not there) for local/incoming and "unknown" for base.
    """

    id: str  # stable key for resolutions: "<assessment or team id>|<element key>"
    team_id: str
    assessment_id: str | None  # None for the team's cooperation agreement
    element: str  # machine key: "rating:1.1", "item:<uuid>:text", "agreement:<uuid>:duration"
    label: str  # what it is, in words: "Element 1.1 (vurdering)", "Handleplan: Tekst"
    local: str | None
    incoming: str | None
    base: str | None
    locked: bool = False  # the review is finished here: taking incoming needs a reopen reason


@dataclass(frozen=True)
class ReviewRow:
    assessment_id: str
    team_id: str
    team_name: str
    date: dt.date
    period: str
    origin: str  # the file (or "server") it came from
    status: Status
    reason: str = ""  # refused / local_newer / deleted: one line, in words
    applied: tuple[str, ...] = ()  # labels of elements taken from the incoming side
    kept: tuple[str, ...] = ()  # labels of elements where this side is newer and stays
    conflicts: tuple[Conflict, ...] = ()
    locked: bool = False  # finished here
    state: str = ""  # the review's lifecycle state in the file ("" not known)
    instrument: tuple[str, str] | None = None  # its pack (id, version), for the elements' words


@dataclass(frozen=True)
class TeamRow:
    team_id: str
    name: str
    status: TeamStatus
    reason: str = ""
    conflicts: tuple[Conflict, ...] = ()  # cooperation agreement fields changed on both sides
    applied: tuple[str, ...] = ()  # labels of agreement fields taken from the incoming side


@dataclass
class Preview:
    reviews: list[ReviewRow] = field(default_factory=list)
    teams: list[TeamRow] = field(default_factory=list)
    # What apply needs (merged documents, tombstones); not for display.
    plan: Any = None

    @property
    def conflicts(self) -> list[Conflict]:
        return [c for t in self.teams for c in t.conflicts] + [
            c for r in self.reviews for c in r.conflicts
        ]

    def count(self, status: Status) -> int:
        return sum(1 for r in self.reviews if r.status == status)

    @property
    def refused(self) -> list[ReviewRow]:
        return [r for r in self.reviews if r.status == Status.REFUSED]

    @property
    def has_changes(self) -> bool:
        return any(
            r.status in (Status.NEW, Status.UPDATED, Status.CONFLICT, Status.DELETED)
            for r in self.reviews
        ) or any(
            t.status in (TeamStatus.CREATED, TeamStatus.UPDATED) or t.conflicts for t in self.teams
        )


@dataclass(frozen=True)
class ApplyResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    kept_local: int = 0
    deleted: int = 0
    reopened: int = 0
    teams_created: int = 0
    refused: int = 0
