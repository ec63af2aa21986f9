"""The progress dialog of a long job on the database worker (a report, an import, an
export, a sync): window-modal, 0-100 %, open until the caller closes it."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget


class WorkProgress(QProgressDialog):
    """Cancel sets `cancel_event`, which the job reads on the worker at its next step;
    `last_percent` is the furthest step shown."""

    def __init__(self, name: str, title: str, cancel_text: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setCancelButtonText(cancel_text)
        self.setRange(0, 100)
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumWidth(460)
        self.last_percent = 0
        self.cancel_event = threading.Event()
        self.canceled.connect(self.cancel_event.set)  # the Cancel button
        self.setWindowModality(Qt.WindowModality.WindowModal)

    def label(self, message: str) -> str:
        """The text shown for a step's message."""
        return message

    def step(self, percent: int, message: str) -> None:
        self.last_percent = max(self.last_percent, percent)
        self.setLabelText(self.label(message))
        self.setValue(percent)

    def step_if_open(self, percent: int, message: str) -> None:
        """A step posted from the worker: it may arrive after the dialog closed (cancel)
        and was deleted."""
        if shiboken6.isValid(self) and not self.cancel_event.is_set():
            self.step(percent, message)
