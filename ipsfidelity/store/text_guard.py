"""Every text the ORM writes is checked before the database sees it (textcheck.py).

A NUL reaches PostgreSQL only to fail there mid-transaction, and a lone surrogate cannot
be encoded at all; so each row's strings are looked at in `before_insert` and
`before_update`, for every table at once. `Text` columns are multi-line (tab and line
breaks allowed), `String` columns and JSON lists of names are one line.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, String, Text, event
from sqlalchemy.orm import Mapper

from ipsfidelity.errors import UserError
from ipsfidelity.store.models import Base
from ipsfidelity.textcheck import first_bad_char, problem_text, text_problem


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list | tuple):
        return [s for v in value for s in _strings(v)]
    return []


def check_row(mapper: Mapper[Any], _connection: object, target: Any) -> None:
    for column in mapper.columns:
        value = getattr(target, column.key, None)
        if value is None:
            continue
        multiline = isinstance(column.type, Text)
        if not isinstance(column.type, String | JSON):
            continue
        for text in _strings(value):
            problem = text_problem(text, multiline=multiline)
            if problem is not None:
                char = first_bad_char(text, multiline=multiline)
                raise UserError(problem_text(problem, char))


def install() -> None:
    """Idempotent: listens on the declarative base, so every model (and a new one) is covered."""
    for name in ("before_insert", "before_update"):
        if not event.contains(Base, name, check_row):
            event.listen(Base, name, check_row, propagate=True)
