"""The walk-through's undoable edits (`ui/review/undo.py`) with a reviewer chosen in a blind
review: each edit, its undo and its redo reach that reviewer's own row through the one
`set_rating` operation, never the consensus, and undo shows the element it changed."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ipsfidelity.store import Store
from ipsfidelity.ui.main_window import MainWindow
from tests.ui.conftest import focused, settle
from tests.ui.test_lifecycle_ui import choose_rater, open_in_app


def test_a_reviewers_own_rating_and_note_undo_and_redo_in_their_own_row(
    app: object, window: MainWindow, qtbot: QtBot, store: Store
) -> None:
    team = store.create_team("IPS Køge", "Køge", "Psykiatrien Øst")
    info = store.create_assessment(
        team.id, dt.date.today() - dt.timedelta(days=1), reviewers=["Anna Holm", "Bo Lund"]
    )
    review = open_in_app(qtbot, window, info.id)
    choose_rater(qtbot, window, review, "Anna Holm")
    first = review.key

    def own(element: str) -> tuple[str, str]:
        settle(qtbot, window)
        rating = store.own_ratings(info.id, "Anna Holm").get(element)
        return (rating.rating, rating.note) if rating else ("not_rated", "")

    qtbot.keyClick(focused(), Qt.Key.Key_1)  # met, and on to the next element
    assert review.key != first and own(first) == ("met", "")
    review.element_page.note_edited.emit(first, "Set i journalerne")
    assert own(first) == ("met", "Set i journalerne")

    window.undo_action.trigger()  # the note
    assert own(first) == ("met", "")
    window.undo_action.trigger()  # the rating
    assert own(first)[0] == "not_rated" and review.key == first  # undo shows the element
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert own(first) == ("met", "Set i journalerne")
    assert review.session.elements[first].note == "Set i journalerne"
    consensus = store.get_assessment(info.id).rating_values
    assert consensus.get(first, "not_rated") == "not_rated"  # the consensus is untouched
