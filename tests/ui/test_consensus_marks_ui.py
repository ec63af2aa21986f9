"""The consensus screen marks a consensus no reviewer gave: the ambassador's slipped key
(both reviewers »Opfyldt«, the consensus »Delvist opfyldt«) shows as »≠ alle« and is counted."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ipsfidelity.i18n import tr
from ipsfidelity.store import Store
from ipsfidelity.ui.app import start
from ipsfidelity.ui.consensus.screen import ConsensusView
from ipsfidelity.ui.main_window import MainWindow
from tests.ui.conftest import focused, settle, wait_ready
from tests.ui.test_lifecycle_ui import open_consensus, open_in_app


def both_rated_met(store: Store) -> tuple[str, list[str]]:
    team = store.create_team("IPS Greve", "Greve")
    info = store.create_assessment(team.id, dt.date.today(), reviewers=["Anna", "Bo"])
    elements = store.pack_for(info).element_ids
    for name in ("Anna", "Bo"):
        for e in elements:
            store.set_reviewer_rating(info.id, name, e, "met")
    return info.id, elements


def _marked(view: ConsensusView) -> list[str]:
    return [
        view.rows[n].element_id
        for n in range(len(view.rows))
        if view.table.item(n, 0).text().startswith(tr("annex.differs_from_all"))
    ]


def test_a_slipped_key_shows_as_a_consensus_no_reviewer_gave(
    app: object, window: MainWindow, qtbot: QtBot, store: Store
) -> None:
    assessment_id, elements = both_rated_met(store)
    open_in_app(qtbot, window, assessment_id)
    view = open_consensus(qtbot, window)
    assert _marked(view) == [] and not view.differ_label.isVisible()
    assert view.table.currentRow() == 0
    qtbot.keyClick(focused(), Qt.Key.Key_2)  # "Delvist opfyldt"; the cursor moves on
    settle(qtbot, window)
    assert store.get_assessment(assessment_id).ratings[elements[0]].rating == "partial"
    assert view.table.currentRow() == 1
    item = view.table.item(0, 0)
    assert item.text().startswith("≠ alle ")
    assert item.toolTip().startswith("Konsensus afviger fra alle bedømmere\n")
    assert item.data(Qt.ItemDataRole.AccessibleTextRole).startswith(
        "Konsensus afviger fra alle bedømmere: "
    )
    assert view.differ_label.isVisible()
    assert view.differ_label.text() == "1 element har en konsensus, som ingen bedømmer gav"

    # Accepting the agreed elements leaves the slipped one alone, and a second slip is counted.
    qtbot.keyClick(focused(), Qt.Key.Key_A)
    settle(qtbot, window)
    view = window.consensus.view
    assert isinstance(view, ConsensusView)
    assert _marked(view) == [elements[0]]
    view.table.setCurrentCell(5, 0)
    view.focus_table()
    qtbot.keyClick(focused(), Qt.Key.Key_3)
    settle(qtbot, window)
    assert _marked(view) == [elements[0], view.rows[5].element_id]
    assert view.differ_label.text() == "2 elementer har en konsensus, som ingen bedømmer gav"

    # Put right, both marks go, and so does the line.
    for row in (0, 5):
        view.table.setCurrentCell(row, 0)
        view.focus_table()
        qtbot.keyClick(focused(), Qt.Key.Key_1)
    settle(qtbot, window)
    assert _marked(view) == [] and not view.differ_label.isVisible()
    assert all(r.rating == "met" for r in store.get_assessment(assessment_id).ratings.values())

    # Read again from the store, the marks stay the same (none).
    view = open_consensus(qtbot, window)
    assert _marked(view) == [] and not view.differ_label.isVisible()


def test_the_mark_and_the_line_in_english_and_after_reading_again(
    db_path: Path, store: Store, qtbot: QtBot
) -> None:
    assessment_id, elements = both_rated_met(store)
    store.set_consensus(assessment_id, elements[2], "not_met")  # written before the app opens
    store.set_consensus(assessment_id, elements[3], "met")
    started = start(str(db_path), lang="en")
    window = started.window
    try:
        qtbot.waitExposed(window)
        wait_ready(qtbot, window)
        open_in_app(qtbot, window, assessment_id)
        view = open_consensus(qtbot, window)
        assert _marked(view) == [elements[2]]
        row = next(n for n, r in enumerate(view.rows) if r.element_id == elements[2])
        assert view.table.item(row, 0).text().startswith("≠ all ")
        assert (
            view.table.item(row, 0)
            .toolTip()
            .startswith("The consensus differs from every reviewer\n")
        )
        assert view.differ_label.text() == "1 element has a consensus that no reviewer gave"
    finally:
        window.close()
