"""Every free text typed about a team or its people warns about CPR numbers as it is typed,
as the rating note does (tests/ui/test_personal_data_ui.py): the cooperation agreement's
texts. A warning only: the text is saved as typed, checked through `Store`."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from ipsfidelity.store import Store, open_store
from ipsfidelity.ui.agreement_dialog import AgreementDialog
from ipsfidelity.ui.app import App
from ipsfidelity.ui.element_page import NoteEdit
from ipsfidelity.ui.review_view import ReviewView
from tests.ui.conftest import settle

CPR = "010190-1234"
# Not CPR numbers: a phone number, ten digits that are no date, a date without the 4 digits.
HARMLESS = ("Ring på +45 12345678", "Sagsnr. 1234567890", "Møde 01-01-90 kl. 10")


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
