"""Fixtures for driving the real app offscreen: a started window on a real SQLite file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ipsfidelity.store import Store
from ipsfidelity.ui.app import App, start
from ipsfidelity.ui.main_window import MainWindow
from ipsfidelity.ui.review.view import ReviewView


def settle(qtbot: QtBot, window: MainWindow) -> None:
    """Wait until the database worker has done everything queued (reads and writes)."""
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=10_000)


def wait_ready(qtbot: QtBot, window: MainWindow) -> None:
    """The screens are built (right after the window shows) and the database is open."""
    qtbot.waitUntil(
        lambda: hasattr(window, "worker") and window.worker.store is not None, timeout=15_000
    )


def activate(qtbot: QtBot, window: QWidget) -> None:
    """What the window manager does when a dialog closes: the main window is active again."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


@pytest.fixture(autouse=True)
def _no_pdf_viewer() -> None:
    """An export in a test never opens the system's PDF viewer (the settings file is the
    test's own, see tests/conftest.py); tests that check the step inject an opener."""
    from ipsfidelity.ui.common.settings import open_settings
    from ipsfidelity.ui.report.export import OPEN_AFTER_KEY

    settings = open_settings()
    settings.setValue(OPEN_AFTER_KEY, "false")
    settings.sync()


@pytest.fixture
def app(qtbot: QtBot, db_path: Path) -> Iterator[App]:
    started = start(str(db_path), lang="da")
    window = started.window  # closed below: a language switch replaces (and deletes) it
    window.activateWindow()
    qtbot.waitExposed(window)
    wait_ready(qtbot, window)
    settle(qtbot, window)
    yield started
    started.window.close()


@pytest.fixture
def window(app: App) -> MainWindow:
    return app.window


@pytest.fixture
def seeded(store: Store) -> str:
    """A team with one fresh assessment, written before the app opens the file."""
    team = store.create_team("IPS Hvidovre", "Hvidovre", "Psykiatrisk Center Hvidovre")
    info = store.create_assessment(team.id, dt.date(2026, 11, 3), reviewers=["Mette Sørensen"])
    return info.id


@pytest.fixture
def review(seeded: str, app: App, qtbot: QtBot) -> ReviewView:
    """The app with the seeded assessment open in the walk-through, keyboard on the page."""
    window = app.window
    window.refresh_teams()  # the app may have started before the team was written
    window.open_assessment(seeded)
    qtbot.waitUntil(lambda: window.review is not None, timeout=10_000)
    settle(qtbot, window)
    activate(qtbot, window)
    assert window.review is not None
    return window.review
