"""Filer → Sikkerhedskopi … and Filer → Gendan …, over `ipsfidelity.backup`.

Copies and restores run on the database worker (a restore closes the store, restores
and opens it again there), so the window stays responsive; the status bar and the
"Gemmer …" indicator show that something is happening.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from ipsfidelity.errors import UserError
from ipsfidelity.i18n import tr
from ipsfidelity.ui.common.actions import add_actions
from ipsfidelity.ui.common.host import warn
from ipsfidelity.ui.common.questions import yes_no_box

if TYPE_CHECKING:
    from ipsfidelity.backup import BackupInfo
    from ipsfidelity.store import Store
    from ipsfidelity.ui.common.host import Host


def _sqlite_file(store: Store) -> Path:
    from ipsfidelity.backup import database_file

    db = database_file(store)
    if db is None:
        raise UserError(tr("backup.sqlite_only"))
    return db


def _folder_of(store: Store) -> Path:
    from ipsfidelity.backup import folder_for

    return folder_for(_sqlite_file(store))


def _backup_in_folder(store: Store) -> Path:
    from ipsfidelity.backup import backup_now

    made = backup_now(_sqlite_file(store))
    if made is None:  # an empty new database: nothing to copy yet
        from ipsfidelity.i18n import tr

        raise UserError(tr("backup.empty"))
    return made.path


def _backup_to(store: Store, target: Path) -> Path:
    from ipsfidelity.backup import backup_to

    backup_to(_sqlite_file(store), target)
    return target


def _backups(store: Store) -> list[BackupInfo]:
    from ipsfidelity.backup import list_backups

    return list_backups(_sqlite_file(store))


def _checked(file: Path) -> Path:
    from ipsfidelity.backup import check_backup

    check_backup(file)
    return file


class BackupMenu(QObject):
    def __init__(self, host: Host) -> None:
        super().__init__(host.parent_widget())
        self.host = host
        self.last_message = ""  # what the last finished step told the user (tests read it)
        host.worker.backed_up.connect(self._startup_backup_made)

    def add_actions(self, menu: QMenu) -> None:
        rows = (
            (tr("action.backup"), self.ask_backup, "Ctrl+Shift+B"),
            (tr("action.restore"), self.ask_restore, None),
        )
        self.backup_action, self.restore_action = add_actions(menu, self.host.parent_widget(), rows)

    def _status(self, text: str, ms: int = 10_000) -> None:
        self.last_message = text
        self.host.statusBar().showMessage(text, ms)

    def _refused(self, why: str) -> None:
        self.last_message = why
        warn(self.host, tr("backup.title"), why, "backup_error")

    def _startup_backup_made(self) -> None:
        made = self.host.worker.last_backup
        if made is not None:
            self._status(tr("backup.startup_done", name=made.path.name), 8000)

    # -- Sikkerhedskopi … -------------------------------------------------------------

    def ask_backup(self) -> None:
        if self.host.worker.store is None:
            return
        self.host.worker.read(_folder_of, self._show_backup_question, self._refused)

    def _show_backup_question(self, folder: Path) -> None:
        box = QMessageBox(self.host.parent_widget())
        box.setObjectName("backup_dialog")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(tr("backup.title"))
        box.setText(tr("backup.ask", folder=folder))
        box.setMinimumWidth(520)
        here = box.addButton(tr("backup.to_folder"), QMessageBox.ButtonRole.AcceptRole)
        elsewhere = box.addButton(tr("backup.save_as"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(here)

        def clicked(button: Any) -> None:
            if button is here:
                self.backup_to_folder()
            elif button is elsewhere:
                self._ask_file()

        box.buttonClicked.connect(clicked)
        self.host.show_dialog(box, lambda: None)

    def backup_to_folder(self) -> None:
        self._status(tr("backup.working"), 0)
        self.host.worker.read(_backup_in_folder, self._backup_done, self._refused)

    def backup_to_file(self, target: Path) -> None:
        self._status(tr("backup.working"), 0)
        self.host.worker.read(lambda s: _backup_to(s, target), self._backup_done, self._refused)

    def _ask_file(self) -> None:
        import datetime as dt

        dialog = QFileDialog(self.host.parent_widget(), tr("backup.save_title"))
        dialog.setObjectName("backup_save_dialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(tr("backup.filter"))
        dialog.setDefaultSuffix("sqlite3")
        dialog.selectFile(f"ipsfidelity-{dt.date.today().isoformat()}.sqlite3")
        dialog.resize(760, 480)
        dialog.fileSelected.connect(lambda chosen: self.backup_to_file(Path(chosen)))
        self.host.show_dialog(dialog, lambda: None)

    def _backup_done(self, path: Path) -> None:
        text = tr("backup.done", path=path)
        self._status(text.replace("\n", " "), 15_000)
        box = QMessageBox(self.host.parent_widget())
        box.setObjectName("backup_done")
        box.setWindowTitle(tr("backup.title"))
        box.setText(text)
        box.setTextInteractionFlags(box.textInteractionFlags().TextSelectableByMouse)
        self.host.show_dialog(box, lambda: None)

    # -- Gendan … ----------------------------------------------------------------------

    def ask_restore(self) -> None:
        if self.host.worker.store is None:
            return
        self.host.worker.read(_backups, self._show_restore_dialog, self._refused)

    def _show_restore_dialog(self, backups: list[BackupInfo]) -> None:
        from ipsfidelity.ui.backup.restore import RestoreDialog

        dialog = RestoreDialog(backups, self.host.parent_widget())
        self.host.show_dialog(dialog, lambda: self.check_then_confirm(dialog.chosen()))

    def check_then_confirm(self, file: Path | None) -> None:
        if file is None:
            return
        self._status(tr("restore.checking"), 0)
        self.host.worker.read(lambda _s: _checked(file), self._confirm_restore, self._refused)

    def _confirm_restore(self, file: Path) -> None:
        self.host.statusBar().clearMessage()
        text = tr("restore.confirm", file=file)
        box = yes_no_box(tr("restore.title"), text, self.host.parent_widget())
        box.setObjectName("restore_confirm")
        self.host.show_dialog(box, lambda: self.restore(file))

    def restore(self, file: Path) -> None:
        """Replace the data with `file` (checked and confirmed), keeping a copy first."""
        from ipsfidelity.backup import restore

        self.host.close_for_reload()
        self._status(tr("restore.working"), 0)

        def job(db: Path | None) -> Any:
            if db is None:
                raise UserError(tr("backup.sqlite_only"))
            return restore(file, db)

        def done(kept: Any) -> None:
            text = tr("restore.done", file=file.name)
            if kept is not None:
                text += " " + tr("restore.kept", path=getattr(kept, "path", kept))
            self._status(text, 20_000)

        self.host.worker.reopen(job, done, lambda why: self._refused(tr("restore.failed", why=why)))
