"""Eksportér PDF… and Udskriv… through the real window: real SQLite file, real PDFs read
back with poppler, the save dialog driven as a user would (Qt's own dialog offscreen)."""

from __future__ import annotations

import itertools
import subprocess
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QLineEdit, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from ipsfidelity.demo import fill_demo
from ipsfidelity.store import Store
from ipsfidelity.ui.app import App
from ipsfidelity.ui.main_window import MainWindow
from ipsfidelity.ui.report.export import FOLDER_KEY
from tests.test_report import page_count, pdf_text
from tests.ui.conftest import settle


class BlockMeter:
    """The longest gap between ticks of a 5 ms timer on the UI thread, minus the interval."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.worst = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last - 0.005)
        self.last = now

    def __enter__(self) -> BlockMeter:
        self.last = time.perf_counter()
        self.timer.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.timer.stop()


@pytest.fixture
def albertslund(store: Store) -> str:
    """The demo data: the newest, complete assessment of a team with earlier ones."""
    fill_demo(store)
    team = store.find_team("IPS Albertslund")
    return store.list_assessments(team.id)[0].id


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    """Where reports go: apart from the database file (and its -wal, -shm) in tmp_path."""
    folder = tmp_path / "rapporter"
    folder.mkdir()
    return folder


def _open(window: MainWindow, qtbot: QtBot, aid: str) -> None:
    window.refresh_teams()
    window.open_assessment(aid)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    settle(qtbot, window)


def _not_blank(pdf: Path, page: int, tmp: Path) -> bool:
    prefix = tmp / f"page{page}"
    subprocess.run(
        ["pdftoppm", "-r", "30", "-gray", "-f", str(page), "-l", str(page), str(pdf), str(prefix)],
        check=True,
    )
    (pgm,) = tmp.glob(f"page{page}*.pgm")
    pixels = pgm.read_bytes().split(b"\n", 3)[3]  # P5, size, maxval, then one byte a pixel
    return sum(1 for p in pixels if p < 128) > 100


def test_export_through_the_menu_writes_opens_and_keeps_the_window_responsive(
    albertslund: str, app: App, qtbot: QtBot, out_dir: Path, db_path: Path
) -> None:
    window = app.window
    _open(window, qtbot, albertslund)
    opened: list[Path] = []
    window.reports.export.opener = opened.append
    window.settings.setValue(FOLDER_KEY, str(out_dir))

    window.export_action.trigger()
    # First the worker checks the notes for personal data (none here), then the dialog.
    qtbot.waitUntil(lambda: isinstance(window.active_dialog, QFileDialog), timeout=10_000)
    dialog = window.active_dialog
    assert isinstance(dialog, QFileDialog)
    assert window.session is not None
    period = window.session.info.period
    assert dialog.selectedFiles()[0] == str(out_dir / f"Vurdering IPS Albertslund {period}.pdf")
    target = out_dir / "styregruppe.pdf"
    # The dialog is on screen by now (it opens after the worker's personal-data check),
    # and Qt's selectFile leaves a focused name field alone: type the name, as a user would.
    name_field = dialog.findChild(QLineEdit, "fileNameEdit")
    assert name_field is not None
    name_field.setText(str(target))
    with BlockMeter() as meter, qtbot.waitSignal(window.reports.export.done, timeout=30_000):
        dialog.accept()

    assert opened == [target]
    assert window.reports.export.reached == 100
    text = pdf_text(target)
    assert "IPS Albertslund" in text
    assert "side 1 af" in text
    assert "KLADDE" not in text
    # The app's report is the command line's report: action plan and annex included.
    from ipsfidelity.report import write_report
    from ipsfidelity.store import open_store

    reference = open_store(str(db_path))
    try:
        same = write_report(reference, albertslund, out_dir / "cli.pdf")
    finally:
        reference.close()
    assert "Handleplan" in text and text == pdf_text(same)
    assert [p.name for p in out_dir.iterdir() if p.suffix != ".pdf"] == []
    assert meter.worst < 1.0, f"the UI thread was blocked for {meter.worst:.3f} s"
    assert str(target) in window.statusBar().currentMessage()
    # The folder is remembered for the next export.
    assert window.settings.value(FOLDER_KEY) == str(out_dir)


def test_an_unfinished_assessment_is_exported_as_a_draft_and_says_so(
    seeded: str, app: App, qtbot: QtBot, out_dir: Path
) -> None:
    window = app.window
    _open(window, qtbot, seeded)
    window.reports.export.opener = lambda _p: None
    target = window.report_target()
    assert target is not None and not target.finished
    out = out_dir / "kladde.pdf"
    window.reports.export.export_to(target, out)
    progress = window.reports.export.progress
    assert progress is not None
    assert "ikke færdig" in progress.labelText()
    qtbot.waitUntil(lambda: not window.reports.export.busy, timeout=30_000)
    assert "KLADDE" in pdf_text(out)
    assert "gemt som kladde" in window.statusBar().currentMessage()


def test_export_failure_shows_a_message_and_leaves_no_file(
    seeded: str, app: App, qtbot: QtBot, out_dir: Path
) -> None:
    window = app.window
    _open(window, qtbot, seeded)
    opened: list[Path] = []
    window.reports.export.opener = opened.append
    blocked = out_dir / "rapport.pdf"
    blocked.mkdir()  # a folder where the file should go: the final rename fails
    target = window.report_target()
    assert target is not None
    with qtbot.waitSignal(window.reports.export.done, timeout=30_000):
        window.reports.export.export_to(target, blocked)
    box = window.active_dialog
    assert isinstance(box, QMessageBox)
    assert "Kunne ikke gemme rapporten" in box.text()
    assert "det er en mappe, ikke en fil" in box.text()
    assert [p.name for p in out_dir.iterdir()] == ["rapport.pdf"]  # no temp file left
    assert list(blocked.iterdir()) == []
    box.button(QMessageBox.StandardButton.Ok).click()
    # The app is still usable: a second export to a good place works.
    with qtbot.waitSignal(window.reports.export.done, timeout=30_000):
        window.reports.export.export_to(target, out_dir / "ok.pdf")
    assert opened == [out_dir / "ok.pdf"]  # the failed export opened nothing


def test_cancelling_an_export_leaves_no_file(
    albertslund: str, app: App, qtbot: QtBot, out_dir: Path
) -> None:
    window = app.window
    _open(window, qtbot, albertslund)
    window.reports.export.opener = lambda _p: pytest.fail("a cancelled export is not opened")
    target = window.report_target()
    assert target is not None
    out = out_dir / "annulleret.pdf"
    with qtbot.waitSignal(window.reports.export.done, timeout=30_000):
        window.reports.export.export_to(target, out)
        progress = window.reports.export.progress
        assert progress is not None
        # Cancel, as the button does, before the worker has even started: it stops at its
        # first progress step, long before the file would be written.
        progress.findChild(QPushButton).click()
    assert list(out_dir.iterdir()) == []
    assert "annulleret" in window.statusBar().currentMessage()


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_printing_prints_every_page_of_the_report(
    albertslund: str, app: App, qtbot: QtBot, out_dir: Path
) -> None:
    window = app.window
    _open(window, qtbot, albertslund)
    report = out_dir / "rapport.pdf"
    target = window.report_target()
    assert target is not None
    window.reports.export.opener = lambda _p: None
    with qtbot.waitSignal(window.reports.export.done, timeout=30_000):
        window.reports.export.export_to(target, report)
    pages = page_count(report)
    assert "Handleplan" in pdf_text(report)  # the team's plan is in what is printed

    printed = out_dir / "printed.pdf"
    with BlockMeter() as meter, qtbot.waitSignal(window.reports.printing.done, timeout=60_000):
        window.reports.printing.print_to(target, _pdf_printer(printed))
    assert window.reports.printing.last_error is None
    assert window.reports.printing.report_pages == pages
    assert page_count(printed) == pages
    for page in (1, pages):
        assert _not_blank(printed, page, out_dir)
    assert meter.worst < 1.0, f"the UI thread was blocked for {meter.worst:.3f} s"
    message = window.statusBar().currentMessage()
    assert f"{pages} sider" in message and str(printed) in message  # a file, not a printer


def test_printing_respects_the_page_range(
    albertslund: str, app: App, qtbot: QtBot, out_dir: Path
) -> None:
    window = app.window
    _open(window, qtbot, albertslund)
    target = window.report_target()
    assert target is not None
    printed = out_dir / "side2-3.pdf"
    printer = _pdf_printer(printed)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    with qtbot.waitSignal(window.reports.printing.done, timeout=60_000):
        window.reports.printing.print_to(target, printer)
    assert page_count(printed) == 2
    assert window.reports.printing.printed == 2


def test_the_menus_and_the_results_screen_offer_export_and_print(
    albertslund: str, app: App, qtbot: QtBot
) -> None:
    window = app.window
    assert window.export_action.shortcut().toString() == "Ctrl+E"
    assert window.print_action.shortcut().toString() == "Ctrl+P"
    _open(window, qtbot, albertslund)
    window.show_results()
    window.results.export_button.click()
    qtbot.waitUntil(lambda: isinstance(window.active_dialog, QFileDialog), timeout=10_000)
    assert isinstance(window.active_dialog, QFileDialog)
    window.active_dialog.reject()
    qtbot.waitUntil(lambda: window.active_dialog is None)
    window.print_action.trigger()
    qtbot.waitUntil(lambda: isinstance(window.active_dialog, QPrintDialog), timeout=10_000)
    dialog = window.active_dialog
    assert isinstance(dialog, QPrintDialog)
    dialog.reject()  # nothing is built or printed
    settle(qtbot, window)
    assert not window.reports.printing.busy


def test_the_overview_selection_is_exported_without_opening_it(
    albertslund: str, app: App, qtbot: QtBot, out_dir: Path
) -> None:
    window = app.window
    window.refresh_teams()
    settle(qtbot, window)
    window.home.team_list.setCurrentIndex(window.home.team_model.index(0, 0))
    settle(qtbot, window)
    row = window.home.current_assessment_row()
    assert window.session is None and row is not None
    target = window.report_target()
    assert target is not None and target.assessment_id == row.info.id
    assert target.team == window.home.team_model.rows[0].name
    with qtbot.waitSignal(window.reports.export.done, timeout=30_000):
        window.reports.export.export_to(target, out_dir / "fra-oversigten.pdf")
    assert target.team in pdf_text(out_dir / "fra-oversigten.pdf")


def test_the_default_file_name_is_safe_for_every_file_system() -> None:
    from ipsfidelity.ui.report.common import ReportTarget

    target = ReportTarget("x", 'IPS Ærø/Østerbro: "nord"', "2026-Q4", True)
    assert target.file_name() == "Vurdering IPS Ærø-Østerbro- -nord- 2026-Q4.pdf"


def test_cancelling_a_print_sends_nothing(
    albertslund: str, app: App, qtbot: QtBot, out_dir: Path
) -> None:
    window = app.window
    _open(window, qtbot, albertslund)
    target = window.report_target()
    assert target is not None
    printed = out_dir / "annulleret.pdf"
    with qtbot.waitSignal(window.reports.printing.done, timeout=60_000):
        window.reports.printing.print_to(target, _pdf_printer(printed))
        progress = window.reports.printing.progress
        assert progress is not None
        progress.findChild(QPushButton).click()
    assert not printed.exists()
    assert window.reports.printing.printed == 0
    assert "annulleret" in window.statusBar().currentMessage()


def test_print_bands_cover_the_page_and_cut_at_blank_rows(qtbot: QtBot) -> None:
    from PySide6.QtGui import QColor, QImage, QPainter

    from ipsfidelity.ui.report.printing import bands

    image = QImage(100, 1000, QImage.Format.Format_RGBX8888)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.fillRect(0, 0, 100, 250, QColor("black"))  # no blank row until 250
    painter.fillRect(0, 251, 100, 749, QColor("black"))  # one blank row: 250
    painter.end()
    found = bands(image, rows=200, search=100)
    assert found[0] == (0, 250)  # the nominal cut at 200 moved to the blank row
    assert found[-1][1] == 1000
    assert all(a[1] == b[0] for a, b in itertools.pairwise(found))
