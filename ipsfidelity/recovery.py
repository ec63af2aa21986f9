"""What the app offers when its database file is damaged: restore the newest backup,
or start a new file. Qt-free, so the start-up dialog stays a thin layer.

    try:
        store = open_store(url)
    except DamagedDatabase as exc:
        options = recovery_options(exc.path)   # show exc's message, offer the choices
        ...  restore_newest(exc.path)  or  start_new_file(exc.path)
        store = open_store(url)

The damaged file is never overwritten: both choices first move it (and its -wal/-shm
files) aside as `<name>.damaged-<time>`, byte for byte.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ipsfidelity.backup import BackupInfo, newest_backup, restore, set_aside
from ipsfidelity.errors import UserError
from ipsfidelity.i18n import tr
from ipsfidelity.store.integrity import DamagedDatabase, check_database_file


@dataclass(frozen=True)
class RecoveryOptions:
    damaged: Path
    reason: str
    newest_backup: BackupInfo | None  # None: only "start a new file" can be offered


def recovery_options(db: Path) -> RecoveryOptions | None:
    """None when the file is fine after all (e.g. another process repaired it)."""
    try:
        check_database_file(db)
    except DamagedDatabase as exc:
        return RecoveryOptions(exc.path, exc.reason, newest_backup(exc.path))
    return None


def restore_newest(db: Path) -> Path | None:
    """Set the damaged file aside and restore the newest backup; returns where it was put
    (None when there was no file to set aside: it was missing)."""
    newest = newest_backup(db)
    if newest is None:
        raise UserError(tr("backup.none"))
    aside = set_aside(db) if db.exists() else None
    restore(newest.path, db)
    return aside


def start_new_file(db: Path) -> Path | None:
    """Set the damaged file aside; the next `open_store` creates an empty database."""
    return set_aside(db) if db.exists() else None
