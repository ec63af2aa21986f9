"""Personal data in notes: a warning beside the field as it is typed, and a question
before a report shows a note that looks like it holds a CPR number."""

from __future__ import annotations

import stat
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ipsfidelity.store import Store
from ipsfidelity.ui.app import App
from ipsfidelity.ui.report.common import ReportTarget
from ipsfidelity.ui.review.view import ReviewView
from tests.test_report import pdf_text
from tests.ui.conftest import settle

CPR = "010190-1234"


def test_the_note_warns_as_a_cpr_number_is_typed(
    review: ReviewView, app: App, qtbot: QtBot
) -> None:
    page = review.element_page
    guard = page.note_guard
    page.note_edit.setFocus()
    qtbot.keyClicks(page.note_edit, "Borger ")
    assert guard.label.isHidden()
    qtbot.keyClicks(page.note_edit, CPR)
    assert guard.label.isVisible()
    assert CPR in guard.label.text() and "CPR-nummer" in guard.label.text()
    (marked,) = page.note_edit.extraSelections()
    assert marked.cursor.selectedText() == CPR
    assert app.window.active_dialog is None  # a message beside the field, no popup
    assert page.note_edit.hasFocus()  # typing goes on undisturbed
    for _ in range(4):
        qtbot.keyClick(page.note_edit, Qt.Key.Key_Backspace)
    assert guard.label.isHidden() and page.note_edit.extraSelections() == []


def _flagged_target(store: Store, seeded: str, app: App, qtbot: QtBot) -> ReportTarget:
    window = app.window
    window.worker.write(lambda s: _note(s, seeded, f"Talte med borger {CPR} om job"))
    window.refresh_teams()
    window.open_assessment(seeded)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    settle(qtbot, window)
    target = window.report_target()
    assert target is not None
    return target


def _note(store: Store, aid: str, note: str) -> None:
    data = store.get_assessment(aid)
    from ipsfidelity.instrument import get_pack

    pack = get_pack(data.info.instrument_id, data.info.instrument_version)
    first = pack.principles[0].elements[0].id
    store.set_rating(aid, first, note=note)


def _ask(app: App, qtbot: QtBot, target: ReportTarget) -> tuple[QMessageBox, list[ReportTarget]]:
    from ipsfidelity.ui.report.personal_data import ask_about_personal_data

    went: list[ReportTarget] = []
    ask_about_personal_data(app.window, target, went.append)
    qtbot.waitUntil(lambda: isinstance(app.window.active_dialog, QMessageBox), timeout=10_000)
    box = app.window.active_dialog
    assert isinstance(box, QMessageBox) and box.objectName() == "personal_data_dialog"
    return box, went


def test_export_asks_and_masks(
    store: Store, seeded: str, app: App, qtbot: QtBot, tmp_path: Path
) -> None:
    target = _flagged_target(store, seeded, app, qtbot)
    box, went = _ask(app, qtbot, target)
    assert "CPR-numre" in box.text()
    assert box.defaultButton() is not None and box.defaultButton().text() == "Skjul dem"
    box.defaultButton().click()
    assert len(went) == 1 and went[0].mask_personal_data

    out = tmp_path / "rapport.pdf"
    app.window.reports.export.export_to(went[0], out)
    qtbot.waitUntil(lambda: not app.window.reports.export.busy, timeout=30_000)
    text = pdf_text(out)
    assert "XXXXXX-XXXX" in text and CPR not in text
    assert stat.S_IMODE(out.stat().st_mode) == 0o600  # readable by the user only
    # The stored note is as it was typed: only the report hides the number.
    notes = [r.note for r in store.get_assessment(seeded).ratings.values()]
    assert any(CPR in note for note in notes)


def test_cancel_makes_no_report(store: Store, seeded: str, app: App, qtbot: QtBot) -> None:
    target = _flagged_target(store, seeded, app, qtbot)
    box, went = _ask(app, qtbot, target)
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert went == []


def test_the_menu_goes_through_the_question(
    store: Store, seeded: str, app: App, qtbot: QtBot
) -> None:
    _flagged_target(store, seeded, app, qtbot)
    app.window.export_action.trigger()
    qtbot.waitUntil(lambda: app.window.active_dialog is not None, timeout=10_000)
    dialog = app.window.active_dialog
    assert dialog is not None and dialog.objectName() == "personal_data_dialog"
    dialog.reject()


def test_an_action_item_with_a_cpr_number_is_named_in_the_question(
    store: Store, seeded: str, app: App, qtbot: QtBot
) -> None:
    window = app.window
    window.worker.write(lambda s: s.add_action_item(seeded, f"Ring til borger {CPR}"))
    window.refresh_teams()
    window.open_assessment(seeded)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    settle(qtbot, window)
    target = window.report_target()
    assert target is not None
    box, went = _ask(app, qtbot, target)
    assert "handleplanens punkt 1" in box.text() and "noten til" not in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert went == []


def test_the_note_warns_as_a_citizens_name_is_typed(
    review: ReviewView, app: App, qtbot: QtBot
) -> None:
    page = review.element_page
    guard = page.note_guard
    page.note_edit.setFocus()
    qtbot.keyClicks(page.note_edit, "Talte med Jens")
    assert guard.label.isHidden()  # a first name alone is no warning
    qtbot.keyClicks(page.note_edit, " Jensen om praktik")
    assert guard.label.isVisible()
    assert guard.label.text() == (
        "Ligner et navn på en borger (Jens Jensen) — skriv ikke borgeres navne."
    )
    (marked,) = page.note_edit.extraSelections()
    assert marked.cursor.selectedText() == "Jens Jensen"
    assert app.window.active_dialog is None and page.note_edit.hasFocus()
    # A CPR number as well: both warnings, both marked.
    qtbot.keyClicks(page.note_edit, f" {CPR}")
    assert "CPR-nummer" in guard.label.text() and "navn på en borger" in guard.label.text()
    assert len(page.note_edit.extraSelections()) == 2


def test_the_reviewers_own_name_is_no_warning(review: ReviewView, qtbot: QtBot) -> None:
    """The seeded review's reviewer is Mette Sørensen: a colleague, not a citizen."""
    page = review.element_page
    page.note_edit.setFocus()
    qtbot.keyClicks(page.note_edit, "Aftalt med Mette Sørensen")
    assert page.note_guard.label.isHidden() and page.note_edit.extraSelections() == []
    qtbot.keyClicks(page.note_edit, " og Kasper Nielsen")
    assert page.note_guard.label.isVisible()
    assert "(Kasper Nielsen)" in page.note_guard.label.text()


def test_report_asks_about_a_name_and_masks_it(
    store: Store, seeded: str, app: App, qtbot: QtBot, tmp_path: Path
) -> None:
    window = app.window
    window.worker.write(lambda s: _note(s, seeded, "Talte med Jens Jensen om job"))
    window.refresh_teams()
    window.open_assessment(seeded)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    settle(qtbot, window)
    target = window.report_target()
    assert target is not None
    box, went = _ask(app, qtbot, target)
    assert "borgeres navne" in box.text() and "noten til" in box.text()
    assert "Jens Jensen" not in box.text()  # where, never what
    assert box.defaultButton() is not None and box.defaultButton().text() == "Skjul dem"
    box.defaultButton().click()
    assert len(went) == 1 and went[0].mask_personal_data

    out = tmp_path / "rapport.pdf"
    window.reports.export.export_to(went[0], out)
    qtbot.waitUntil(lambda: not window.reports.export.busy, timeout=30_000)
    text = pdf_text(out)
    assert "Talte med N.N. om job" in text and "Jens Jensen" not in text
