"""The caseload table's editor: a bad value is refused where it is typed, never clamped.

Enter or Tab on a bad value keeps the editor open, marked, with the reason beside the
table. A legal but unusual value (see `CaseloadModel.implausible`) needs a second Enter.
Leaving the editor any other way keeps the typed text in its cell, marked and unsaved.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ipsfidelity.i18n import tr
from ipsfidelity.ui.common.colours import BAD, WARN
from ipsfidelity.ui.common.widgets import AnyIndex
from ipsfidelity.ui.review.caseload_model import CaseloadModel

_COMMIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


class CellEditor(QLineEdit):
    def __init__(self, parent: QWidget, index: QModelIndex) -> None:
        super().__init__(parent)
        self.index = QPersistentModelIndex(index)
        self.confirmed = ""  # the unusual text the reviewer has been asked about once

    def mark(self, colour: str) -> None:
        self.setStyleSheet(f"border: 2px solid {colour};" if colour else "")


class CaseloadDelegate(QStyledItemDelegate):
    def __init__(self, model: CaseloadModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: AnyIndex,
    ) -> QWidget:
        return CellEditor(parent, QModelIndex(index))

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if isinstance(editor, CellEditor) and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in _COMMIT_KEYS and not self._may_commit(editor):
                return True  # stays open with the typed text; the reason is shown
            if event.key() == Qt.Key.Key_Escape:  # forget the typed text, saved value back
                self.model.clear_pending(editor.index.row(), editor.index.column())
        return super().eventFilter(editor, event)

    def _may_commit(self, editor: CellEditor) -> bool:
        why, unusual = self._problem(editor)
        if why:
            editor.mark(BAD)
            editor.selectAll()
            self.model.refused.emit(why)
            return False
        if unusual and editor.confirmed != editor.text():
            editor.confirmed = editor.text()
            editor.mark(WARN)
            self.model.warned.emit(f"{unusual}. {tr('caseload.confirm')}")
            return False
        return True

    def _problem(self, editor: CellEditor) -> tuple[str, str]:
        """(why refused, why unusual) for the editor's text; empty strings when fine."""
        index = editor.index
        new_row, why = self.model.check(index.row(), index.column(), editor.text())
        if new_row is None:
            return why, ""
        if self.model.implausible(self.model.rows[index.row()]):
            return "", ""  # already confirmed once; asking on every edit of the row nags
        return "", self.model.implausible(new_row)

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: AnyIndex,
    ) -> None:
        if not isinstance(editor, CellEditor):
            super().setModelData(editor, model, index)
            return
        text = editor.text()
        why, unusual = self._problem(editor)
        if not why and unusual and editor.confirmed != text:
            why = f"{unusual}. {tr('caseload.unconfirmed')}"
        if why:  # left by a click or a page change: keep it visible, save nothing
            self.model.set_pending(index.row(), index.column(), text, why)
            self.model.refused.emit(why)
            return
        self.model.setData(index, text)
