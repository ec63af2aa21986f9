"""The merge view: every conflict row with this computer's value, the incoming value and
the common base; the user picks a side per row. Nothing is applied without a choice.

Keyboard: ↑/↓ move between rows, L keeps this computer's value, I takes the incoming one;
Ctrl+L and Ctrl+I choose the same side for every row. A row of a finished (locked) review
that takes the incoming value needs a reopen reason, which is recorded in its history.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from ipsfidelity.i18n import tr
from ipsfidelity.ui.common.colours import MUTED
from ipsfidelity.ui.common.layouts import hbox, vbox
from ipsfidelity.ui.common.tables import RowsModel, row_table
from ipsfidelity.ui.exchange.buttons import go_or_cancel
from ipsfidelity.ui.exchange.preview_data import ConflictRow, ImportPreview, Resolution, Side, whole

_Index = QModelIndex | QPersistentModelIndex

LOCAL_COLUMN, INCOMING_COLUMN = 2, 3
_CHOSEN = QColor("#d4edda")  # the side that will be kept
_PASSED = QColor("#eeeeee")  # the side that will not


def _shown(value: str | None, missing: str) -> str:
    if value is None:
        return missing
    return value if value else tr("xui.merge.empty")


def _shortened(text: str, most: int = 90) -> str:
    """`text` cut at the last whole word within `most` characters, with "…"."""
    if len(text) <= most:
        return text
    return text[:most].rsplit(" ", 1)[0].rstrip(",.;:–- ") + " …"


def _what(row: ConflictRow, whole: bool) -> str:
    """ "Element P3.1" and, below it, the element's own words from its pack: shortened in
    the cell, whole in the tooltip."""
    if not row.detail:
        return row.label
    return f"{row.label}\n{row.detail if whole else _shortened(row.detail)}"


def _ticked(chosen: bool, text: str) -> str:
    """The chosen value carries a tick as well as its colour (a selected row hides colours)."""
    return f"✓ {text}" if chosen else text


def _side_button(text: str, name: str, clicked: Callable[[], None]) -> QPushButton:
    """A button that picks a side; never the default, so Enter is left to the dialog."""
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAutoDefault(False)
    button.clicked.connect(clicked)
    return button


class ConflictModel(RowsModel):
    def __init__(
        self, rows: list[ConflictRow], choices: dict[str, Side], server: bool = False
    ) -> None:
        headers = [
            tr("xui.col.review"),
            tr("xui.col.what"),
            tr("xui.col.local"),
            tr("xui.col.server") if server else tr("xui.col.incoming"),
            tr("xui.col.base"),
            tr("xui.col.choice"),
        ]
        super().__init__(rows, headers)
        self.choices = dict(choices)

    def data(self, index: _Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        choice = self.choices.get(row.key)
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            match column:
                case 0:
                    return tr("xui.locked_mark", text=row.review) if row.locked else row.review
                case 1:
                    return _what(row, role == Qt.ItemDataRole.ToolTipRole)
                case 2:
                    return _ticked(choice == "local", _shown(row.local, tr("xui.merge.absent")))
                case 3:
                    text = _shown(row.incoming, tr("xui.merge.absent"))
                    return _ticked(choice == "incoming", text)
                case 4:
                    return _shown(row.base, tr("xui.merge.unknown"))
                case _:
                    return self.choice_text(choice)
        if role == Qt.ItemDataRole.BackgroundRole and choice is not None:
            if column == LOCAL_COLUMN:
                return _CHOSEN if choice == "local" else _PASSED
            if column == INCOMING_COLUMN:
                return _CHOSEN if choice == "incoming" else _PASSED
        if role == Qt.ItemDataRole.FontRole and column == 5 and choice is None:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setItalic(True)
            return font
        return None

    @staticmethod
    def choice_text(choice: Side | None) -> str:
        match choice:
            case "local":
                return tr("xui.merge.chose_local")
            case "incoming":
                return tr("xui.col.incoming")
            case None:
                return tr("xui.merge.not_chosen")

    def choose(self, rows: list[int], side: Side) -> None:
        for r in rows:
            self.choices[self.rows[r].key] = side
        if rows:
            top, bottom = min(rows), max(rows)
            self.dataChanged.emit(self.index(top, 0), self.index(bottom, self.columnCount() - 1))

    def all_chosen(self) -> bool:
        return all(r.key in self.choices for r in self.rows)


class ConflictTable(QTableView):
    """L and I choose a side for the selected rows; the arrows move as usual."""

    def __init__(self, model: ConflictModel, chosen: Any) -> None:
        super().__init__()
        self._chosen = chosen

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if plain and key in (Qt.Key.Key_L, Qt.Key.Key_I):
            self._chosen("local" if key == Qt.Key.Key_L else "incoming")
            return
        super().keyPressEvent(event)


class MergeDialog(QDialog):
    def __init__(self, preview: ImportPreview, choices: dict[str, Side], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("merge_view")
        self.setWindowTitle(tr("xui.merge.title"))
        self.preview = preview
        self.resize(1180, 600)

        intro = QLabel(tr("xui.merge.intro"))
        intro.setWordWrap(True)
        self.model = ConflictModel(preview.conflicts, choices, preview.sync)
        table = ConflictTable(self.model, self.choose_selected)
        self.table = row_table(table, self.model, tr("xui.merge.title"))
        self.table.setObjectName("merge_table")
        self.table.setAccessibleDescription(tr("xui.merge.keys"))
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((170, 270, 230, 230, 150)):
            self.table.setColumnWidth(column, width)
        header.setStretchLastSection(True)
        self.table.resizeRowsToContents()
        self.table.doubleClicked.connect(self._double_clicked)

        self.local_button = _side_button(
            tr("xui.merge.keep_local"), "keep_local", lambda: self.choose_selected("local")
        )
        self.incoming_button = _side_button(
            tr("xui.merge.take_incoming"), "take_incoming", lambda: self.choose_selected("incoming")
        )
        self.all_local_button = _side_button(
            tr("xui.merge.all_local"), "all_local", lambda: self.choose_all("local")
        )
        self.all_incoming_button = _side_button(
            tr("xui.merge.all_incoming"), "all_incoming", lambda: self.choose_all("incoming")
        )
        QShortcut(QKeySequence("Ctrl+L"), self, lambda: self.choose_all("local"))
        QShortcut(QKeySequence("Ctrl+I"), self, lambda: self.choose_all("incoming"))
        from ipsfidelity.ui.common.widgets import button_row

        choose = button_row(
            (self.local_button, self.incoming_button),
            (self.all_local_button, self.all_incoming_button),
        )

        self.keys_hint = QLabel(tr("xui.merge.keys"))
        self.keys_hint.setStyleSheet(f"color: {MUTED};")
        self.reason_label = QLabel()  # names the finished reviews, see _update
        self.reason_label.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("reopen_reason")
        self.reason.setPlaceholderText(tr("xui.merge.reason_placeholder"))
        self.reason.setMaxLength(500)
        self.reason_label.setBuddy(self.reason)
        self.reason.textChanged.connect(lambda _t: self._update())

        self.progress = QLabel()
        self.progress.setObjectName("merge_progress")
        self.buttons, self.apply_button, _ = go_or_cancel(
            self, tr("xui.merge.use"), self.accept, "merge_apply"
        )
        vbox(
            intro,
            (self.table, 1),
            choose,
            self.keys_hint,
            self.reason_label,
            self.reason,
            hbox((self.progress, 1), self.buttons),
            parent=self,
        )
        self._update()
        if self.model.rows:
            self.table.selectRow(0)
        self.table.setFocus()

    # -- choosing ----------------------------------------------------------------------

    def selected_rows(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        return rows

    def choose_selected(self, side: Side) -> None:
        rows = self.selected_rows()
        self.model.choose(rows, side)
        # On to the next row without a choice, so L/I can be typed row after row.
        if len(rows) == 1 and rows[0] + 1 < self.model.rowCount():
            self.table.selectRow(rows[0] + 1)
        self._update()
        self._on_to_the_reason()

    def choose_all(self, side: Side) -> None:
        self.model.choose(list(range(self.model.rowCount())), side)
        self._update()
        self._on_to_the_reason()

    def _on_to_the_reason(self) -> None:
        """Every row chosen, and a finished review still wants its reopen reason: the keys
        go there, so Enter on the table is not a silent no (»Brug valgene« is disabled)."""
        if self.model.all_chosen() and self.reason.isVisible() and not self.reason.text().strip():
            self.reason.setFocus(Qt.FocusReason.OtherFocusReason)

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() == LOCAL_COLUMN:
            self.choose_selected("local")
        elif index.column() == INCOMING_COLUMN:
            self.choose_selected("incoming")

    # -- state -------------------------------------------------------------------------

    def needs_reason(self) -> list[str]:
        return self.preview.locked_reviews(self.model.choices)

    def _update(self) -> None:
        total = self.model.rowCount()
        chosen = sum(1 for r in self.model.rows if r.key in self.model.choices)
        self.progress.setText(tr("xui.merge.progress", chosen=whole(chosen), total=whole(total)))
        locked = self.needs_reason()
        self.reason_label.setVisible(bool(locked))
        self.reason.setVisible(bool(locked))
        if locked:
            self.reason_label.setText(tr("xui.merge.reason_label", reviews=", ".join(locked)))
        reason_ok = not locked or bool(self.reason.text().strip())
        self.apply_button.setEnabled(self.model.all_chosen() and reason_ok)

    def resolution(self) -> Resolution:
        reason = self.reason.text().strip() if self.needs_reason() else ""
        return Resolution(dict(self.model.choices), reason)
