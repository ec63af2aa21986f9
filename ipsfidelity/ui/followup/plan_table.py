"""The action plan's table, shared by the plan page and the follow-up dialog: choices in
place of free text where a field has a list, rows fitted to their wrapped text."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ipsfidelity.i18n import tr
from ipsfidelity.ui.common.colours import MUTED
from ipsfidelity.ui.common.date_field import DateField
from ipsfidelity.ui.common.personal_data import CellGuard
from ipsfidelity.ui.common.widgets import AnyIndex, FieldMessage
from ipsfidelity.ui.followup.plan_model import DEADLINE, FOLLOW_UP, GUARDED, TEXT, ActionPlanModel


class ChoiceDelegate(QStyledItemDelegate):
    """A list (party, status) in place of free text: arrows choose, Enter saves. The free
    texts (action, follow-up note) are checked for CPR numbers as they are typed."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        model = index.model()
        assert isinstance(model, ActionPlanModel)
        choices = model.choices(model.kind(index))
        if model.kind(index) == DEADLINE:
            return DateField(parent=parent)  # a whole date typed as people type it
        if not choices:
            editor = super().createEditor(parent, option, index)
            if model.kind(index) in GUARDED and isinstance(editor, QLineEdit):
                CellGuard(editor)  # owned by the editor, gone with it
            return editor
        box = QComboBox(parent)
        for key, label in choices:
            box.addItem(label, key)
        return box

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QLineEdit) and editor.isModified():
            # The answer to the previous save of this row arrives while the next text is
            # typed (the view refreshes open editors on dataChanged): keep the typing.
            return
        if isinstance(editor, QComboBox):
            editor.setCurrentText(str(index.data(Qt.ItemDataRole.EditRole)))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        else:
            super().setModelData(editor, model, index)


class EditAtEnd(QObject):
    """F2 or a double-click continues a cell's text with the cursor at the end, as in a
    spreadsheet; Qt selects it all, and one key would then replace a long action. Typing
    in a cell not being edited, or a new row's "Ny handling", still starts afresh."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        table.installEventFilter(self)
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        f2 = kind == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_F2  # type: ignore[attr-defined]
        if f2 or kind == QEvent.Type.MouseButtonDblClick:
            QTimer.singleShot(0, self, self._to_end)  # after the view has opened the editor
        return False

    def _to_end(self) -> None:
        editor = QApplication.focusWidget()
        if isinstance(editor, QLineEdit) and self.table.isAncestorOf(editor):
            editor.deselect()
            editor.end(False)


class RowFitter(QObject):
    """Fits the rows to their wrapped text whenever the text or the column widths change.

    Rows sized before the table has its final width (a stretched text column still
    narrow) come out one giant row; so this runs after every column resize too, once
    per turn of the event loop however many signals arrive."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(table.resizeRowsToContents)
        model = table.model()
        for signal in (
            model.modelReset,
            model.rowsInserted,
            model.rowsMoved,
            model.dataChanged,
            model.layoutChanged,
            table.horizontalHeader().sectionResized,
        ):
            signal.connect(self._timer.start)


def make_plan_table(model: ActionPlanModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setItemDelegate(ChoiceDelegate(table))
    table.setEditTriggers(
        QAbstractItemView.EditTrigger.AnyKeyPressed
        | QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
    )
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setTabKeyNavigation(True)
    table.setWordWrap(True)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(model.column_of(TEXT), QHeaderView.ResizeMode.Stretch)
    # A long follow-up note must not push status and deadline out of sight: it wraps.
    follow_up = model.column_of(FOLLOW_UP)
    header.setSectionResizeMode(follow_up, QHeaderView.ResizeMode.Interactive)
    header.resizeSection(follow_up, 220)
    RowFitter(table)
    EditAtEnd(table)
    return table


class PlanTableBox(QWidget):
    """The plan's table as both plan screens show it: under it the ↻ legend while a
    carried-over item is listed, the line an empty list shows, and why an edit was refused."""

    def __init__(self, model: ActionPlanModel, empty_text: str) -> None:
        super().__init__()
        self.model = model
        self.table = make_plan_table(model)
        self.legend = QLabel(tr("plan.carried_legend"))
        self.legend.setStyleSheet(f"color: {MUTED};")
        self.legend.hide()
        self.empty_label = QLabel(empty_text)
        self.message = FieldMessage()
        model.refused.connect(self.message.show_message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.message)

    def show_marks(self, empty: bool) -> None:
        """The legend and the empty list's line, for the items listed now."""
        self.empty_label.setVisible(empty)
        self.legend.setVisible(any(item.origin_item_id for item in self.model.items))
