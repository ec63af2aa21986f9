"""Menu actions: a text, what it does and its keys, built the same way for every family.

A family that adds to the window's menus lists its actions as rows
`(text, slot, keys)` and gets the `QAction`s back (to enable, or for tests to trigger).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

# A shortcut as Qt takes it ("Ctrl+E", a standard key such as Print), or none.
Keys = str | QKeySequence.StandardKey | None
ActionRow = tuple[str, Callable[[], object], Keys]


def make_action(
    parent: QObject, text: str, slot: Callable[[], object], keys: Keys = None
) -> QAction:
    action = QAction(text, parent)
    if keys is not None:
        action.setShortcut(QKeySequence(keys))
    # Through a lambda: `triggered` passes `checked`, which the slots don't take.
    action.triggered.connect(lambda _checked=False: slot())
    return action


def add_actions(menu: QMenu, parent: QObject, rows: Iterable[ActionRow]) -> list[QAction]:
    """The rows as actions of `parent`, added to `menu` in order."""
    actions = [make_action(parent, text, slot, keys) for text, slot, keys in rows]
    for action in actions:
        menu.addAction(action)
    return actions
