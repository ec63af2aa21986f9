"""The status bar's passing messages belong to the screen they were shown on.

A message ("Caseload fra Bo er nu vurderingens caseload", a red "Ikke gemt: …") says what
just happened where the user is. It times out by itself (QStatusBar.showMessage's timeout, the
indicator's fade); a change of screen clears it sooner, unless it was shown by the very step
that changed the screen (a review reopened after a refusal, a new review with its plan carried
over): such a message is younger than `FRESH_S`. A refusal, the newest news, clears an older
message too: the two do not fit side by side, and the older one would be cut off.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStackedWidget, QStatusBar

from ipsfidelity.ui.common.widgets import SavedIndicator

FRESH_S = 2.0  # a message this young came with the screen change, not before it


class ScreenMessages(QObject):
    """Clears the status bar's message and the indicator's refusal when the screen changes."""

    def __init__(self, bar: QStatusBar, indicator: SavedIndicator, stack: QStackedWidget) -> None:
        super().__init__(bar)
        self.bar = bar
        self.indicator = indicator
        self.shown_at = 0.0
        bar.messageChanged.connect(self._message_changed)
        stack.currentChanged.connect(self._screen_changed)
        indicator.refused_shown.connect(self._clear_older)

    def _message_changed(self, text: str) -> None:
        if text:
            self.shown_at = time.monotonic()

    def _screen_changed(self, _index: int) -> None:
        self._clear_older()
        self.indicator.clear_older_than(FRESH_S)

    def _clear_older(self) -> None:
        if self.bar.currentMessage() and time.monotonic() - self.shown_at > FRESH_S:
            self.bar.clearMessage()
