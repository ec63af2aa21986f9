"""At 1280×720 the overview shows every column without a horizontal scroll bar, and the
psychiatry units stay readable: whole in their cell, in Danish and English, with a period
or a kind chosen, on a region's worth of teams (so with a vertical scroll bar too)."""

from __future__ import annotations

import datetime as dt
import importlib.util
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ipsfidelity.store import Store
from ipsfidelity.ui.app import App, start
from ipsfidelity.ui.compare.overview import OverviewView
from tests.ui.conftest import settle, wait_ready

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_queries.py"
LONG = "Psykiatrisk Center Glostrup, Region Hovedstaden, afdeling for ambulant behandling"
UNITS = (
    "Psykiatrisk Center Nordsjælland",
    "Psykiatrisk Center Frederiksberg",
    "Psykiatrisk Center Amager",
    "Psykiatrisk Center Ballerup",
)


def _fill(path: Path) -> None:
    """40 teams, two quarters each, the real units' names; every third team's latest
    review a self-assessment; one team with a very long unit name."""
    spec = importlib.util.spec_from_file_location("bench_queries", BENCH)
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    store: Store = bench.build_database(str(path), 40, 2)
    try:
        for i, team in enumerate(store.list_teams()):
            unit = LONG if i == 0 else UNITS[i % len(UNITS)]
            store.update_team(team.id, psychiatry=unit)
            if i % 3 == 0:
                store.set_kind(store.list_assessments(team.id)[0].id, "self")
    finally:
        store.close()


@pytest.fixture(params=["da", "en"])
def region_app(request: pytest.FixtureRequest, db_path: Path, qtbot: QtBot) -> Iterator[App]:
    _fill(db_path)
    started = start(str(db_path), lang=request.param)
    window = started.window
    window.resize(1280, 720)
    qtbot.waitExposed(window)
    wait_ready(qtbot, window)
    yield started
    window.close()


def _shown(qtbot: QtBot, view: OverviewView) -> None:
    qtbot.waitUntil(lambda: not view.loading and view.model.rowCount() > 0, timeout=10_000)
    settle(qtbot, view.window())  # type: ignore[arg-type]


def _assert_fits(view: OverviewView) -> None:
    table = view.table
    assert not table.horizontalScrollBar().isVisible()
    last = view.model.columnCount() - 1
    right_edge = table.columnViewportPosition(last) + table.columnWidth(last)
    assert right_edge <= table.viewport().width()
    column = view.model.columns.index("psychiatry")
    metrics = table.fontMetrics()
    for row in range(view.model.rowCount()):
        index = view.model.index(row, column)
        whole = index.data(Qt.ItemDataRole.ToolTipRole)
        if whole in UNITS:  # the usual names: whole in the cell, as "PC <place>"
            text = index.data()
            assert text == whole.replace("Psykiatrisk Center", "PC")
            assert metrics.horizontalAdvance(text) + 8 <= table.columnWidth(column), text


def test_every_column_fits_and_units_are_readable_at_1280_by_720(
    region_app: App, qtbot: QtBot
) -> None:
    window = region_app.window
    window.compare.show_overview()
    view = window.compare.overview
    _shown(qtbot, view)
    assert window.width() == 1280 and window.height() <= 720
    assert view.table.verticalScrollBar().isVisible()  # 40 teams: it takes room as well
    _assert_fits(view)
    # The very long name: cut in the middle in its cell, whole on hover.
    row = next(i for i, r in enumerate(view.model.rows) if r.psychiatry == LONG)
    cell = view.model.index(row, view.model.columns.index("psychiatry"))
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == LONG

    # A kind, then a period as well, then only the period: still no scroll bar.
    latest = view.model.rows[0].period
    for kind_index, period in ((2, None), (2, latest), (0, latest)):
        view.kind_combo.setCurrentIndex(kind_index)
        _shown(qtbot, view)
        if period is not None:
            view.period_combo.setCurrentIndex(view.period_combo.findData(period))
            _shown(qtbot, view)
        _assert_fits(view)
        columns = view.model.columns
        assert view.table.isColumnHidden(columns.index("kind")) is (kind_index != 0)
        assert view.table.isColumnHidden(columns.index("period")) is (period is not None)
        assert not view.table.isColumnHidden(columns.index("date"))


def test_a_sorted_column_says_its_direction_and_is_not_cut(
    app: App, store: Store, qtbot: QtBot
) -> None:
    team = store.create_team("IPS Albertslund", "Albertslund", LONG)
    store.create_assessment(team.id, dt.date(2026, 11, 3))
    window = app.window
    window.resize(1280, 720)
    window.compare.show_overview()
    view = window.compare.overview
    _shown(qtbot, view)
    header = view.table.horizontalHeader()
    assert not header.isSortIndicatorShown()  # its room in every header would cost ~20 px
    change = view.model.columns.index("change")
    view.table.sortByColumn(change, Qt.SortOrder.DescendingOrder)
    assert view.model.headerData(change, Qt.Orientation.Horizontal) == "Ændring ▼"
    assert view.table.columnWidth(change) >= header.sectionSizeHint(change)
    _assert_fits(view)
