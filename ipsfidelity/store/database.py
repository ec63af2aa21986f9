"""How to connect to the database and bring its schema up to date (where it is: location.py)."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import ExceptionContext, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, DisconnectionError, OperationalError
from sqlalchemy.pool import ConnectionPoolEntry

from ipsfidelity.errors import UserError
from ipsfidelity.fileio import os_reason
from ipsfidelity.i18n import tr
from ipsfidelity.store.integrity import SQLITE_HEADER as SQLITE_HEADER  # re-exported
from ipsfidelity.store.integrity import check_database_file, read_only_uri
from ipsfidelity.store.location import ENV_VAR as ENV_VAR  # re-exported
from ipsfidelity.store.location import SCHEMA_HEAD as SCHEMA_HEAD  # what upgrade() compares
from ipsfidelity.store.location import default_database_path as default_database_path
from ipsfidelity.store.location import resolve_url as resolve_url
from ipsfidelity.store.repository import Store
from ipsfidelity.store.server_lock import LOCKED_SQLSTATE


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
    _refuse_foreign_schema(path)


def _refuse_foreign_schema(path: Path) -> None:
    """Refuse a SQLite file with tables but not ours, read-only, before anything writes to
    it: opening it through the engine would already switch its journal to WAL."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        return  # unreadable this way (a hot journal, say): the usual checks decide
    names = {name for (name,) in rows}
    if names and "alembic_version" not in names:
        raise UserError(tr("db.foreign_schema", where=str(path)))


def _read_only(path: Path) -> bool:
    """True when the file exists and this user may not change it or its folder (where
    SQLite keeps its journal)."""
    if not path.exists():
        return False
    return not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK))


def _sqlite_pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    # Let SQLAlchemy's "begin" event issue BEGIN itself (see _sqlite_begin).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA busy_timeout = 15000")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = FULL")  # an edit reported saved survives power loss
    cur.execute("PRAGMA foreign_keys = ON")
    cur.close()


def _sqlite_read_pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    # A read-only connection keeps the journal mode the file has: it cannot change it.
    dbapi_conn.isolation_level = None
    dbapi_conn.execute("PRAGMA busy_timeout = 15000")
    dbapi_conn.execute("PRAGMA foreign_keys = ON")


def _sqlite_begin(conn: Connection) -> None:
    # Writers take the lock up front (IMMEDIATE), so two writers wait on the busy
    # timeout instead of failing with "database is locked" halfway through; reads
    # (Store.read_engine) begin deferred and never wait for a writer in WAL mode.
    read_only = conn.get_execution_options().get("ipsf_read_only", False)
    conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")


