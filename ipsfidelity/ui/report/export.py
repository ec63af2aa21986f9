"""Eksportér PDF…: a save dialog, the report written on the database worker with progress
shown, then the file opened in the system's PDF viewer.

The core's `write_report` runs on the serial database worker (it reads the store, and the
store is only ever used from that thread). It writes atomically, so neither a failure
nor a cancel leaves a half-written file: a cancel stops it at its next progress step,
which always comes before the file is written.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from ipsfidelity.i18n import language, tr
from ipsfidelity.ui.common.folders import start_folder
from ipsfidelity.ui.common.host import warn
from ipsfidelity.ui.report.common import Crash, ReportJob, ReportTarget

if TYPE_CHECKING:
    from ipsfidelity.ui.common.host import Host

log = logging.getLogger("ipsfidelity.ui.report")

FOLDER_KEY = "report/folder"
OPEN_AFTER_KEY = "report/open_after_export"  # "false" keeps the viewer closed (tests, kiosks)


class ReportExport(ReportJob):
    def __init__(self, host: Host) -> None:
        super().__init__(host)
        self.opener: Callable[[Path], None] = self.open_with_system_viewer
        self.last_path: Path | None = None  # the file the last export wrote
        self.reached = 0  # the furthest percent the last export's progress showed
        self.target: ReportTarget | None = None

    # -- the save dialog ------------------------------------------------------------

    def folder(self) -> str:
        return start_folder(self.host.settings, FOLDER_KEY)

    def start(self, target: ReportTarget) -> None:
        """Ask where to save, then export there."""
        if self.busy_now():
            return
        dialog = QFileDialog(self.host.parent_widget(), tr("report.save_title"))
        dialog.setObjectName("report_save_dialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilter(tr("report.pdf_filter"))
        dialog.setDefaultSuffix("pdf")
        dialog.setDirectory(self.folder())
        dialog.selectFile(target.file_name())
        dialog.resize(760, 480)  # Qt's own dialog (Linux without a desktop) cuts the dates off
        dialog.fileSelected.connect(lambda chosen: self.export_to(target, Path(chosen)))
        self.host.show_dialog(dialog, lambda: None)

    # -- the export -----------------------------------------------------------------

    def export_to(self, target: ReportTarget, path: Path) -> None:
        if self.busy:
            return
        self.target = target
        self.last_path = None
        self.host.settings.setValue(FOLDER_KEY, str(path.parent))
        lang, aid, options = language(), target.assessment_id, target.options()
        self.run(
            tr("report.export_title"),
            target,
            lambda report, store, progress: report.write_report(
                store, aid, path, lang, progress=progress, **options
            ),
            "report export failed",
            self._written,
            self._refused,
        )

    def _close_progress(self) -> bool:
        """Close the progress dialog; True when the user had cancelled."""
        progress, self.progress = self.progress, None
        if progress is None:
            return False
        cancelled = progress.cancel_event.is_set()
        self.reached = progress.last_percent
        progress.close()
        progress.deleteLater()
        return cancelled

    def _written(self, result: Any) -> None:
        cancelled = self._close_progress()
        self.busy = False
        if isinstance(result, Crash):
            self.done.emit()
            exc = result.error
            sys.excepthook(type(exc), exc, exc.__traceback__)
            return
        if result is None:
            self.host.statusBar().showMessage(tr("report.cancelled"), 8000)
        else:
            # A cancel that came after the file was complete leaves the (whole) file,
            # but does not open it.
            self.last_path = Path(result)
            draft = self.target is not None and not self.target.finished
            if draft:
                saved = tr("report.saved_draft", path=result)
            else:
                saved = tr("report.saved", path=result)
            self.host.statusBar().showMessage(saved, 10_000)
            if not cancelled:
                self.opener(self.last_path)
        self.done.emit()

    def _refused(self, why: str) -> None:
        self._close_progress()
        self.busy = False
        self.last_error = why
        warn(self.host, tr("report.export_title"), why, "report_error")
        self.done.emit()

    # -- afterwards -----------------------------------------------------------------

    def open_with_system_viewer(self, path: Path) -> None:
        if str(self.host.settings.value(OPEN_AFTER_KEY, "true")).lower() == "false":
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
