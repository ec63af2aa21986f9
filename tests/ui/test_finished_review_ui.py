"""A finished (locked) review in the app: reopened from the keyboard (Ctrl+Enter) with the
reason stored without the blank lines around it; a refused edit's message fades and leaves
with its screen, as other passing status messages do."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ipsfidelity.i18n import tr
from ipsfidelity.instrument import default_pack
from ipsfidelity.store import Store
from ipsfidelity.store.views import CaseloadInfo
from ipsfidelity.ui.common import status
from ipsfidelity.ui.common.refusals import in_app
from ipsfidelity.ui.consensus.dialogs import ReopenDialog
from ipsfidelity.ui.main_window import MainWindow
from ipsfidelity.ui.review.view import ReviewView
from tests.lifecycle_help import finish_review
from tests.ui.conftest import activate, focused, settle

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def finished(store: Store, seeded: str) -> str:
    """The seeded review rated in full, with its caseload, and finished before the app opens."""
    for element in default_pack().element_ids:
        store.set_rating(seeded, element, "met")
    store.set_caseload(seeded, [CaseloadInfo("Kim Berg", 1.0, 15, 0)])
    finish_review(store, seeded)
    return seeded


def _reopen_dialog(qtbot: QtBot, window: MainWindow, review: ReviewView) -> ReopenDialog:
    review.lifecycle.reopen_button.click()
    qtbot.waitUntil(lambda: isinstance(window.active_dialog, ReopenDialog), timeout=10_000)
    dialog = window.active_dialog
    assert isinstance(dialog, ReopenDialog)
    return dialog


def test_ctrl_enter_reopens_and_the_reason_is_stored_stripped(
    finished: str, review: ReviewView, window: MainWindow, qtbot: QtBot, store: Store
) -> None:
    assert store.lifecycle(finished).state == "finished"
    dialog = _reopen_dialog(qtbot, window, review)
    hint = dialog.findChild(QLabel, "reopen_keys")
    assert hint is not None and "Ctrl+Enter" in hint.text() and hint.isVisibleTo(dialog)
    activate(qtbot, dialog)  # shortcuts work in the active window, as in use
    edit = dialog.reason_edit
    qtbot.keyClick(edit, Qt.Key.Key_Return, CTRL)  # nothing written yet: refused, still open
    assert window.active_dialog is dialog and dialog.message.text() == "Skriv en begrundelse"
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # Enter is a new line, as the hint says
    qtbot.keyClick(edit, Qt.Key.Key_Return, CTRL)  # blank lines are no reason either
    assert window.active_dialog is dialog and edit.toPlainText() == "\n"
    qtbot.keyClicks(edit, "Forkert dato for P1.1  ")
    qtbot.keyClick(edit, Qt.Key.Key_Enter, CTRL)  # the keypad's Enter too
    qtbot.waitUntil(lambda: store.lifecycle(finished).state != "finished", timeout=10_000)
    settle(qtbot, window)
    assert [r.reason for r in store.lifecycle(finished).reopenings] == ["Forkert dato for P1.1"]


def test_passing_messages_leave_with_their_screen_and_a_refusal_fades_but_is_logged(
    finished: str,
    review: ReviewView,
    window: MainWindow,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setattr(status, "FRESH_S", 0.3)  # what "came with the screen change" means
    bar = window.statusBar()
    bar.showMessage("Sikkerhedskopi lavet ved start", 60_000)
    qtbot.wait(400)  # older news than the refusal below, which would cut it off
    review.go_to("P1.1")
    review.focus_current()
    with caplog.at_level(logging.INFO):
        qtbot.keyClick(focused(), Qt.Key.Key_3)  # the review is finished: refused
        settle(qtbot, window)
    refusal = window.indicator.text()
    assert refusal.startswith("Ikke gemt") and "✔" not in refusal
    assert bar.currentMessage() == ""
    assert any(refusal.removeprefix("Ikke gemt: ") in r.getMessage() for r in caplog.records)
    assert window.indicator.REFUSED_MS >= 10_000  # long enough to read, then it fades
    bar.showMessage("Caseload fra Bo er nu vurderingens caseload", 60_000)
    qtbot.wait(400)  # the user reads, then moves on

    window.show_results()
    qtbot.waitUntil(lambda: window.current_screen() is not review, timeout=10_000)
    settle(qtbot, window)
    assert bar.currentMessage() == "" and window.indicator.text() == ""

    bar.showMessage("Vurderingen er eksporteret", 60_000)  # shown by the step that moves on
    window.show_review()
    qtbot.waitUntil(lambda: window.current_screen() is window.review, timeout=10_000)
    assert bar.currentMessage() == "Vurderingen er eksporteret"  # it came with the change


def test_a_finished_review_looks_read_only_and_typing_in_the_note_is_refused_not_saved(
    finished: str, review: ReviewView, window: MainWindow, qtbot: QtBot, store: Store
) -> None:
    page = review.element_page
    review.go_to("P1.2")
    review.focus_current()
    assert all(not b.isEnabled() for b in page.rating_buttons)  # nothing that looks usable
    assert [b.isChecked() for b in page.rating_buttons] == [True, False, False]  # still shown
    assert page.hint.text() == (
        "Vurderingen er afsluttet og kan kun læses. Vælg »Genåbn…« øverst for at ændre den."
    )
    assert page.note_edit.isReadOnly() and not page.note_edit.placeholderText()
    caseload = review.caseload_page  # the same on the caseload page: no usable buttons
    assert not caseload.add_button.isEnabled() and not caseload.remove_button.isEnabled()
    assert caseload.hint.text() == page.hint.text()
    saves: list[None] = []
    window.worker.saved.connect(lambda: saves.append(None))
    window.indicator.setText("")

    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # the note's buddy
    assert focused() is page.note_edit
    qtbot.keyClicks(page.note_edit, "ny note")
    assert page.note_edit.toPlainText() == ""
    said = window.indicator.text()
    # The app's wording of the lock: the »Genåbn…« button, not the command line.
    assert said == tr("not_saved", why=in_app(tr("lifecycle.locked")))
    assert said.startswith("Ikke gemt") and "»Genåbn…«" in said
    qtbot.keyClick(page.note_edit, Qt.Key.Key_Tab)  # leaving the note writes nothing
    settle(qtbot, window)
    assert not saves and "✔" not in window.indicator.text()
    assert store.get_assessment(finished).ratings["P1.2"].note == ""
