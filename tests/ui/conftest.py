"""Fixtures for driving the real app offscreen: a started window on a real SQLite file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ipsfidelity.ui.app import App, start
from ipsfidelity.ui.main_window import MainWindow


def settle(qtbot: QtBot, window: MainWindow) -> None:
    """Wait until the database worker has done everything queued (reads and writes)."""
    qtbot.waitUntil(lambda: not window.db.busy, timeout=10_000)


def activate(qtbot: QtBot, window: QWidget) -> None:
    """What the window manager does when a dialog closes: the main window is active again."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


@pytest.fixture
def app(qtbot: QtBot, db_path: Path) -> Iterator[App]:
    started = start(str(db_path), lang="da")
    window = started.window
    qtbot.addWidget(window)
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.db.store is not None, timeout=15_000)
    settle(qtbot, window)
    yield started
    started.window.close()


@pytest.fixture
def window(app: App) -> MainWindow:
    return app.window
