"""The lifecycle in the app: finishing with sign-off, the lock, reopening with a reason,
who is rating (blind), the consensus step, and the history, driven by keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from ipsfidelity.i18n import tr
from ipsfidelity.store import Store
from ipsfidelity.ui.consensus.dialogs import FinishDialog, ReopenDialog
from ipsfidelity.ui.main_window import MainWindow
from ipsfidelity.ui.review.session import CASELOAD_KEY
from ipsfidelity.ui.review.view import ReviewView
from tests.ui.conftest import activate, focused, settle


class Keys:
    """Keys to whatever has the focus, counted (typed text is not)."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.count = 0

    def press(
        self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        self.count += 1
        self.qtbot.keyClick(focused(), key, modifier)

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(focused(), text)


def reopened_view(qtbot: QtBot, window: MainWindow, old: ReviewView) -> ReviewView:
    """The walk-through the window opened again after a change of state."""
    qtbot.waitUntil(lambda: window.review is not None and window.review is not old, timeout=10_000)
    settle(qtbot, window)
    activate(qtbot, window)
    assert window.review is not None
    return window.review


def ok(dialog: FinishDialog | ReopenDialog) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_one_reviewer_finishes_is_locked_and_reopens(
    review: ReviewView, window: MainWindow, qtbot: QtBot, store: Store, seeded: str
) -> None:
    session = window.session
    assert session is not None and not session.blind
    assert not review.rater_combo.isVisible()  # one reviewer: the flow is today's
    assert review.kind_label.text() == "Type: Ekstern vurdering · Kladde"
    keys = Keys(qtbot)
    for element_id in session.pack.element_ids:
        assert review.key == element_id
        keys.press(Qt.Key.Key_1)
    assert keys.count == 14 and review.key == CASELOAD_KEY
    settle(qtbot, window)
    assert all(r.rating == "met" for r in store.get_assessment(seeded).ratings.values())

    # Finishing without the sign-off or the caseload is refused, listing both, in Danish.
    review.finish_button.click()
    dialog = window.active_dialog
    assert isinstance(dialog, FinishDialog)
    ok(dialog)
    settle(qtbot, window)
    refusal = window.active_dialog
    assert refusal is not None and refusal.objectName() == "finish_refused"
    assert "Mette Sørensen" in refusal.text() and "caseload" in refusal.text()  # type: ignore[attr-defined]
    refusal.accept()
    assert store.lifecycle(seeded).state == "draft"

    # Signed and the caseload marked as not available, with a reason: finished.
    review.finish_button.click()
    dialog = window.active_dialog
    assert isinstance(dialog, FinishDialog)
    dialog.confirms[0][1].setChecked(True)
    dialog.unavailable.setChecked(True)
    ok(dialog)  # a reason is required
    assert window.active_dialog is dialog and dialog.message.text()
    qtbot.keyClicks(dialog.reason, "Teamet har ikke registreret caseload")
    ok(dialog)
    locked = reopened_view(qtbot, window, review)
    life = store.lifecycle(seeded)
    assert life.state == "finished" and [s.reviewer for s in life.signoffs] == ["Mette Sørensen"]
    assert locked.banner.isVisible()
    today = life.finished_at.astimezone().date().isoformat()  # type: ignore[union-attr]
    assert locked.banner_label.text() == f"Afsluttet {today} af Mette Sørensen"
    assert not locked.finish_button.isVisible()

    # An edit is refused with the store's own Danish message; nothing changes.
    locked.go_to("P1.1")
    locked.focus_current()
    qtbot.keyClick(focused(), Qt.Key.Key_3)
    settle(qtbot, window)
    assert window.indicator.text().endswith(tr("lifecycle.locked"))
    assert locked.key == "P1.1" and session_rating(window, "P1.1") == "met"
    assert store.get_assessment(seeded).ratings["P1.1"].rating == "met"

    # Reopened with a reason (an empty one is refused in the dialog).
    locked.reopen_button.click()
    dialog2 = window.active_dialog
    assert isinstance(dialog2, ReopenDialog)
    ok(dialog2)
    assert window.active_dialog is dialog2 and dialog2.message.text() == "Skriv en begrundelse"
    qtbot.keyClicks(dialog2.reason_edit, "Forkert dato for P1.1")
    ok(dialog2)
    opened = reopened_view(qtbot, window, locked)
    life = store.lifecycle(seeded)
    assert life.state == "draft" and life.reopenings[0].reason == "Forkert dato for P1.1"
    assert not opened.banner.isVisible() and opened.finish_button.isVisible()
    opened.go_to("P1.1")
    opened.focus_current()
    qtbot.keyClick(focused(), Qt.Key.Key_2)
    settle(qtbot, window)
    assert store.get_assessment(seeded).ratings["P1.1"].rating == "partial"


def session_rating(window: MainWindow, element_id: str) -> str:
    assert window.session is not None
    return window.session.elements[element_id].rating
