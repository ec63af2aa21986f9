"""Every free text typed about a team or its people warns about CPR numbers as it is typed,
as the rating note does (tests/ui/test_personal_data_ui.py): the action plan's items and
follow-up notes (in the plan and in the team's follow-up list) and the cooperation
agreement's texts. A warning only: the text is saved as typed, checked through `Store`."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QTableView
from pytestqt.qtbot import QtBot

from ipsfidelity.store import Store, open_store
from ipsfidelity.ui.app import App
from ipsfidelity.ui.common.widgets import NoteEdit
from ipsfidelity.ui.followup.agreement import AgreementDialog
from ipsfidelity.ui.followup.dialog import FollowupDialog
from ipsfidelity.ui.followup.plan_model import FOLLOW_UP, OWNER, TEXT, ActionPlanModel
from ipsfidelity.ui.review.view import ReviewView
from tests.ui.conftest import focused, settle

CPR = "010190-1234"
# Not CPR numbers: a phone number, ten digits that are no date, a date without the 4 digits.
HARMLESS = ("Ring på +45 12345678", "Sagsnr. 1234567890", "Møde 01-01-90 kl. 10")


def visible_warnings(table: QTableView) -> list[QLabel]:
    """The warnings floating over the table's window (a table cell has no room for one)."""
    labels = table.window().findChildren(QLabel, "cpr_warning")
    return [w for w in labels if w.isVisible()]


def edit_cell(qtbot: QtBot, table: QTableView, row: int, column: int) -> QLineEdit:
    """F2 on the cell, as a user opens it, then its text selected, so typing replaces it."""
    table.setFocus()
    table.setCurrentIndex(table.model().index(row, column))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = focused()
    assert isinstance(editor, QLineEdit)
    # F2 puts the cursor at the end (a queued step); select after it, as a user would.
    qtbot.waitUntil(lambda: not editor.hasSelectedText())
    editor.selectAll()
    return editor


def assert_beside(editor: QLineEdit, warning: QLabel) -> None:
    """Just under the cell (or above it), over what lies there, all of it in the window."""
    window = editor.window()
    cell = QRect(editor.mapTo(window, QPoint(0, 0)), editor.size())
    geometry = QRect(warning.mapTo(window, QPoint(0, 0)), warning.size())
    assert geometry.top() > cell.bottom() or geometry.bottom() < cell.top()
    assert window.rect().contains(geometry)
    assert geometry.height() >= warning.heightForWidth(geometry.width())  # nothing clipped


def check_cell_warns(qtbot: QtBot, table: QTableView, row: int, column: int) -> None:
    """Type a CPR number into the cell: a warning under it while typing, gone when cleared,
    the cell marked once the text is saved."""
    model = table.model()
    index = model.index(row, column)
    editor = edit_cell(qtbot, table, row, column)
    qtbot.keyClicks(editor, "Ring til borger ")
    assert visible_warnings(table) == []
    qtbot.keyClicks(editor, CPR)
    (warning,) = visible_warnings(table)
    assert CPR in warning.text() and "CPR-nummer" in warning.text()
    assert "background" in editor.styleSheet()  # the field itself is marked too
    assert editor.hasFocus()  # typing goes on undisturbed
    assert_beside(editor, warning)
    for _ in range(4):
        qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    assert visible_warnings(table) == [] and "background" not in editor.styleSheet()
    qtbot.keyClicks(editor, "1234")
    assert len(visible_warnings(table)) == 1
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # saved as typed: a warning, not a refusal
    qtbot.waitUntil(lambda: index.data() == f"Ring til borger {CPR}")  # the close is queued
    assert visible_warnings(table) == []  # the warning went with the editor
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None
    assert CPR in index.data(Qt.ItemDataRole.ToolTipRole)
    assert "CPR-nummer" in index.data(Qt.ItemDataRole.ToolTipRole)
    # Opened again, the editor warns at once.
    table.setCurrentIndex(index)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = focused()
    assert isinstance(editor, QLineEdit)
    (warning,) = visible_warnings(table)
    assert_beside(editor, warning)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: visible_warnings(table) == [])


