"""The progress dialog reports and exchange jobs share (ui/common/progress.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from ipsfidelity.ui.common.progress import WorkProgress


class _Noted(WorkProgress):
    def label(self, message: str) -> str:
        return f"Kladde\n\n{message}"


def test_steps_keep_the_furthest_percent_and_stop_once_cancelled(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = _Noted("job_progress", "Eksport", "Annuller", parent)
    assert dialog.objectName() == "job_progress" and dialog.windowTitle() == "Eksport"
    dialog.step(40, "Læser")
    dialog.step_if_open(20, "Skriver")  # a late step never moves the furthest one back
    assert dialog.value() == 20 and dialog.last_percent == 40
    assert dialog.labelText() == "Kladde\n\nSkriver"

    cancel = dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Annuller"
    cancel.click()
    assert dialog.cancel_event.is_set()
    dialog.step_if_open(60, "Efter annullering")  # still on its way from the worker
    assert dialog.last_percent == 40 and dialog.labelText() == "Kladde\n\nSkriver"
