"""Plain snapshots of a review's lifecycle and history (no SQLAlchemy: the report reads them)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class SignOffInfo:
    reviewer: str
    signed_on: dt.date


@dataclass(frozen=True)
class ReopeningInfo:
    reason: str
    reviewer: str
    os_user: str
    at: dt.datetime


@dataclass(frozen=True)
class LifecycleInfo:
    assessment_id: str
    kind: str
    state: str
    caseload_unavailable: str | None
    finished_at: dt.datetime | None
    signoffs: tuple[SignOffInfo, ...] = ()
    reopenings: tuple[ReopeningInfo, ...] = ()

    @property
    def finished(self) -> bool:
        return self.state == "finished"


@dataclass(frozen=True)
class HistoryInfo:
    """One recorded change. `old_value` / `new_value` are JSON text (None: no value)."""

    id: str
    at: dt.datetime
    team_id: str | None
    assessment_id: str | None
    entity: str
    entity_id: str
    element_id: str
    subject: str
    field: str
    old_value: str | None
    new_value: str | None
    reviewer: str
    os_user: str
    db_user: str | None

    @property
    def old(self) -> Any:
        return None if self.old_value is None else json.loads(self.old_value)

    @property
    def new(self) -> Any:
        return None if self.new_value is None else json.loads(self.new_value)

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["at"] = self.at.isoformat()
        return out


HISTORY_COLUMNS = (
    "id",
    "at",
    "team_id",
    "assessment_id",
    "entity",
    "entity_id",
    "element_id",
    "subject",
    "field",
    "old_value",
    "new_value",
    "reviewer",
    "os_user",
    "db_user",
)


def history_value(value: Any) -> str | None:
    """How a field's value is kept in the history: canonical JSON text."""
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=_plain)


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, tuple | set | frozenset):
        return list(value)
    raise TypeError(f"not kept in history: {type(value).__name__}")
