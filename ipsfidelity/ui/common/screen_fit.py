"""Dialogs that fit the screen they open on, title bar included (a 1280×720 municipal laptop
with a taskbar leaves about 680 pixels; at 125 % scaling fewer)."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

TITLE_BAR = 32  # what a window manager adds above a window; Qt can't know it before showing
MARGIN = 8


def available_area(widget: QWidget) -> QRect:
    parent = widget.parentWidget()
    screen = (parent.screen() if parent is not None else None) or widget.screen()
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(
    widget: QWidget, width: int, height: int, available: QRect | None = None
) -> QRect:
    """Size the window to at most `width`×`height`, smaller where the screen is, and place it
    centred with its title bar on the screen. Returns the frame it will have, title included."""
    area = available if available is not None else available_area(widget)
    least = widget.minimumSizeHint()  # what the layout needs wins over the wish
    width = min(max(width, least.width()), area.width() - 2 * MARGIN)
    height = min(max(height, least.height()), area.height() - TITLE_BAR - 2 * MARGIN)
    widget.resize(width, height)
    x = area.x() + (area.width() - width) // 2
    y = area.y() + max(MARGIN, (area.height() - height - TITLE_BAR) // 2)
    widget.move(x, y)  # a window's position is its frame's: the title bar starts here
    return QRect(x, y, width, height + TITLE_BAR)
