"""A damaged database at start: the recovery dialog, a restore of the newest backup, a new
file, and the damaged file always set aside byte for byte."""

from __future__ import annotations

import os
from pathlib import Path

from pytestqt.qtbot import QtBot

from ipsfidelity.backup import backup_now
from ipsfidelity.store import Store
from ipsfidelity.ui.app import start
from ipsfidelity.ui.backup.recovery import RecoveryDialog
from ipsfidelity.ui.main_window import MainWindow
from tests.ui.conftest import settle


def _damaged_start(qtbot: QtBot, path: Path) -> tuple[MainWindow, RecoveryDialog]:
    window = start(str(path), lang="da").window
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: isinstance(window.active_dialog, RecoveryDialog), timeout=15_000)
    dialog = window.active_dialog
    assert isinstance(dialog, RecoveryDialog)
    return window, dialog


def _set_aside(path: Path) -> list[Path]:
    return sorted(path.parent.glob(path.name + ".damaged-*"))


def _truncate(path: Path) -> bytes:
    data = path.read_bytes()
    broken = data[: len(data) // 2 + 100]  # not a whole number of pages
    path.write_bytes(broken)
    for side in ("-wal", "-shm"):
        Path(str(path) + side).unlink(missing_ok=True)
    return broken


def test_a_truncated_database_is_restored_from_the_newest_backup(
    qtbot: QtBot, store: Store, db_path: Path
) -> None:
    store.create_team("IPS Hvidovre", "Hvidovre", "Psykiatrisk Center Hvidovre")
    store.close()
    assert backup_now(db_path) is not None
    broken = _truncate(db_path)

    window, dialog = _damaged_start(qtbot, db_path)
    assert dialog.windowTitle() == "Databasen er beskadiget"
    assert str(db_path) in dialog.text()
    assert "Nyeste sikkerhedskopi:" in dialog.informativeText()
    assert dialog.restore_button is not None
    assert db_path.read_bytes() == broken  # nothing wrote to it while the dialog shows

    dialog.restore_button.click()
    qtbot.waitUntil(lambda: window.worker.store is not None, timeout=15_000)
    settle(qtbot, window)
    assert window.home.team_model.names() == ["IPS Hvidovre"]
    (aside,) = _set_aside(db_path)
    assert aside.read_bytes() == broken
    assert "uændret" in window.statusBar().currentMessage()
    window.close()


def test_garbage_offers_a_new_file_and_keeps_the_garbage(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "ipsfidelity.sqlite3"
    garbage = b"SQLite format 3\x00" + os.urandom(8192)
    path.write_bytes(garbage)

    window, dialog = _damaged_start(qtbot, path)
    assert dialog.restore_button is None  # no backup of this file exists
    assert "ingen sikkerhedskopi" in dialog.informativeText()
    assert [b.text() for b in dialog.buttons()].count("Start en ny, tom database") == 1

    dialog.new_button.click()
    qtbot.waitUntil(lambda: window.worker.store is not None, timeout=15_000)
    settle(qtbot, window)
    assert window.home.team_model.names() == []
    (aside,) = _set_aside(path)
    assert aside.read_bytes() == garbage
    assert path.read_bytes()[:16] == b"SQLite format 3\x00"  # a fresh, healthy file
    window.close()


def test_quit_leaves_the_damaged_file_alone(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "ipsfidelity.sqlite3"
    path.write_bytes(b"noget helt andet" * 100)
    window, dialog = _damaged_start(qtbot, path)
    dialog.quit_button.click()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert path.read_bytes() == b"noget helt andet" * 100
    assert _set_aside(path) == []


def _remove(path: Path) -> None:
    for p in (path, Path(str(path) + "-wal"), Path(str(path) + "-shm")):
        p.unlink(missing_ok=True)


def test_a_missing_database_with_backups_is_restored_not_started_afresh(
    qtbot: QtBot, store: Store, db_path: Path
) -> None:
    store.create_team("IPS Hvidovre", "Hvidovre", "Psykiatrisk Center Hvidovre")
    store.close()
    assert backup_now(db_path) is not None
    _remove(db_path)  # deleted, or lost with a USB stick's folder

    window, dialog = _damaged_start(qtbot, db_path)
    assert dialog.windowTitle() == "Databasen mangler"
    assert str(db_path) in dialog.text() and "filen findes ikke" in dialog.text()
    assert not db_path.exists()  # nothing made while the dialog shows
    assert dialog.restore_button is not None
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: window.worker.store is not None, timeout=15_000)
    settle(qtbot, window)
    assert window.home.team_model.names() == ["IPS Hvidovre"]
    window.close()


def test_an_empty_database_file_with_backups_can_start_afresh(
    qtbot: QtBot, store: Store, db_path: Path
) -> None:
    store.create_team("IPS Hvidovre", "Hvidovre", "Psykiatrisk Center Hvidovre")
    store.close()
    assert backup_now(db_path) is not None
    _remove(db_path)
    db_path.write_bytes(b"")

    window, dialog = _damaged_start(qtbot, db_path)
    assert "filen er tom" in dialog.text()
    dialog.new_button.click()  # the user knows: a new, empty database
    qtbot.waitUntil(lambda: window.worker.store is not None, timeout=15_000)
    settle(qtbot, window)
    assert window.home.team_model.names() == []
    assert _set_aside(db_path)  # the empty file is kept aside, as any other
    window.close()


def test_a_first_start_without_backups_is_no_question(qtbot: QtBot, tmp_path: Path) -> None:
    window = start(str(tmp_path / "ny.sqlite3"), lang="da").window
    qtbot.addWidget(window)
    qtbot.waitUntil(
        lambda: hasattr(window, "worker") and window.worker.store is not None, timeout=15_000
    )
    assert window.active_dialog is None
    window.close()
