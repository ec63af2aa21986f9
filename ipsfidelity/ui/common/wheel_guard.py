"""The mouse wheel scrolls the page; it never changes a list or a number the user isn't in.

A wheel turned over a dialog used to switch a signatory's party from Kommune to Psykiatri on
its way past. One filter on the application covers every combo box and spin box, in every
screen and dialog, including those made later: a box takes the keyboard focus only by a click
or Tab (never by the wheel), and a wheel over a box without the focus goes to what is around
it (the scroll area), as if the box weren't there.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QWidget,
)

GUARDED = (QComboBox, QAbstractSpinBox)


def scroll_bar_around(widget: QWidget, vertical: bool) -> QScrollBar | None:
    """The scroll bar of the nearest scroll area around `widget` that can still move."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            bar = parent.verticalScrollBar() if vertical else parent.horizontalScrollBar()
            if bar.maximum() > bar.minimum():
                return bar
        parent = parent.parentWidget()
    return None


def guarded_box(obj: QObject) -> QWidget | None:
    """The combo or spin box `obj` is, or is inside (a spin box's line edit), else None."""
    widget = obj if isinstance(obj, QWidget) else None
    for _ in range(2):  # the box itself, or its editor child
        if widget is None:
            return None
        if isinstance(widget, GUARDED):
            return widget
        widget = widget.parentWidget()
    return None


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, GUARDED):
            if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            return False
        if kind != QEvent.Type.Wheel:
            return False
        box = guarded_box(watched)
        focus = QApplication.focusWidget()
        if box is None or box.hasFocus() or (focus is not None and box.isAncestorOf(focus)):
            return False
        # Not delivered to the box: the page around it scrolls, as if the box weren't there.
        assert isinstance(event, QWheelEvent)
        bar = scroll_bar_around(box, vertical=event.angleDelta().y() != 0)
        if bar is not None:
            QApplication.sendEvent(bar, event)
        event.accept()
        return True


def install_wheel_guard(app: QApplication) -> WheelGuard:
    """Once per application; the guard lives as long as the application.

    The app installs it once the first window is painted (ui/app.py): a filter on the
    application sees every event, and the first window's hundreds of them need not pass
    through Python. The boxes made before it are given the guarded focus policy here; the
    ones made later get it when Qt polishes them."""
    existing = app.findChild(WheelGuard)
    if isinstance(existing, WheelGuard):
        return existing
    guard = WheelGuard(app)
    for widget in app.allWidgets():
        if isinstance(widget, GUARDED) and widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    app.installEventFilter(guard)
    return guard
