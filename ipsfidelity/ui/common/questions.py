"""A Yes/No question before something that cannot be undone (a delete, a restore)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def yes_no_box(title: str, text: str, parent: QWidget) -> QMessageBox:
    """A warning asking Yes or No, with No the default: Enter never deletes or replaces."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box
