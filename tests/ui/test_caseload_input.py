"""Bad caseload values typed by keyboard are refused where typed; nothing is written."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot

from ipsfidelity.ui.app import App
from ipsfidelity.ui.review.caseload_delegate import CellEditor
from ipsfidelity.ui.review.caseload_model import FTE, IPS, OTHER, STATUS
from ipsfidelity.ui.review.session import CASELOAD_KEY
from ipsfidelity.ui.review.view import ReviewView
from tests.ui.conftest import focused, settle
from tests.ui.test_walkthrough import saved

BAD_FTE = "Årsværk skal være mindst 0,01 og højst 1, fx 0,8"
BAD_CASES = "Antal sager skal være et helt tal fra 0"


def _one_consultant(app: App, review: ReviewView, qtbot: QtBot) -> None:
    review.go_to(CASELOAD_KEY)
    qtbot.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(focused(), "Nanna Friis")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: review.caseload_model.rows[0].consultant == "Nanna Friis")
    settle(qtbot, app.window)


def _type_into(review: ReviewView, qtbot: QtBot, column: int, text: str) -> None:
    """Select the cell and type, as a reviewer does: the first key opens the editor."""
    table = review.caseload_page.table
    table.setFocus()
    table.setCurrentIndex(review.caseload_model.index(0, column))
    for ch in text:
        qtbot.keyClicks(focused(), ch)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)


def _stored(db_path: Path, seeded: str) -> tuple[float, int, int]:
    row = saved(db_path, seeded).caseload[0]
    return row.fte, row.ips_cases, row.other_cases


def test_bad_values_stay_in_the_editor_with_a_message_and_are_not_saved(
    app: App, review: ReviewView, qtbot: QtBot, db_path: Path, seeded: str
) -> None:
    _one_consultant(app, review, qtbot)
    page, table = review.caseload_page, review.caseload_page.table
    for column, text, why in [
        (FTE, "-1", BAD_FTE),
        (FTE, "0", BAD_FTE),
        (IPS, "abc", BAD_CASES),
    ]:
        _type_into(review, qtbot, column, text)
        qtbot.wait(50)  # an accepted Enter would commit on this turn of the event loop
        editor = focused()
        assert isinstance(editor, CellEditor) and editor.text() == text
        assert table.state() == QAbstractItemView.State.EditingState
        assert page.message.isVisible() and page.message.text() == why
        settle(qtbot, app.window)
        assert _stored(db_path, seeded) == (1.0, 0, 0)
        qtbot.keyClick(editor, Qt.Key.Key_Escape)
        assert review.caseload_model.index(0, column).data() == ("1" if column == FTE else "0")


def test_a_bad_value_left_by_moving_away_stays_marked_and_unsaved(
    app: App, review: ReviewView, qtbot: QtBot, db_path: Path, seeded: str
) -> None:
    _one_consultant(app, review, qtbot)
    page, model = review.caseload_page, review.caseload_model
    table = page.table
    table.setCurrentIndex(model.index(0, FTE))
    qtbot.keyClicks(focused(), "0")
    assert isinstance(focused(), CellEditor)
    page.add_button.setFocus()  # a click elsewhere
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)
    assert model.index(0, FTE).data() == "0"  # what was typed, not the old 1
    assert model.index(0, FTE).data(Qt.ItemDataRole.ToolTipRole) == BAD_FTE
    assert model.index(0, STATUS).data() == "Ikke gemt – ret det markerede felt"
    assert page.message.text() == BAD_FTE
    settle(qtbot, app.window)
    assert _stored(db_path, seeded) == (1.0, 0, 0)
    _type_into(review, qtbot, FTE, "0,5")  # corrected: saved, mark and message gone
    qtbot.waitUntil(lambda: model.rows[0].fte == 0.5)
    settle(qtbot, app.window)
    assert _stored(db_path, seeded) == (0.5, 0, 0)
    assert not model.pending and not page.message.isVisible()


def test_an_implausible_number_of_cases_needs_a_second_enter(
    app: App, review: ReviewView, qtbot: QtBot, db_path: Path, seeded: str
) -> None:
    _one_consultant(app, review, qtbot)
    page, table = review.caseload_page, review.caseload_page.table
    _type_into(review, qtbot, OTHER, "9999")
    qtbot.wait(50)
    assert table.state() == QAbstractItemView.State.EditingState
    assert page.message.text().startswith("9999 sager for én konsulent er usædvanligt mange")
    settle(qtbot, app.window)
    assert _stored(db_path, seeded) == (1.0, 0, 0)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # "yes, really"
    qtbot.waitUntil(lambda: review.caseload_model.rows[0].other_cases == 9999)
    settle(qtbot, app.window)
    assert _stored(db_path, seeded) == (1.0, 0, 9999)
    _type_into(review, qtbot, IPS, "12")  # the row was confirmed unusual: not asked again
    qtbot.waitUntil(lambda: review.caseload_model.rows[0].ips_cases == 12)
