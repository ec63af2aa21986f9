"""Keyboard focus lands where the next key is meant to go."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ipsfidelity.store import Store
from ipsfidelity.ui.app import App
from ipsfidelity.ui.common.date_field import DateField
from ipsfidelity.ui.review.session import CASELOAD_KEY
from ipsfidelity.ui.review.view import ReviewView
from tests.ui.conftest import focused, settle
from tests.ui.test_followup_screens import open_agreement


def test_after_the_last_rating_the_first_ctrl_n_adds_a_consultant(
    app: App, review: ReviewView, qtbot: QtBot
) -> None:
    for _ in review.session.pack.element_ids:
        qtbot.keyClick(focused(), Qt.Key.Key_1)
    assert review.key == CASELOAD_KEY
    qtbot.wait(20)  # the page's deferred focus check has run
    assert focused() is review.caseload_page.table
    qtbot.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert review.caseload_model.rowCount() == 1
    qtbot.keyClicks(focused(), "Nanna Friis")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: review.caseload_model.rows[0].consultant == "Nanna Friis")


def test_the_caseload_page_takes_focus_back_from_a_hidden_page(
    app: App, review: ReviewView, qtbot: QtBot
) -> None:
    review.go_to("P8.2")
    review.element_page.setFocus()
    review.pages.setCurrentWidget(review.caseload_page)  # shown without go_to's own focus
    qtbot.waitUntil(lambda: focused() is review.caseload_page.table)


def test_agreement_opens_on_its_first_field_and_enter_creates_nothing(
    store: Store, app: App, qtbot: QtBot
) -> None:
    window = app.window
    team = store.create_team("IPS Glostrup", "Glostrup")
    store.create_agreement(team.id, dt.date(2026, 3, 1))
    window.refresh_teams(team.id)
    settle(qtbot, window)
    dialog = open_agreement(qtbot, window)
    assert focused() is dialog.fields["start_date"]
    assert dialog.version_box.currentText() == "gælder fra 2026-03-01 (gældende nu)"
    # The whole text shows: the combo is as wide as its longest item.
    width = dialog.version_box.fontMetrics().horizontalAdvance(dialog.version_box.currentText())
    assert dialog.version_box.width() > width
    # Enter in the new version's date (or any field) neither creates a version nor closes.
    dialog.new_date.setFocus()
    qtbot.keyClick(dialog.new_date, Qt.Key.Key_Return)
    municipality = dialog.fields["municipality"]
    municipality.setFocus()
    qtbot.keyClick(municipality, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert dialog.isVisible() and len(dialog.versions) == 1
    assert len(store.agreements(team.id)) == 1
    dialog.reject()


def test_agreement_without_versions_starts_at_the_new_version_date(
    store: Store, app: App, qtbot: QtBot
) -> None:
    window = app.window
    team = store.create_team("IPS Ballerup", "Ballerup")
    window.refresh_teams(team.id)
    settle(qtbot, window)
    dialog = open_agreement(qtbot, window)
    assert isinstance(focused(), DateField) and focused() is dialog.new_date
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    settle(qtbot, window)
    assert dialog.versions == [] and dialog.isVisible()
    dialog.reject()
