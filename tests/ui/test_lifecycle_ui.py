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
from ipsfidelity.ui.consensus.screen import ConsensusView
from ipsfidelity.ui.main_window import MainWindow
from ipsfidelity.ui.review.session import CASELOAD_KEY
from ipsfidelity.ui.review.view import ReviewView
from ipsfidelity.wording import date_text
from tests.ui.conftest import activate, focused, settle

# The lock as the app says it: the »Genåbn…« button, never the command line.
IN_APP_LOCK = (
    "Vurderingen er afsluttet og kan ikke ændres. "
    "Genåbn den først med knappen »Genåbn…« i gennemgangen."
)


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
    review.lifecycle.finish_button.click()
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
    assert not review.lifecycle.rater_combo.isVisible()  # one reviewer: the flow is today's
    assert review.lifecycle.kind_label.text() == "Type: Ekstern vurdering · Kladde"
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
    assert locked.lifecycle.banner.isVisible()
    today = date_text(life.finished_at.astimezone().date())  # type: ignore[union-attr]
    assert locked.lifecycle.banner_label.text() == f"Afsluttet {today} af Mette Sørensen"
    assert not locked.lifecycle.finish_button.isVisible()

    # An edit is refused with the store's own Danish message; nothing changes.
    locked.go_to("P1.1")
    locked.focus_current()
    qtbot.keyClick(focused(), Qt.Key.Key_3)
    settle(qtbot, window)
    assert window.indicator.text().endswith(IN_APP_LOCK)
    assert locked.key == "P1.1" and session_rating(window, "P1.1") == "met"
    assert store.get_assessment(seeded).ratings["P1.1"].rating == "met"

    # Reopened with a reason (an empty one is refused in the dialog).
    locked.lifecycle.reopen_button.click()
    dialog2 = window.active_dialog
    assert isinstance(dialog2, ReopenDialog)
    ok(dialog2)
    assert window.active_dialog is dialog2 and dialog2.message.text() == "Skriv en begrundelse"
    qtbot.keyClicks(dialog2.reason_edit, "Forkert dato for P1.1")
    ok(dialog2)
    opened = reopened_view(qtbot, window, locked)
    life = store.lifecycle(seeded)
    assert life.state == "draft" and life.reopenings[0].reason == "Forkert dato for P1.1"
    assert life.reopenings[0].reviewer == "Mette Sørensen"  # the only reviewer: named in the report
    assert not opened.lifecycle.banner.isVisible() and opened.lifecycle.finish_button.isVisible()
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
    review.lifecycle.rater_combo.setCurrentIndex(review.lifecycle.rater_combo.findData(name))
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


def own_caseload(qtbot: QtBot, window: MainWindow, review: ReviewView, ips: int) -> None:
    """The chosen reviewer types their own caseload reading: one consultant, by keyboard."""
    from ipsfidelity.ui.review.caseload_model import IPS

    review.go_to(CASELOAD_KEY)
    qtbot.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(focused(), "Kim Berg")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: review.caseload_model.rows[0].consultant == "Kim Berg")
    table = review.caseload_page.table
    table.setFocus()
    table.setCurrentIndex(review.caseload_model.index(0, IPS))
    for ch in str(ips):
        qtbot.keyClicks(focused(), ch)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    settle(qtbot, window)


def open_consensus(qtbot: QtBot, window: MainWindow) -> ConsensusView:
    activate(qtbot, window)
    if window.review is not None and window.current_screen() is window.review:
        window.review.focus_current()
    qtbot.keyClick(focused(), Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.current_screen() is window.consensus.view, timeout=10_000)
    settle(qtbot, window)
    view = window.consensus.view
    assert isinstance(view, ConsensusView)
    activate(qtbot, window)
    view.focus_table()
    return view


