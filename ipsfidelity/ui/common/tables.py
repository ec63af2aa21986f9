"""Read-only tables chosen by whole rows: the team's assessments, all teams, the history,
the import preview and the merge view."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QTableView

Table = TypeVar("Table", bound=QTableView)
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
