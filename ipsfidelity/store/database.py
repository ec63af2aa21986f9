"""How to connect to the database and bring its schema up to date (where it is: location.py)."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, DisconnectionError, OperationalError
from sqlalchemy.pool import ConnectionPoolEntry

from ipsfidelity.errors import UserError
from ipsfidelity.fileio import os_reason
from ipsfidelity.i18n import tr
from ipsfidelity.store.integrity import SQLITE_HEADER as SQLITE_HEADER  # re-exported
from ipsfidelity.store.integrity import check_database_file
from ipsfidelity.store.location import ENV_VAR as ENV_VAR  # re-exported
from ipsfidelity.store.location import SCHEMA_HEAD as SCHEMA_HEAD  # what upgrade() compares
from ipsfidelity.store.location import default_database_path as default_database_path
from ipsfidelity.store.location import resolve_url as resolve_url
from ipsfidelity.store.repository import Store


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if (
        parsed.get_backend_name() != "sqlite"
        or not parsed.database
        or parsed.database == ":memory:"
    ):
        return None
    return Path(parsed.database)


def _check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not a SQLite database before SQLite gets to write to it."""
    if not path.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            # Created readable by the user only: it holds a team's review notes.
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        except OSError as exc:
            raise UserError(tr("db.cannot_create", path=path, why=os_reason(exc))) from None
        return
    check_database_file(path)


def _sqlite_pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    # Let SQLAlchemy's "begin" event issue BEGIN itself (see _sqlite_begin).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA busy_timeout = 15000")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = FULL")  # an edit reported saved survives power loss
    cur.execute("PRAGMA foreign_keys = ON")
    cur.close()


def _sqlite_begin(conn: Connection) -> None:
    # Writers take the lock up front (IMMEDIATE), so two writers wait on the busy
    # timeout instead of failing with "database is locked" halfway through; reads
    # (Store.read_engine) begin deferred and never wait for a writer in WAL mode.
    read_only = conn.get_execution_options().get("ipsf_read_only", False)
    conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")


def make_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise UserError(tr("db.bad_url", url=url)) from None
    path = sqlite_path(url)
    if path is not None:
        _check_sqlite_file(path)
        engine = create_engine(url, connect_args={"timeout": 15})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    if parsed.get_backend_name() == "sqlite":
        return create_engine(url)
    try:
        # No ping on every checkout (a round trip per transaction, 10 ms or more at a
        # distance): only a connection idle long enough to have been dropped (a laptop
        # asleep, a firewall's timeout) is pinged first, and replaced if it is gone.
        engine = create_engine(url, pool_recycle=_RECYCLE_SECONDS)
    except Exception as exc:  # missing driver, bad options
        raise UserError(tr("db.bad_url", url=parsed.render_as_string(hide_password=True))) from exc
    event.listen(engine, "checkin", _checked_in)
    event.listen(engine, "checkout", _ping_if_idle)
    return engine


_RECYCLE_SECONDS = 1800
_PING_AFTER_IDLE = 30.0


def _checked_in(_dbapi_conn: object, record: ConnectionPoolEntry) -> None:
    record.info["ipsf_idle_since"] = time.monotonic()


def _ping_if_idle(dbapi_conn: Any, record: ConnectionPoolEntry, proxy: object) -> None:
    since = record.info.get("ipsf_idle_since")
    if since is None or time.monotonic() - since < _PING_AFTER_IDLE:
        return
    try:
        cursor = dbapi_conn.cursor()
        try:
            cursor.execute("SELECT 1")
        finally:
            cursor.close()
        dbapi_conn.rollback()  # the ping's own transaction, if the driver began one
    except Exception:
        # The pool then discards this connection and checks out a fresh one.
        raise DisconnectionError("idle connection is gone") from None


# Two instances opening (and, on a new file, creating) the same database at the same
# moment can see a transient "database is locked" or a table the other just created;
# opening is idempotent, so it is simply tried again.
_OPEN_ATTEMPTS = 5
_TRANSIENT = ("locked", "busy", "already exists")


def open_store(url: str | None = None, *, migrate: bool = True) -> Store:
    """Connect, bring the schema up to date and hand back the repository."""
    resolved = resolve_url(url)
    for attempt in range(_OPEN_ATTEMPTS):
        engine = make_engine(resolved)
        try:
            if migrate:
                upgrade(engine)
            else:
                with engine.connect() as conn:
                    conn.execute(text("SELECT 1"))
        except UserError:
            engine.dispose()
            raise
        except (OperationalError, DBAPIError) as exc:
            engine.dispose()
            why = str(exc.orig).strip()
            if attempt + 1 < _OPEN_ATTEMPTS and any(t in why.lower() for t in _TRANSIENT):
                time.sleep(0.2 * 2**attempt)
                continue
            where = make_url(resolved).render_as_string(hide_password=True)
            if not resolved.startswith("sqlite"):
                # Almost always the connection itself: say so in plain words; the driver's
                # own (English) text stays at the end for whoever runs the server.
                why = " ".join(why.split())
                where = where.replace("postgresql+psycopg://", "postgresql://")  # as typed
                raise UserError(tr("db.server_unreachable", where=where, why=why)) from None
            raise UserError(tr("db.unusable", where=where, why=why)) from None
        return Store(engine)
    raise AssertionError("unreachable")


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply pending migrations, each with its version bump in one transaction.

    On SQLite the file is copied first and foreign keys are switched off while
    migrating, so a table rebuilt by a migration cannot cascade-delete rows.
    """
    if revision == "head" and _stored_revision(engine) == SCHEMA_HEAD:
        return  # the common case, decided without loading Alembic (~0.4 s per command)

    from alembic import command

    from ipsfidelity.store.migrations_config import alembic_config, current_revision

    with engine.connect() as conn:
        current = current_revision(conn)
        has_tables = bool(inspect(conn).get_table_names())
    path = sqlite_path(str(engine.url))
    if path is not None and current is not None:
        _copy_before_upgrade(engine, path, current)
    if current is None and has_tables:
        raise UserError(tr("db.foreign_schema", where=str(path or engine.url)))
    with engine.connect() as conn:
        # PRAGMA foreign_keys is a no-op inside a transaction, so it goes to the
        # driver connection before SQLAlchemy begins one.
        raw = conn.connection.driver_connection if engine.dialect.name == "sqlite" else None
        if raw is not None:
            raw.execute("PRAGMA foreign_keys = OFF")
        try:
            command.upgrade(alembic_config(conn), revision)
            if conn.in_transaction():
                conn.commit()
            if raw is not None:
                problems = raw.execute("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise UserError(tr("db.migration_broke_keys", count=len(problems)))
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys = ON")


def _stored_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    return rows[0] if len(rows) == 1 else None


def _copy_before_upgrade(engine: Engine, path: Path, current: str) -> None:
    target = path.with_name(f"{path.name}.before-{current}.bak")
    # Created 0600 before SQLite writes to it, so the copy is never readable by others.
    os.close(os.open(target, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600))
    src = sqlite3.connect(path)
    try:
        dst = sqlite3.connect(target)
        with dst:
            src.backup(dst)
        dst.close()
    finally:
        src.close()
    os.chmod(target, 0o600)
