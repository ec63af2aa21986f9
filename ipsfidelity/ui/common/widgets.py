"""Small widgets shared by the screens, and the item-data role that carries a row's id."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from ipsfidelity.i18n import tr
from ipsfidelity.privacy import mask_cpr
from ipsfidelity.ui.common.colours import BAD, MUTED, WARN

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # a table row's database id
# The index Qt hands a model's or a delegate's methods: either kind.
AnyIndex = QModelIndex | QPersistentModelIndex


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
    """A quiet 'Gemt' in the status bar after every committed write; never a dialog. A
    refusal ('Ikke gemt: …', red) stays long enough to read, and goes to the log."""

    SAVED_MS = 4000
    REFUSED_MS = 10_000
    refused_shown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(f"color: {MUTED}; padding: 0 8px;")
        self.shown_at = 0.0
        self._fade = QTimer(self, singleShot=True)
        self._fade.timeout.connect(lambda: self.setText(""))

    def show_saving(self) -> None:
        self._fade.stop()
        self._show(tr("saving"), MUTED)

    def show_saved(self) -> None:
        self._show("✔ " + tr("saved"), MUTED)
        self._fade.start(self.SAVED_MS)

    def show_refused(self, why: str) -> None:
        log.info("not saved: %s", mask_cpr(why))
        self._show(tr("not_saved", why=why), BAD)
        self._fade.start(self.REFUSED_MS)
        self.refused_shown.emit()

    def clear_older_than(self, seconds: float) -> None:
        """Forget what was shown before the screen changed (ui/common/status.py)."""
        if self.text() and time.monotonic() - self.shown_at > seconds:
            self._fade.stop()
            self.setText("")

    def _show(self, text: str, colour: str) -> None:
        self.shown_at = time.monotonic()
        self.setStyleSheet(f"color: {colour}; padding: 0 8px;")
        self.setText(text)


def push_button(text: str, clicked: Callable[[], object] | SignalInstance) -> QPushButton:
    """A button that calls `clicked` (a slot, or a signal to pass the click on) when pressed."""
    button = QPushButton(text)
    button.clicked.connect(clicked)
    return button


def button_row(left: Iterable[QWidget], right: Iterable[QWidget] = ()) -> QHBoxLayout:
    """A row of buttons: `left` from the left edge, `right` against the right edge."""
    row = QHBoxLayout()
    for widget in left:
        row.addWidget(widget)
    row.addStretch(1)
    for widget in right:
        row.addWidget(widget)
    return row


def heading(text: str = "", *, section: bool = False) -> QLabel:
    """A screen's title (14 pt), or with `section` a part of a screen's (13 pt)."""
    label = QLabel(text)
    label.setStyleSheet(f"font-size: {13 if section else 14}pt; font-weight: 600;")
    return label


def compact_rows(table: QTableView) -> None:
    """Rows one line of text high (the style's default leaves room for two)."""
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)


def shortcuts_dialog(parent: QWidget) -> QDialog:
    """The keyboard shortcuts. The list scrolls: it is longer than a 720-pixel laptop
    screen is high."""
    from PySide6.QtWidgets import QDialogButtonBox, QTextBrowser, QVBoxLayout

    dialog = QDialog(parent)
    dialog.setObjectName("shortcuts_dialog")
    dialog.setWindowTitle(tr("shortcuts.title"))
    text = QTextBrowser()
    text.setAccessibleName(tr("shortcuts.title"))
    text.setHtml(tr("shortcuts.text") + tr("lifecycle.ui.shortcuts") + tr("xui.shortcuts"))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(text)
    layout.addWidget(buttons)
    dialog.resize(620, min(560, max(360, parent.height() - 80)))
    return dialog


def _types_text(event: QKeyEvent) -> bool:
    """A key that would write into a text field (not Ctrl+C, an arrow or Tab)."""
    if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
        return False
    editing = (Qt.Key.Key_Backspace, Qt.Key.Key_Delete, Qt.Key.Key_Return, Qt.Key.Key_Enter)
    return event.key() in editing or (bool(event.text()) and event.text().isprintable())


class NoteEdit(QPlainTextEdit):
    """The note: Tab moves on as in any form, Esc hands the keyboard back to the page.
    Read-only (a finished review), it says so when typed into, rather than ignore the keys."""

    left = Signal()
    typed_read_only = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setTabChangesFocus(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.left.emit()
            return
        if self.isReadOnly() and _types_text(event):
            self.typed_read_only.emit()
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.left.emit()
        super().focusOutEvent(event)
