"""Bulk writes for imports and sync: one transaction, rows straight to the driver.

`Store.bulk_writing()` opens the transaction and hands out a `BulkWriter`; the exchange
importer (exchange/importer.py, exchange/apply.py) says *what* to write and the SQL stays
here. Bulk rows skip SQLAlchemy's per-cell processing (the import of a region's reviews is
several times slower through it), so the writer converts values once per import the way the
typed models store them (naive UTC timestamps, ISO dates, JSON text); tests read the rows
back through the models.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, delete, func, insert, select, text, update

from ipsfidelity.store import models as m
from ipsfidelity.store.bulk_replace import Replacement
from ipsfidelity.store.bulk_tables import ASSESSMENT_CHILDREN, chunks

if TYPE_CHECKING:
    from sqlalchemy import Engine

_VARIANT = "89ab"


def fresh_ids(count: int) -> list[str]:
    """Random (version 4) UUIDs, made in bulk: uuid.uuid4() per row dominated large imports."""
    raw = os.urandom(16 * count).hex()
    ids = []
    for i in range(count):
        h = raw[32 * i : 32 * i + 32]
        ids.append(
            f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{_VARIANT[int(h[16], 16) & 3]}{h[17:20]}-{h[20:]}"
        )
    return ids


class BulkWriter:
    """Writes inside one open transaction (`Store.bulk_writing`)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.sqlite = conn.dialect.name == "sqlite"
        self._json: dict[tuple[str, ...], str] = {}
        self._replacing: Replacement | None = None

    # -- values as the driver stores them ----------------------------------

    def stamp(self, value: dt.datetime) -> Any:
        naive = value.astimezone(dt.UTC).replace(tzinfo=None)
        return naive.strftime("%Y-%m-%d %H:%M:%S.%f") if self.sqlite else naive

    def date(self, value: dt.date) -> Any:
        return value.isoformat() if self.sqlite else value

    def json_list(self, values: Sequence[str]) -> str:
        key = tuple(values)
        found = self._json.get(key)
        if found is None:
            found = self._json[key] = json.dumps(list(values))
        return found

    # -- writing -----------------------------------------------------------

    def insert_raw(self, table_name: str, rows: list[dict[str, Any]]) -> None:
        """executemany straight to the driver: rows converted with stamp/date/json_list."""
        if not rows:
            return
        if self._replacing is not None:
            self._replacing.hold(None, table_name, rows)
            return
        names = list(rows[0])
        mark = "?" if self.conn.dialect.paramstyle == "qmark" else "%s"
        sql = (
            f"INSERT INTO {table_name} ({', '.join(names)}) "
            f"VALUES ({', '.join([mark] * len(names))})"
        )
        self.conn.exec_driver_sql(sql, [tuple(r[n] for n in names) for r in rows])

    def insert(self, model: type[m.Base], rows: list[dict[str, Any]]) -> None:
        """Typed rows (few of them: teams, agreements, history)."""
        if rows and self._replacing is not None:
            self._replacing.hold(model, model.__tablename__, rows)
        elif rows:
            self.conn.execute(insert(model), rows)

    @contextmanager
    def replacing(self, ids: Sequence[str]) -> Iterator[None]:
        """Inserts in the block write the stored reviews `ids` again, touching only what
        changed (store/bulk_replace.py): held back, compared and written when it ends."""
        replacement = Replacement(self, ids)
        self._replacing = replacement
        try:
            yield
        finally:
            self._replacing = None
        replacement.write()

    def update_agreement(self, agreement_id: str, values: dict[str, Any]) -> None:
        self.conn.execute(
            update(m.Agreement).where(m.Agreement.id == agreement_id).values(**values)
        )

    def delete_assessments(self, ids: Sequence[str]) -> None:
        """The assessments and every child row (their history stays: it has no keys)."""
        for chunk in chunks(ids):
            for model in ASSESSMENT_CHILDREN:
                self.conn.execute(delete(model).where(model.assessment_id.in_(chunk)))  # type: ignore[attr-defined]
            self.conn.execute(delete(m.Assessment).where(m.Assessment.id.in_(chunk)))

    # -- reading inside the same transaction --------------------------------

    def rows_of(
        self, model: type[m.Base], assessment_ids: Sequence[str], key: str = "assessment_id"
    ) -> list[dict[str, Any]]:
        """Every row of `model` belonging to the assessments (`key`: the column to match)."""
        table = model.__table__
        out: list[dict[str, Any]] = []
        for chunk in chunks(assessment_ids):
            query = select(table).where(table.c[key].in_(chunk))
            out.extend(dict(r) for r in self.conn.execute(query).mappings())
        return out

    def known_history(self, ids: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for chunk in chunks(ids):
            found.update(
                self.conn.scalars(select(m.HistoryEntry.id).where(m.HistoryEntry.id.in_(chunk)))
            )
        return found

    def history_of(self, assessment_ids: Sequence[str]) -> set[str]:
        found: set[str] = set()
        h = m.HistoryEntry
        for chunk in chunks(assessment_ids):
            found.update(self.conn.scalars(select(h.id).where(h.assessment_id.in_(chunk))))
        return found

    def consultant_ids(
        self, wanted: set[tuple[str, str]], now: dt.datetime
    ) -> dict[tuple[str, str], str]:
        """(team id, name) -> consultant id, making the missing ones."""
        if not wanted:
            return {}
        known: dict[tuple[str, str], str] = {}
        c = m.Consultant
        for chunk in chunks(sorted({t for t, _ in wanted})):
            rows = self.conn.execute(select(c.team_id, c.name, c.id).where(c.team_id.in_(chunk)))
            known.update({(r.team_id, r.name): r.id for r in rows})
        missing = sorted(wanted - set(known))
        if missing:
            made = {pair: m.new_id() for pair in missing}
            self.conn.execute(
                insert(c),
                [
                    {"id": cid, "team_id": t, "name": n, "created_at": now, "updated_at": now}
                    for (t, n), cid in made.items()
                ],
            )
            known.update(made)
        return known

    def assessment_teams(self, ids: Sequence[str]) -> list[tuple[str, str]]:
        """(assessment id, team id) of those stored."""
        a = m.Assessment
        out: list[tuple[str, str]] = []
        for chunk in chunks(ids):
            out.extend(
                (r[0], r[1])
                for r in self.conn.execute(select(a.id, a.team_id).where(a.id.in_(chunk)))
            )
        return out

    def fingerprints(self, ids: Sequence[str]) -> dict[str, tuple[str, int]]:
        return fingerprints(self.conn, ids)


def fingerprints(conn: Connection, ids: Sequence[str]) -> dict[str, tuple[str, int]]:
    """Per assessment id: its stored update time ("" if absent) and its history count, so an
    apply can tell that the database changed since its preview."""
    out: dict[str, tuple[str, int]] = {}
    counts: dict[str, int] = {}
    h, a = m.HistoryEntry, m.Assessment
    for chunk in chunks(ids):
        rows = conn.execute(
            select(h.assessment_id, func.count())
            .where(h.assessment_id.in_(chunk))
            .group_by(h.assessment_id)
        )
        counts.update({r[0]: r[1] for r in rows if r[0] is not None})
        for aid, stamp in conn.execute(select(a.id, a.updated_at).where(a.id.in_(chunk))):
            out[aid] = (_iso(stamp), counts.get(aid, 0))
    for aid in ids:
        out.setdefault(aid, ("", counts.get(aid, 0)))
    return out


def _iso(value: dt.datetime | None) -> str:
    return "" if value is None else value.astimezone(dt.UTC).isoformat()


def analyze_after_import(engine: Engine) -> None:
    """Fresh statistics on PostgreSQL now, not whenever autovacuum gets round to it: the
    overview query plan on a just-imported region is several times slower without them."""
    if engine.dialect.name != "postgresql":
        return
    with engine.connect() as conn:
        conn.execute(text("ANALYZE team, assessment, rating, caseload_entry"))
        conn.commit()


class BulkMixin:
    """`Store.bulk_writing()`; `engine` is the Store's."""

    engine: Engine

    @contextmanager
    def bulk_writing(self) -> Iterator[BulkWriter]:
        """One write transaction: committed when the block ends, rolled back on any error."""
        with self.engine.begin() as conn:
            yield BulkWriter(conn)

    def analyze_after_import(self) -> None:
        analyze_after_import(self.engine)
