"""Filer → Sikkerhedskopi … and Filer → Gendan … in the running app, on real files."""

from __future__ import annotations

import stat
from pathlib import Path

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ipsfidelity.backup import BEFORE_RESTORE, REGULAR, list_backups
from ipsfidelity.store import Store
from ipsfidelity.ui.app import start
from ipsfidelity.ui.backup.restore import RestoreDialog
from ipsfidelity.ui.main_window import MainWindow
from tests.ui.conftest import settle, wait_ready


def _open(qtbot: QtBot, db_path: Path) -> MainWindow:
    window = start(str(db_path), lang="da").window
    qtbot.addWidget(window)
    wait_ready(qtbot, window)
    settle(qtbot, window)
    return window


def _dialog(qtbot: QtBot, window: MainWindow, name: str) -> QMessageBox:
    qtbot.waitUntil(
        lambda: window.active_dialog is not None and window.active_dialog.objectName() == name,
        timeout=10_000,
    )
    box = window.active_dialog
    assert isinstance(box, QMessageBox)
    return box


def test_start_backs_up_and_the_menu_makes_another(
    qtbot: QtBot, store: Store, db_path: Path
) -> None:
    store.create_team("IPS Hvidovre", "Hvidovre", "Psykiatrisk Center Hvidovre")
    store.close()
    window = _open(qtbot, db_path)
    qtbot.waitUntil(lambda: len(list_backups(db_path)) == 1, timeout=10_000)
    qtbot.waitUntil(lambda: "Sikkerhedskopi lavet ved start" in window.backup_menu.last_message)

    window.backup_menu.backup_action.trigger()
    ask = _dialog(qtbot, window, "backup_dialog")
    assert str(list_backups(db_path)[0].path.parent) in ask.text()  # says where
    ask.buttons()[0].click()  # "Gem i sikkerhedskopimappen"
    done = _dialog(qtbot, window, "backup_done")
    backups = list_backups(db_path)
    assert len(backups) == 2 and all(b.kind == REGULAR for b in backups)
    assert str(backups[0].path) in done.text()
    assert stat.S_IMODE(backups[0].path.stat().st_mode) == 0o600
    done.accept()
    window.close()


def test_a_backup_to_a_chosen_file(
    qtbot: QtBot, store: Store, db_path: Path, tmp_path: Path
) -> None:
    store.create_team("IPS Nord", "Aalborg", "Psykiatrien Nord")
    store.close()
    window = _open(qtbot, db_path)
    target = tmp_path / "usb" / "kopi.sqlite3"
    target.parent.mkdir()
    window.backup_menu.backup_to_file(target)
    _dialog(qtbot, window, "backup_done").accept()
    from ipsfidelity.store import open_store

    copy = open_store(f"sqlite:///{target}")
    assert [t.name for t in copy.list_teams()] == ["IPS Nord"]
    copy.close()
    window.close()


def test_restore_asks_keeps_a_copy_and_reloads(qtbot: QtBot, store: Store, db_path: Path) -> None:
    store.create_team("IPS Hvidovre", "Hvidovre", "Psykiatrisk Center Hvidovre")
    store.close()
    window = _open(qtbot, db_path)
    qtbot.waitUntil(lambda: len(list_backups(db_path)) == 1, timeout=10_000)
    first = list_backups(db_path)[0]
    window.worker.write(lambda s: s.create_team("IPS Syd", "Odense", "Psykiatrien Syd"))
    window.refresh_teams()
    settle(qtbot, window)
    assert window.home.team_model.names() == ["IPS Hvidovre", "IPS Syd"]

    window.backup_menu.restore_action.trigger()
    qtbot.waitUntil(lambda: isinstance(window.active_dialog, RestoreDialog), timeout=10_000)
    chooser = window.active_dialog
    assert isinstance(chooser, RestoreDialog)
    row = chooser.tree.topLevelItem(0)
    assert row is not None and row.text(1).endswith("kB") and row.text(2) == "Sikkerhedskopi"
    assert chooser.chosen() == first.path
    chooser.accept()

    confirm = _dialog(qtbot, window, "restore_confirm")
    assert "kopi af den nuværende database" in confirm.text()
    assert confirm.defaultButton() is confirm.button(QMessageBox.StandardButton.No)
    confirm.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: "gendannet" in window.backup_menu.last_message, timeout=15_000)
    settle(qtbot, window)
    assert window.home.team_model.names() == ["IPS Hvidovre"]
    kept = [b for b in list_backups(db_path) if b.kind == BEFORE_RESTORE]
    assert len(kept) == 1
    from ipsfidelity.store import open_store

    before = open_store(f"sqlite:///{kept[0].path}")
    assert sorted(t.name for t in before.list_teams()) == ["IPS Hvidovre", "IPS Syd"]
    before.close()
    window.close()


def test_restore_refuses_a_file_that_is_no_backup(
    qtbot: QtBot, store: Store, db_path: Path, tmp_path: Path
) -> None:
    store.close()
    window = _open(qtbot, db_path)
    bogus = tmp_path / "ferie.sqlite3"
    bogus.write_bytes(b"ikke en database" * 64)
    window.backup_menu.check_then_confirm(bogus)
    error = _dialog(qtbot, window, "backup_error")
    assert str(bogus) in error.text()
    assert bogus.read_bytes() == b"ikke en database" * 64
    window.close()


def test_the_file_menu_offers_backup_and_restore_by_keyboard(
    qtbot: QtBot, store: Store, db_path: Path
) -> None:
    store.close()
    window = _open(qtbot, db_path)
    menu = window.backup_menu
    assert menu.backup_action.shortcut().toString() == "Ctrl+Shift+B"
    assert menu.backup_action.text() == "Si&kkerhedskopi …"
    assert menu.restore_action.text() == "&Gendan …"
    from ipsfidelity.i18n import tr

    # As the Danish menus spell it (Qt's translation says Skift).
    native = menu.backup_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    assert "Ctrl+Skift+B" in tr("shortcuts.text") and native == "Ctrl+Skift+B"
    window.close()
