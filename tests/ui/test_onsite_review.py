"""Everyday work on site: one word for the reviewers in the app and the PDF, a navigator count
that can't be read as a score, and Ctrl+3 right after undo and redo in the caseload table."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ipsfidelity.i18n import set_language, tr
from ipsfidelity.report import write_report
from ipsfidelity.store import Store, open_store
from ipsfidelity.store.views import CaseloadInfo
from ipsfidelity.ui.app import App
from ipsfidelity.ui.home.assessment_dialog import NewAssessmentDialog
from ipsfidelity.ui.home.models import AssessmentTableModel
from ipsfidelity.ui.review.caseload_model import IPS, STATUS
from ipsfidelity.ui.review.session import CASELOAD_KEY, OUTCOME_KEY
from ipsfidelity.ui.review.view import ReviewView
from tests.test_report import pdf_text
from tests.ui.conftest import activate, focused, settle
from tests.ui.test_caseload_input import _type_into


def test_the_reviewers_have_one_name_in_the_app_and_the_pdf(store: Store, tmp_path: Path) -> None:
    team = store.create_team("IPS Tom")
    info = store.create_assessment(team.id, dt.date(2026, 1, 5), reviewers=["Mette Sørensen"])
    for lang, word in (("da", "Bedømmere"), ("en", "Reviewers")):
        set_language(lang)
        try:
            header = AssessmentTableModel().headerData(
                column_of_reviewers(), Qt.Orientation.Horizontal
            )
            text = pdf_text(write_report(store, info.id, tmp_path / f"r-{lang}.pdf", lang))
        finally:
            set_language("da")
        assert header == word
        assert word in text
    assert "Vurderet af" not in text


def column_of_reviewers() -> int:
    model = AssessmentTableModel()
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return titles.index(tr("col.reviewers"))


def test_the_navigator_counts_rated_elements_in_words(review: ReviewView) -> None:
    model = review.navigator_model
    first = model.item(0)
    assert first is not None
    assert first.text().replace("\u00a0", " ").endswith("· 0 af 2 vurderet")
    assert "/" not in first.text()


def test_ctrl_3_right_after_undo_and_redo_in_the_caseload_table(
    app: App, review: ReviewView, qtbot: QtBot
) -> None:
    window = app.window
    review.go_to(CASELOAD_KEY)
    qtbot.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(focused(), "Nanna Friis")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: review.caseload_model.rows[0].consultant == "Nanna Friis")
    settle(qtbot, window)
    table = review.caseload_page.table
    _type_into(review, qtbot, IPS, "12")
    qtbot.waitUntil(lambda: review.caseload_model.rows[0].ips_cases == 12)
    assert focused() is table
    qtbot.keyClick(focused(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert review.caseload_model.rows[0].ips_cases == 0
    assert focused() is table and table.isVisible()
    qtbot.keyClick(focused(), Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert review.caseload_model.rows[0].ips_cases == 12
    assert focused() is table and table.isVisible()
    qtbot.keyClick(focused(), Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # once
    assert window.results.isVisible()
    settle(qtbot, window)


def test_outcome_figures_are_a_keyboard_step_after_the_caseload(
    app: App, review: ReviewView, qtbot: QtBot, db_path: Path, seeded: str
) -> None:
    window = app.window
    review.go_to(CASELOAD_KEY)
    qtbot.keyClick(focused(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert review.key == OUTCOME_KEY and review.pages.currentWidget() is review.outcome_page
    panel = review.outcome_page.panel
    assert focused() is panel.participants_edit
    qtbot.keyClicks(focused(), "28")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert focused() is panel.in_job_edit  # Enter goes on to the second figure
    qtbot.keyClicks(focused(), "13")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    settle(qtbot, window)
    check = open_store(str(db_path))
    try:
        figures = check.get_outcomes(seeded)
    finally:
        check.close()
    assert figures is not None
    assert (figures.participants, figures.in_job_or_education) == (28, 13)
    last = review.navigator_model.index(review.navigator_model.rowCount() - 1, 0)
    qtbot.waitUntil(lambda: last.data() == "Resultattal · udfyldt")
    assert review.navigator.currentIndex() == last
    qtbot.keyClick(focused(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert review.key == CASELOAD_KEY


def test_a_new_review_starts_with_last_reviews_caseload_to_confirm(
    store: Store, app: App, qtbot: QtBot, db_path: Path
) -> None:
    window = app.window
    team = store.create_team("IPS Ballerup", "Ballerup", "Psykiatrisk Center Ballerup")
    today = dt.date.today()
    first = store.create_assessment(team.id, today - dt.timedelta(days=100))
    store.set_caseload(
        first.id,
        [CaseloadInfo("Nanna Friis", 1.0, 18, 0), CaseloadInfo("Jens Berg", 0.5, 8, 2)],
    )
    window.refresh_teams(team.id)
    settle(qtbot, window)
    qtbot.mouseClick(window.home.new_assessment_button, Qt.MouseButton.LeftButton)
    dialog = window.active_dialog
    assert isinstance(dialog, NewAssessmentDialog)
    qtbot.keyClicks(dialog.reviewers_edit, "Mette Sørensen")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.session is not None and window.session.assessment_id != first.id,
        timeout=10_000,
    )
    settle(qtbot, window)
    activate(qtbot, window)
    review = window.review
    assert review is not None
    second = review.session.assessment_id
    model, page = review.caseload_model, review.caseload_page
    # Consultants, FTE and counts are there, every row marked until confirmed.
    assert [(r.consultant, r.fte, r.ips_cases, r.other_cases, r.carried) for r in model.rows] == [
        ("Nanna Friis", 1.0, 18, 0, True),
        ("Jens Berg", 0.5, 8, 2, True),
    ]
    review.go_to(CASELOAD_KEY)
    assert model.index(0, STATUS).data() == "↻ Bekræft tallene"
    assert page.carried_label.isVisible() and page.carried_label.text().startswith("2 rækker")
    assert review.session.score().caseload.status == "missing"  # not entered yet
    assert review.navigator_model.status(CASELOAD_KEY) == "missing"
    # The first row confirmed as it stands (Ctrl+Enter), the second by typing its count.
    page.table.setFocus()
    page.table.setCurrentIndex(model.index(0, IPS))
    qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert [r.carried for r in model.rows] == [False, True]
    assert page.table.currentIndex().row() == 1  # on to the next row waiting
    assert review.session.score().caseload.status == "missing"  # one still waits
    _type_into_row(review, qtbot, 1, IPS, "7")
    qtbot.waitUntil(lambda: not model.rows[1].carried)
    assert model.rows[1].ips_cases == 7
    assert review.session.score().caseload.status == "ok"
    assert not page.carried_label.isVisible()
    settle(qtbot, window)
    check = open_store(str(db_path))
    try:
        stored = check.get_assessment(second).caseload
        assert [(c.consultant, c.ips_cases, c.carried) for c in stored] == [
            ("Nanna Friis", 18, False),
            ("Jens Berg", 7, False),
        ]
        assert check.score(second).caseload.status == "ok"
    finally:
        check.close()
    # Undo puts the mark back: confirming is an edit like any other.
    window.undo_action.trigger()
    assert model.rows[1].carried and model.rows[1].ips_cases == 8
    settle(qtbot, window)


def _type_into_row(review: ReviewView, qtbot: QtBot, row: int, column: int, text: str) -> None:
    table = review.caseload_page.table
    table.setFocus()
    table.setCurrentIndex(review.caseload_model.index(row, column))
    for char in text:
        qtbot.keyClicks(focused(), char)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
