"""The Yes/No question before a delete or a restore (ui/common/questions.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ipsfidelity.ui.common.questions import yes_no_box


def test_no_is_the_default_so_enter_never_deletes(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    box = yes_no_box("Gendan", "Erstat data?", parent)
    buttons = QMessageBox.StandardButton
    assert box.standardButtons() == buttons.Yes | buttons.No
    assert box.defaultButton() is box.button(buttons.No)
    assert (box.windowTitle(), box.text(), box.icon()) == (
        "Gendan",
        "Erstat data?",
        QMessageBox.Icon.Warning,
    )