def make_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
        parsed.port  # noqa: B018 -- a port that is not a number fails here, not mid-connect
    except (ArgumentError, ValueError):
        shown = re.sub(r"://([^:/@]*):[^@/]*@", r"://\1:***@", url)  # never the password
        shown = shown.replace("+psycopg", "")
        if url.startswith("postgres"):
            raise UserError(tr("db.bad_server_url", url=shown)) from None
        raise UserError(tr("db.bad_url", url=shown)) from None
    where = parsed.render_as_string(hide_password=True)
    path = sqlite_path(url)
    if path is not None:
        _check_sqlite_file(path)
        read_only = _read_only(path)
        if read_only:
            # Listing, scores and reports still work from a file or folder we may not
            # change; a write then says why it cannot be saved (db.read_only).
            uri = read_only_uri(path)
            if not path.with_name(path.name + "-wal").exists():
                # Nobody can write here without a WAL, and SQLite could not make the
                # shared-memory file it wants for one: read the file as it stands.
                uri += "&immutable=1"
            engine = create_engine(
                url,
                creator=lambda: sqlite3.connect(uri, uri=True, timeout=15, check_same_thread=False),
                hide_parameters=True,
            )
        else:
            engine = create_engine(url, connect_args={"timeout": 15}, hide_parameters=True)
        event.listen(engine, "connect", _sqlite_read_pragmas if read_only else _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        event.listen(engine, "handle_error", _plain_words(str(path), path.parent))
        return engine
    if parsed.get_backend_name() == "sqlite":
        return create_engine(url, hide_parameters=True)
    if parsed.get_backend_name() == "postgresql" and _bad_port(parsed):
        raise UserError(tr("db.bad_server_url", url=where.replace("+psycopg", "")))
    try:
        # No ping on every checkout (a round trip per transaction, 10 ms or more at a
        # distance): only a connection idle long enough to have been dropped (a laptop
        # asleep, a firewall's timeout) is pinged first, and replaced if it is gone.
        engine = create_engine(url, pool_recycle=_RECYCLE_SECONDS, hide_parameters=True)
    except Exception as exc:  # missing driver, bad options
        raise UserError(tr("db.bad_url", url=where)) from exc
    event.listen(engine, "handle_error", _plain_words(where.replace("+psycopg", "")))
    event.listen(engine, "checkin", _checked_in)
    event.listen(engine, "checkout", _ping_if_idle)
    return engine


def _disk_nearly_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < 1024 * 1024
    except OSError:
        return False


def _bad_port(parsed: URL) -> bool:
    try:
        return parsed.port is not None and not 0 < parsed.port < 65536
    except ValueError:
        return True


# SQLite's result codes (low byte of the extended code) that a user can act on.
_SQLITE_PROBLEMS = {
    sqlite3.SQLITE_FULL: "disk_full",
    sqlite3.SQLITE_IOERR: "io_error",
    sqlite3.SQLITE_READONLY: "read_only",
    sqlite3.SQLITE_CANTOPEN: "unreadable",
    sqlite3.SQLITE_PERM: "unreadable",
}
# PostgreSQL's SQLSTATEs likewise: no privilege, disk full, I/O error.
# IPF01: the server's own lock on a finished review (store/server_lock.py).
_PG_PROBLEMS = {
    "42501": "server_permission",
    "53100": "disk_full",
    "58030": "io_error",
    LOCKED_SQLSTATE: "locked",
}


def _plain_words(where: str, folder: Path | None = None) -> Callable[[ExceptionContext], None]:
    """A handle_error hook: a full disk, a read-only file or a missing privilege becomes one
    translated line saying what to do, on reads and writes alike (the drivers' texts are
    English and name no remedy)."""

    def translate(context: ExceptionContext) -> None:
        exc = context.original_exception
        code = getattr(exc, "sqlite_errorcode", None)
        key = None
        if isinstance(code, int):
            key = _SQLITE_PROBLEMS.get(code & 0xFF)
        elif getattr(exc, "sqlstate", None):
            key = _PG_PROBLEMS.get(str(getattr(exc, "sqlstate", "")))
            if key == "server_permission" and _is_write(context.statement):
                key = "role_refused"  # connected and reading: the user's role says no
        if key == "io_error" and folder is not None and _disk_nearly_full(folder):
            key = "disk_full"  # SQLite says "disk I/O error" when it cannot grow its files
        if key is not None:
            raise UserError(_problem_text(key, where)) from exc

    return translate


# The line a user reads for each problem the hook recognises ("unreadable" when unsure).
_PROBLEM_KEYS = {
    "disk_full": "db.disk_full",
    "io_error": "db.io_error",
    "read_only": "db.read_only",
    "server_permission": "db.server_permission",
    "role_refused": "server.refused",
    "locked": "lifecycle.locked",
}


def _problem_text(problem: str, where: str) -> str:
    if problem in _PROBLEM_KEYS:
        return tr(_PROBLEM_KEYS[problem], where=where)
    return tr("db.unreadable", where=where)


def _is_write(statement: str | None) -> bool:
    return (statement or "").lstrip().split(" ", 1)[0].upper() in {"INSERT", "UPDATE", "DELETE"}


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
                where = where.replace("postgresql+psycopg://", "postgresql://")
                if "permission denied" in why.lower():  # a right the server withholds
                    raise UserError(tr("db.server_permission", where=where)) from None
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
    A database this version cannot read (made by a newer version, two version marks,
    a missing table) is refused before anything, the copy included, is written.
    """
    path = sqlite_path(str(engine.url))
    where = str(path) if path is not None else engine.url.render_as_string(hide_password=True)
    versions, tables = _stored_state(engine)
    if len(versions) > 1:
        raise UserError(tr("db.version_rows", where=where, count=len(versions)))
    if revision == "head" and versions == [SCHEMA_HEAD]:
        _refuse_missing_tables(tables, where)
        return  # the common case, decided without loading Alembic (~0.4 s per command)

    from alembic import command

    from ipsfidelity.store.migrations_config import alembic_config, revisions

    current = versions[0] if versions else None
    if current is not None and current not in revisions():
        raise UserError(tr("db.newer_version", where=where, revision=current[:40]))
    if current is None and tables - {"alembic_version"}:
        raise UserError(tr("db.foreign_schema", where=str(path or engine.url)))
    if path is not None and current is not None:
        _copy_before_upgrade(engine, path, current)
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


def _stored_state(engine: Engine) -> tuple[list[str], set[str]]:
    """The version marks and the table names, read in one connection."""
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        if "alembic_version" not in tables:
            return [], tables
        rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    return [str(r) for r in rows], tables


def _refuse_missing_tables(tables: set[str], where: str) -> None:
    from ipsfidelity.store.models import Base

    missing = sorted(set(Base.metadata.tables) - tables)
    if missing:
        raise UserError(tr("db.missing_table", where=where, table=missing[0]))


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
