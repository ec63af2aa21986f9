"""Saving a comparing screen's table as CSV or Excel: the file dialog, why a write failed in
the reader's language, and the busy bar shown while the worker writes."""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QWidget,
)

from ipsfidelity.i18n import tr
from ipsfidelity.ui.common.colours import MUTED

if TYPE_CHECKING:
    from ipsfidelity.ui.common.worker import Worker

FORMATS = ("csv", "xlsx")


def ask_save_path(parent: QWidget, title: str, name: str, kind: str) -> Path | None:
    """The file the reader picks (`name`.`kind` in the home folder offered), with the
    format's extension; None when cancelled."""
    filters = tr("overview.xlsx_filter") if kind == "xlsx" else tr("overview.csv_filter")
    path, _ = QFileDialog.getSaveFileName(
        parent, title, str(Path.home() / f"{name}.{kind}"), filters
    )
    if not path:
        return None
    if not path.lower().endswith(f".{kind}"):
        path += f".{kind}"
    return Path(path)


def safe_file_name(text: str) -> str:
    """A team's name as part of a file name: letters, digits and dashes."""
    kept = "".join(c if c.isalnum() else "-" for c in text.casefold())
    return "-".join(part for part in kept.split("-") if part) or "team"


def os_reason(exc: OSError) -> str:
    """Why a file could not be written, in the reader's language where we know the cause."""
    match exc.errno:
        case errno.ENOENT | errno.ENOTDIR:
            return tr("os.no_such_folder")
        case errno.EACCES | errno.EPERM:
            return tr("io.no_access")
        case errno.ENOSPC:
            return tr("os.disk_full")
        case errno.EROFS:
            return tr("os.read_only")
    return tr("io.other", detail=exc.strerror or type(exc).__name__)


class SaveStatus(QWidget):
    """ "Gemmer <fil> …" with a busy bar while the worker writes, then where it went."""

    def __init__(self) -> None:
        super().__init__()
        self.writing = 0  # writes asked for and not yet answered
        self.message_box: QMessageBox | None = None  # the last failure's warning
        self.label = QLabel()
        self.label.setStyleSheet(f"color: {MUTED};")
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy: a write's length is not known ahead
        self.bar.setMaximumWidth(120)
        self.bar.setTextVisible(False)
        self.bar.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)

    def saving(self, path: Path) -> None:
        self.label.setText(tr("compare.saving", path=str(path)))
        self.bar.setAccessibleName(self.label.text())
        self.bar.show()

    def done(self, text: str) -> None:
        self.bar.hide()
        self.label.setText(text)

    def failed(self, screen: QWidget, title: str, why: str) -> QMessageBox:
        """The write failed: the busy bar goes, and a warning says why (window-modal on
        `screen`, deleted once closed)."""
        self.done("")
        ok = QMessageBox.StandardButton.Ok
        box = QMessageBox(QMessageBox.Icon.Warning, title, why, ok, screen)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(box.deleteLater)
        box.open()
        return box

    def write(
        self,
        worker: Worker,
        job: Callable[[], Path],
        path: Path,
        saved: Callable[[Path], str],
        title: str,
        then: Callable[[str], None],
    ) -> None:
        """Run `job` (it writes `path`) on the worker, with the busy bar until it is
        written; then say where it went (`saved`) and call `then` with the path, or say why
        it failed in a warning titled `title` over this screen's window."""
        self.writing += 1
        self.saving(path)

        def written(where: Path) -> None:
            self.writing -= 1
            self.done(saved(where))
            then(str(where))

        def refused(why: str) -> None:
            self.writing -= 1
            self.message_box = self.failed(self.window(), title, why)

        worker.read(lambda _s: job(), written, refused)

    def text(self) -> str:
        return self.label.text()

    def setText(self, text: str) -> None:
        self.done(text)
