"""Refusing a damaged SQLite file before anything writes to it.

A truncated or garbage database must never be "repaired" by opening it read-write:
SQLite would happily append pages, and the remains a backup tool could rescue would
be gone. So the file is checked read-only first (header, size, `PRAGMA quick_check`).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ipsfidelity.errors import UserError
from ipsfidelity.i18n import tr

SQLITE_HEADER = b"SQLite format 3\x00"
HEADER_SIZE = 100
NOT_SQLITE, TRUNCATED = "not_sqlite", "truncated"
LOCK_WAIT = 15.0  # seconds, as the store's own busy timeout
_DAMAGE_CODES = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}


class DamagedDatabase(UserError):
    """The SQLite file exists but cannot be used; it has not been touched.

    The UI catches this one to offer "restore the newest backup" or "start a new
    file" (`ipsfidelity.recovery`); the CLI prints it as one line and exits 2.
    """

    def __init__(self, path: Path, reason: str, *, foreign: bool = False) -> None:
        self.path = Path(path)
        self.reason = reason
        # A file that is no SQLite database at all may be something else the user
        # pointed --db at; that message says so rather than calling it damaged.
        self.foreign = foreign
        super().__init__(
            tr("db.not_sqlite", path=self.path, why=reason)
            if foreign
            else tr("db.damaged", path=self.path, why=reason)
        )


class MissingDatabase(DamagedDatabase):
    """The app's database file is gone or empty while backups of it exist: at start-up the
    user chooses between the newest backup and a new file, rather than silently getting an
    empty app (and start-up backups that would in time push out the good ones)."""


def _wal_has_frames(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


def damage_text(code: str) -> str:
    """The reason, in words, for a code from `header_problem`."""
    return tr("db.damage.not_sqlite") if code == NOT_SQLITE else tr("db.damage.truncated")


def header_problem(path: Path, size: int) -> str | None:
    """NOT_SQLITE or TRUNCATED for what is wrong with the file's header or length, if anything."""
    with path.open("rb") as fh:
        header = fh.read(HEADER_SIZE)
    magic = header[: len(SQLITE_HEADER)]
    if magic != SQLITE_HEADER[: len(magic)]:
        return NOT_SQLITE
    if len(header) < HEADER_SIZE:
        return TRUNCATED
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return NOT_SQLITE
    if _wal_has_frames(path):
        return None  # pages may still live in the WAL; let SQLite judge
    if size % page_size:
        return TRUNCATED
    pages = int.from_bytes(header[28:32], "big")
    # The in-header page count is only trustworthy when its "valid-for" counter matches.
    if pages and header[92:96] == header[24:28] and size < pages * page_size:
        return TRUNCATED
    return None


def read_only_uri(path: Path) -> str:
    """A SQLite URI that opens `path` read-only (spaces, `?` and `#` in names escaped)."""
    return Path(path).resolve().as_uri() + "?mode=ro"


def _quick_check(path: Path) -> str | None:
    """SQLite's own verdict, from a read-only connection that cannot change the file.

    Only SQLite's "corrupt" and "not a database" answers count as damage: a lock
    held by a second instance, or a file we may not read, is not damage, and the
    normal open reports it.
    """
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=LOCK_WAIT)
        try:
            rows = conn.execute("PRAGMA quick_check(1)").fetchall()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        code = getattr(exc, "sqlite_errorcode", None)
        return str(exc) if code is not None and code & 0xFF in _DAMAGE_CODES else None
    verdict = str(rows[0][0]) if rows else "no answer"
    return None if verdict == "ok" else verdict


def check_database_file(path: Path) -> None:
    """Raise DamagedDatabase unless `path` is missing, empty or a healthy SQLite file.

    An empty file is a valid empty database (SQLite writes the header on first use).
    """
    path = Path(path)
    if not path.exists():
        return
    if path.is_dir():
        raise UserError(tr("db.is_directory", path=path))
    size = path.stat().st_size
    if size == 0:
        return
    try:
        key = header_problem(path, size)
    except PermissionError:
        raise UserError(tr("db.unreadable", where=path)) from None
    if key is not None:
        raise DamagedDatabase(path, damage_text(key), foreign=key == NOT_SQLITE)
    detail = _quick_check(path)
    if detail is not None:
        raise DamagedDatabase(path, tr("db.damage.sqlite", detail=detail.splitlines()[0][:160]))
