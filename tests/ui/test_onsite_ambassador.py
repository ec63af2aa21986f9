"""What an ambassador met walking a whole review on site, keyboard first: a finished review
opens on its result, Home/End in the walk-through, End on the consensus screen, an export
that says it hides citizens' names."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ipsfidelity.history_words import history_rows, pack_words
from ipsfidelity.store import Store
from ipsfidelity.store.views import CaseloadInfo
from ipsfidelity.ui.consensus.dialogs import FinishDialog
from ipsfidelity.ui.exchange.export_dialog import ExportDialog
from ipsfidelity.ui.main_window import MainWindow
from tests.ui.conftest import activate, focused, settle
from tests.ui.test_lifecycle_ui import (
    choose_rater,
    finish_signed_in,
    open_consensus,
    open_in_app,
    reopened_view,
)


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
        lambda: (
            window.session is not None and window.session.elements[elements[0]].rating == "partial"
        )
    )


def test_home_and_end_in_the_walk_through_bring_the_next_reviewer_to_the_top(
    app: object, window: MainWindow, qtbot: QtBot, store: Store
) -> None:
    team = store.create_team("IPS Roskilde", "Roskilde")
    info = store.create_assessment(team.id, dt.date.today(), reviewers=["Anna", "Bo"])
    elements = list(store.pack_for(info).element_ids)
    review = open_in_app(qtbot, window, info.id)
    choose_rater(qtbot, window, review, "Anna")
    for _element in elements:  # Anna rates all 14 and lands past the elements
        qtbot.keyClick(focused(), Qt.Key.Key_1)
    settle(qtbot, window)
    assert review.key not in elements

    # Bo takes over where Anna stopped; from the last element Home goes to the top.
    choose_rater(qtbot, window, review, "Bo")
    review.go_to(elements[-1])
    review.focus_current()
    qtbot.keyClick(focused(), Qt.Key.Key_Home)
    assert review.key == elements[0]
    assert focused() is review.element_page
    qtbot.keyClick(focused(), Qt.Key.Key_2)
    settle(qtbot, window)
    assert store.own_ratings(info.id, "Bo")[elements[0]].rating == "partial"
    assert store.own_ratings(info.id, "Anna")[elements[0]].rating == "met"
    review.go_to(elements[0])
    review.focus_current()
    qtbot.keyClick(focused(), Qt.Key.Key_End)
    assert review.key == window.session.keys[-1]  # type: ignore[union-attr]


def test_end_on_the_consensus_screen_goes_to_the_caseload_row(
    app: object, window: MainWindow, qtbot: QtBot, store: Store
) -> None:
    assessment_id, elements = _rated_blind(store)
    store.set_reviewer_caseload(assessment_id, "Anna", [CaseloadInfo("Karen Nielsen", 1.0, 18, 2)])
    store.set_reviewer_caseload(assessment_id, "Bo", [CaseloadInfo("Karen Nielsen", 1.0, 16, 2)])
    open_in_app(qtbot, window, assessment_id)
    view = open_consensus(qtbot, window)
    qtbot.keyClick(focused(), Qt.Key.Key_End)
    assert view.table.currentRow() == view.table.rowCount() - 1 == len(elements)
    qtbot.keyClick(focused(), Qt.Key.Key_2)  # the second reviewer's reading: Bo's
    settle(qtbot, window)
    caseload = store.get_assessment(assessment_id).caseload
    assert [(c.consultant, c.ips_cases) for c in caseload] == [("Karen Nielsen", 16)]
    qtbot.keyClick(focused(), Qt.Key.Key_Home)
    assert view.table.currentRow() == 0


def test_the_export_says_it_hides_citizens_names_and_does(
    app: object, window: MainWindow, qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    assessment_id, elements = _rated_blind(store)
    store.set_reviewer_rating(
        assessment_id, "Anna", elements[0], "met", note="Talte med Jens Jensen om hans job"
    )
    open_in_app(qtbot, window, assessment_id)
    window.exchange.ask_export()
    qtbot.waitUntil(lambda: isinstance(window.active_dialog, ExportDialog), timeout=10_000)
    dialog = window.active_dialog
    assert isinstance(dialog, ExportDialog)
    assert dialog.mask_box.isChecked()
    assert dialog.mask_box.text() == "Skjul CPR-numre og borgeres navne i noter og tekster"
    path = tmp_path / "til anden bærbar.json"
    dialog.path_edit.setText(str(path))
    dialog.accept()
    qtbot.waitUntil(lambda: getattr(window.exchange, "last_export", None) == path, timeout=15_000)
    written = path.read_text(encoding="utf-8")
    assert "Talte med N.N. om hans job" in written and "Jens Jensen" not in written
    assert "Anna" in written  # the reviewers' own names stay


def test_finishing_from_the_consensus_screen_stays_there_when_cancelled(
    app: object, window: MainWindow, qtbot: QtBot, store: Store
) -> None:
    assessment_id, _elements = _rated_blind(store)
    window.settings.setValue(f"review_rater/{assessment_id}", "Bo")  # Bo rated last here
    review = open_in_app(qtbot, window, assessment_id)
    qtbot.waitUntil(lambda: window.session is not None and window.session.rater == "Bo")
    view = open_consensus(qtbot, window)
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(focused(), Qt.Key.Key_F, ctrl_shift)
    qtbot.waitUntil(lambda: isinstance(window.active_dialog, FinishDialog), timeout=10_000)
    assert window.current_screen() is view
    dialog = window.active_dialog
    assert isinstance(dialog, FinishDialog)
    dialog.reject()
    qtbot.waitUntil(lambda: window.active_dialog is None)
    activate(qtbot, window)
    view.focus_table()
    first = view.rows[view.table.currentRow()].element_id
    qtbot.keyClick(focused(), Qt.Key.Key_3)  # goes on setting the consensus, not Bo's own
    settle(qtbot, window)
    assert store.get_assessment(assessment_id).ratings[first].rating == "not_met"
    assert store.own_ratings(assessment_id, "Bo")[first].rating in ("met", "partial")

    # Signed from there, the finished review opens on its result.
    qtbot.keyClick(focused(), Qt.Key.Key_F, ctrl_shift)
    qtbot.waitUntil(lambda: isinstance(window.active_dialog, FinishDialog), timeout=10_000)
    signing = window.active_dialog
    assert isinstance(signing, FinishDialog)
    done = finish_signed_in(qtbot, window, review, signing)
    assert store.lifecycle(assessment_id).state == "finished"
    assert done.lifecycle.chosen_rater() == "" and window.current_screen() is done
    # Both signed: Historik names the finish and the sign-offs as theirs jointly, not Bo's.
    entries = store.history(assessment_id)
    finishing = [h for h in entries if h.entity == "signoff" or h.new == "finished"]
    assert len(finishing) >= 3 and all(h.reviewer == "" for h in finishing)
    words = pack_words(
        store.pack_for(store.get_assessment(assessment_id).info), "da", ["Anna", "Bo"]
    )
    rows = history_rows(finishing, words, lang="da")
    assert {r.reviewer for r in rows} == {"Fælles (Anna, Bo)"}
