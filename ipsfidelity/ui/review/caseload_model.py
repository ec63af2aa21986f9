"""The caseload table: one row per consultant, load and status computed live.

Edits are validated here, where they are typed: `setData` refuses a bad value,
keeps the row as it was and emits `refused` with the reason. A refused value the
editor was left with stays visible as *pending*: shown marked in its cell, never saved.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from ipsfidelity.i18n import tr
from ipsfidelity.instrument import CaseloadRule
from ipsfidelity.scoring import CaseloadEntry, consultant_load
from ipsfidelity.scoring.caseload import MIN_FTE
from ipsfidelity.ui.common.colours import BAD, LOAD_COLOURS, WARN
from ipsfidelity.ui.common.widgets import AnyIndex
from ipsfidelity.ui.review.session import CaseloadRow
from ipsfidelity.wording import caseload_status_text, decimal_text, number

NAME, FTE, IPS, OTHER, LOAD, STATUS = range(6)
EDITABLE = (NAME, FTE, IPS, OTHER)


def _headers() -> tuple[str, ...]:
    return (
        tr("common.consultant"),
        tr("common.fte"),
        tr("common.ips_cases"),
        tr("common.other_cases"),
        tr("common.load"),
        tr("common.status"),
    )


# More cases than this for one consultant is legal but almost surely a typo (9999 for 99);
# the editor asks for a second Enter before it is saved.
PLAUSIBLE_CASES = 60
PENDING_BACKGROUND = "#fbe3e4"
CARRIED_BACKGROUND = "#fff4d6"  # last quarter's counts, waiting to be confirmed


def parse_fte(text: str) -> float | None:
    """An FTE in [0.01, 1], with a Danish decimal comma or a point; None when not one."""
    try:
        value = float(text.strip().replace(",", "."))
    except ValueError:
        return None
    return value if MIN_FTE <= value <= 1 else None


def fte_text(fte: float) -> str:
    """An FTE as typed: all its decimals (0,75 stays 0,75), a comma in Danish."""
    return decimal_text(fte, "0.######")


def parse_cases(text: str) -> int | None:
    text = text.strip()
    return int(text) if text.isdigit() else None


class CaseloadModel(QAbstractTableModel):
    edited = Signal(object, object)  # rows before, rows after: one undoable edit
    refused = Signal(str)  # why a typed value was not taken
    warned = Signal(str)  # a legal but unusual value waits for confirmation

    def __init__(self, rule: CaseloadRule) -> None:
        super().__init__()
        self.rule = rule
        self.rows: tuple[CaseloadRow, ...] = ()
        # (row, column) -> (typed text, why it is not saved): shown, never written
        self.pending: dict[tuple[int, int], tuple[str, str]] = {}

    # -- reading ---------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else STATUS + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _headers()[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() in EDITABLE else base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], index.column()
        pending = self.pending.get((index.row(), col))
        if pending is not None:
            return self._pending_data(pending, role)
        if col == STATUS and self.row_pending(index.row()):
            if role == Qt.ItemDataRole.DisplayRole:
                return tr("caseload.not_saved")
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(BAD))
        if row.carried:
            carried = self._carried_data(col, role)
            if carried is not None:
                return carried
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_text(row, col)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display_text(row, col)
        if role == Qt.ItemDataRole.ForegroundRole and col in (LOAD, STATUS):
            return QBrush(QColor(LOAD_COLOURS[self.status(row)]))
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (FTE, IPS, OTHER, LOAD):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _carried_data(self, col: int, role: int) -> Any:
        """A row from the previous review: marked in words and colour until confirmed."""
        if role == Qt.ItemDataRole.DisplayRole and col == STATUS:
            return tr("caseload.carried_status")
        if role == Qt.ItemDataRole.ForegroundRole and col == STATUS:
            return QBrush(QColor(WARN))
        if role == Qt.ItemDataRole.BackgroundRole and col in (IPS, OTHER):
            return QBrush(QColor(CARRIED_BACKGROUND))
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr("caseload.carried_tip")
        return None

    @staticmethod
    def _pending_data(pending: tuple[str, str], role: int) -> Any:
        text, why = pending
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return text
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(PENDING_BACKGROUND))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(BAD))
        if role == Qt.ItemDataRole.ToolTipRole:
            return why
        return None

    def row_pending(self, r: int) -> bool:
        return any(row == r for row, _col in self.pending)

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
                tr("caseload.unsaved_row") if status == "missing" else caseload_status_text(status)
            )
        return self._edit_text(row, col)

    # -- editing ---------------------------------------------------------------

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        new_row, why = self.check(index.row(), index.column(), str(value))
        if new_row is None:
            self.refused.emit(why)
            return False
        self.clear_pending(index.row(), index.column())
        if new_row == self.rows[index.row()]:
            return True
        before = self.rows
        after = (*before[: index.row()], new_row, *before[index.row() + 1 :])
        self.set_rows(after)
        self.edited.emit(before, after)
        return True

    def set_pending(self, r: int, col: int, text: str, why: str) -> None:
        """Keep a refused text in its cell, marked, so the reviewer sees it was not saved."""
        self.pending[(r, col)] = (text, why)
        self.dataChanged.emit(self.index(r, 0), self.index(r, STATUS))

    def clear_pending(self, r: int, col: int) -> None:
        if self.pending.pop((r, col), None) is not None:
            self.dataChanged.emit(self.index(r, 0), self.index(r, STATUS))

    def pending_reason(self) -> str:
        return next(iter(self.pending.values()))[1] if self.pending else ""

    @staticmethod
    def implausible(row: CaseloadRow) -> str:
        """Why a legal row looks like a typo, or ""."""
        cases = row.ips_cases + row.other_cases
        if cases > PLAUSIBLE_CASES:
            return tr("caseload.implausible", count=cases, limit=PLAUSIBLE_CASES)
        return ""

    def check(self, r: int, col: int, text: str) -> tuple[CaseloadRow | None, str]:
        """The row with `text` typed into column `col`, or None and why not."""
        row = self.rows[r]
        if col == NAME:
            name = " ".join(text.split())
            if not name:
                return None, tr("caseload.no_name")
            others = {o.consultant.strip().casefold() for i, o in enumerate(self.rows) if i != r}
            if name.casefold() in others:
                return None, tr("caseload.duplicate_name", name=name)
            return replace(row, consultant=name), ""
        if col == FTE:
            fte = parse_fte(text)
            if fte is None:
                return None, tr("caseload.bad_fte")
            return replace(row, fte=fte), ""
        if col in (IPS, OTHER):
            cases = parse_cases(text)
            if cases is None:
                return None, tr("caseload.bad_cases")
            # A count typed in is this quarter's: the row is confirmed.
            if col == IPS:
                return replace(row, ips_cases=cases, carried=False), ""
            return replace(row, other_cases=cases, carried=False), ""
        return None, ""

    def carried_rows(self) -> list[int]:
        return [r for r, row in enumerate(self.rows) if row.carried]

    def confirm(self, rows: list[int]) -> None:
        """Confirm carried rows as they stand: their counts are this quarter's too."""
        before = self.rows
        after = tuple(
            replace(row, carried=False) if r in rows else row for r, row in enumerate(before)
        )
        if after != before:
            self.set_rows(after)
            self.edited.emit(before, after)

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
        self.pending = {k: v for k, v in self.pending.items() if k[0] != r}
        self.pending = {(k[0] - (k[0] > r), k[1]): v for k, v in self.pending.items()}
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
        if len(rows) < len(self.rows):  # undo took rows away: their typed text goes too
            self.pending = {k: v for k, v in self.pending.items() if k[0] < len(rows)}
        self.rows = tuple(rows)
        self.endResetModel()
