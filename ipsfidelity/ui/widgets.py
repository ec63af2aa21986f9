"""Small widgets shared by the screens."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QTableView, QWidget

from ipsfidelity.i18n import tr
from ipsfidelity.ui.colours import BAD, MUTED, WARN


class FieldMessage(QLabel):
    """Why the value just typed was refused, shown right next to the field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(f"color: {BAD};")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_message(self, text: str, *, warning: bool = False) -> None:
        self.setStyleSheet(f"color: {WARN if warning else BAD};")
        self.setText(text)
        self.setVisible(bool(text))

    def show_warning(self, text: str) -> None:
        self.show_message(text, warning=True)

    def clear_message(self) -> None:
        self.show_message("")


class SavedIndicator(QLabel):
    """A quiet 'Gemt' in the status bar after every committed write; never a dialog."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(f"color: {MUTED}; padding: 0 8px;")
        self._fade = QTimer(self, singleShot=True, interval=4000)
        self._fade.timeout.connect(lambda: self.setText(""))

    def show_saving(self) -> None:
        self._fade.stop()
        self.setStyleSheet(f"color: {MUTED}; padding: 0 8px;")
        self.setText(tr("saving"))

    def show_saved(self) -> None:
        self.setStyleSheet(f"color: {MUTED}; padding: 0 8px;")
        self.setText("✔ " + tr("saved"))
        self._fade.start()

    def show_refused(self, why: str) -> None:
        self._fade.stop()
        self.setStyleSheet(f"color: {BAD}; padding: 0 8px;")
        self.setText(tr("not_saved", why=why))


def compact_rows(table: QTableView) -> None:
    """Rows one line of text high (the style's default leaves room for two)."""
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
