"""Read-only tables chosen by whole rows: the team's assessments, all teams, the history,
the import preview and the merge view; and a model over rows that are replaced whole."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractItemModel, QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView

from ipsfidelity.ui.common.widgets import AnyIndex

Table = TypeVar("Table", bound=QTableView)
Row = TypeVar("Row")
Mode = QAbstractItemView.SelectionMode


def row_table(
    table: Table, model: QAbstractItemModel, name: str, mode: Mode = Mode.ExtendedSelection
) -> Table:
    """`table` showing `model`, read only, selected by rows (one or several by `mode`),
    with `name` for screen readers."""
    table.setAccessibleName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(mode)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return table


class RowsModel(QAbstractTableModel, Generic[Row]):
    """A flat model over `rows`, replaced whole by `set_rows` (a fresh read from the store);
    a subclass says what a cell shows in `data`. Column titles are given, or a subclass
    whose titles follow the language names them in `titles`."""

    def __init__(self, rows: Iterable[Row] = (), titles: Sequence[str] = ("",)) -> None:
        super().__init__()
        self.rows: list[Row] = list(rows)
        self._titles = tuple(titles)

    def titles(self) -> Sequence[str]:
        return self._titles

    def set_rows(self, rows: Iterable[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.titles())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.titles()[section]
        return None
