"""Issue 6's scenario through the app: a finished review ends in an action plan, and the
next quarter's review picks up its open items; checked in the database through `Store`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from ipsfidelity.store import open_store
from ipsfidelity.ui.app import App
from ipsfidelity.ui.followup.dialog import FollowupDialog
from ipsfidelity.ui.followup.plan_model import DEADLINE, OWNER, PARTY, STATUS
from ipsfidelity.ui.followup.plan_view import ActionPlanView
from ipsfidelity.ui.home.assessment_dialog import NewAssessmentDialog
from ipsfidelity.ui.review.session import CASELOAD_KEY
from ipsfidelity.ui.review.view import ReviewView
from tests.ui.conftest import activate, focused, settle

UNMET = ("P3.1", "P6.1")


def type_text(qtbot: QtBot, text: str) -> None:
    for ch in text:
        qtbot.keyClicks(focused(), ch)


def edit_cell(qtbot: QtBot, view: ActionPlanView, row: int, kind: int, text: str) -> None:
    """Move to a cell and type over it, as a user does: typing opens the editor."""
    table = view.table
    table.setFocus()
    table.setCurrentIndex(view.model.index(row, view.model.column_of(kind)))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = focused()
    editor.selectAll()  # type: ignore[attr-defined]
    type_text(qtbot, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_unmet_elements_end_in_a_plan_that_the_next_review_follows_up(
    review: ReviewView, app: App, qtbot: QtBot, db_path: Path
) -> None:
    window = app.window
    pack = window.session.pack
    first_id = window.session.assessment_id

    # Every element by one key; two are not met (3).
    for element_id in pack.element_ids:
        assert review.key == element_id
        qtbot.keyClick(focused(), Qt.Key.Key_3 if element_id in UNMET else Qt.Key.Key_1)
    assert review.key == CASELOAD_KEY
    assert window.plan is not None and window.plan.items == []  # not finished yet

    # The caseload finishes the review: the plan is prefilled by itself.
    qtbot.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "Birgitte Holm")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    type_text(qtbot, "1")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    type_text(qtbot, "18")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: len(window.plan.items) == 2, timeout=10_000)
    settle(qtbot, window)

    # The action plan: accept the suggestions, set owners and deadlines by keyboard.
    qtbot.keyClick(focused(), Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    view = window.followup.plan_view
    assert window.stack.currentWidget() is view
    model = view.model
    assert [i.elements for i in model.items] == [("P3.1",), ("P6.1",)]
    assert model.index(0, model.column_of(PARTY)).data() == "Fælles"  # P3: both sides
    assert model.index(1, model.column_of(PARTY)).data() == "Kommune"
    assert "Ikke opfyldt" in model.items[0].text
    edit_cell(qtbot, view, 0, OWNER, "Lise Holm")
    edit_cell(qtbot, view, 0, DEADLINE, "2027-01-15")
    edit_cell(qtbot, view, 1, OWNER, "Jens Berg")
    qtbot.waitUntil(lambda: model.items[1].owner == "Jens Berg")
    assert model.items[0].owner == "Lise Holm"
    assert model.items[0].deadline == dt.date(2027, 1, 15)
    assert model.items[1].deadline == dt.date(2026, 12, 15)  # review date + 6 weeks
    settle(qtbot, window)

    # Undo puts the last edit back; redo does it again.
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: model.items[1].owner == "")
    window.redo_action.trigger()
    qtbot.waitUntil(lambda: model.items[1].owner == "Jens Berg")
    settle(qtbot, window)

    # Next quarter: a new assessment of the same team carries the open items over.
    window.show_home()
    settle(qtbot, window)
    qtbot.mouseClick(window.home.new_assessment_button, Qt.MouseButton.LeftButton)
    dialog = window.active_dialog
    assert isinstance(dialog, NewAssessmentDialog)
    dialog.date_edit.setDate(dt.date(2027, 2, 3))
    assert dialog.period_edit.text() == "2027-Q1"
    qtbot.keyClicks(dialog.reviewers_edit, "Mette Sørensen")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.session is not None and window.session.assessment_id != first_id,
        timeout=10_000,
    )
    qtbot.waitUntil(lambda: window.plan is not None and len(window.plan.items) == 2)
    settle(qtbot, window)
    activate(qtbot, window)
    second_id = window.session.assessment_id
    assert window.statusBar().currentMessage() == (
        "2 åbne handlinger videreført fra forrige vurdering"
    )
    review2 = window.review
    assert review2 is not None

    # Beside the element in the walk-through, with the agreement line on P3.1.
    review2.go_to("P3.1")
    panel = review2.followup
    assert panel.isVisible()
    assert "Ingen samarbejdsaftale" in panel.indicator_text()
    carried = window.plan.items[0]
    assert carried.origin_item_id is not None
    assert list(panel.status_boxes) == [carried.id]
    assert "Lise Holm" in panel.items_grid.itemAt(0).widget().text()  # type: ignore[union-attr]
    assert "fra 2026-Q4" in panel.items_grid.itemAt(0).widget().text()  # type: ignore[union-attr]
    review2.go_to("P1.1")
    assert not panel.isVisible()  # nothing to follow up there

    # Closed in the walk-through: status Afsluttet.
    review2.go_to("P3.1")
    panel.status_boxes[carried.id].setCurrentIndex(2)
    qtbot.waitUntil(lambda: window.plan.items[0].status == "afsluttet")
    settle(qtbot, window)

    # The follow-up list of the team now holds the one promise still open.
    window.show_home()
    settle(qtbot, window)
    window.followup.open_followup()
    follow = window.active_dialog
    assert isinstance(follow, FollowupDialog)
    qtbot.waitUntil(lambda: follow.loaded)
    assert [i.elements for i in follow.model.items] == [("P6.1",)]
    assert follow.model.items[0].assessment_id == second_id
    assert follow.model.index(0, 0).data() == "2027-Q1 (2027-02-03)"
    # Its status is updated there by keyboard: F2 opens the list, ↓ picks I gang, Enter saves.
    follow.table.setFocus()
    follow.table.setCurrentIndex(follow.model.index(0, follow.model.column_of(STATUS)))
    qtbot.keyClick(follow.table, Qt.Key.Key_F2)
    editor = focused()
    assert isinstance(editor, QComboBox) and editor.currentText() == "Åben"
    qtbot.keyClick(editor, Qt.Key.Key_Down)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: follow.model.items[0].status == "i_gang")
    follow.reject()
    settle(qtbot, window)
    window.close()

    store = open_store(str(db_path))
    try:
        old = store.action_plan(first_id)
        new = store.action_plan(second_id)
        assert [(i.elements, i.owner, i.status) for i in old] == [
            (("P3.1",), "Lise Holm", "aaben"),
            (("P6.1",), "Jens Berg", "aaben"),
        ]
        assert [i.continued_by for i in old] == [new[0].id, new[1].id]
        assert [(i.elements, i.owner, i.deadline, i.status) for i in new] == [
            (("P3.1",), "Lise Holm", dt.date(2027, 1, 15), "afsluttet"),
            (("P6.1",), "Jens Berg", dt.date(2026, 12, 15), "i_gang"),
        ]
        assert [i.origin_item_id for i in new] == [old[0].id, old[1].id]
        still_open = store.action_items(new[0].team_id, open_only=True)
        assert [i.id for i in still_open] == [new[1].id]
        by_element = store.action_plan_by_element(second_id)
        assert [i.id for i in by_element["P3.1"]] == [new[0].id]
    finally:
        store.close()