def check_cell_is_quiet(qtbot: QtBot, table: QTableView, row: int, column: int) -> None:
    index = table.model().index(row, column)
    for text in HARMLESS:
        editor = edit_cell(qtbot, table, row, column)
        qtbot.keyClicks(editor, text)
        assert visible_warnings(table) == [], text
        assert "background" not in editor.styleSheet()
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda t=text: index.data() == t)
        assert index.data(Qt.ItemDataRole.DecorationRole) is None
        assert "CPR" not in (index.data(Qt.ItemDataRole.ToolTipRole) or "")


def stored_item(db_path: Path, assessment_id: str) -> tuple[str, str]:
    """The one item's text and follow-up note as the database holds them."""
    check = open_store(str(db_path))
    try:
        (item,) = check.action_plan(assessment_id)
        return item.text, item.follow_up
    finally:
        check.close()


@pytest.fixture
def plan_review(store: Store, seeded: str) -> str:
    """The seeded assessment with one action-plan item, written before the app opens."""
    store.add_action_item(seeded, "Aftal faste møder")
    return seeded


@pytest.mark.parametrize("kind", [TEXT, FOLLOW_UP], ids=["text", "follow_up"])
def test_a_plan_cell_warns_as_a_cpr_number_is_typed(
    plan_review: str, review: ReviewView, app: App, qtbot: QtBot, db_path: Path, kind: int
) -> None:
    window = app.window
    qtbot.waitUntil(lambda: window.plan is not None and len(window.plan.items) == 1)
    window.show_action_plan()
    view = window.followup.plan_view
    qtbot.waitUntil(lambda: view.table.isVisible() and view.model.rowCount() == 1)
    column = view.model.column_of(kind)

    check_cell_warns(qtbot, view.table, 0, column)
    settle(qtbot, window)
    text, follow_up = stored_item(db_path, plan_review)
    assert (text if kind == TEXT else follow_up) == f"Ring til borger {CPR}"

    check_cell_is_quiet(qtbot, view.table, 0, column)
    settle(qtbot, window)
    text, follow_up = stored_item(db_path, plan_review)
    assert (text if kind == TEXT else follow_up) == HARMLESS[-1]


def test_a_new_action_warns_as_its_text_is_typed(
    review: ReviewView, app: App, qtbot: QtBot, db_path: Path
) -> None:
    window = app.window
    window.show_action_plan()
    view = window.followup.plan_view
    view.add_item()  # the new row's text opens for typing at once
    qtbot.waitUntil(lambda: isinstance(focused(), QLineEdit))
    editor = focused()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, f"Borger {CPR} vil i praktik")
    (warning,) = visible_warnings(view.table)
    assert CPR in warning.text()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.plan.items[0].text.startswith("Borger"))  # type: ignore[union-attr]
    settle(qtbot, window)
    text, _ = stored_item(db_path, review.session.assessment_id)  # type: ignore[union-attr]
    assert text == f"Borger {CPR} vil i praktik"


def test_names_in_the_plan_are_not_checked(
    plan_review: str, review: ReviewView, app: App, qtbot: QtBot
) -> None:
    """The owner is a name (tovholder), not a note: typing digits there raises nothing."""
    window = app.window
    qtbot.waitUntil(lambda: window.plan is not None and len(window.plan.items) == 1)
    window.show_action_plan()
    view = window.followup.plan_view
    index = view.model.index(0, view.model.column_of(OWNER))
    assert index.data(Qt.ItemDataRole.DecorationRole) is None
    editor = edit_cell(qtbot, view.table, 0, view.model.column_of(OWNER))
    qtbot.keyClicks(editor, CPR)
    assert visible_warnings(view.table) == []
    qtbot.keyClick(editor, Qt.Key.Key_Escape)


