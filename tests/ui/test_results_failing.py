"""The results screen names each failing element in words under the verdict."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ipsfidelity.i18n import pick
from ipsfidelity.ui.app import App
from ipsfidelity.ui.review.results import first_sentence
from ipsfidelity.ui.review.view import ReviewView
from ipsfidelity.wording import verdict_sentence


def test_failing_elements_show_rating_and_first_sentence(
    app: App, review: ReviewView, qtbot: QtBot
) -> None:
    window = app.window
    session = review.session
    for element_id in session.pack.element_ids:
        rating = {"P1.2": "not_met", "P2.1": "partial"}.get(element_id, "met")
        session.set_rating(element_id, rating)
    window.show_results()
    results = window.results
    assert results.verdict_text() == verdict_sentence(session.score())  # unchanged
    texts = {e.id: pick(e.text) for e in session.pack.elements}
    shown = [label.text() for label in results.failing_labels]
    assert len(shown) == 2 and results.failing_box.isVisible()
    assert "<b>P1.2</b> Ikke opfyldt" in shown[0] and "<b>P2.1</b> Delvist opfyldt" in shown[1]
    assert first_sentence(texts["P1.2"]).replace("»", "") in shown[0].replace("»", "")
    assert results.failing_labels[0].toolTip() == texts["P1.2"]

    for element_id in session.pack.element_ids:  # all met: nothing listed
        session.set_rating(element_id, "met")
    window.show_results()
    assert results.failing_labels == [] and not results.failing_box.isVisible()


def test_first_sentence_is_cut_at_a_word() -> None:
    assert first_sentence("Kort. Og mere.") == "Kort."
    long = "ord " * 60
    cut = first_sentence(long)
    assert cut.endswith(" …") and len(cut) <= 112
