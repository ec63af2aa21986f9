"""The start-up dialog for a damaged database file: restore the newest backup, start a new
file, or quit. The file itself is never touched here: `ipsfidelity.recovery` moves it aside
unchanged, on the database worker, before anything new is written.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from ipsfidelity.i18n import tr

if TYPE_CHECKING:
    from ipsfidelity.backup import BackupInfo
    from ipsfidelity.ui.common.host import Host


def size_text(size: int) -> str:
    from ipsfidelity.i18n import language

    kb = max(1, round(size / 1024))
    sep = "." if language() == "da" else ","
    return f"{kb:,}".replace(",", sep) + " kB"


def date_text(info: BackupInfo) -> str:
    return info.created.astimezone().strftime("%d-%m-%Y %H:%M:%S")


class RecoveryDialog(QMessageBox):
    def __init__(self, damage: Any, options: Any, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("recovery_dialog")
        self.setIcon(QMessageBox.Icon.Critical)
        from ipsfidelity.store.integrity import MissingDatabase

        missing = isinstance(damage, MissingDatabase)
        if damage.foreign:
            self.setWindowTitle(tr("damaged.foreign_title"))
        else:
            self.setWindowTitle(tr("missing.title") if missing else tr("damaged.title"))
        if missing:
            self.setText(tr("missing.text", path=damage.path, reason=damage.reason))
        else:
            self.setText(tr("damaged.text", path=damage.path, reason=damage.reason))
        newest = options.newest_backup if options is not None else None
        if newest is not None:
            info = tr("damaged.newest", date=date_text(newest), size=size_text(newest.size))
        else:
            info = tr("damaged.no_backup")
        self.setInformativeText(info)
        self.restore_button: QPushButton | None = None
        if newest is not None:
            self.restore_button = self.addButton(
                tr("damaged.restore"), QMessageBox.ButtonRole.AcceptRole
            )
        self.new_button = self.addButton(tr("damaged.new"), QMessageBox.ButtonRole.AcceptRole)
        self.quit_button = self.addButton(tr("damaged.quit"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.restore_button or self.quit_button)
        self.setEscapeButton(self.quit_button)
        self.setMinimumWidth(560)


def show_recovery(host: Host) -> None:
    """Called when the worker reports a damaged file; the worker waits for the choice."""
    from ipsfidelity.recovery import restore_newest, start_new_file

    damage, options = host.worker.damage
    host.show_loading(tr("damaged.loading"))
    dialog = RecoveryDialog(damage, options, host.parent_widget())

    def aside_done(aside: Path | None) -> None:
        if aside is not None:  # nothing to keep when the file was missing
            host.statusBar().showMessage(tr("damaged.set_aside", path=aside), 20_000)

    def failed(why: str) -> None:
        QMessageBox.warning(
            host.parent_widget(), tr("damaged.title"), tr("restore.failed", why=why)
        )

    def chosen(button: Any) -> None:
        if button is dialog.restore_button:
            host.worker.reopen(lambda path: restore_newest(_need(path)), aside_done, failed)
        elif button is dialog.new_button:
            host.worker.reopen(lambda path: start_new_file(_need(path)), aside_done, failed)
        else:
            host.quit()

    dialog.buttonClicked.connect(chosen)
    host.show_dialog(dialog, lambda: None)


def _need(path: Path | None) -> Path:
    assert path is not None, "a damaged database is always a file"
    return path


def show_open_failed(host: Host, why: str) -> None:
    """The database did not open. A server that was not reachable may be in a moment:
    the box offers to try again (its accept), which opens it again."""
    box = QMessageBox(QMessageBox.Icon.Warning, tr("app.title"), tr("app.db_failed", why=why))
    box.setParent(host.parent_widget(), box.windowFlags())
    box.setObjectName("db_failed_dialog")
    box.addButton(tr("app.retry"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Close)

    def retry() -> None:
        host.show_loading(tr("app.loading"))
        host.worker.reopen(lambda _path: None)  # nothing to do to the file: just open again

    host.show_dialog(box, retry)
