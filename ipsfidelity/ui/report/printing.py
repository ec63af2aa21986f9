"""Udskriv…: the system print dialog, then the same PDF the export writes, printed page by page.

Two workers, so the UI thread only shows progress:
- the database worker builds the PDF bytes (`build_report` reads the store);
- a print thread renders each page with pdfium (PySide6-Essentials has no QtPdf) into a
  QImage at the printer's resolution, capped at 300 dpi, and paints it onto the QPrinter.

Painting on the UI thread blocked it for 130-370 ms a page (Qt compresses each page image
as it goes into the print stream). Qt supports QPainter on a QPrinter outside the GUI
thread ("Painting in Threads", doc.qt.io/qt-6/threads-modules.html), provided one thread
at a time uses the device: the dialog has closed before the print thread gets the
printer, and the UI thread touches it again only after that thread has ended. pdfium is
not thread-safe, so every call into it holds one process-wide lock.
"""

from __future__ import annotations

import itertools
import logging
import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter

from ipsfidelity.i18n import language, tr
from ipsfidelity.ui.common.host import warn
from ipsfidelity.ui.report.common import Crash, ReportJob, ReportTarget

if TYPE_CHECKING:
    from ipsfidelity.ui.common.host import Host

log = logging.getLogger("ipsfidelity.ui.report")

BUILD_SHARE = 30  # of the progress bar, for building the PDF; the pages take the rest
MAX_DPI = 300  # finer gains nothing on paper and costs 16x the memory at 1200 dpi
BAND_ROWS = 192  # about 10 ms of drawImage each at 300 dpi
BAND_OVERLAP = 8  # rows; 0.7 mm at 300 dpi
_PDFIUM = threading.Lock()  # pdfium must never be entered from two threads at once

PageWanted = Callable[[int], bool]
Band = tuple[int, int]  # first row, row after the last


class PrinterFailed(Exception):
    """QPainter.begin refused the printer (offline, no permission, a bad file name)."""


def wanted_pages(printer: QPrinter) -> PageWanted:
    """The dialog's page range (1-based), as a plain function the print thread can call."""
    if printer.printRange() != QPrinter.PrintRange.PageRange:
        return lambda _n: True
    ranges = [(r.from_, r.to) for r in printer.pageRanges().toRangeList()]
    if not ranges and printer.fromPage() > 0:
        ranges = [(printer.fromPage(), printer.toPage() or printer.fromPage())]
    if not ranges:
        return lambda _n: True
    return lambda n: any(a <= n <= b for a, b in ranges)


def print_pdf(
    pdf: bytes,
    printer: QPrinter,
    wanted: PageWanted,
    cancelled: threading.Event,
    progress: Callable[[int, int, int], None],
) -> int:
    """Render and paint the wanted pages onto `printer`; returns the pages printed.
    `progress(done, count, total)` after each page. Runs on the print thread."""
    import pypdfium2 as pdfium

    dpi = min(printer.resolution(), MAX_DPI)
    printer.setFullPage(True)  # the PDF carries its own margins
    painter = QPainter()
    printed = 0
    with _PDFIUM:
        doc = pdfium.PdfDocument(pdf)
        try:
            total = len(doc)
            numbers = [n for n in range(1, total + 1) if wanted(n)]
            for number in numbers:
                if cancelled.is_set():
                    break
                image = _render(doc[number - 1], dpi)
                if printed == 0:
                    if not painter.begin(printer):
                        raise PrinterFailed
                else:
                    printer.newPage()
                _paint(painter, printer, image)
                printed += 1
                progress(printed, len(numbers), total)
        finally:
            doc.close()
            if painter.isActive():
                if cancelled.is_set():
                    printer.abort()
                painter.end()
    return printed


def _render(page: Any, dpi: float) -> QImage:
    try:
        bitmap = page.render(scale=dpi / 72, prefer_bgrx=True, rev_byteorder=True)
        image = QImage(
            bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGBX8888
        ).copy()  # own the pixels: the bitmap's buffer is freed with it
        bitmap.close()
        return image
    finally:
        page.close()


def _paint(painter: QPainter, printer: QPrinter, image: QImage) -> None:
    """The page image scaled to the paper, centred (A4 on Letter keeps its proportions).

    Drawn in bands: PySide6 holds the GIL through drawImage, and one whole page took
    115-230 ms (Qt compresses the image as it draws), during which the UI thread could
    not run. Bands are cut at blank rows where there is one and overlap a little, so no
    seam shows where a viewer or printer smooths the edges of each band.
    """
    paper = printer.paperRect(QPrinter.Unit.DevicePixel)
    scale = min(paper.width() / image.width(), paper.height() / image.height())
    left = (paper.width() - image.width() * scale) / 2
    top = (paper.height() - image.height() * scale) / 2
    for y0, cut in bands(image):
        # Each band reaches a few rows under the next one, which is drawn over it: where
        # a band's smoothed top edge lets what is beneath show, that is the same picture.
        y1 = min(cut + BAND_OVERLAP, image.height())
        band = QRectF(0, y0, image.width(), y1 - y0)
        box = QRectF(left, top + y0 * scale, image.width() * scale, (y1 - y0) * scale)
        painter.drawImage(box, image, band)