def test_two_reviewers_blind_consensus_finish_reopen_history(
    app: object, window: MainWindow, qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    """The one-laptop scenario of the review lifecycle, by keyboard, read back from the
    database, the Historik view and the PDF."""
    from ipsfidelity.fingerprint import fingerprint
    from ipsfidelity.store.history import os_user
    from ipsfidelity.ui.consensus.history import HistoryView
    from tests.test_report import page_count, pdf_text

    team = store.create_team("IPS Køge", "Køge", "Psykiatrien Øst")
    info = store.create_assessment(
        team.id, dt.date.today() - dt.timedelta(days=1), reviewers=["Anna Holm", "Bo Lund"]
    )
    review = open_in_app(qtbot, window, info.id)
    session = window.session
    assert session is not None and session.blind and review.lifecycle.rater_combo.isVisible()
    pack = session.pack
    elements = pack.element_ids
    disagreed = elements[3:6]

    # Anna rates on her own: everything met, one key each, and types her caseload reading.
    choose_rater(qtbot, window, review, "Anna Holm")
    keys = Keys(qtbot)
    for _element in elements:
        keys.press(Qt.Key.Key_1)
    assert keys.count == 14
    own_caseload(qtbot, window, review, 15)

    # Bo sees nothing of Anna's ratings nor her caseload; he disagrees on three elements.
    choose_rater(qtbot, window, review, "Bo Lund")
    assert all(state.rating == "not_rated" for state in session.elements.values())
    assert review.navigator_model.status(elements[0]) == "not_rated"
    assert session.caseload == ()
    for element in elements:
        keys.press(Qt.Key.Key_2 if element in disagreed else Qt.Key.Key_1)
    own_caseload(qtbot, window, review, 18)
    assert store.own_ratings(info.id, "Anna Holm")[disagreed[0]].rating == "met"
    assert store.own_ratings(info.id, "Bo Lund")[disagreed[0]].rating == "partial"
    readings = store.reviewer_caseloads(info.id)
    assert [(r[0].consultant, r[0].ips_cases) for r in readings.values()] == [
        ("Kim Berg", 15),
        ("Kim Berg", 18),
    ]
    assert store.lifecycle(info.id).state == "consensus"
    data = store.get_assessment(info.id)
    assert data.ratings == {} and data.caseload == ()  # no consensus yet

    # The consensus step by keyboard (Ctrl+7): the three disagreements come first, the
    # caseload row last, with both readings side by side.
    assert window.consensus_action.isEnabled()
    view = open_consensus(qtbot, window)
    assert [r.element_id for r in view.rows[:3]] == list(disagreed)
    assert all(r.disagree for r in view.rows[:3]) and not view.rows[3].disagree
    figures = view.agreement_label.text()
    assert figures.startswith("Bedømmerne gav samme bedømmelse på 79 % af 14 elementer · ")
    assert "Cohens kappa (lineært vægtet): " in figures
    # Bo rated alike throughout: no kappa, and why (not a word on a figure's uncertainty).
    assert view.warning_label.isVisible() and "Kappa kan ikke" in view.warning_label.text()
    assert "usikre" not in view.warning_label.text()
    last = view.table.rowCount() - 1
    assert view.table.item(last, 0).text() == "≠ Caseload"
    assert view.table.item(last, 1).text() == "Kim Berg 1,0 · 15 + 0"
    assert view.table.item(last, 2).text() == "Kim Berg 1,0 · 18 + 0"
    consensus_keys = Keys(qtbot)
    consensus_keys.press(Qt.Key.Key_N)  # a consensus note (typed text is not counted) ...
    consensus_keys.type("Aftalt efter drøftelse")
    consensus_keys.press(Qt.Key.Key_Return)
    consensus_keys.press(Qt.Key.Key_2)  # ... and the first disagreement: partial
    consensus_keys.press(Qt.Key.Key_1)
    consensus_keys.press(Qt.Key.Key_2)
    consensus_keys.press(Qt.Key.Key_A)  # every agreed element at once
    settle(qtbot, window)
    view = window.consensus.view
    assert view is not None
    activate(qtbot, window)
    view.focus_table()
    consensus_keys.press(Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)  # caseload row
    consensus_keys.press(Qt.Key.Key_2)  # Bo's reading is the review's caseload
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
    caseload = store.get_assessment(info.id).caseload
    assert [(c.consultant, c.ips_cases) for c in caseload] == [("Kim Berg", 18)]
    assert view.table.item(last, 3).text() == "Kim Berg 1,0 · 18 + 0"
    # Three disagreements: three keys, one to accept the other eleven; two for the note,
    # two to take a caseload reading.
    assert consensus_keys.count == 8

    # Anna signs off first; finishing is refused without Bo's sign-off, hers is kept.
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    review = reopened_view(qtbot, window, review)
    dialog = open_finish(qtbot, window, review)
    assert not dialog.unavailable.isVisible()  # the caseload is entered
    dialog.confirms[0][1].setChecked(True)
    ok(dialog)
    settle(qtbot, window)
    refusal = window.active_dialog
    assert refusal is not None and refusal.objectName() == "finish_refused"
    assert "mangler underskrift fra Bo Lund" in refusal.text()  # type: ignore[attr-defined]
    refusal.accept()
    assert [s.reviewer for s in store.lifecycle(info.id).signoffs] == ["Anna Holm"]

    # A consensus changed after she signed takes her sign-off back, and the screen says so.
    view = open_consensus(qtbot, window)
    qtbot.keyClick(view.table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    assert view.current_element() == disagreed[1]
    qtbot.keyClick(view.table, Qt.Key.Key_2)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: "taget tilbage" in view.message.text())
    assert view.message.text() == tr("lifecycle.signoffs_voided", names="Anna Holm")
    assert store.lifecycle(info.id).signoffs == ()
    assert store.get_assessment(info.id).ratings[disagreed[1]].rating == "partial"
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    review = reopened_view(qtbot, window, review)

    # Both sign off; finished. The results show the agreement.
    dialog = open_finish(qtbot, window, review)
    assert not dialog.confirms[0][1].isChecked()  # taken back
    review = finish_signed_in(qtbot, window, review, dialog)
    assert review.lifecycle.banner_label.text().endswith("af Anna Holm, Bo Lund")
    qtbot.keyClick(focused(), Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.results.agreement_label.isVisible(), timeout=10_000)
    assert "79 % af 14 elementer" in window.results.agreement_label.text()
    assert window.results.kind_label.text() == "Type: Ekstern vurdering · Afsluttet"
    qtbot.keyClick(focused(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)

    # An edit is refused, also on the consensus screen.
    review.go_to(elements[0])
    settle(qtbot, window)
    review.focus_current()
    qtbot.keyClick(focused(), Qt.Key.Key_3)
    assert window.indicator.text().endswith(IN_APP_LOCK)
    review.lifecycle.consensus_button.click()
    qtbot.waitUntil(lambda: window.current_screen() is window.consensus.view, timeout=10_000)
    settle(qtbot, window)
    view = window.consensus.view
    assert view is not None
    activate(qtbot, window)
    view.focus_table()
    qtbot.keyClick(focused(), Qt.Key.Key_3)
    settle(qtbot, window)
    assert view.message.text() == IN_APP_LOCK
    assert store.get_assessment(info.id).ratings[disagreed[0]].rating == "partial"
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    review = reopened_view(qtbot, window, review)

    # Reopened with a reason, and finished again.
    review.lifecycle.reopen_button.click()
    reopen = window.active_dialog
    assert isinstance(reopen, ReopenDialog)
    qtbot.keyClicks(reopen.reason_edit, "Konsensus for et element rettet")
    ok(reopen)
    review = reopened_view(qtbot, window, review)
    assert store.lifecycle(info.id).state == "consensus"
    review = finish_signed(qtbot, window, review)
    life = store.lifecycle(info.id)
    assert life.state == "finished" and len(life.reopenings) == 1

    # The history records every step, and the Historik view (Ctrl+8) shows each in words.
    history = store.history(info.id)
    fields = {(h.entity, h.field) for h in history}
    assert {
        ("reopening", "reason"),
        ("signoff", "signed_on"),
        ("signoff", "voided"),
        ("signoff", "deleted"),
        ("rating", "note"),
        ("reviewer_caseload", "entries"),
        ("caseload", "entries"),
    } <= fields
    own = [h for h in history if h.entity == "reviewer_rating" and h.field == "rating"]
    assert {h.subject for h in own} == {"Anna Holm", "Bo Lund"}
    assert [h.new for h in history if h.field == "state"][-4:] == [
        "consensus",
        "finished",
        "consensus",
        "finished",
    ]
    qtbot.keyClick(focused(), Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(window.history.view, HistoryView), timeout=10_000)
    history_view = window.history.view
    assert isinstance(history_view, HistoryView)
    qtbot.waitUntil(lambda: history_view.model.rowCount() == len(history), timeout=10_000)
    shown = [
        " | ".join(history_view.model.item(r, c).text() for c in range(5))
        for r in range(history_view.model.rowCount())
    ]
    for expected in (
        "Egen bedømmelse, Anna Holm P1.1 · bedømmelse | – | Opfyldt",
        f"Egen bedømmelse, Bo Lund {disagreed[0]} · bedømmelse | – | Delvist opfyldt",
        "Egen caseload, Bo Lund · konsulenter | Kim Berg: årsværk 1,0, IPS-sager 0, andre sager "
        "0 | Kim Berg: årsværk 1,0, IPS-sager 18, andre sager 0",
        f"Konsensus {disagreed[0]} · note | – | Aftalt efter drøftelse",
        "Caseload · konsulenter | – | Kim Berg: årsværk 1,0, IPS-sager 18",
        "Underskrift, Anna Holm · annulleret: vurderingen blev ændret efter underskriften",
        "Underskrift, Bo Lund · taget tilbage ved genåbning",
        "Genåbning · begrundelse | – | Konsensus for et element rettet",
        "Vurderingen · tilstand | Konsensus | Afsluttet",
        "Vurderingen · tilstand | Afsluttet | Konsensus",
    ):
        assert any(expected in row for row in shown), expected
    # The consensus screen's decisions are the two reviewers' jointly, not the last one
    # chosen in the walk-through (Bo); their own ratings stay theirs.
    cells = [row.split(" | ") for row in shown]
    joint = [c[1] for c in cells if c[2].startswith(("Konsensus ", "Caseload "))]
    assert len(joint) >= 15 and all(w.startswith("Fælles (Anna Holm, Bo Lund) / ") for w in joint)
    own_bo = [c[1] for c in cells if c[2].startswith("Egen bedømmelse, Bo Lund ")]
    assert own_bo and all(w.startswith("Bo Lund / ") for w in own_bo)
    qtbot.keyClick(history_view.table, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.history.view is None and window.review is not None)
    settle(qtbot, window)

    # The report, read back: the sign-off, the kind, the agreement, the reopening, the
    # fingerprint on every page and the reviewers' annex on a page of its own.
    out = tmp_path / "rapport.pdf"
    target = window.report_target()
    assert target is not None and target.finished
    window.reports.export.opener = lambda _p: None
    with qtbot.waitSignal(window.reports.export.done, timeout=30_000):
        window.reports.export.export_to(target, out)
    text = pdf_text(out)
    finished_day = life.finished_at.astimezone().date()  # type: ignore[union-attr]
    finished_on = date_text(finished_day)
    assert [o.reviewer for o in life.signoffs] == ["Anna Holm", "Bo Lund"]
    if {o.signed_on for o in life.signoffs} == {finished_day}:  # the day said once
        status = f"Afsluttet og underskrevet {finished_on} af Anna Holm, Bo Lund"
    else:  # each sign-off with its own date
        signed = [f"{o.reviewer} (underskrevet {date_text(o.signed_on)})" for o in life.signoffs]
        status = f"Afsluttet {finished_on} af {', '.join(signed)}"
    assert status.replace("\u00a0", " ") in text.replace("\u00a0", " ")
    assert "KLADDE" not in text and "Ekstern vurdering" in text
    assert "Bedømmerne gav samme bedømmelse på 79 % af 14 elementer" in text
    assert "Cohens kappa (lineært vægtet): –" in text and "usikre" not in text
    # Reopened from the finished review, which shows the consensus (not Bo, the last one
    # chosen): the reviewers' joint act, named by no single reviewer, never by the login.
    reopened_on = date_text(life.reopenings[0].at.astimezone().date())
    assert f"Genåbnet {reopened_on}: Konsensus for et element rettet" in " ".join(text.split())
    assert life.reopenings[0].reviewer == ""
    assert f"af {os_user()}:" not in " ".join(text.split())
    stamp = fingerprint(store.get_assessment(info.id), store.lifecycle(info.id))
    pages = page_count(out)
    for page in range(1, pages + 1):
        assert f"Fingeraftryk {stamp}" in pdf_text(out, page)
    annex = pdf_text(out, pages)
    assert annex.lstrip().startswith("Bilag: Bedømmernes egne bedømmelser")
    assert "Anna Holm" in annex and "Bo Lund" in annex and f"{disagreed[0]} ≠" in annex


def finish_signed_in(
    qtbot: QtBot, window: MainWindow, review: ReviewView, dialog: FinishDialog
) -> ReviewView:
    for _name, box, _date in dialog.confirms:
        box.setChecked(True)
    ok(dialog)
    return reopened_view(qtbot, window, review)


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
    # Newest first: the note just set (P1.1's "met") is the last change, on top.
    assert [h.id for h in view.shown_entries()] == [h.id for h in reversed(entries)]
    assert entries[-1].at >= entries[0].at and view.shown_entries()[0] == entries[-1]
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
    lines = text.strip().splitlines()
    assert len(lines) == len(entries) + 1
    # The CSV keeps the screen's order: newest first, its times never rising down the file.
    times = [line.split(";")[0] for line in lines[1:]]
    assert times == sorted(times, reverse=True)
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
    assert window.review.lifecycle.kind_label.text() == "Type: Selvevaluering · Kladde"


def test_the_shortcuts_list_consensus_history_and_the_consensus_keys(
    app: object, window: MainWindow, qtbot: QtBot
) -> None:
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QTextBrowser

    window.show_shortcuts()
    dialog = window.active_dialog
    assert dialog is not None and dialog.objectName() == "shortcuts_dialog"
    browser = dialog.findChild(QTextBrowser)
    assert browser is not None
    text = browser.toPlainText()
    for action in (window.consensus_action, window.history_action):
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        assert keys in ("Ctrl+7", "Ctrl+8") and keys in text
    for line in (
        "Konsensus: sæt den fælles bedømmelse og gå videre",
        "Konsensus: godkend alle elementer, hvor bedømmerne er enige",
        "Konsensus: skriv en konsensusnote / gem den",
        "Konsensus: forrige / næste element",
        "Konsensus: brug første / anden / … bedømmers caseload",
        "Historik: filtrér",
        "Konsensus og historik: tilbage til gennemgangen",
    ):
        assert line in text, line
    dialog.reject()


def test_a_consensus_with_three_disagreements_takes_four_keys(
    app: object, window: MainWindow, qtbot: QtBot, store: Store
) -> None:
    """One key per disagreement, one to accept the eleven agreed elements."""
    team = store.create_team("IPS Greve", "Greve")
    info = store.create_assessment(team.id, dt.date.today(), reviewers=["Anna", "Bo"])
    elements = store.pack_for(info).element_ids
    for name in ("Anna", "Bo"):
        for i, e in enumerate(elements):
            rating = "partial" if name == "Bo" and i in (1, 7, 12) else "met"
            store.set_reviewer_rating(info.id, name, e, rating)
    review = open_in_app(qtbot, window, info.id)
    review.focus_current()
    view = open_consensus(qtbot, window)
    assert [r.element_id for r in view.rows if r.disagree] == [elements[i] for i in (1, 7, 12)]
    keys = Keys(qtbot)
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_1, Qt.Key.Key_A):
        keys.press(key)
    settle(qtbot, window)
    ratings = store.get_assessment(info.id).ratings
    assert keys.count == 4 and len(ratings) == 14
    assert [ratings[elements[i]].rating for i in (1, 7, 12)] == ["met", "partial", "met"]
    assert store.finish_problems(info.id) == [
        tr("lifecycle.needs_caseload"),
        tr("lifecycle.needs_signoff", names="Anna, Bo"),
    ]


def test_a_rating_after_signing_takes_the_signoff_back_and_the_walk_through_says_so(
    review: ReviewView, window: MainWindow, qtbot: QtBot, store: Store, seeded: str
) -> None:
    store.sign_off(seeded, "Mette Sørensen", dt.date.today())
    window.open_assessment(seeded)
    review = reopened_view(qtbot, window, review)
    dialog = open_finish(qtbot, window, review)  # the sign-off given ahead is shown ticked
    assert dialog.confirms[0][1].isChecked()
    assert dialog.confirms[0][1].text() == "Mette Sørensen har underskrevet"
    dialog.reject()
    activate(qtbot, window)
    assert not review.lifecycle.signoff_notice.isVisible()
    review.focus_current()
    qtbot.keyClick(focused(), Qt.Key.Key_2)
    settle(qtbot, window)
    qtbot.waitUntil(review.lifecycle.signoff_notice.isVisible)
    assert review.lifecycle.signoff_notice.text() == tr(
        "lifecycle.signoffs_voided", names="Mette Sørensen"
    )
    assert store.lifecycle(seeded).signoffs == ()
