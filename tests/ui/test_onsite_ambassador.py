"""What an ambassador met walking a whole review on site, keyboard first: a finished review
opens on its result, Home/End in the walk-through, End on the consensus screen."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ipsfidelity.store import Store
from ipsfidelity.ui.main_window import MainWindow
from tests.ui.conftest import focused, settle
from tests.ui.test_lifecycle_ui import open_in_app, reopened_view


def _rated_blind(store: Store) -> tuple[str, list[str]]:
    """Anna and Bo rated on their own (Bo gave the first element »partial«), the consensus
    says »met« everywhere."""
    team = store.create_team("IPS Roskilde", "Roskilde")
    info = store.create_assessment(team.id, dt.date.today(), reviewers=["Anna", "Bo"])
    elements = list(store.pack_for(info).element_ids)
    for element in elements:
        store.set_reviewer_rating(info.id, "Anna", element, "met")
        store.set_reviewer_rating(
            info.id, "Bo", element, "partial" if element == elements[0] else "met"
        )
        store.set_consensus(info.id, element, "met")
    store.mark_caseload_unavailable(info.id, "Ikke opgjort i kvartalet")
    return info.id, elements


def test_a_finished_review_opens_on_the_consensus_where_a_reviewer_rated(
    app: object, window: MainWindow, qtbot: QtBot, store: Store
) -> None:
    assessment_id, elements = _rated_blind(store)
    key = f"review_rater/{assessment_id}"
    window.settings.setValue(key, "Bo")  # Bo rated on this laptop
    store.finish(assessment_id, [("Anna", dt.date.today()), ("Bo", dt.date.today())])

    review = open_in_app(qtbot, window, assessment_id)
    assert review.lifecycle.chosen_rater() == ""  # the result, not Bo's own ratings
    assert window.session is not None and window.session.rater == ""
    assert window.session.elements[elements[0]].rating == "met"
    assert window.settings.value(key) == "Bo"  # kept for when it is reopened

    # Reopened, Bo goes on with his own ratings as before.
    store.reopen(assessment_id, "P1.1 skal drøftes igen")
    window.open_assessment(assessment_id)
    again = reopened_view(qtbot, window, review)
    qtbot.waitUntil(lambda: window.session is not None and window.session.rater == "Bo")
    assert again.lifecycle.chosen_rater() == "Bo"
    qtbot.waitUntil(
        lambda: window.session is not None
        and window.session.elements[elements[0]].rating == "partial"
    )
