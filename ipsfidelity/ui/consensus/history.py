"""Historik: a review's recorded changes (when, who, what, old -> new) in words
(history_words.py), newest first, filterable, exported to CSV in the same order. CPR-like
numbers in the values are masked unless the user allows them."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QWidget,
)

from ipsfidelity.history_words import PackWords, history_rows
from ipsfidelity.i18n import tr
from ipsfidelity.store.lifecycle_views import HistoryInfo
from ipsfidelity.ui.common.layouts import hbox, vbox
from ipsfidelity.ui.common.tables import row_table
from ipsfidelity.ui.common.widgets import compact_rows, heading, push_button


class HistoryView(QWidget):
    back_requested = Signal()
    export_requested = Signal()

    def __init__(self, title: str) -> None:
        super().__init__()
        self.setObjectName("history_screen")
        self.entries: list[HistoryInfo] = []
        self.pack = PackWords({}, {})
        self.back_button = push_button(tr("lifecycle.ui.back_to_walkthrough"), self.back_requested)
        self.export_button = push_button(tr("lifecycle.ui.history_export"), self.export_requested)

        self.filter_edit = QLineEdit()
        self.filter_edit.setAccessibleName(tr("lifecycle.ui.history_filter"))
        self.filter_edit.setObjectName("history_filter")
        self.filter_edit.setPlaceholderText(tr("lifecycle.ui.history_filter"))
        self.filter_edit.setClearButtonEnabled(True)
        self.personal_box = QCheckBox(tr("lifecycle.ui.history_show_cpr"))
        self.personal_box.toggled.connect(self._fill)

        self.model = QStandardItemModel(0, 5)
        self.model.setHorizontalHeaderLabels(
            [
                tr("cli.col.when"),
                tr("cli.col.who"),
                tr("cli.col.what"),
                tr("cli.col.old"),
                tr("cli.col.new"),
            ]
        )
        self.proxy = QSortFilterProxyModel()
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = row_table(QTableView(), self.proxy, tr("access.history_table"))
        self.table.setObjectName("history_table")
        self.table.verticalHeader().hide()
        compact_rows(self.table)
        header = self.table.horizontalHeader()
        for column in (0, 1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.count_label = QLabel()

        vbox(
            hbox(self.back_button, (heading(title), 1), self.export_button),
            hbox((self.filter_edit, 1), self.personal_box),
            (self.table, 1),
            self.count_label,
            parent=self,
        )
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.back_requested)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.filter_edit.setFocus)
        self.proxy.rowsInserted.connect(self._count)
        self.proxy.rowsRemoved.connect(self._count)
        self.proxy.modelReset.connect(self._count)
        self.proxy.layoutChanged.connect(self._count)

    @property
    def allow_personal(self) -> bool:
        return self.personal_box.isChecked()

    def show_entries(self, entries: list[HistoryInfo], pack: PackWords | None = None) -> None:
        """`entries` as stored (oldest first); shown newest first, as a reader looks for
        the last change. The store's order is kept for equal times (reversed as a whole)."""
        self.entries = entries[::-1]
        self.pack = pack or PackWords({}, {})
        self._fill()

    def _fill(self) -> None:
        self.model.removeRows(0, self.model.rowCount())
        for r in history_rows(self.entries, self.pack, allow_personal=self.allow_personal):
            row = [QStandardItem(text) for text in (r.when, r.who, r.what, r.old, r.new)]
            for item in row[3:]:
                item.setToolTip(item.text())
            self.model.appendRow(row)
        self._count()

    def _count(self) -> None:
        shown, total = self.proxy.rowCount(), len(self.entries)
        self.count_label.setText(
            tr("lifecycle.ui.history_count_one", shown=shown)
            if total == 1
            else tr("lifecycle.ui.history_count", shown=shown, total=total)
        )

    def shown_entries(self) -> list[HistoryInfo]:
        """The entries the filter lets through, in the table's order, newest first: the CSV
        holds what the screen shows, in the same order."""
        return [
            self.entries[self.proxy.mapToSource(self.proxy.index(row, 0)).row()]
            for row in range(self.proxy.rowCount())
        ]

    def focus_table(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
