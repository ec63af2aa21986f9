"""Backups of the SQLite database: on start when the data changed, on request, and restore.

Copies are made with SQLite's online backup API, so they are consistent even while
another instance writes. Each database has its own folder under `paths.backup_dir()`
holding the newest `MAX_BACKUPS` copies, readable by the user only.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import logging
import os
import re
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ipsfidelity.errors import UserError
from ipsfidelity.i18n import tr
from ipsfidelity.paths import backup_dir, data_dir
from ipsfidelity.store.database import sqlite_path
from ipsfidelity.store.integrity import DamagedDatabase, check_database_file, read_only_uri

if TYPE_CHECKING:
    from ipsfidelity.store import Store

log = logging.getLogger(__name__)

MAX_BACKUPS = 10
LEFTOVER_AGE = 3600  # seconds
REGULAR, BEFORE_RESTORE = "backup", "before-restore"
_NAME = re.compile(r"^(?P<stem>.+?)-(?P<kind>before-restore-)?(?P<ts>\d{8}-\d{6}-\d{6})\.sqlite3$")
_TS = "%Y%m%d-%H%M%S-%f"
# Header bytes SQLite rewrites without any data changing: change counter,
# version-valid-for and the library version that last wrote the file.
_VOLATILE_HEADER = ((24, 28), (92, 100))


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime  # UTC
    size: int
    kind: str  # REGULAR, or BEFORE_RESTORE for the copy restore() keeps of the current file


def folder_for(db: Path) -> Path:
    """The backups folder of one database file.

    The default database's folder is named after the file only, so a portable app
    keeps finding its backups when the USB stick gets another drive letter.
    """
    db = Path(db).resolve()
    if db.parent == data_dir().resolve():
        return backup_dir() / db.stem
    digest = hashlib.sha1(str(db).encode("utf-8")).hexdigest()[:8]
    return backup_dir() / f"{db.stem}-{digest}"


def list_backups(db: Path) -> list[BackupInfo]:
    """Backups of `db`, newest first."""
    folder = folder_for(db)
    found = []
    for path in folder.glob("*.sqlite3") if folder.is_dir() else ():
        m = _NAME.match(path.name)
        if m is None:
            continue
        created = dt.datetime.strptime(m["ts"], _TS).replace(tzinfo=dt.UTC)
        kind = BEFORE_RESTORE if m["kind"] else REGULAR
        found.append(BackupInfo(path, created, path.stat().st_size, kind))
    return sorted(found, key=lambda b: b.created, reverse=True)


def newest_backup(db: Path) -> BackupInfo | None:
    regular = [b for b in list_backups(db) if b.kind == REGULAR]
    return regular[0] if regular else None


def _new_private_file(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.close(os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600))
    os.chmod(path, 0o600)  # O_CREAT's mode does not apply to a file that already existed


def _sqlite_copy(source: Path, target: Path) -> None:
    """A consistent copy of `source` into `target` (created 0600) via the online backup API."""
    _new_private_file(target)
    _write_through_sqlite(source, target)


def _write_through_sqlite(source: Path, target: Path, timeout: float = 5.0) -> None:
    """`source`'s pages written into the existing database `target` by SQLite's online
    backup API: readers of either file see a consistent database throughout."""
    src = sqlite3.connect(read_only_uri(source), uri=True)
    try:
        dst = sqlite3.connect(target, timeout=timeout)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def _content_digest(path: Path) -> str:
    data = bytearray(path.read_bytes())
    for start, end in _VOLATILE_HEADER:
        data[start:end] = bytes(end - start)
    return hashlib.sha256(data).hexdigest()


def _stamp() -> str:
    return dt.datetime.now(dt.UTC).strftime(_TS)


def _prune(db: Path) -> None:
    for kind in (REGULAR, BEFORE_RESTORE):
        for old in [b for b in list_backups(db) if b.kind == kind][MAX_BACKUPS:]:
            old.path.unlink(missing_ok=True)


def _clean_leftovers(folder: Path) -> None:
    """Temporary copies left by a backup that was killed halfway.

    Only old ones: a fresh one may belong to a second instance backing up right now.
    """
    cutoff = time.time() - LEFTOVER_AGE
    for tmp in folder.glob(".*.tmp") if folder.is_dir() else ():
        with contextlib.suppress(OSError):
            if tmp.stat().st_mtime < cutoff:
                tmp.unlink()


def backup_now(db: Path, *, only_if_changed: bool = False) -> BackupInfo | None:
    """Copy `db` into its backups folder and keep the newest MAX_BACKUPS.

    With `only_if_changed`, no copy is kept when the data is the same as in the
    newest backup (the start-up backup); returns None then.
    """
    db = Path(db)
    if not db.is_file() or db.stat().st_size == 0:
        return None
    check_database_file(db)  # never keep a copy of a damaged file as a "backup"
    folder = folder_for(db)
    _clean_leftovers(folder)
    stamp = _stamp()
    tmp = folder / f".{db.stem}-{stamp}.tmp"
    try:
        _sqlite_copy(db, tmp)
        newest = newest_backup(db)
        if (
            only_if_changed
            and newest is not None
            and _content_digest(newest.path) == _content_digest(tmp)
        ):
            tmp.unlink()
            return None
        target = folder / f"{db.stem}-{stamp}.sqlite3"
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _prune(db)
    return BackupInfo(
        target,
        dt.datetime.strptime(stamp, _TS).replace(tzinfo=dt.UTC),
        target.stat().st_size,
        REGULAR,
    )


def backup_if_changed(db: Path) -> BackupInfo | None:
    """The start-up backup: a copy only when the data changed since the newest backup."""
    return backup_now(db, only_if_changed=True)


def database_file(store: Store) -> Path | None:
    """The SQLite file behind `store`; None for PostgreSQL (its server keeps the backups)."""
    return sqlite_path(str(store.engine.url))


def startup_backup(store: Store) -> BackupInfo | None:
    """Call once after `open_store` at start-up. Never stops the app: a failure is logged."""
    db = database_file(store)
    if db is None:
        return None
    try:
        if not store.list_teams():
            return None  # a new, empty file: nothing to keep a copy of yet
        return backup_if_changed(db)
    except (OSError, sqlite3.Error, UserError):
        log.exception("start-up backup of %s failed", db)
        return None


def backup_to(db: Path, target: Path) -> None:
    """A copy of `db` in a file the user chose (File → Backup… to a USB stick, say)."""
    check_database_file(db)
    tmp = Path(target).with_name(f".{Path(target).name}.tmp")
    try:
        _sqlite_copy(db, tmp)
        os.replace(tmp, target)
    except sqlite3.Error as exc:
        raise UserError(tr("backup.failed", path=target, why=str(exc))) from None
    except OSError as exc:
        raise UserError(tr("backup.failed", path=target, why=exc.strerror or str(exc))) from None
    finally:
        tmp.unlink(missing_ok=True)


def check_backup(backup: Path) -> None:
    """Refuse a file that is not a healthy ipsfidelity database this version can open."""
    from ipsfidelity.store.migrations_config import revisions

    try:
        check_database_file(backup)
    except DamagedDatabase as exc:
        raise UserError(tr("backup.unusable", path=backup, why=exc.reason)) from None
    if not backup.is_file() or backup.stat().st_size == 0:
        raise UserError(tr("backup.unusable", path=backup, why=tr("backup.empty")))
    conn = sqlite3.connect(read_only_uri(backup), uri=True)
    try:
        version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        version = None
    finally:
        conn.close()
    if version is None:
        raise UserError(tr("backup.unusable", path=backup, why=tr("backup.not_ours")))
    if version[0] not in revisions():
        raise UserError(tr("backup.unusable", path=backup, why=tr("backup.too_new")))


def _sidecars(db: Path) -> list[Path]:
    return [db.with_name(db.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def set_aside(db: Path) -> Path:
    """Move a (damaged) database and its -wal/-shm files out of the way, unchanged.

    Returns the new path of the main file, `<name>.damaged-<time>` beside it.
    """
    db = Path(db)
    stamp = _stamp()
    target = db.with_name(f"{db.name}.damaged-{stamp}")
    for sidecar in _sidecars(db):
        if sidecar.exists():
            os.replace(sidecar, target.with_name(target.name + sidecar.name[len(db.name) :]))
    os.replace(db, target)
    return target


def restore(backup: Path, db: Path) -> BackupInfo | Path | None:
    """Replace the data in `db` with `backup`, keeping a copy of the current file first.

    The caller closes its own Store first and opens a new one afterwards. Returns
    what was kept of the current file: a BEFORE_RESTORE backup when it was healthy,
    the set-aside path when it was damaged, or None when there was nothing to keep.
    """
    backup, db = Path(backup), Path(db)
    check_backup(backup)
    if backup.resolve() == db.resolve():
        raise UserError(tr("backup.same_file"))
    kept: BackupInfo | Path | None = None
    try:
        check_database_file(db)
    except DamagedDatabase:
        kept = set_aside(db)
    if kept is None and db.is_file() and db.stat().st_size > 0:
        stamp = _stamp()
        copy = folder_for(db) / f"{db.stem}-before-restore-{stamp}.sqlite3"
        _sqlite_copy(db, copy)
        kept = BackupInfo(
            copy,
            dt.datetime.strptime(stamp, _TS).replace(tzinfo=dt.UTC),
            copy.stat().st_size,
            BEFORE_RESTORE,
        )
    if not db.exists():
        _new_private_file(db)
    # Writing through SQLite (not copying bytes over the file) keeps the WAL and any
    # other open connection consistent: they see the old data or the restored data.
    _write_through_sqlite(backup, db, timeout=15)
    _prune(db)
    return kept


def start_new_file(db: Path) -> Path:
    """Set a damaged database aside so the next open starts an empty one; returns where it went."""
    return set_aside(db)