def test_the_follow_up_list_warns_on_its_notes(
    plan_review: str, app: App, qtbot: QtBot, db_path: Path
) -> None:
    window = app.window
    window.refresh_teams()
    settle(qtbot, window)
    window.followup.open_followup()
    dialog = window.active_dialog
    assert isinstance(dialog, FollowupDialog)
    qtbot.waitUntil(lambda: dialog.loaded and dialog.model.rowCount() == 1)
    column = dialog.model.column_of(FOLLOW_UP)

    check_cell_warns(qtbot, dialog.table, 0, column)
    settle(qtbot, window)
    assert stored_item(db_path, plan_review)[1] == f"Ring til borger {CPR}"
    check_cell_is_quiet(qtbot, dialog.table, 0, column)
    settle(qtbot, window)
    assert stored_item(db_path, plan_review)[1] == HARMLESS[-1]

    # In a short list the warning still shows in full: over the buttons, or above the cell.
    for height in (260, 215):
        dialog.resize(1250, height)
        editor = edit_cell(qtbot, dialog.table, 0, column)
        qtbot.keyClicks(editor, CPR)
        (warning,) = visible_warnings(dialog.table)
        assert_beside(editor, warning)
        qtbot.keyClick(editor, Qt.Key.Key_Escape)
    dialog.reject()


def test_a_stored_cpr_number_marks_the_cell(store: Store, seeded: str, qtbot: QtBot) -> None:
    store.add_action_item(seeded, f"Borger {CPR}", follow_up="Ringet +45 12345678")
    model = ActionPlanModel()
    model.set_items(store.action_plan(seeded))
    text = model.index(0, model.column_of(TEXT))
    note = model.index(0, model.column_of(FOLLOW_UP))
    assert text.data(Qt.ItemDataRole.DecorationRole) is not None
    assert text.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert text.data(Qt.ItemDataRole.ToolTipRole).startswith("Teksten ser ud til")
    assert note.data(Qt.ItemDataRole.DecorationRole) is None
    assert note.data(Qt.ItemDataRole.ToolTipRole) == "Ringet +45 12345678"


# -- the cooperation agreement ----------------------------------------------------------


def open_agreement(store: Store, app: App, qtbot: QtBot) -> AgreementDialog:
    import datetime as dt

    window = app.window
    team = store.create_team("IPS Glostrup", "Glostrup", "Psykiatrisk Center Glostrup")
    store.create_agreement(team.id, dt.date(2026, 3, 1))
    window.refresh_teams(team.id)
    settle(qtbot, window)
    qtbot.mouseClick(window.home.agreement_button, Qt.MouseButton.LeftButton)
    dialog = window.active_dialog
    assert isinstance(dialog, AgreementDialog)
    qtbot.waitUntil(lambda: dialog.loaded and dialog.current is not None)
    return dialog


def type_and_leave(qtbot: QtBot, widget: QLineEdit | NoteEdit, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)
    if isinstance(widget, QLineEdit):
        qtbot.keyClick(widget, Qt.Key.Key_Return)
    else:
        qtbot.keyClick(widget, Qt.Key.Key_Escape)  # leaving the field saves it


