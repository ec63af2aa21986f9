"""The lifecycle in the app: finishing with sign-off, the lock, reopening with a reason,
who is rating (blind), the consensus step, and the history, driven by keyboard."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from ipsfidelity.i18n import tr
from ipsfidelity.store import Store
from ipsfidelity.ui.consensus.dialogs import FinishDialog, ReopenDialog
from ipsfidelity.ui.main_window import MainWindow
from ipsfidelity.ui.review.session import CASELOAD_KEY
from ipsfidelity.ui.review.view import ReviewView
from ipsfidelity.wording import date_text
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


def open_finish(qtbot: QtBot, window: MainWindow, review: ReviewView) -> FinishDialog:
    """The finish dialog, shown once the sign-offs given so far are read."""
    review.finish_button.click()
    qtbot.waitUntil(lambda: isinstance(window.active_dialog, FinishDialog), timeout=10_000)
    dialog = window.active_dialog
    assert isinstance(dialog, FinishDialog)
    return dialog


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
    dialog = open_finish(qtbot, window, review)
    ok(dialog)
    settle(qtbot, window)
    refusal = window.active_dialog
    assert refusal is not None and refusal.objectName() == "finish_refused"
    assert "Mette Sørensen" in refusal.text() and "caseload" in refusal.text()  # type: ignore[attr-defined]
    refusal.accept()
    assert store.lifecycle(seeded).state == "draft"

    # Signed and the caseload marked as not available, with a reason: finished.
    dialog = open_finish(qtbot, window, review)
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
    today = date_text(life.finished_at.astimezone().date())  # type: ignore[union-attr]
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


def open_in_app(qtbot: QtBot, window: MainWindow, assessment_id: str) -> ReviewView:
    window.refresh_teams()
    window.open_assessment(assessment_id)
    qtbot.waitUntil(lambda: window.review is not None, timeout=10_000)
    settle(qtbot, window)
    activate(qtbot, window)
    assert window.review is not None
    return window.review


def choose_rater(qtbot: QtBot, window: MainWindow, review: ReviewView, name: str) -> None:
    review.rater_combo.setCurrentIndex(review.rater_combo.findData(name))
    qtbot.waitUntil(lambda: window.session is not None and window.session.rater == name)
    review.go_to(window.session.pack.element_ids[0])  # type: ignore[union-attr]
    review.focus_current()


def finish_signed(qtbot: QtBot, window: MainWindow, review: ReviewView) -> ReviewView:
    dialog = open_finish(qtbot, window, review)
    assert not dialog.unavailable.isVisible()  # the caseload is entered
    for _name, box, _date in dialog.confirms:
        box.setChecked(True)
    ok(dialog)
    return reopened_view(qtbot, window, review)


def test_two_reviewers_blind_consensus_finish_reopen_history(
    app: object, window: MainWindow, qtbot: QtBot, store: Store
) -> None:
    from ipsfidelity.store.views import CaseloadInfo
    from ipsfidelity.ui.consensus.screen import ConsensusView

    team = store.create_team("IPS Køge", "Køge", "Psykiatrien Øst")
    info = store.create_assessment(
        team.id, dt.date(2026, 10, 5), reviewers=["Anna Holm", "Bo Lund"]
    )
    store.set_caseload(info.id, [CaseloadInfo("Kim", 1.0, 15, 0)])
    review = open_in_app(qtbot, window, info.id)
    session = window.session
    assert session is not None and session.blind and review.rater_combo.isVisible()
    pack = session.pack
    elements = pack.element_ids
    disagreed = elements[3:6]

    # Anna rates on her own: everything met, one key each.
    choose_rater(qtbot, window, review, "Anna Holm")
    keys = Keys(qtbot)
    for _element in elements:
        keys.press(Qt.Key.Key_1)
    assert keys.count == 14
    settle(qtbot, window)

    # Bo does not see Anna's ratings; he disagrees on three elements.
    choose_rater(qtbot, window, review, "Bo Lund")
    assert all(state.rating == "not_rated" for state in session.elements.values())
    assert review.navigator_model.status(elements[0]) == "not_rated"
    for element in elements:
        keys.press(Qt.Key.Key_2 if element in disagreed else Qt.Key.Key_1)
    settle(qtbot, window)
    assert store.own_ratings(info.id, "Anna Holm")[disagreed[0]].rating == "met"
    assert store.own_ratings(info.id, "Bo Lund")[disagreed[0]].rating == "partial"
    assert store.lifecycle(info.id).state == "consensus"
    assert store.get_assessment(info.id).ratings == {}  # no consensus yet

    # The consensus step by keyboard (Ctrl+7): the three disagreements come first.
    assert window.consensus_action.isEnabled()
    qtbot.keyClick(focused(), Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.consensus.view is not None, timeout=10_000)
    settle(qtbot, window)
    view = window.consensus.view
    assert isinstance(view, ConsensusView) and window.current_screen() is view
    assert [r.element_id for r in view.rows[:3]] == list(disagreed)
    assert all(r.disagree for r in view.rows[:3]) and not view.rows[3].disagree
    figures = view.agreement_label.text()
    assert figures.startswith("Bedømmerne gav samme bedømmelse på 79 % af 14 elementer · ")
    assert "Cohens kappa (lineært vægtet): " in figures
    assert view.warning_label.isVisible() and "usikre" in view.warning_label.text()
    activate(qtbot, window)
    view.focus_table()
    consensus_keys = Keys(qtbot)
    consensus_keys.press(Qt.Key.Key_N)  # a consensus note (typed text is not counted) ...
    consensus_keys.type("Aftalt efter drøftelse")
    consensus_keys.press(Qt.Key.Key_Return)
    consensus_keys.press(Qt.Key.Key_2)  # ... and the first disagreement: partial
    consensus_keys.press(Qt.Key.Key_1)
    consensus_keys.press(Qt.Key.Key_2)
    consensus_keys.press(Qt.Key.Key_A)  # every agreed element at once
    settle(qtbot, window)
    ratings = store.get_assessment(info.id).ratings
    assert {e: ratings[e].rating for e in disagreed} == {
        disagreed[0]: "partial",
        disagreed[1]: "met",
        disagreed[2]: "partial",
    }
    assert ratings[disagreed[0]].note == "Aftalt efter drøftelse"
    assert all(ratings[e].rating == "met" for e in elements if e not in disagreed)
    assert len(ratings) == 14
    # Three disagreements: three keys, one to accept the other eleven, two for the note.
    assert consensus_keys.count == 6

    # Back to the walk-through, signed off by both, finished.
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    review = reopened_view(qtbot, window, review)
    review = finish_signed(qtbot, window, review)
    assert review.banner_label.text().endswith("af Anna Holm, Bo Lund")

    # An edit is refused, also on the consensus screen.
    review.go_to(elements[0])
    settle(qtbot, window)
    review.focus_current()
    qtbot.keyClick(focused(), Qt.Key.Key_3)
    assert window.indicator.text().endswith(tr("lifecycle.locked"))
    review.consensus_button.click()
    qtbot.waitUntil(lambda: window.consensus.view is not None, timeout=10_000)
    settle(qtbot, window)
    view = window.consensus.view
    assert view is not None
    activate(qtbot, window)
    view.focus_table()
    qtbot.keyClick(focused(), Qt.Key.Key_3)
    settle(qtbot, window)
    assert view.message.text() == tr("lifecycle.locked")
    assert store.get_assessment(info.id).ratings[disagreed[0]].rating == "partial"
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    review = reopened_view(qtbot, window, review)

    # Reopened with a reason, corrected, finished again.
    review.reopen_button.click()
    dialog = window.active_dialog
    assert isinstance(dialog, ReopenDialog)
    qtbot.keyClicks(dialog.reason_edit, "Konsensus for et element rettet")
    ok(dialog)
    review = reopened_view(qtbot, window, review)
    assert store.lifecycle(info.id).state == "consensus"
    review = finish_signed(qtbot, window, review)
    life = store.lifecycle(info.id)
    assert life.state == "finished" and len(life.reopenings) == 1

    # The history shows every step.
    history = store.history(info.id)
    fields = {(h.entity, h.field) for h in history}
    assert {("reopening", "reason"), ("signoff", "signed_on"), ("rating", "note")} <= fields
    own = [h for h in history if h.entity == "reviewer_rating" and h.field == "rating"]
    assert {h.subject for h in own} == {"Anna Holm", "Bo Lund"}
    assert [h.new for h in history if h.field == "state"][-4:] == [
        "consensus",
        "finished",
        "consensus",
        "finished",
    ]


def test_history_view_filters_and_exports_masked(
    seeded: str, app: object, window: MainWindow, qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    from ipsfidelity.ui.consensus.history import HistoryView

    store.set_rating(seeded, "P1.1", "met", note="Borger 010190-1234 fik job")
    review = open_in_app(qtbot, window, seeded)
    review.focus_current()
    qtbot.keyClick(focused(), Qt.Key.Key_2)  # P1.1 is done, the walk-through is on P1.2
    settle(qtbot, window)
    assert not window.consensus_action.isEnabled()  # one reviewer: no consensus step
    qtbot.keyClick(focused(), Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.history.view is not None, timeout=10_000)
    settle(qtbot, window)
    view = window.history.view
    assert isinstance(view, HistoryView) and window.current_screen() is view
    entries = store.history(seeded)
    assert view.proxy.rowCount() == len(entries) >= 3
    notes = [view.model.item(r, 4).text() for r in range(view.model.rowCount())]
    assert "010190-1234" not in " ".join(notes) and any("fik job" in n for n in notes)

    qtbot.keyClicks(view.filter_edit, "P1.2")
    assert 0 < view.proxy.rowCount() < len(entries)
    assert all(h.element_id == "P1.2" for h in view.shown_entries())
    assert view.count_label.text() == f"{view.proxy.rowCount()} af {len(entries)} ændringer vist"
    view.filter_edit.clear()

    masked, plain = tmp_path / "historik.csv", tmp_path / "med-cpr.csv"
    window.history.export(masked)
    text = masked.read_text(encoding="utf-8-sig")
    assert "fik job" in text and "010190-1234" not in text
    assert len(text.strip().splitlines()) == len(entries) + 1
    view.personal_box.setChecked(True)
    window.history.export(plain)
    assert "010190-1234" in plain.read_text(encoding="utf-8-sig")

    qtbot.keyClick(view.table, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.history.view is None and window.review is not None)
    settle(qtbot, window)
    assert window.current_screen() is window.review


def test_the_kind_is_chosen_when_created_and_shown_in_the_walk_through(
    app: object, window: MainWindow, qtbot: QtBot, store: Store
) -> None:
    from ipsfidelity.ui.home.assessment_dialog import NewAssessmentDialog

    team = store.create_team("IPS Roskilde", "Roskilde", "Psykiatrien Syd")
    window.refresh_teams(select_id=team.id)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: window.selected_team() is not None)
    window.home.new_assessment_button.click()
    dialog = window.active_dialog
    assert isinstance(dialog, NewAssessmentDialog)
    assert dialog.kind_box.currentText() == "Ekstern vurdering"  # the default
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("self"))
    qtbot.keyClicks(dialog.reviewers_edit, "Team Roskilde")
    dialog.start_button.click()
    qtbot.waitUntil(lambda: window.review is not None, timeout=10_000)
    settle(qtbot, window)
    assert window.review is not None and window.session is not None
    assert store.lifecycle(window.session.assessment_id).kind == "self"
    assert window.review.kind_label.text() == "Type: Selvevaluering · Kladde"
