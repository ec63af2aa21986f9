"""The action plan's rows fit their text once the table has its width (no giant first row)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ipsfidelity.instrument import default_pack
from ipsfidelity.store import Store
from ipsfidelity.store.views import CaseloadInfo
from ipsfidelity.ui.app import App
from ipsfidelity.ui.followup.dialog import FollowupDialog
from ipsfidelity.ui.followup.plan_model import TEXT
from tests.ui.conftest import settle


def test_rows_of_a_new_plan_are_about_one_or_two_lines_high(
    store: Store, app: App, qtbot: QtBot
) -> None:
    window = app.window
    team = store.create_team("IPS Hillerød", "Hillerød")
    a = store.create_assessment(team.id, dt.date(2026, 9, 1))
    for element_id in default_pack().element_ids:
        store.set_rating(a.id, element_id, "not_met" if element_id == "P5.1" else "met")
    store.set_caseload(a.id, [CaseloadInfo("Karin Lund", 1.0, 30, 0)])
    window.refresh_teams(team.id)
    window.open_assessment(a.id)
    qtbot.waitUntil(lambda: window.plan is not None and window.plan.loaded)
    window.plan_action.trigger()  # Ctrl+6
    qtbot.waitUntil(lambda: window.plan is not None and len(window.plan.items) == 2)
    settle(qtbot, window)
    view = window.followup.plan_view
    table = view.table
    qtbot.wait(50)  # the fitter runs on the next turn of the event loop
    line = table.fontMetrics().height()
    text_width = table.columnWidth(view.model.column_of(TEXT))
    assert text_width > 200
    for row in range(view.model.rowCount()):
        assert table.rowHeight(row) == table.sizeHintForRow(row)  # fits at the final width
    assert table.rowHeight(0) < table.viewport().height() / 3

    # Typing a long text into a row grows that row, and only as far as its text needs.
    index = view.model.index(0, view.model.column_of(TEXT))
    view.model.setData(index, "Aftal faste møder med behandlerne. " * 6)
    qtbot.waitUntil(lambda: table.rowHeight(0) > 2 * line)
    assert table.rowHeight(0) <= 8 * line + 16


def test_a_carried_over_plan_opened_first_time_has_no_giant_row(
    store: Store, app: App, qtbot: QtBot
) -> None:
    """The plan's items are there before the page is first built and shown (Ctrl+6 on a
    freshly created review with carried-over items): rows were sized at a narrow width."""
    window = app.window
    team = store.create_team("IPS Albertslund", "Albertslund")
    first = store.create_assessment(team.id, dt.date(2026, 6, 1))
    for n in range(3):
        store.add_action_item(first.id, f"Handling {n}: " + "Aftal faste møder. " * 4)
    second = store.create_assessment(team.id, dt.date(2026, 11, 1))
    assert len(store.carry_over(second.id)) == 3
    window.refresh_teams(team.id)
    window.open_assessment(second.id)
    qtbot.waitUntil(lambda: window.plan is not None and len(window.plan.items) == 3)
    settle(qtbot, window)
    window.plan_action.trigger()
    table = window.followup.plan_view.table
    qtbot.waitUntil(lambda: table.isVisible())
    qtbot.wait(50)
    for row in range(3):
        assert table.rowHeight(row) == table.sizeHintForRow(row)
        assert table.rowHeight(row) < 4 * table.fontMetrics().height() + 16
    legend = window.followup.plan_view.table_box.legend
    assert legend.isVisible() and legend.text() == "↻ = videreført fra forrige handleplan"
    header = window.followup.plan_view.model.headerData
    assert [header(c, Qt.Orientation.Horizontal) for c in range(3, 5)] == ["Tovholder", "Frist"]

    window.show_home()
    qtbot.mouseClick(window.home.follow_up_button, Qt.MouseButton.LeftButton)
    dialog = window.active_dialog
    assert isinstance(dialog, FollowupDialog)
    qtbot.waitUntil(lambda: dialog.loaded)
    assert dialog.table_box.legend.isVisible()
    dialog.reject()