# A one-line field, a text that is its group's only field, a text beside others.
@pytest.mark.parametrize("key", ["target_other", "startup", "presence_conferences"])
def test_agreement_texts_warn_as_a_cpr_number_is_typed(
    store: Store, app: App, qtbot: QtBot, db_path: Path, key: str
) -> None:
    dialog = open_agreement(store, app, qtbot)
    widget = dialog.fields[key]
    assert isinstance(widget, QLineEdit | NoteEdit)
    guard = dialog.guards[key]
    assert guard.label.isHidden()

    for text in HARMLESS:
        type_and_leave(qtbot, widget, text)
        assert guard.label.isHidden(), text
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, f"Borger {CPR}")
    assert guard.label.isVisible()
    assert CPR in guard.label.text() and "CPR-nummer" in guard.label.text()
    if isinstance(widget, NoteEdit):
        (marked,) = widget.extraSelections()
        assert marked.cursor.selectedText() == CPR
    else:
        assert "background" in widget.styleSheet()
    assert widget.hasFocus() and app.window.active_dialog is dialog  # no popup
    for _ in range(4):
        qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    assert guard.label.isHidden()
    qtbot.keyClicks(widget, "1234")
    assert guard.label.isVisible()
    type_and_leave(qtbot, widget, f"Borger {CPR}")
    settle(qtbot, app.window)
    assert guard.label.isVisible()  # still there after saving: the text still holds it

    check = open_store(str(db_path))
    try:
        (saved,) = check.agreements(dialog.team.id)
        assert getattr(saved, key) == f"Borger {CPR}"
    finally:
        check.close()
    dialog.reject()


def test_an_agreement_opened_with_a_cpr_number_shows_the_warning(
    store: Store, app: App, qtbot: QtBot
) -> None:
    import datetime as dt

    team = store.create_team("IPS Glostrup", "Glostrup", "Psykiatrisk Center Glostrup")
    store.create_agreement(team.id, dt.date(2026, 3, 1), referral=f"Fx borger {CPR}")
    window = app.window
    window.refresh_teams(team.id)
    settle(qtbot, window)
    qtbot.mouseClick(window.home.agreement_button, Qt.MouseButton.LeftButton)
    dialog = window.active_dialog
    assert isinstance(dialog, AgreementDialog)
    qtbot.waitUntil(lambda: dialog.loaded and dialog.current is not None)
    assert dialog.guards["referral"].label.isVisible()
    assert dialog.guards["target_age"].label.isHidden()
    dialog.reject()


def test_the_agreement_checks_its_texts_but_not_figures_dates_or_signatories(
    store: Store, app: App, qtbot: QtBot
) -> None:
    dialog = open_agreement(store, app, qtbot)
    texts = {k for k, kind in dialog.kinds.items() if kind in ("line", "text")}
    assert set(dialog.guards) == texts
    assert "target_participants" not in dialog.guards and "start_date" not in dialog.guards
    dialog.reject()


# -- the rating note (its warning: tests/ui/test_personal_data_ui.py) -------------------


def test_the_rating_note_is_quiet_about_phone_numbers(review: ReviewView, qtbot: QtBot) -> None:
    page = review.element_page
    page.note_edit.setFocus()
    for text in HARMLESS:
        page.note_edit.selectAll()
        qtbot.keyClicks(page.note_edit, text)
        assert page.note_guard.label.isHidden(), text
        assert page.note_edit.extraSelections() == []


def test_typing_survives_the_answer_to_the_previous_save(
    plan_review: str, review: ReviewView, app: App, qtbot: QtBot, db_path: Path
) -> None:
    """A save's answer comes back from the worker while the next text is already being
    typed into the same row: the open editor keeps what is typed (it was overwritten)."""
    window = app.window
    qtbot.waitUntil(lambda: window.plan is not None and len(window.plan.items) == 1)
    window.show_action_plan()
    view = window.followup.plan_view
    qtbot.waitUntil(lambda: view.table.isVisible() and view.model.rowCount() == 1)
    column = view.model.column_of(TEXT)
    editor = edit_cell(qtbot, view.table, 0, column)
    qtbot.keyClicks(editor, "Første")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    settle(qtbot, window)
    editor = edit_cell(qtbot, view.table, 0, column)
    qtbot.keyClicks(editor, "Anden version")
    stored = window.plan.items[0]  # type: ignore[union-attr]
    view.model.replace_item(stored)  # what the worker's answer does to the row
    assert editor.text() == "Anden version"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    index = view.model.index(0, column)
    qtbot.waitUntil(lambda: index.data() == "Anden version")  # the close is queued
    settle(qtbot, window)
    text, _ = stored_item(db_path, plan_review)
    assert text == "Anden version"
