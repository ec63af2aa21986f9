"""The comparing screens driven like a user: all teams on a 200-team database, a team's
development, the radar overlay, the delta table, export. Real SQLite file, real widgets."""

from __future__ import annotations

import csv
import importlib.util
import shutil
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ipsfidelity.analysis import overview, sort_rows, steps, trend
from ipsfidelity.instrument import default_pack
from ipsfidelity.store import Store, open_store
from ipsfidelity.ui.app import App, start
from ipsfidelity.ui.compare.deltas import arrow
from ipsfidelity.ui.compare.overview import OverviewView
from ipsfidelity.ui.compare.team import TeamView
from ipsfidelity.ui.main_window import MainWindow
from tests.ui.conftest import settle, wait_ready

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_queries.py"
TEAMS, PERIODS = 200, 4


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_queries", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def region_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """200 teams x 4 quarters, imported once through the exchange bulk import."""
    path = tmp_path_factory.mktemp("region") / "region.sqlite3"
    _bench().build_database(str(path), TEAMS, PERIODS).close()
    return path


@pytest.fixture
def region(region_file: Path, db_path: Path) -> Path:
    shutil.copy(region_file, db_path)
    return db_path


@pytest.fixture
def region_app(region: Path, qtbot: QtBot) -> Iterator[App]:
    started = start(str(region), lang="da")
    window = started.window
    window.activateWindow()
    qtbot.waitExposed(window)
    wait_ready(qtbot, window)
    settle(qtbot, window)
    yield started
    started.window.close()


def _open_overview(qtbot: QtBot, window: MainWindow) -> OverviewView:
    window.compare.overview_action.trigger()
    view = window.compare.overview
    qtbot.waitUntil(lambda: not view.loading and view.model.rowCount() > 0, timeout=10_000)
    settle(qtbot, window)
    assert window.stack.currentWidget() is view
    return view


def _team_view_shown(qtbot: QtBot, window: MainWindow, team_id: str) -> TeamView:
    view = window.compare.team_view
    qtbot.waitUntil(
        lambda: view.history is not None and view.history.team.id == team_id and not view.loading,
        timeout=10_000,
    )
    settle(qtbot, window)
    assert window.stack.currentWidget() is view
    return view


def _col(view: OverviewView, key: str) -> int:
    return view.model.columns.index(key)


def test_overview_sorts_filters_and_opens_a_team(
    region_app: App, region: Path, qtbot: QtBot
) -> None:
    window = region_app.window
    assert window.compare.overview_action.shortcut().toString() == "Ctrl+5"
    view = _open_overview(qtbot, window)
    assert view.model.rowCount() == TEAMS
    assert view.count_label.text() == "Viser 200 af 200 teams"
    with _Reader(region) as store:
        expected = overview(store)

    # Sort by overall: a click on the header, once ascending, then descending.
    header = view.table.horizontalHeader()
    overall = _col(view, "overall")
    view.table.sortByColumn(overall, Qt.SortOrder.DescendingOrder)
    values = [r.overall for r in view.model.rows]
    assert view.model.rows == sort_rows(expected, "overall", descending=True)
    present = [v for v in values if v is not None]
    assert present == sorted(present, reverse=True)
    assert view.model.index(0, overall).data() == f"{present[0]:.1f}".replace(".", ",")
    assert header.sortIndicatorSection() == overall

    # Filter by a municipality; the sort stays.
    municipality = "Hillerød"
    view.municipality_combo.setCurrentIndex(view.municipality_combo.findText(municipality))
    shown = view.model.rows
    assert {r.municipality for r in shown} == {municipality}
    assert [r.team_id for r in shown] == [
        r.team_id
        for r in sort_rows(expected, "overall", descending=True)
        if r.municipality == municipality
    ]
    assert len(shown) == sum(r.municipality == municipality for r in expected)
    assert view.count_label.text() == f"Viser {len(shown)} af 200 teams"

    # Another period: rows from that quarter, the filter kept.
    view.period_combo.setCurrentIndex(view.period_combo.findText("2026-Q2"))
    qtbot.waitUntil(lambda: not view.loading, timeout=10_000)
    assert view.model.rows and {r.period for r in view.model.rows} == {"2026-Q2"}
    assert {r.municipality for r in view.model.rows} == {municipality}
    date = view.model.columns.index("date")
    assert not view.table.isColumnHidden(date)  # a quarter's review date and the last one
    view.period_combo.setCurrentIndex(0)  # back to the latest
    qtbot.waitUntil(lambda: not view.loading, timeout=10_000)
    assert view.table.isColumnHidden(date)

    # Double-click the second row: that team's development opens.
    index = view.model.index(1, 0)
    team_id = view.model.team_id(1)
    view.table.scrollTo(index)
    centre = view.table.visualRect(index).center()
    # A real double-click starts with a press: Qt's view only opens the pressed row.
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    team = _team_view_shown(qtbot, window, team_id)
    assert team.heading.text() == f"Udvikling · {view.model.rows[1].team}"

    # Back returns to the overview, as it was; Enter opens the current team too.
    qtbot.mouseClick(team.back_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is view
    assert view.municipality_combo.currentText() == municipality
    view.table.setCurrentIndex(view.model.index(0, 0))
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    _team_view_shown(qtbot, window, view.model.team_id(0))


class _Reader:
    """A second connection to the file, for the expected values."""

    def __init__(self, path: Path) -> None:
        self.store = open_store(str(path))

    def __enter__(self) -> Store:
        return self.store

    def __exit__(self, *_exc: object) -> None:
        self.store.close()


def test_team_view_trend_radar_and_deltas(region_app: App, region: Path, qtbot: QtBot) -> None:
    window = region_app.window
    window.home.team_list.setCurrentIndex(window.home.team_model.index(7, 0))
    settle(qtbot, window)
    team = window.home.current_team()
    assert team is not None
    assert window.home.trend_button.isEnabled()
    assert window.compare.team_action.shortcut().toString() == "Ctrl+4"
    qtbot.mouseClick(window.home.trend_button, Qt.MouseButton.LeftButton)
    view = _team_view_shown(qtbot, window, team.id)
    with _Reader(region) as store:
        history = trend(store, team.id)
    assert [s.id for s in view.history.scores] == [s.id for s in history]  # type: ignore[union-attr]

    # The trend chart: the overall line and one line per principle, over every period.
    pids = [p.id for p in default_pack().principles]
    chart = view.chart
    assert chart.overall_line is not None
    assert list(chart.overall_line.get_ydata()) == [s.overall for s in history]
    assert list(chart.lines) == pids
    verdicts = {s.verdict for s in history}
    assert set(chart.verdict_marks) == verdicts
    labels = [t.get_text() for t in chart.axes.get_legend().get_texts()]
    assert "Samlet" in labels and "P3 Integration med behandling" in labels

    # Toggling a principle off hides its line and its legend entry; on shows it again.
    view.toggles["P3"].click()
    assert not chart.lines["P3"].get_visible()
    assert "P3" not in chart.visible_principles()
    labels = [t.get_text() for t in chart.axes.get_legend().get_texts()]
    assert "P3 Integration med behandling" not in labels
    view.toggles["P3"].click()
    assert chart.lines["P3"].get_visible()
    qtbot.mouseClick(view.none_button, Qt.MouseButton.LeftButton)
    assert chart.visible_principles() == []
    qtbot.mouseClick(view.all_button, Qt.MouseButton.LeftButton)
    assert chart.visible_principles() == pids

    # Default comparison: the latest against the one before; arrows as analysis.steps says.
    first, second = view.chosen()
    assert first is not None and second is not None
    assert (first.id, second.id) == (history[-1].id, history[-2].id)
    assert [m.get_xdata()[0] for m in chart.chosen_marks] == [len(history) - 1, len(history) - 2]
    step = steps(history)[-1]
    expected_arrows = [arrow(step.principle_delta(pid)) for pid in pids]
    expected_arrows.append(arrow(step.overall_delta))
    assert view.delta_arrows() == expected_arrows
    for text, pid in zip(view.delta_arrows(), pids, strict=False):
        change = step.principle_delta(pid)
        if change is not None:
            assert text[0] == ("↑" if change > 0 else "↓" if change < 0 else "=")
    assert view.delta_table.item(len(pids), 1).text() == f"{first.overall:.1f}".replace(".", ",")

    # The element changes match the stored ratings.
    with _Reader(region) as store:
        from ipsfidelity.analysis import rating_changes

        changes = rating_changes(store, second.id, first.id)
    assert view.changes == changes
    assert view.changes_table.rowCount() == len(changes)
    if changes:
        assert view.changes_table.item(0, 0).text().startswith(changes[0].element)

    # Switching the radar's second assessment changes what the radar plots.
    radar = view.radar
    assert radar is not None
    second_line = radar.chart._lines[1]
    before = np.asarray(second_line.get_ydata()).copy()
    oldest = view.second_combo.count() - 1
    view.second_combo.setCurrentIndex(oldest)
    settle(qtbot, window)
    _, chosen_second = view.chosen()
    assert chosen_second is not None and chosen_second.id == history[0].id
    after = np.asarray(second_line.get_ydata())
    assert list(after[:-1]) == [
        0.0 if history[0].principles[p] is None else history[0].principles[p] for p in pids
    ]
    assert (after != before).any()
    assert second_line.get_label() == f"{history[0].period} · {history[0].date.isoformat()}"
    assert view.delta_table.horizontalHeaderItem(2).text() == history[0].period
    assert chart.chosen_marks[1].get_xdata()[0] == 0  # the chart shades the oldest now

    # The team's assessments button goes back to the home screen with the team selected.
    qtbot.mouseClick(view.assessments_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert window.stack.currentWidget() is window.home
    assert window.home.current_team() is not None
    assert window.home.current_team().id == team.id  # type: ignore[union-attr]


def test_export_writes_what_the_table_shows_and_reports_failure_in_danish(
    region_app: App, qtbot: QtBot, tmp_path: Path
) -> None:
    window = region_app.window
    view = _open_overview(qtbot, window)
    view.psychiatry_combo.setCurrentIndex(view.psychiatry_combo.findText("PC Amager"))
    view.table.sortByColumn(_col(view, "overall"), Qt.SortOrder.AscendingOrder)
    shown = list(view.model.rows)

    target = tmp_path / "oversigt.csv"
    with qtbot.waitSignal(view.exported, timeout=10_000):
        view.export(target, "csv")
    with target.open(encoding="utf-8-sig", newline="") as f:
        read = list(csv.reader(f, delimiter=";"))
    assert read[0][:3] == ["Team", "Kommune", "Psykiatri"]
    assert [line[0] for line in read[1:]] == [r.team for r in shown]
    assert view.status.text() == f"Oversigten er gemt i {target}"

    book = tmp_path / "oversigt.xlsx"
    with qtbot.waitSignal(view.exported, timeout=10_000):
        view.export(book, "xlsx")
    from openpyxl import load_workbook

    sheet = load_workbook(book).active
    assert sheet is not None
    overall_col = [c.value for c in sheet[1]].index("Samlet")
    first = next(sheet.iter_rows(min_row=2, max_row=2))
    assert first[0].value == shown[0].team
    assert isinstance(first[overall_col].value, float)  # a number, not text
    assert first[overall_col].value == shown[0].overall

    # A folder that does not exist: a Danish message, no crash dialog, nothing written.
    missing = tmp_path / "findes-ikke" / "oversigt.csv"
    view.export(missing, "csv")
    qtbot.waitUntil(lambda: view.status.message_box is not None, timeout=10_000)
    box = view.status.message_box
    assert isinstance(box, QMessageBox)
    assert box.text().startswith(f"Oversigten kunne ikke gemmes i {missing}: mappen findes ikke.")
    assert not missing.exists()
    box.button(QMessageBox.StandardButton.Ok).click()


def test_a_team_without_assessments_says_so(app: App, store: Store, qtbot: QtBot) -> None:
    window = app.window
    team = store.create_team("IPS Ny", "Gladsaxe")
    window.compare.show_team(team.id)
    view = window.compare.team_view
    qtbot.waitUntil(lambda: view.history is not None, timeout=10_000)
    settle(qtbot, window)
    assert view.empty.isVisible() and not view.splitter.isVisible()
    assert "ingen vurderinger" in view.empty.text()
    window.compare.show_overview()
    overview_view = window.compare.overview
    qtbot.waitUntil(lambda: overview_view.model.rowCount() == 1, timeout=10_000)
    last = overview_view.model.index(0, _col(overview_view, "last_review"))
    assert last.data() == "◷ ingen"  # ⚠ means overdue actions on this screen
    # With each team's latest review, the review date is the last-reviewed date: shown once.
    assert overview_view.table.isColumnHidden(_col(overview_view, "date"))


def test_mnemonics_on_each_new_screen_are_unique_and_clear_of_the_menu_bar(
    region_app: App, qtbot: QtBot
) -> None:
    """Alt+letter reaches every field; no two share a letter, none takes a menu's."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    window = region_app.window
    menus = {
        m.group(1).lower()
        for a in window.menuBar().actions()
        if (m := re.search(r"&(\w)", a.text()))
    }
    window.compare.show_team(window.home.team_model.rows[0].id)
    for screen in (window.compare.overview, window.compare.team_view):
        texts = [w.text() for w in screen.findChildren(QLabel) if w.buddy() is not None]
        texts += [b.text() for b in screen.findChildren(QAbstractButton)]
        keys = [m.group(1).lower() for x in texts if (m := re.search(r"&(\w)", x))]
        assert len(keys) == len(set(keys)), keys
        assert not set(keys) & menus, (keys, menus)
    settle(qtbot, window)