def bands(
    image: QImage, rows: int = BAND_ROWS, search: int = BAND_ROWS // 2
) -> list[tuple[int, int]]:
    """Row ranges covering the image, about `rows` high, each cut at a blank (white)
    row found within `search` rows after the nominal cut."""
    height, stride = image.height(), image.bytesPerLine()
    pixels = memoryview(image.constBits())  # type: ignore[arg-type]
    blank = b"\xff" * stride

    def is_blank(y: int) -> bool:
        return pixels[y * stride : (y + 1) * stride] == blank

    cuts, y = [0], rows
    while y < height:
        cut = next((c for c in range(y, min(y + search, height)) if is_blank(c)), y)
        cuts.append(cut)
        y = cut + rows
    cuts.append(height)
    return list(itertools.pairwise(cuts))


class ReportPrint(ReportJob):
    def __init__(self, host: Host) -> None:
        super().__init__(host)
        self.printer: QPrinter | None = None
        self.thread: threading.Thread | None = None
        self.report_pages = 0  # pages in the report
        self.printed = 0  # pages painted onto the printer

    def start(self, target: ReportTarget) -> None:
        """The system print dialog; printing starts once it is accepted."""
        if self.busy_now():
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(target.file_name().removesuffix(".pdf"))
        dialog = QPrintDialog(printer, self.host.parent_widget())
        dialog.setObjectName("report_print_dialog")
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setMinMax(1, 999)  # the page count is known only once the report is built
        dialog.printer_ref = printer  # type: ignore[attr-defined]  # lives as long as the dialog
        self.host.show_dialog(dialog, lambda: self.print_to(target, printer))

    def print_to(self, target: ReportTarget, printer: QPrinter) -> None:
        """Print on `printer` as the dialog left it (tests pass a PDF-file printer)."""
        if self.busy:
            return
        self.printer = printer
        self.report_pages = self.printed = 0
        lang, aid, options = language(), target.assessment_id, target.options()
        self.run(
            tr("report.print_title"),
            target,
            lambda report, store, progress: report.build_report(
                store, aid, lang, progress=progress, **options
            ),
            "building the report for printing failed",
            self._built,
            self._refused,
            share=BUILD_SHARE / 100,
        )

    def wait(self) -> None:
        """Let a print under way finish (the window is closing): a half-sent job would
        leave the printer with part of the report."""
        if self.thread is not None:
            self.thread.join()

    # -- on the UI thread, as the workers report -------------------------------------

    def _built(self, result: Any) -> None:
        progress, printer = self.progress, self.printer
        if not isinstance(result, bytes) or progress is None or printer is None:
            self._finish(result if isinstance(result, Crash) else None)
            return
        if progress.cancel_event.is_set():
            self._finish(None)
            return
        relay, cancelled = self.relay, progress.cancel_event
        wanted = wanted_pages(printer)  # read here: the UI thread lets go of the printer now

        def page_done(done: int, count: int, total: int) -> None:
            relay.post(self._page_done, done, count, total)

        def work() -> None:  # on the print thread
            try:
                print_pdf(result, printer, wanted, cancelled, page_done)
            except PrinterFailed:
                relay.post(self._refused, tr("report.printer_failed"))
            except Exception as exc:
                log.exception("printing the report failed")
                relay.post(self._finish, Crash(exc))
            else:
                relay.post(self._finish, None)

        self.thread = threading.Thread(target=work, daemon=True, name="ipsfidelity-print")
        self.thread.start()

    def _page_done(self, done: int, count: int, total: int) -> None:
        self.printed, self.report_pages = done, total
        if self.progress is not None and not self.progress.cancel_event.is_set():
            percent = BUILD_SHARE + (100 - BUILD_SHARE) * done // max(count, 1)
            self.progress.step(percent, tr("report.printing_page", page=done, pages=count))

    def _finish(self, crash: Crash | None) -> None:
        if not self.busy:
            return
        if self.thread is not None:
            self.thread.join()  # it has posted its last call: this returns at once
            self.thread = None
        progress, self.progress = self.progress, None
        cancelled = progress is not None and progress.cancel_event.is_set()
        if progress is not None:
            progress.close()
            progress.deleteLater()
        printer, self.printer = self.printer, None
        self.busy = False
        if crash is not None:
            self.done.emit()
            exc = crash.error
            sys.excepthook(type(exc), exc, exc.__traceback__)
            return
        if self.last_error:
            self._tell(self.last_error)
        elif cancelled:
            self.host.statusBar().showMessage(tr("report.print_cancelled"), 8000)
        else:
            self.host.statusBar().showMessage(self._printed_message(printer), 8000)
        self.done.emit()

    def _printed_message(self, printer: QPrinter | None) -> str:
        """Where the pages went: the printer, or the file the dialog's "print to file"
        chose (which a "sent to the printer" would leave the user looking for)."""
        if printer is not None and printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
            path = printer.outputFileName()
            if path:
                return tr("report.printed_to_file", pages=self.printed, path=path)
        return tr("report.printed", pages=self.printed)

    def _refused(self, why: str) -> None:
        self.last_error = why
        self._finish(None)

    def _tell(self, why: str) -> None:
        warn(self.host, tr("report.print_title"), why, "report_error")
