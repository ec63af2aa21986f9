"""The finish dialog names each element whose consensus no reviewer gave (the consensus
screen's »≠ alle«) before the reviewers sign, and still lets them finish: it may be a
deliberate joint decision."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ipsfidelity.store import Store
from ipsfidelity.ui.main_window import MainWindow
from tests.ui.test_consensus_marks_ui import both_rated_met
from tests.ui.test_lifecycle_ui import ok, open_finish, open_in_app, reopened_view


def _two_rated_met_with_consensus(store: Store, slipped: dict[int, str]) -> tuple[str, list[str]]:
    """Anna and Bo both rate every element »Opfyldt«; so does the consensus, except at the
    elements in `slipped` (index in the pack's order -> rating)."""
    assessment_id, elements = both_rated_met(store)
    for n, e in enumerate(elements):
        store.set_consensus(assessment_id, e, slipped.get(n, "met"))
    return assessment_id, elements


def test_the_finish_dialog_names_a_consensus_no_reviewer_gave_and_still_finishes(
    app: object, window: MainWindow, qtbot: QtBot, store: Store
) -> None:
    assessment_id, elements = _two_rated_met_with_consensus(store, {0: "partial", 4: "not_met"})
    first, fifth = elements[0], elements[4]
    review = open_in_app(qtbot, window, assessment_id)
    dialog = open_finish(qtbot, window, review)
    assert dialog.differing.isVisible()
    assert dialog.differing.text().splitlines() == [
        f"⚠ {first}: konsensus »Delvist opfyldt«, som ingen bedømmer gav"
        " — tjek, før I underskriver",
        f"⚠ {fifth}: konsensus »Ikke opfyldt«, som ingen bedømmer gav — tjek, før I underskriver",
    ]

    # Not blocking: both sign, the missing caseload gets its reason, and the review finishes
    # with the consensus as the reviewers left it.
    for _name, box, _date in dialog.confirms:
        box.setChecked(True)
    dialog.unavailable.setChecked(True)
    dialog.reason.setText("Teamet har ikke sendt listen")
    ok(dialog)
    reopened_view(qtbot, window, review)
    assert store.lifecycle(assessment_id).finished_at is not None
    ratings = store.get_assessment(assessment_id).ratings
    assert (ratings[first].rating, ratings[fifth].rating) == ("partial", "not_met")


def test_the_finish_dialog_says_nothing_when_every_consensus_was_given(
    app: object, window: MainWindow, qtbot: QtBot, store: Store
) -> None:
    assessment_id, elements = _two_rated_met_with_consensus(store, {})
    review = open_in_app(qtbot, window, assessment_id)
    dialog = open_finish(qtbot, window, review)
    assert [name for name, _box, _date in dialog.confirms] == ["Anna", "Bo"]
    assert not dialog.differing.isVisible() and dialog.differing.text() == ""
    dialog.reject()
    assert all(r.rating == "met" for r in store.get_assessment(assessment_id).ratings.values())
    assert len(store.get_assessment(assessment_id).ratings) == len(elements)
