"""Every date field takes a whole date typed key by key, in each documented form, and the
value that reaches the store is the one typed (issue: 2027-02-15 became 2027-12-02)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from ipsfidelity.periods import period_for
from ipsfidelity.store import Store, open_store
from ipsfidelity.typed_dates import parse_typed_date
from ipsfidelity.ui.app import App
from ipsfidelity.ui.common.date_field import DateField
from ipsfidelity.ui.consensus.dialogs import FinishDialog
from ipsfidelity.ui.followup.plan_model import DEADLINE, TEXT
from ipsfidelity.ui.home.assessment_dialog import NewAssessmentDialog
from tests.ui.conftest import activate, focused, settle
from tests.ui.test_followup_screens import open_agreement, show_plan

# A day that reads differently when day and month swap, a month back from today.
DAY = dt.date.today() - dt.timedelta(days=30)
DAY = DAY.replace(day=15) if DAY.month != 12 else DAY.replace(month=11, day=15)


def forms(day: dt.date) -> list[str]:
    return [
        day.isoformat(),
        day.strftime("%d-%m-%Y"),
        day.strftime("%d.%m.%Y"),
    ]


def test_the_parser_reads_the_documented_forms_and_nothing_half_typed() -> None:
    for text in [*forms(dt.date(2027, 2, 15)), "15-2-2027", " 15.2.2027 "]:
        assert parse_typed_date(text) == dt.date(2027, 2, 15), text
    for text in [
        "2027-02",
        "2027-02-1x",
        "15.02.27",
        "2027-13-01",
        "31.04.2027",
        "",
        "2027215",
        "15/02/2027",
        "15.02-2027",
    ]:
        assert parse_typed_date(text) is None, text


def type_keys(qtbot: QtBot, widget: QLineEdit, text: str) -> None:
    """Into the field as a user does: select what is there, then one key at a time."""
    widget.setFocus()
    widget.selectAll()
    for char in text:
        qtbot.keyClicks(widget, char)


@pytest.mark.parametrize("typed", forms(DAY))
def test_a_new_assessment_gets_the_date_typed_key_by_key(
    typed: str, store: Store, app: App, qtbot: QtBot, db_path: Path
) -> None:
    window = app.window
    team = store.create_team("IPS Ballerup", "Ballerup", "Psykiatrisk Center Ballerup")
    window.refresh_teams(team.id)
    settle(qtbot, window)
    qtbot.mouseClick(window.home.new_assessment_button, Qt.MouseButton.LeftButton)
    dialog = window.active_dialog
    assert isinstance(dialog, NewAssessmentDialog)
    activate(qtbot, dialog)
    type_keys(qtbot, dialog.date_edit, typed)
    assert dialog.date() == DAY
    # Tab leaves the date as it is and goes on: the period is not typed over.
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Tab)
    assert focused() is dialog.period_edit
    assert dialog.period_edit.text() == period_for(DAY)
    assert dialog.date_edit.text() == DAY.isoformat()  # shown in the one form afterwards
    qtbot.keyClicks(dialog.reviewers_edit, "Mette Sørensen")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    settle(qtbot, window)
    check = open_store(str(db_path))
    try:
        [stored] = check.list_assessments(team.id)
        assert (stored.date, stored.period) == (DAY, period_for(DAY))
    finally:
        check.close()


def test_a_half_typed_date_is_refused_beside_the_field_not_guessed(qtbot: QtBot) -> None:
    dialog = NewAssessmentDialog("IPS Ballerup")
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    type_keys(qtbot, dialog.date_edit, "2027-02")
    assert not dialog.start_button.isEnabled()
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Tab)
    assert dialog.date_message.isVisible()
    assert dialog.date_message.text().startswith("Skriv datoen som 2027-02-15, 15-02-2027")
    assert dialog.date_edit.text() == "2027-02"  # what was typed stays to be corrected


def test_agreement_dates_are_typed_key_by_key(
    store: Store, app: App, qtbot: QtBot, db_path: Path
) -> None:
    window = app.window
    team = store.create_team("IPS Glostrup", "Glostrup", "Psykiatrisk Center Glostrup")
    window.refresh_teams(team.id)
    settle(qtbot, window)
    dialog = open_agreement(qtbot, window)
    activate(qtbot, dialog)
    first, _second, third = forms(DAY)
    # The new version's date.
    type_keys(qtbot, dialog.new_date, third)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.current is not None)
    assert dialog.current is not None and dialog.current.start_date == DAY
    # Its start date moved a day, typed in the other form and left with Tab.
    start = dialog.fields["start_date"]
    assert isinstance(start, DateField)
    later = DAY + dt.timedelta(days=1)
    type_keys(qtbot, start, later.strftime("%d-%m-%Y"))
    qtbot.keyClick(start, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: dialog.current is not None and dialog.current.start_date == later)
    # A signatory's date in the table, typed as 2027-02-15.
    dialog.sign_box.add_signatory()
    editor = focused()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "Anne Holm")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    table = dialog.sign_box.table
    table.setCurrentCell(0, 3)
    table.setFocus()
    for char in first:  # typing on the cell opens its editor with the first key
        qtbot.keyClicks(focused(), char)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    settle(qtbot, window)
    qtbot.waitUntil(
        lambda: (
            dialog.current is not None
            and [s.signed_on for s in dialog.current.signatories] == [DAY]
        )
    )
    dialog.reject()
    settle(qtbot, window)
    check = open_store(str(db_path))
    try:
        [agreement] = check.agreements(team.id)
        assert agreement.start_date == later
        assert [(s.name, s.signed_on) for s in agreement.signatories] == [("Anne Holm", DAY)]
    finally:
        check.close()


@pytest.mark.parametrize("typed", forms(DAY + dt.timedelta(days=200)))
def test_a_deadline_is_typed_into_frist_after_tab(
    typed: str, store: Store, app: App, qtbot: QtBot, db_path: Path
) -> None:
    window = app.window
    team = store.create_team("IPS Hvidovre", "Hvidovre", "Psykiatrisk Center Hvidovre")
    info = store.create_assessment(team.id, DAY, reviewers=["Mette Sørensen"])
    store.add_action_item(info.id, "Aftale om måltal", deadline=DAY + dt.timedelta(days=42))
    view = show_plan(qtbot, window, team.id, info.id)
    activate(qtbot, window)
    table, model = view.table, view.model
    table.setFocus()
    table.setCurrentIndex(model.index(0, model.column_of(TEXT)))
    while table.currentIndex().column() != model.column_of(DEADLINE):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    for char in typed:  # the first key opens the editor, the rest type into it
        qtbot.keyClicks(focused(), char)
    assert isinstance(focused(), DateField)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    wanted = DAY + dt.timedelta(days=200)
    qtbot.waitUntil(lambda: model.items[0].deadline == wanted)
    settle(qtbot, window)
    assert not view.message.isVisible()
    check = open_store(str(db_path))
    try:
        assert [i.deadline for i in check.action_items(team.id)] == [wanted]
    finally:
        check.close()


def test_the_finish_dialog_takes_a_typed_signing_date(qtbot: QtBot) -> None:
    dialog = FinishDialog(["Mette Sørensen"], caseload_missing=False)
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    name, box, date = dialog.confirms[0]
    box.setChecked(True)
    type_keys(qtbot, date, DAY.strftime("%d.%m.%Y"))
    assert dialog.signoffs() == ((name, DAY),)
    type_keys(qtbot, date, "15.02")
    dialog._accept()
    assert dialog.message.isVisible() and QApplication.focusWidget() is date
    assert dialog.result() == 0
