"""Measured at 1280×720, a municipal laptop: 720 pixels less a 40-pixel taskbar leave 680 for
a window and its title bar (30 of them), so 650 for what the app draws."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from ipsfidelity.store import Store
from ipsfidelity.ui.app import App
from ipsfidelity.ui.common.screen_fit import TITLE_BAR, fit_to_screen
from ipsfidelity.ui.review.view import ReviewView
from tests.ui.conftest import settle
from tests.ui.test_followup_screens import open_agreement, show_plan

SCREEN = QRect(0, 0, 1280, 720 - 40)  # what the taskbar leaves
WINDOW_HEIGHT = SCREEN.height() - 30  # a maximised window under its title bar


def test_the_agreement_dialog_fits_with_its_title_bar(store: Store, app: App, qtbot: QtBot) -> None:
    window = app.window
    team = store.create_team("IPS Glostrup", "Glostrup", "Psykiatrisk Center Glostrup")
    agreement = store.create_agreement(team.id, dt.date.today() - dt.timedelta(days=30))
    store.update_agreement(agreement.id, target_age="18-40 år")
    window.refresh_teams(team.id)
    settle(qtbot, window)
    dialog = open_agreement(qtbot, window)
    frame = fit_to_screen(dialog, *dialog.preferred_size, available=SCREEN)
    qtbot.wait(10)
    assert SCREEN.contains(frame), (frame, SCREEN)  # title bar and bottom edge on screen
    assert frame.top() >= SCREEN.top() and frame.height() == dialog.height() + TITLE_BAR
    # The layout doesn't force it taller, even at 125 % scaling (576 logical pixels high).
    assert dialog.minimumSizeHint().height() <= 576 - 40 - TITLE_BAR
    assert dialog.height() >= dialog.minimumSizeHint().height()
    close = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
    bottom = close.mapTo(dialog, close.rect().bottomLeft()).y()
    assert close.isVisible() and bottom <= dialog.height()
    dialog.reject()
    settle(qtbot, window)


def test_the_action_plan_shows_at_least_8_rows(
    store: Store, app: App, qtbot: QtBot, db_path: Path
) -> None:
    window = app.window
    window.resize(SCREEN.width(), WINDOW_HEIGHT)
    team = store.create_team("IPS Hvidovre", "Hvidovre", "Psykiatrisk Center Hvidovre")
    day = dt.date.today() - dt.timedelta(days=7)
    info = store.create_assessment(team.id, day, reviewers=["Mette Sørensen"])
    store.set_outcomes(info.id, 28, 13)
    for n in range(12):
        store.add_action_item(info.id, f"Handling {n + 1}", deadline=day + dt.timedelta(days=42))
    view = show_plan(qtbot, window, team.id, info.id)
    qtbot.waitUntil(lambda: view.model.rowCount() == 12)
    window.resize(SCREEN.width(), WINDOW_HEIGHT)
    settle(qtbot, window)
    qtbot.wait(50)  # rows fitted to their text on the next turn of the event loop
    assert window.height() <= WINDOW_HEIGHT
    table = view.table
    viewport = table.viewport().rect()
    whole = [r for r in range(12) if viewport.contains(table.visualRect(view.model.index(r, 1)))]
    assert len(whole) >= 8, (len(whole), table.height(), viewport.height())
    # The outcome figures stay one line away: folded, with the figures in the line.
    section = view.outcome_section
    assert "13 af 28" in section.toggle.text() and not section.panel.isVisible()
    section.toggle.click()
    assert section.panel.isVisible()
    section.toggle.click()


def _principle_rows_fit(review: ReviewView) -> list[str]:
    """Each principle heading in the navigator, checked to show whole: its row as tall as
    its text wrapped at the row's width, and no word wider than the row."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFontMetrics

    tree, model = review.navigator, review.navigator_model
    flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft)
    headings = []
    one_line = QFontMetrics(model.index(0, 0).data(Qt.ItemDataRole.FontRole)).height()
    for row in range(len(review.session.pack.principles)):
        index = model.index(row, 0)
        text = str(index.data())
        metrics = QFontMetrics(index.data(Qt.ItemDataRole.FontRole))
        rect = tree.visualRect(index)
        width = rect.width() - 6  # the style's text margins
        assert rect.isValid() and tree.viewport().rect().contains(rect), (text, rect)
        wrapped = metrics.boundingRect(QRect(0, 0, width, 10_000), flags, text)
        assert wrapped.height() <= rect.height(), (text, wrapped, rect)
        for word in text.replace("\u00a0", " ").split():
            assert metrics.horizontalAdvance(word) <= width, (word, width)
        if metrics.horizontalAdvance(text) > width:  # too long for one line: it wraps
            assert rect.height() >= 2 * one_line, (text, rect)
        headings.append(text.replace("\u00a0", " "))
    return headings


def test_every_principle_heading_shows_whole_at_1280x720(
    review: ReviewView, app: App, qtbot: QtBot
) -> None:
    """The P3 heading was cut mid-word ("2 af 3 vur…") on a laptop: it wraps instead."""
    for lang in ("da", "en"):
        window = app.window
        window.resize(SCREEN.width(), WINDOW_HEIGHT)
        settle(qtbot, window)
        qtbot.wait(50)  # the rows laid out again at the new width
        review = window.review
        assert review is not None
        headings = _principle_rows_fit(review)
        assert len(headings) == 8
        if lang == "da":
            assert headings[2].startswith("P3 Integration med behandling")
            # Narrower than the splitter's first share: still whole, on more lines.
            review.splitter.setSizes([240, SCREEN.width() - 240])
            qtbot.wait(50)
            _principle_rows_fit(review)
            window.choose_language("en")
            qtbot.waitUntil(
                lambda w=window: app.window is not w and app.window.review is not None,
                timeout=10_000,
            )
            settle(qtbot, app.window)
