"""Who is rating a review with two or more reviewers: asked when a draft opens, nothing saved
before the choice, remembered per review on this computer; one reviewer stays as fast."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ipsfidelity.i18n import tr
from ipsfidelity.store import Store
from ipsfidelity.ui.common.settings import open_settings
from ipsfidelity.ui.main_window import MainWindow
from tests.ui.conftest import focused, settle
from tests.ui.test_lifecycle_ui import open_in_app, reopened_view


def _two_reviewers(store: Store) -> tuple[str, list[str]]:
    team = store.create_team("IPS Greve", "Greve")
    info = store.create_assessment(team.id, dt.date.today(), reviewers=["Anna", "Bo"])
    return info.id, list(store.pack_for(info).element_ids)


def test_a_draft_asks_who_is_rating_and_saves_no_key_before(
    app: object, window: MainWindow, qtbot: QtBot, store: Store
) -> None:
    assessment_id, elements = _two_reviewers(store)
    review = open_in_app(qtbot, window, assessment_id)
    review.focus_current()
    bar = review.lifecycle
    assert bar.chosen_rater() is None and bar.rater_question.isVisible()
    assert focused() is bar.rater_combo  # the question has the keyboard
    assert (
        bar.rater_label.text() == "Hve&m vurderer?" and bar.rater_label.buddy() is bar.rater_combo
    )

    # A rating key before the choice is refused and saves nothing, neither shared nor own.
    review.element_page.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_1)
    settle(qtbot, window)
    assert window.indicator.text().endswith(tr("rater.choose_first"))
    assert focused() is bar.rater_combo
    assert store.get_assessment(assessment_id).ratings == {}
    assert store.own_ratings(assessment_id, "Anna") == {}
    assert store.own_ratings(assessment_id, "Bo") == {}

    # ↓ ↓ Enter: Bo (the reviewers come before the consensus), then 14 keys are his own.
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.session is not None and window.session.rater == "Bo")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert not bar.rater_question.isVisible() and focused() is not bar.rater_combo
    review.go_to(elements[0])
    review.focus_current()
    for _element in elements:
        qtbot.keyClick(focused(), Qt.Key.Key_1)
    settle(qtbot, window)
    assert len(store.own_ratings(assessment_id, "Bo")) == 14
    assert store.get_assessment(assessment_id).ratings == {}  # blind: no consensus written

    # Remembered in the settings file; opened again, the app goes on as Bo.
    window.settings.sync()
    assert open_settings().value(f"review_rater/{assessment_id}") == "Bo"
    window.open_assessment(assessment_id)
    again = reopened_view(qtbot, window, review)
    assert again.lifecycle.chosen_rater() == "Bo"
    assert window.session is not None and window.session.rater == "Bo"
    assert not again.lifecycle.rater_question.isVisible()
    again.go_to(elements[0])
    again.focus_current()
    qtbot.keyClick(focused(), Qt.Key.Key_2)
    settle(qtbot, window)
    assert store.own_ratings(assessment_id, "Bo")[elements[0]].rating == "partial"
    assert store.get_assessment(assessment_id).ratings == {}


def test_the_consensus_is_still_chosen_on_purpose(
    app: object, window: MainWindow, qtbot: QtBot, store: Store
) -> None:
    assessment_id, elements = _two_reviewers(store)
    review = open_in_app(qtbot, window, assessment_id)
    review.focus_current()
    qtbot.keyClick(focused(), Qt.Key.Key_End)  # the last on the list: the consensus
    assert review.lifecycle.rater_combo.currentText() == tr("lifecycle.ui.consensus_of_rater")
    qtbot.waitUntil(lambda: window.session is not None and not window.session.awaiting_rater)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    review.go_to(elements[0])
    review.focus_current()
    qtbot.keyClick(focused(), Qt.Key.Key_1)
    settle(qtbot, window)
    assert store.get_assessment(assessment_id).ratings[elements[0]].rating == "met"
    window.settings.sync()
    assert open_settings().value(f"review_rater/{assessment_id}") == ""


def test_a_finished_review_does_not_ask(
    app: object, window: MainWindow, qtbot: QtBot, store: Store
) -> None:
    assessment_id, elements = _two_reviewers(store)
    for element in elements:
        store.set_rating(assessment_id, element, "met")
    store.mark_caseload_unavailable(assessment_id, "Ikke opgjort i kvartalet")
    for name in ("Anna", "Bo"):
        store.sign_off(assessment_id, name, dt.date.today())
    store.finish(assessment_id)
    review = open_in_app(qtbot, window, assessment_id)
    assert not review.lifecycle.rater_question.isVisible()
    assert review.lifecycle.chosen_rater() == ""
    assert window.session is not None and not window.session.awaiting_rater
