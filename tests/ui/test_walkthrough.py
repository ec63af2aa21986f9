"""Walk-through behaviour: undo/redo reach the database, notes and evidence save, resuming."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ipsfidelity.store import open_store
from ipsfidelity.store.views import AssessmentData
from ipsfidelity.ui.app import App
from ipsfidelity.ui.review.session import CASELOAD_KEY, CaseloadRow
from ipsfidelity.ui.review.view import ReviewView
from tests.ui.conftest import focused, settle


def saved(db_path: Path, assessment_id: str) -> AssessmentData:
    """What another program reading the file sees right now."""
    store = open_store(str(db_path))
    try:
        return store.get_assessment(assessment_id)
    finally:
        store.close()


def test_keys_move_and_rate(review: ReviewView, qtbot: QtBot) -> None:
    assert review.key == "P1.1" and focused() is review.element_page
    qtbot.keyClick(focused(), Qt.Key.Key_PageDown)
    qtbot.keyClick(focused(), Qt.Key.Key_Right)
    assert review.key == "P2.1"
    qtbot.keyClick(focused(), Qt.Key.Key_Up)
    assert review.key == "P1.2"
    qtbot.keyClick(focused(), Qt.Key.Key_3)
    assert review.session.elements["P1.2"].rating == "not_met"
    assert review.key == "P2.1"
    qtbot.keyClick(focused(), Qt.Key.Key_PageUp)
    assert review.element_page.rating_buttons[2].isChecked()
    assert "Ikke opfyldt" in review.element_page.rating_buttons[2].text()
    # Ctrl+PageDown moves even from inside the caseload table.
    review.go_to("P8.2")
    qtbot.keyClick(focused(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert review.key == CASELOAD_KEY
    assert focused() is review.caseload_page.table
    qtbot.keyClick(focused(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert review.key == "P8.2"


def test_rating_keys_work_with_the_navigator_focused(
    app: App, review: ReviewView, qtbot: QtBot, db_path: Path, seeded: str
) -> None:
    review.navigator.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: focused() is review.navigator)
    qtbot.keyClick(review.navigator, Qt.Key.Key_2)  # P1.1 partial, on to P1.2
    assert review.key == "P1.2"
    qtbot.keyClick(focused(), Qt.Key.Key_1)
    settle(qtbot, app.window)
    assert saved(db_path, seeded).rating_values == {"P1.1": "partial", "P1.2": "met"}
    # On the caseload the digits rate nothing.
    review.go_to(CASELOAD_KEY)
    review.navigator.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(review.navigator, Qt.Key.Key_1)
    assert review.key == CASELOAD_KEY
    assert review.session.elements["P8.2"].rating == "not_rated"


def test_alt_letters_tick_evidence_and_rating_keys_still_work(
    app: App, review: ReviewView, qtbot: QtBot, db_path: Path, seeded: str
) -> None:
    page = review.element_page
    boxes = page.evidence_boxes
    assert [b.text() for b in boxes.values()] == [
        "&Interview",
        "&Journalgennemgang",
        "&Observation",
        "&Dokument",
        "D&ata",
    ]
    qtbot.keyClick(focused(), Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: boxes["record_review"].isChecked())
    qtbot.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: boxes["data"].isChecked())
    qtbot.keyClick(focused(), Qt.Key.Key_1)  # still rates P1.1 and moves on
    assert review.key == "P1.2"
    settle(qtbot, app.window)
    data = saved(db_path, seeded)
    assert data.rating_values["P1.1"] == "met"
    assert data.ratings["P1.1"].evidence == ("record_review", "data")


def test_undo_and_redo_of_a_rating_reach_the_database(
    app: App, review: ReviewView, qtbot: QtBot, db_path: Path, seeded: str
) -> None:
    window = app.window
    qtbot.keyClick(focused(), Qt.Key.Key_2)  # P1.1 partial, on to P1.2
    qtbot.keyClick(focused(), Qt.Key.Key_1)  # P1.2 met
    settle(qtbot, window)
    assert saved(db_path, seeded).rating_values == {"P1.1": "partial", "P1.2": "met"}

    qtbot.keyClick(focused(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert review.key == "P1.2"  # undo shows what it undid
    assert review.navigator_model.status("P1.2") == "not_rated"
    assert saved(db_path, seeded).rating_values == {"P1.1": "partial", "P1.2": "not_rated"}

    window.undo_action.trigger()
    settle(qtbot, window)
    assert saved(db_path, seeded).rating_values == {"P1.1": "not_rated", "P1.2": "not_rated"}
    assert not window.undo_stack.canUndo()

    qtbot.keyClick(
        focused(),
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    settle(qtbot, window)
    assert saved(db_path, seeded).rating_values == {"P1.1": "partial", "P1.2": "not_rated"}
    assert review.element_page.rating_buttons[1].isChecked() is (review.key == "P1.1")


def test_notes_and_evidence_save_and_undo(
    app: App, review: ReviewView, qtbot: QtBot, db_path: Path, seeded: str
) -> None:
    window = app.window
    page = review.element_page
    qtbot.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert focused() is page.note_edit
    qtbot.keyClicks(page.note_edit, "Bekræftet ved interview")
    qtbot.keyClick(page.note_edit, Qt.Key.Key_1)  # typed into the note, not a rating
    assert review.session.elements["P1.1"].rating == "not_rated"
    qtbot.keyClick(page.note_edit, Qt.Key.Key_Escape)  # leaves the note and saves it
    assert focused() is page
    page.evidence_boxes["interview"].click()
    page.evidence_boxes["data"].click()
    settle(qtbot, window)
    rating = saved(db_path, seeded).ratings["P1.1"]
    assert rating.note == "Bekræftet ved interview1"
    assert rating.evidence == ("interview", "data")

    window.undo_action.trigger()  # the second source
    window.undo_action.trigger()  # the first
    window.undo_action.trigger()  # the note
    settle(qtbot, window)
    rating = saved(db_path, seeded).ratings["P1.1"]
    assert (rating.note, rating.evidence) == ("", ())
    assert page.note_edit.toPlainText() == ""
    assert not page.evidence_boxes["interview"].isChecked()
    window.redo_action.trigger()
    settle(qtbot, window)
    assert page.note_edit.toPlainText() == "Bekræftet ved interview1"
    assert saved(db_path, seeded).ratings["P1.1"].note == "Bekræftet ved interview1"


def test_a_note_typed_then_left_by_moving_on_is_saved(
    app: App, review: ReviewView, qtbot: QtBot, db_path: Path, seeded: str
) -> None:
    page = review.element_page
    page.note_edit.setFocus()
    qtbot.keyClicks(page.note_edit, "Ses i journalen")
    qtbot.keyClick(page.note_edit, Qt.Key.Key_Tab)  # Tab leaves the note as in any form
    assert focused() is not page.note_edit
    review.step(1)
    settle(qtbot, app.window)
    assert saved(db_path, seeded).ratings["P1.1"].note == "Ses i journalen"


def test_caseload_edits_save_undo_and_refuse_bad_values(
    app: App, review: ReviewView, qtbot: QtBot, db_path: Path, seeded: str
) -> None:
    window = app.window
    review.go_to(CASELOAD_KEY)
    model = review.caseload_model
    review.caseload_page.add_consultant()
    qtbot.keyClicks(focused(), "Nanna Friis")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.rows[0].consultant == "Nanna Friis")
    assert model.setData(model.index(0, 2), "30")
    settle(qtbot, window)
    caseload = saved(db_path, seeded).caseload
    assert [(c.consultant, c.ips_cases) for c in caseload] == [("Nanna Friis", 30)]
    assert review.navigator_model.status(CASELOAD_KEY) == "over"
    assert "over grænsen" in review.caseload_page.team_status.text()

    assert not model.setData(model.index(0, 1), "1,2")
    message = review.caseload_page.message
    assert (
        message.isVisible() and message.text() == "Årsværk skal være mindst 0,01 og højst 1, fx 0,8"
    )
    assert not model.setData(model.index(0, 3), "-2")
    assert message.text() == "Antal sager skal være et helt tal fra 0"
    settle(qtbot, window)
    assert saved(db_path, seeded).caseload[0].fte == 1.0

    window.undo_action.trigger()  # back to 0 IPS cases
    settle(qtbot, window)
    assert saved(db_path, seeded).caseload[0].ips_cases == 0
    window.undo_action.trigger()  # the name
    window.undo_action.trigger()  # the empty row
    settle(qtbot, window)
    assert saved(db_path, seeded).caseload == ()
    assert model.rows == ()
    window.redo_action.trigger()
    window.redo_action.trigger()
    settle(qtbot, window)
    assert model.rows == (CaseloadRow("Nanna Friis", 1.0, 0, 0),)
    assert [c.consultant for c in saved(db_path, seeded).caseload] == ["Nanna Friis"]


def test_the_walk_through_resumes_where_it_was_left(
    app: App, review: ReviewView, qtbot: QtBot, seeded: str
) -> None:
    window = app.window
    for _ in range(4):
        qtbot.keyClick(focused(), Qt.Key.Key_1)
    assert review.key == "P3.1"  # P1.1, P1.2, P2.1, P2.2 rated
    qtbot.mouseClick(review.back_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.home
    settle(qtbot, window)
    assert window.home.assessment_model.index(0, 5).data() == "4/14 vurderet"
    window.open_assessment(seeded)
    qtbot.waitUntil(lambda: window.review is not None and window.review is not review)
    assert window.review.key == "P3.1"
