"""Udskriv…: the system print dialog, then the same PDF the export writes, printed page by page.

Three threads, each doing what only it may do:
- the database worker builds the PDF bytes (`build_report` reads the store);
- a rasteriser thread turns the pages into QImages with pdfium (PySide6-Essentials has
  no QtPdf). QImage, unlike QPixmap, may be made off the UI thread, and pdfium is called
  under one process-wide lock because it is not thread-safe;
- the UI thread paints each image onto the QPrinter. Qt allows QPainter on a QPrinter in
  a worker thread, but the printer comes from a dialog on the UI thread and the native
  engines (Windows GDI device contexts, macOS) are only exercised from there, so painting
  stays here, one page per turn of the event loop, which keeps each stretch short.
At most two rendered pages wait at a time, so memory stays at a few pages' worth.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRectF, Signal
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QMessageBox

from ipsfidelity.errors import UserError
from ipsfidelity.i18n import language
from ipsfidelity.ui.report_common import (
    Cancelled,
    Relay,
    ReportProgress,
    ReportTarget,
    prepare_core,
)
from ipsfidelity.ui.report_export import Crash
from ipsfidelity.ui.strings import t

if TYPE_CHECKING:
    from ipsfidelity.store import Store
    from ipsfidelity.ui.main_window import MainWindow

log = logging.getLogger("ipsfidelity.ui.report")

MAX_DPI = 300  # finer gains nothing on paper and costs 16x the memory at 1200 dpi
WAITING_PAGES = 2
_PDFIUM = threading.Lock()  # pdfium must never be entered from two threads at once

PageWanted = Callable[[int], bool]


def wanted_pages(printer: QPrinter) -> PageWanted:
    """The dialog's page range (1-based), as a plain function the rasteriser can call."""
    if printer.printRange() != QPrinter.PrintRange.PageRange:
        return lambda _n: True
    ranges = [(r.from_, r.to) for r in printer.pageRanges().toRangeList()]
    if not ranges and printer.fromPage() > 0:
        ranges = [(printer.fromPage(), printer.toPage() or printer.fromPage())]
    if not ranges:
        return lambda _n: True
    return lambda n: any(a <= n <= b for a, b in ranges)


def rasterise(
    pdf: bytes,
    wanted: PageWanted,
    dpi: float,
    begin: Callable[[int, int], None],
    page_ready: Callable[[int, QImage], None],
    room: threading.Semaphore,
    cancelled: threading.Event,
) -> None:
    """Render the wanted pages; `begin(total, count)` first, then `page_ready` per page.
    Runs on a worker thread; waits for `room` before handing over each page."""
    import pypdfium2 as pdfium

    with _PDFIUM:
        doc = pdfium.PdfDocument(pdf)
        try:
            numbers = [n for n in range(1, len(doc) + 1) if wanted(n)]
            begin(len(doc), len(numbers))
            for index, number in enumerate(numbers):
                if cancelled.is_set():
                    return
                page = doc[number - 1]
                try:
                    bitmap = page.render(scale=dpi / 72, prefer_bgrx=True, rev_byteorder=True)
                    image = QImage(
                        bitmap.buffer,
                        bitmap.width,
                        bitmap.height,
                        bitmap.stride,
                        QImage.Format.Format_RGBX8888,
                    ).copy()  # own the pixels: the bitmap's buffer is freed with it
                    bitmap.close()
                finally:
                    page.close()
                while not room.acquire(timeout=0.1):
                    if cancelled.is_set():
                        return
                page_ready(index, image)
        finally:
            doc.close()


