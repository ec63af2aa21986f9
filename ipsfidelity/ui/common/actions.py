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

# Keys that a menu entry and a button elsewhere share (the button's tooltip names them).
# Not Ctrl+N: the caseload page and the action plan take it for their own "new row", and
# a window-wide Ctrl+N beside them would leave Qt with an ambiguous key that does nothing.
NEW_TEAM_KEYS = "Ctrl+Shift+T"
NEW_ASSESSMENT_KEYS = "Ctrl+Shift+N"
FINISH_KEYS = "Ctrl+Shift+F"
REOPEN_KEYS = "Ctrl+Shift+G"  # Genåbn


def keys_text(keys: str) -> str:
    """Keys as the user's language writes them ("Ctrl+Skift+F" in Danish)."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


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
