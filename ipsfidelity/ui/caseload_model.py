"""The caseload table: one row per consultant, load and status computed live.

Edits are validated here, where they are typed: `setData` refuses a bad value,
keeps the row as it was and emits `refused` with the reason.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from ipsfidelity.i18n import language
from ipsfidelity.instrument import CaseloadRule
from ipsfidelity.scoring import CaseloadEntry, consultant_load
from ipsfidelity.ui.colours import LOAD_COLOURS
from ipsfidelity.ui.review_session import CaseloadRow
from ipsfidelity.ui.strings import t
from ipsfidelity.wording import caseload_status_text, number

NAME, FTE, IPS, OTHER, LOAD, STATUS = range(6)
EDITABLE = (NAME, FTE, IPS, OTHER)
_HEADERS = (
    "caseload.col.name",
    "caseload.col.fte",
    "caseload.col.ips",
    "caseload.col.other",
    "caseload.col.load",
    "caseload.col.status",
)
AnyIndex = QModelIndex | QPersistentModelIndex


def parse_fte(text: str) -> float | None:
    """An FTE in (0, 1], with a Danish decimal comma or a point; None when not one."""
    try:
        value = float(text.strip().replace(",", "."))
    except ValueError:
        return None
    return value if 0 < value <= 1 else None


def fte_text(fte: float) -> str:
    """An FTE as typed: all its decimals (0,75 stays 0,75), a comma in Danish."""
    text = f"{fte:g}"
    return text.replace(".", ",") if language() == "da" else text


def parse_cases(text: str) -> int | None:
    text = text.strip()
    return int(text) if text.isdigit() else None


class CaseloadModel(QAbstractTableModel):
    edited = Signal(object, object)  # rows before, rows after: one undoable edit
    refused = Signal(str)  # why a typed value was not taken

    def __init__(self, rule: CaseloadRule) -> None:
        super().__init__()
        self.rule = rule
        self.rows: tuple[CaseloadRow, ...] = ()

    # -- reading ---------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return t(_HEADERS[section])
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() in EDITABLE else base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_text(row, col)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display_text(row, col)
        if role == Qt.ItemDataRole.ForegroundRole and col in (LOAD, STATUS):
            return QBrush(QColor(LOAD_COLOURS[self.status(row)]))
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (FTE, IPS, OTHER, LOAD):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def load(self, row: CaseloadRow) -> float:
        return consultant_load(self.rule, self._entry(row)).load

    def status(self, row: CaseloadRow) -> str:
        if not row.consultant.strip():
            return "missing"
        return consultant_load(self.rule, self._entry(row)).status

    @staticmethod
    def _entry(row: CaseloadRow) -> CaseloadEntry:
        return CaseloadEntry(row.consultant, row.fte, row.ips_cases, row.other_cases)

    @staticmethod
    def _edit_text(row: CaseloadRow, col: int) -> str:
        return {
            NAME: row.consultant,
            FTE: fte_text(row.fte),
            IPS: str(row.ips_cases),
            OTHER: str(row.other_cases),
        }.get(col, "")

    def _display_text(self, row: CaseloadRow, col: int) -> str:
        if col == LOAD:
            return number(self.load(row))
        if col == STATUS:
            status = self.status(row)
            return (
                t("caseload.unsaved_row") if status == "missing" else caseload_status_text(status)
            )
        return self._edit_text(row, col)

    # -- editing ---------------------------------------------------------------

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        new_row, why = self._validated(index.row(), index.column(), str(value))
        if new_row is None:
            self.refused.emit(why)
            return False
        if new_row == self.rows[index.row()]:
            return True
        before = self.rows
        after = (*before[: index.row()], new_row, *before[index.row() + 1 :])
        self.set_rows(after)
        self.edited.emit(before, after)
        return True

    def _validated(self, r: int, col: int, text: str) -> tuple[CaseloadRow | None, str]:
        row = self.rows[r]
        if col == NAME:
            name = " ".join(text.split())
            if not name:
                return None, t("caseload.empty_name")
            others = {o.consultant.strip().casefold() for i, o in enumerate(self.rows) if i != r}
            if name.casefold() in others:
                return None, t("caseload.duplicate_name", name=name)
            return CaseloadRow(name, row.fte, row.ips_cases, row.other_cases), ""
        if col == FTE:
            fte = parse_fte(text)
            if fte is None:
                return None, t("caseload.bad_fte")
            return CaseloadRow(row.consultant, fte, row.ips_cases, row.other_cases), ""
        if col in (IPS, OTHER):
            cases = parse_cases(text)
            if cases is None:
                return None, t("caseload.bad_cases")
            if col == IPS:
                return CaseloadRow(row.consultant, row.fte, cases, row.other_cases), ""
            return CaseloadRow(row.consultant, row.fte, row.ips_cases, cases), ""
        return None, ""

    def add_row(self) -> int:
        """Append an empty row (saved once it has a name); returns its row number."""
        before = self.rows
        self.set_rows((*before, CaseloadRow()))
        self.edited.emit(before, self.rows)
        return len(self.rows) - 1

    def remove_row(self, r: int) -> None:
        if not 0 <= r < len(self.rows):
            return
        before = self.rows
        self.set_rows(before[:r] + before[r + 1 :])
        self.edited.emit(before, self.rows)

    def set_rows(self, rows: tuple[CaseloadRow, ...]) -> None:
        """Show `rows` (from the session, undo or redo) without emitting an edit."""
        if rows == self.rows:
            return
        if len(rows) == len(self.rows):
            self.rows = tuple(rows)
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, STATUS))
            return
        self.beginResetModel()
        self.rows = tuple(rows)
        self.endResetModel()