class ReportPrint(QObject):
    done = Signal()  # a print ended: printed, refused, cancelled or crashed

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.relay = Relay(self)
        self.busy = False
        self.progress: ReportProgress | None = None
        self.printer: QPrinter | None = None
        self.painter: QPainter | None = None
        self.room = threading.Semaphore(WAITING_PAGES)
        self.thread: threading.Thread | None = None
        self.report_pages = 0  # pages in the report
        self.to_print = 0  # pages the dialog's range asks for
        self.printed = 0  # pages painted onto the printer so far
        self.last_error: str | None = None

    def start(self, target: ReportTarget) -> None:
        """The system print dialog; printing starts once it is accepted."""
        if self.busy:
            self.window.statusBar().showMessage(t("report.busy"), 5000)
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(target.file_name().removesuffix(".pdf"))
        dialog = QPrintDialog(printer, self.window)
        dialog.setObjectName("report_print_dialog")
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setMinMax(1, 999)  # the page count is known once the report is built
        dialog.printer_ref = printer  # type: ignore[attr-defined]  # lives as long as the dialog
        self.window.show_dialog(dialog, lambda: self.print_to(target, printer))

    def print_to(self, target: ReportTarget, printer: QPrinter) -> None:
        """Print on `printer` as the dialog left it (tests pass a PDF-file printer)."""
        if self.busy:
            return
        self.busy = True
        self.printer = printer
        self.painter = None
        self.report_pages = self.to_print = self.printed = 0
        self.last_error = None
        self.room = threading.Semaphore(WAITING_PAGES)
        progress = ReportProgress(t("report.print_title"), target, self.window)
        self.progress = progress
        progress.show()
        callback = progress.worker_callback(self.relay)
        lang = language()
        actions = self.window.report_actions(target)
        aid = target.assessment_id

        def job(store: Store) -> bytes | Crash | None:  # on the database worker
            try:
                prepare_core()  # first: it also does the heavy imports, below stays cheap
                from ipsfidelity.report import build_report

                return build_report(store, aid, lang, actions=actions, progress=callback)
            except Cancelled:
                return None
            except UserError:
                raise
            except Exception as exc:
                log.exception("building the report for printing failed")
                return Crash(exc)

        self.window.db.read(job, self._built, self._refused)

    # -- on the UI thread, as the workers report -------------------------------------

    def _built(self, result: Any) -> None:
        if not isinstance(result, bytes) or self.progress is None or self.printer is None:
            self._finish(result if isinstance(result, Crash) else None)
            return
        if self.progress.cancel_event.is_set():
            self._finish(None)
            return
        printer, relay, cancelled = self.printer, self.relay, self.progress.cancel_event
        wanted = wanted_pages(printer)
        dpi = min(printer.resolution(), MAX_DPI)
        room = self.room

        def work() -> None:
            try:
                rasterise(
                    result,
                    wanted,
                    dpi,
                    lambda total, count: relay.post(self._begin, total, count),
                    lambda index, image: relay.post(self._paint, index, image),
                    room,
                    cancelled,
                )
            except Exception as exc:
                log.exception("rasterising the report failed")
                relay.post(self._finish, Crash(exc))
            else:
                relay.post(self._finish, None)

        self.thread = threading.Thread(target=work, daemon=True, name="ipsfidelity-print")
        self.thread.start()

    def _begin(self, total: int, count: int) -> None:
        self.report_pages, self.to_print = total, count

    def _paint(self, index: int, image: QImage) -> None:
        try:
            printer = self.printer
            if printer is None or self.progress is None or self.progress.cancel_event.is_set():
                return
            if self.painter is None:
                printer.setFullPage(True)  # the PDF carries its own margins
                self.painter = QPainter()
                if not self.painter.begin(printer):
                    self.painter = None
                    self.progress.cancel_event.set()  # stops the rasteriser
                    self.last_error = t("report.printer_failed")
                    return
            else:
                printer.newPage()
            paper = printer.paperRect(QPrinter.Unit.DevicePixel)
            scale = min(paper.width() / image.width(), paper.height() / image.height())
            w, h = image.width() * scale, image.height() * scale
            box = QRectF((paper.width() - w) / 2, (paper.height() - h) / 2, w, h)
            self.painter.drawImage(box, image)
            self.printed += 1
            self.progress.step(
                90 + 10 * (index + 1) // max(self.to_print, 1),
                t("report.printing_page", page=index + 1, pages=self.to_print),
            )
        finally:
            self.room.release()

    def _finish(self, crash: Crash | None) -> None:
        if not self.busy:
            return
        if self.thread is not None and self.thread.is_alive():
            self.room.release()  # a rasteriser waiting for room sees the cancel and ends
        progress, self.progress = self.progress, None
        cancelled = progress is not None and progress.cancel_event.is_set()
        if self.painter is not None:
            if cancelled and self.printer is not None:
                self.printer.abort()
            self.painter.end()
            self.painter = None
        if progress is not None:
            progress.close()
            progress.deleteLater()
        self.busy = False
        self.thread = None
        if crash is not None:
            self.done.emit()
            exc = crash.error
            sys.excepthook(type(exc), exc, exc.__traceback__)
            return
        if self.last_error:
            self._tell(self.last_error)
        elif cancelled:
            self.window.statusBar().showMessage(t("report.print_cancelled"), 8000)
        else:
            self.window.statusBar().showMessage(t("report.printed", pages=self.printed), 8000)
        self.done.emit()

    def _refused(self, why: str) -> None:
        self.last_error = why
        self._finish(None)

    def _tell(self, why: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            t("report.print_title"),
            why,
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setObjectName("report_error")
        self.window.show_dialog(box, lambda: None)