def test_write_failures_are_explained_in_danish() -> None:
    import errno

    from ipsfidelity.ui.compare.overview import os_reason

    assert os_reason(PermissionError(errno.EACCES, "Permission denied")) == (
        "du har ikke adgang til at skrive der"
    )
    assert os_reason(OSError(errno.ENOSPC, "No space left on device")) == "disken er fuld"
    assert os_reason(OSError(errno.EIO, "Input/output error")) == (
        "fejl fra systemet: Input/output error"
    )


def test_team_view_shows_the_outcome_share_beside_the_inklusion_reference(
    app: App, store: Store, qtbot: QtBot
) -> None:
    """Shares at their assessments' places (a gap where a review has no figures), the 59.5 %
    line, and the overview's follow-up column counting the team's overdue action."""
    import datetime as dt

    window = app.window
    team = store.create_team("IPS Udfald", "Gladsaxe")
    q1 = store.create_assessment(team.id, dt.date(2026, 2, 10))
    store.create_assessment(team.id, dt.date(2026, 5, 10))  # no figures
    q3 = store.create_assessment(team.id, dt.date(2026, 8, 10))
    store.set_outcomes(q1.id, 20, 8)
    store.set_outcomes(q3.id, 25, 16)
    store.add_action_item(q3.id, "Jobmesse", deadline=dt.date(2026, 9, 1))
    window.compare.show_team(team.id)
    view = window.compare.team_view
    qtbot.waitUntil(lambda: view.history is not None and not view.loading, timeout=10_000)
    settle(qtbot, window)
    chart = view.outcome_chart
    assert chart.isVisible()
    assert chart.share_line is not None and chart.reference_line is not None
    assert list(chart.share_line.get_xdata()) == [0, 2]  # q2 has no figures: no point
    assert list(chart.share_line.get_ydata()) == [40.0, 64.0]
    assert list(chart.reference_line.get_ydata()) == [59.5, 59.5]
    labels = [x.get_text() for x in chart.axes.get_legend().get_texts()]
    assert labels == ["Projekt Inklusion: 59,5 %", "I job eller uddannelse"]
    notes = [x.get_text() for x in chart.axes.texts]
    assert notes == ["40,0 % (8/20)", "64,0 % (16/25)"]
    assert [x.get_text() for x in chart.axes.get_xticklabels()] == [q1.period, q3.period]
    # Lined up with the scores above: same left and right edges.
    above, below = view.chart.axes.get_position(), chart.axes.get_position()
    assert (above.x0, above.x1) == pytest.approx((below.x0, below.x1), abs=1e-3)

    store.clear_outcomes(q1.id)
    store.clear_outcomes(q3.id)
    view.show_team(team.id)
    qtbot.waitUntil(lambda: not view.loading, timeout=10_000)
    assert not chart.isVisible()  # no figures: no empty plot

    window.compare.show_overview()
    overview_view = window.compare.overview
    qtbot.waitUntil(lambda: overview_view.model.rowCount() == 1, timeout=10_000)
    cell = overview_view.model.index(0, _col(overview_view, "follow_up"))
    assert cell.data() == "1 åben · ⚠ 1 overskredet"
