"""Agreement without variation on the screens: a reviewer who gave one rating throughout
makes kappa 0 by construction, so the consensus step and the results show "–" and why,
never 0,00 as if it had been measured (scoring/agreement.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ipsfidelity.store import Store
from ipsfidelity.ui.main_window import MainWindow
from tests.ui.conftest import activate, focused, settle, wait_ready
from tests.ui.test_lifecycle_ui import open_consensus, open_in_app

FEW = "Bemærk: kappa og alfa over kun 14 elementer er usikre; én ændret bedømmelse flytter tallet meget"
ONE_FLAT = (
    "Kappa kan ikke beregnes meningsfuldt her: en bedømmer gav samme bedømmelse på alle elementer"
)


def _rated(store: Store, reviewers: dict[str, tuple[int, ...]]) -> str:
    """A review where each reviewer says met on every element except partial on the
    elements at the given positions."""
    team = store.create_team("IPS Næstved", "Næstved")
    info = store.create_assessment(team.id, dt.date.today(), reviewers=list(reviewers))
    for name, partial in reviewers.items():
        for i, e in enumerate(store.pack_for(info).element_ids):
            store.set_reviewer_rating(info.id, name, e, "partial" if i in partial else "met")
    return info.id


def test_one_flat_reviewer_shows_a_dash_and_why_on_consensus_and_results(
    app: object, window: MainWindow, qtbot: QtBot, store: Store
) -> None:
    aid = _rated(store, {"Anna": (), "Bo": (1, 7, 12)})
    review = open_in_app(qtbot, window, aid)
    review.focus_current()
    view = open_consensus(qtbot, window)
    assert view.agreement_label.text() == (
        "Bedømmerne gav samme bedømmelse på 79 % af 14 elementer · Cohens kappa (lineært vægtet): –"
    )
    assert view.warning_label.isVisible()
    assert view.warning_label.text().split("\n") == [ONE_FLAT]
    assert "0,00" not in view.agreement_label.text() + view.warning_label.text()

    # Back to the review, then its results (Ctrl+3): the same lines, one under the other.
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(
        lambda: window.review is not None and window.current_screen() is window.review,
        timeout=10_000,
    )
    settle(qtbot, window)
    activate(qtbot, window)
    assert window.review is not None
    window.review.focus_current()
    qtbot.keyClick(focused(), Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    label = window.results.agreement_label
    qtbot.waitUntil(lambda: label.isVisible(), timeout=10_000)
    assert label.text().split("\n") == [
        "Bedømmerne gav samme bedømmelse på 79 % af 14 elementer",
        "Cohens kappa (lineært vægtet): –",
        ONE_FLAT,
    ]


def test_ratings_that_vary_keep_their_kappa_on_the_consensus_screen(
    app: object, window: MainWindow, qtbot: QtBot, store: Store
) -> None:
    # Both say partial somewhere, so kappa measures something. By hand (weights |i - j| / 2):
    # seen 2 * 1/2 / 14 = 1/14; by chance 1/2 * (13/14 * 3/14 + 1/14 * 11/14) = 25/196;
    # kappa = 1 - (1/14) / (25/196) = 11/25.
    aid = _rated(store, {"Anna": (1,), "Bo": (1, 7, 12)})
    review = open_in_app(qtbot, window, aid)
    review.focus_current()
    view = open_consensus(qtbot, window)
    agreement = store.agreement(aid)
    assert agreement.no_variation is None and agreement.value == pytest.approx(11 / 25)
    assert view.agreement_label.text() == (
        "Bedømmerne gav samme bedømmelse på 86 % af 14 elementer"
        " · Cohens kappa (lineært vægtet): 0,44 – moderat enighed (Landis & Koch)"
    )
    assert view.warning_label.text() == FEW


def test_all_alike_in_english_shows_no_alpha_and_why(
    db_path: Path, store: Store, qtbot: QtBot
) -> None:
    from ipsfidelity.ui.app import start

    aid = _rated(store, {"Anna": (), "Bo": (), "Cai": ()})
    started = start(str(db_path), lang="en")
    window = started.window
    try:
        qtbot.waitExposed(window)
        wait_ready(qtbot, window)
        settle(qtbot, window)
        review = open_in_app(qtbot, window, aid)
        review.focus_current()
        view = open_consensus(qtbot, window)
        assert view.agreement_label.text() == (
            "The reviewers gave the same rating on 100% of 14 elements"
            " · Krippendorff's alpha (ordinal): –"
        )
        assert view.warning_label.text().split("\n")[0] == (
            "Alpha cannot be computed here: every reviewer gave the same rating on every element"
        )
    finally:
        window.close()
