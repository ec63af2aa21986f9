"""Writing reviews that are already stored again, touching only what changed.

An import or a sync writes an updated review from its document. Deleting and inserting all
of it would be simplest, but on a regional server each role may change only its own part
(row-level security, docs/server.md): an ambassador's sync must not delete and insert the
team lead's action plan, nor a team lead's sync the ambassador's ratings, even unchanged.
So the writes of updated reviews are gathered, compared per table and review with what is
stored, and only a table whose rows differ is replaced (delete, insert); the review's own
row is updated in place, only in the columns that differ. A finished review written again
unchanged is then not touched at all (store/server_lock.py).

Compared: the rows' contents, not their ids (made afresh by the writer; an action item's
id is its identity, and compared) nor their time stamps (`created_at`, `updated_at`; the
review's `updated_at` is updated). Where the walk-through stands (`last_element`) is kept.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy import Date, DateTime, Float, delete
from sqlalchemy.types import JSON

from ipsfidelity.store import models as m
from ipsfidelity.store.bulk_tables import ASSESSMENT_CHILDREN, chunks

if TYPE_CHECKING:
    from sqlalchemy import Connection, Table

_STAMPS = frozenset({"created_at", "updated_at"})
_ASSESSMENT_KEPT = frozenset({"id", "created_at", "last_element"})
# (the model of typed rows, None for raw driver rows; table name; rows), in the order asked.
Call = tuple[type[m.Base] | None, str, list[dict[str, Any]]]


def _same(value: Any) -> Any:
    return value


def _json(value: Any) -> Any:
    if isinstance(value, str):
        return _json_text(value)
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


@lru_cache(maxsize=4096)  # the same few evidence lists and reviewer names, again and again
def _json_text(value: str) -> str:
    return json.dumps(json.loads(value), sort_keys=True, ensure_ascii=False)


def _stamp(value: Any) -> Any:
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    if isinstance(value, dt.datetime) and value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value


def _date(value: Any) -> Any:
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def _float(value: Any) -> Any:
    return float(value)


_CONVERTERS: dict[tuple[str, str], Callable[[Any], Any]] = {}


def _converter(table: Table, name: str) -> Callable[[Any], Any]:
    """How one column's cell reads the same whether it comes as the driver's text or as a
    typed value (found once per column)."""
    key = (table.name, name)
    found = _CONVERTERS.get(key)
    if found is None:
        kind = table.c[name].type
        kind = getattr(kind, "impl", kind)
        if isinstance(kind, JSON):
            found = _json
        elif isinstance(kind, DateTime):
            found = _stamp
        elif isinstance(kind, Date):
            found = _date
        elif isinstance(kind, Float):
            found = _float
        else:
            found = _same
        _CONVERTERS[key] = found
    return found


def _value(table: Table, name: str, value: Any) -> Any:
    return None if value is None else _converter(table, name)(value)


def _contents(
    table: Table, rows: Sequence[Mapping[str, Any]], names: Sequence[str]
) -> list[tuple[Any, ...]]:
    pairs = [(n, _converter(table, n)) for n in names]
    return [tuple(None if (v := row.get(n)) is None else c(v) for n, c in pairs) for row in rows]


def _compared(table_name: str, row: dict[str, Any]) -> list[str]:
    skip = _STAMPS if table_name == m.ActionItem.__tablename__ else _STAMPS | {"id"}
    return sorted(n for n in row if n not in skip)


class Writer(Protocol):
    """What a replacement needs of the bulk writer (store/bulk.py's BulkWriter)."""

    conn: Connection

    def insert(self, model: type[m.Base], rows: list[dict[str, Any]]) -> None: ...

    def insert_raw(self, table_name: str, rows: list[dict[str, Any]]) -> None: ...

    def rows_of(
        self, model: type[m.Base], assessment_ids: Sequence[str], key: str = "assessment_id"
    ) -> list[dict[str, Any]]: ...


class Replacement:
    """The writes of one import's updated reviews, held back until `write()`."""

    def __init__(self, writer: Writer, ids: Sequence[str]) -> None:
        self.writer = writer
        self.ids = set(ids)
        self.calls: list[Call] = []

    def hold(self, model: type[m.Base] | None, table_name: str, rows: list[dict[str, Any]]) -> None:
        if rows:
            self.calls.append((model, table_name, rows))

    def write(self) -> None:
        tables = m.Base.metadata.tables
        children = {model.__tablename__: model for model in ASSESSMENT_CHILDREN}
        ids = sorted(self.ids)
        new: dict[tuple[str, str], list[tuple[Any, ...]]] = defaultdict(list)
        new_rows: dict[str, dict[str, Any]] = {}  # updated review id -> its new row
        for _model, name, rows in self.calls:
            if name == m.Assessment.__tablename__:
                new_rows.update((r["id"], r) for r in rows if r["id"] in self.ids)
            elif name in children:
                columns = _compared(name, rows[0])  # the rows of one call share their keys
                mine = [r for r in rows if r.get("assessment_id") in self.ids]
                for row, content in zip(mine, _contents(tables[name], mine, columns), strict=True):
                    new[(name, row["assessment_id"])].append(content)
        unchanged: set[tuple[str, str]] = set()
        for name in children:
            stored: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
            found = self._stored(name, ids)
            columns = _compared(name, found[0]) if found else []
            for row, content in zip(found, _contents(tables[name], found, columns), strict=True):
                stored[row["assessment_id"]].append(content)
            doomed = []
            for aid in ids:
                if Counter(stored.get(aid, ())) == Counter(new.get((name, aid), ())):
                    unchanged.add((name, aid))
                elif aid in stored:
                    doomed.append(aid)
            column = tables[name].c.assessment_id
            for chunk in chunks(doomed):
                self.writer.conn.execute(delete(tables[name]).where(column.in_(chunk)))
        updated = self._update_assessments(new_rows)
        for typed, name, rows in self.calls:
            kept = [
                r
                for r in rows
                if not (name == m.Assessment.__tablename__ and r["id"] in updated)
                and (name, r.get("assessment_id")) not in unchanged
            ]
            if typed is None:
                self.writer.insert_raw(name, kept)
            else:
                self.writer.insert(typed, kept)

    def _stored(self, name: str, ids: Sequence[str]) -> list[dict[str, Any]]:
        """The stored rows as the driver gives them (no per-cell processing: compared only)."""
        mark = "?" if self.writer.conn.dialect.paramstyle == "qmark" else "%s"
        out: list[dict[str, Any]] = []
        for chunk in chunks(ids):
            marks = ", ".join([mark] * len(chunk))
            result = self.writer.conn.exec_driver_sql(
                f"SELECT * FROM {name} WHERE assessment_id IN ({marks})", tuple(chunk)
            )
            out.extend(dict(r) for r in result.mappings())
        return out

    def _update_assessments(self, new_rows: dict[str, dict[str, Any]]) -> set[str]:
        """Update the stored rows in the columns that differ; the ids of those stored."""
        table = m.Base.metadata.tables[m.Assessment.__tablename__]
        stored = {r["id"]: r for r in self.writer.rows_of(m.Assessment, sorted(new_rows), "id")}
        mark = "?" if self.writer.conn.dialect.paramstyle == "qmark" else "%s"
        for aid, row in new_rows.items():
            old = stored.get(aid)
            if old is None:
                continue
            changed = [
                n
                for n in row
                if n not in _ASSESSMENT_KEPT
                and _value(table, n, row[n]) != _value(table, n, old.get(n))
            ]
            if changed:
                sets = ", ".join(f"{n} = {mark}" for n in changed)
                self.writer.conn.exec_driver_sql(
                    f"UPDATE assessment SET {sets} WHERE id = {mark}",
                    (*(row[n] for n in changed), aid),
                )
        return set(stored)
