"""At 1280 px the overview shows every column; long names are cut and shown whole on hover."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ipsfidelity.store import Store
from ipsfidelity.ui.app import App
from tests.ui.conftest import settle

LONG = "Psykiatrisk Center Glostrup, Region Hovedstaden, afdeling for ambulant behandling"


def test_every_column_fits_at_1280_px(app: App, store: Store, qtbot: QtBot) -> None:
    window = app.window
    window.resize(1280, 800)
    team = store.create_team("IPS Albertslund", "Albertslund", LONG)
    store.create_assessment(team.id, dt.date(2026, 11, 3))
    window.compare.show_overview()
    view = window.compare.overview
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10_000)
    settle(qtbot, window)
    table = view.table
    last = view.model.columnCount() - 1
    right_edge = table.columnViewportPosition(last) + table.columnWidth(last)
    assert right_edge <= table.viewport().width()
    psychiatry = view.model.columns.index("psychiatry")
    assert table.columnWidth(psychiatry) <= 160
    cell = view.model.index(0, psychiatry)
    assert cell.data() == LONG and cell.data(Qt.ItemDataRole.ToolTipRole) == LONG
