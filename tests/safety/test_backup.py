"""Backups of real database files: taken when data changed, pruned to 10, 0600, restorable."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
import time
from pathlib import Path

import pytest

from ipsfidelity import backup, recovery
from ipsfidelity.errors import UserError
from ipsfidelity.paths import backup_dir
from ipsfidelity.store import Store, open_store
from ipsfidelity.store.integrity import DamagedDatabase


def team_names(db: Path) -> list[str]:
    store = open_store(str(db))
    try:
        return [t.name for t in store.list_teams()]
    finally:
        store.close()


def test_start_backup_only_when_data_changed(store: Store, db_path: Path) -> None:
    store.create_team("IPS Ballerup")
    first = backup.backup_if_changed(db_path)
    assert first is not None and first.path.exists()
    assert backup.backup_if_changed(db_path) is None  # nothing changed since
    # Opening the database again (as every start does) is not a change either.
    open_store(str(db_path)).close()
    assert backup.backup_if_changed(db_path) is None
    store.create_team("IPS Gladsaxe")
    second = backup.backup_if_changed(db_path)
    assert second is not None and second.path != first.path
    assert [b.path for b in backup.list_backups(db_path)] == [second.path, first.path]
    assert team_names(second.path) == ["IPS Ballerup", "IPS Gladsaxe"]
    assert team_names(first.path) == ["IPS Ballerup"]


def test_backup_copies_uncheckpointed_wal_data(store: Store, db_path: Path) -> None:
    """The copy comes from SQLite, not the file: edits still in the -wal file are in it."""
    for i in range(30):
        store.create_team(f"IPS {i:02d}")
    assert db_path.with_name(db_path.name + "-wal").stat().st_size > 0
    made = backup.backup_now(db_path)
    assert made is not None
    assert len(team_names(made.path)) == 30
    conn = sqlite3.connect(made.path)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()


def test_keeps_the_newest_ten(store: Store, db_path: Path) -> None:
    made = []
    for i in range(13):
        store.create_team(f"IPS {i:02d}")
        info = backup.backup_if_changed(db_path)
        assert info is not None
        made.append(info.path)
    kept = [b.path for b in backup.list_backups(db_path)]
    assert kept == list(reversed(made[-10:]))
    assert not any(p.exists() for p in made[:3])


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_backups_are_user_only(store: Store, db_path: Path) -> None:
    old = os.umask(0o022)
    try:
        store.create_team("IPS Hvidovre")
        made = backup.backup_now(db_path)
        assert made is not None
        assert stat.S_IMODE(made.path.stat().st_mode) == 0o600
        assert stat.S_IMODE(made.path.parent.stat().st_mode) == 0o700
        chosen = db_path.with_name("usb-kopi.sqlite3")
        backup.backup_to(db_path, chosen)
        assert stat.S_IMODE(chosen.stat().st_mode) == 0o600
        assert team_names(chosen) == ["IPS Hvidovre"]
    finally:
        os.umask(old)


def test_backup_folders_are_per_database(tmp_path: Path) -> None:
    a, b = tmp_path / "a" / "ips.sqlite3", tmp_path / "b" / "ips.sqlite3"
    for db in (a, b):
        db.parent.mkdir()
        s = open_store(str(db))
        s.create_team(f"IPS {db.parent.name}")
        s.close()
        backup.backup_now(db)
    assert backup.folder_for(a) != backup.folder_for(b)
    assert backup.folder_for(a).parent == backup_dir()
    assert team_names(backup.list_backups(a)[0].path) == ["IPS a"]


def test_restore_keeps_a_copy_of_the_current_file(store: Store, db_path: Path) -> None:
    store.create_team("IPS Før")
    old = backup.backup_now(db_path)
    assert old is not None
    store.create_team("IPS Efter")
    store.close()

    kept = backup.restore(old.path, db_path)

    assert isinstance(kept, backup.BackupInfo) and kept.kind == backup.BEFORE_RESTORE
    assert team_names(db_path) == ["IPS Før"]
    assert team_names(kept.path) == ["IPS Efter", "IPS Før"]
    assert kept.path in [b.path for b in backup.list_backups(db_path)]
    # The newest regular backup is still the one restored, not the kept copy.
    assert backup.newest_backup(db_path) == old


def test_restore_while_another_connection_is_open(store: Store, db_path: Path) -> None:
    store.create_team("IPS Første")
    old = backup.backup_now(db_path)
    assert old is not None
    store.create_team("IPS Anden")
    backup.restore(old.path, db_path)  # the store is still open, as a second window would be
    assert [t.name for t in store.list_teams()] == ["IPS Første"]
    store.create_team("IPS Tredje")  # and it keeps working on the restored data
    assert [t.name for t in store.list_teams()] == ["IPS Første", "IPS Tredje"]


def test_restore_refuses_files_that_are_not_our_backups(store: Store, db_path: Path) -> None:
    store.create_team("IPS Tårnby")
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    garbage = db_path.with_name("garbage.sqlite3")
    garbage.write_bytes(b"SQLite format 3\x00" + os.urandom(5000))
    foreign = db_path.with_name("foreign.sqlite3")
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    empty = db_path.with_name("empty.sqlite3")
    empty.touch()
    for bad in (garbage, foreign, empty, db_path):
        with pytest.raises(UserError):
            backup.restore(bad, db_path)
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before
    assert backup.list_backups(db_path) == []


def test_broken_database_recovery_restores_newest_backup(store: Store, db_path: Path) -> None:
    store.create_team("IPS Køge")
    backup.backup_now(db_path)
    store.close()
    data = db_path.read_bytes()
    broken = data[: len(data) // 2]
    db_path.write_bytes(broken)
    for sidecar in ("-wal", "-shm"):
        db_path.with_name(db_path.name + sidecar).unlink(missing_ok=True)

    with pytest.raises(DamagedDatabase) as caught:
        open_store(str(db_path))
    options = recovery.recovery_options(caught.value.path)
    assert options is not None and options.newest_backup is not None
    assert options.reason == caught.value.reason

    aside = recovery.restore_newest(db_path)

    assert aside.read_bytes() == broken  # the damaged file is kept, byte for byte
    assert aside.name.startswith(db_path.name + ".damaged-")
    assert team_names(db_path) == ["IPS Køge"]
    assert recovery.recovery_options(db_path) is None


def test_broken_database_recovery_can_start_a_new_file(tmp_path: Path) -> None:
    db = tmp_path / "ips.sqlite3"
    db.write_bytes(b"ikke en database" * 100)
    options = recovery.recovery_options(db)
    assert options is not None and options.newest_backup is None
    with pytest.raises(UserError):
        recovery.restore_newest(db)
    assert db.read_bytes() == b"ikke en database" * 100  # refused: still untouched

    aside = recovery.start_new_file(db)

    assert aside.read_bytes() == b"ikke en database" * 100
    assert not db.exists()
    assert team_names(db) == []  # a fresh database


def test_startup_backup_from_a_store(store: Store, db_path: Path) -> None:
    assert backup.startup_backup(store) is None  # a new, empty file: nothing to keep
    assert backup.list_backups(db_path) == []
    store.create_team("IPS Dragør")
    made = backup.startup_backup(store)
    assert made is not None and backup.database_file(store) == db_path
    assert backup.startup_backup(store) is None  # unchanged since


def test_startup_backup_never_stops_the_app(store: Store, db_path: Path) -> None:
    store.create_team("IPS Furesø")
    folder = backup.folder_for(db_path)
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("a file where the backups folder should be")
    assert backup.startup_backup(store) is None  # logged, not raised
    assert [t.name for t in store.list_teams()] == ["IPS Furesø"]


def test_a_backup_killed_halfway_leaves_no_backup(store: Store, db_path: Path) -> None:
    store.create_team("IPS Lyngby")
    folder = backup.folder_for(db_path)
    folder.mkdir(parents=True)
    leftover = folder / f".{db_path.stem}-20260101-000000-000000.tmp"
    leftover.write_bytes(b"SQLite format 3\x00half a copy")
    two_hours_ago = time.time() - 7200
    os.utime(leftover, (two_hours_ago, two_hours_ago))
    busy = folder / f".{db_path.stem}-20260101-000001-000000.tmp"
    busy.write_bytes(b"SQLite format 3\x00another instance, copying right now")
    now = time.time()  # the process clock, as the leftover's age above (tests run it moved ahead)
    os.utime(busy, (now, now))
    assert backup.list_backups(db_path) == []  # a temporary copy is never listed
    made = backup.backup_now(db_path)
    assert made is not None and not leftover.exists()
    assert busy.exists()  # a fresh one may be another instance's backup in progress
    assert [b.path for b in backup.list_backups(db_path)] == [made.path]


def test_no_backup_of_a_damaged_file(tmp_path: Path) -> None:
    db = tmp_path / "ips.sqlite3"
    db.write_bytes(b"SQLite format 3\x00" + bytes(4000))
    with pytest.raises(DamagedDatabase):
        backup.backup_now(db)
    assert backup.list_backups(db) == []
