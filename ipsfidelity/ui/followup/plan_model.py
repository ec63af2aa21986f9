"""The action-plan table: one row per item, edited in place, validated where typed.

The model never writes: a valid edit becomes `edit_requested(item_id, field, before, after)`,
which the screen turns into an undoable command; a bad value emits `refused` with the reason.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from ipsfidelity.i18n import tr
from ipsfidelity.ui.common.colours import BAD, GOOD, WARN
from ipsfidelity.ui.common.followup_text import (
    CASELOAD_REF,
    PARTY_IDS,
    STATUS_IDS,
    element_label,
    parse_date,
    party_label,
    plan_field_label,
    status_label,
)
from ipsfidelity.ui.common.personal_data import FLAGGED_BACKGROUND, cell_warning, warning_icon
from ipsfidelity.ui.common.widgets import AnyIndex

if TYPE_CHECKING:
    from ipsfidelity.store.followup import ActionItemInfo

PERIOD, TEXT, ELEMENTS, PARTY, OWNER, DEADLINE, STATUS, FOLLOW_UP = range(8)
FIELDS = {
    TEXT: "text",
    ELEMENTS: "elements",
    PARTY: "party",
    OWNER: "owner",
    DEADLINE: "deadline",
    STATUS: "status",
    FOLLOW_UP: "follow_up",
}
# Free text a user types about people: checked for CPR numbers (ui.personal_data).
GUARDED = frozenset({TEXT, FOLLOW_UP})
STATUS_COLOURS = {"aaben": WARN, "afsluttet": GOOD}  # "i gang" in the normal text colour
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 11


def elements_text(elements: tuple[str, ...]) -> str:
    return ", ".join(element_label(e) for e in elements)


class ActionPlanModel(QAbstractTableModel):
    edit_requested = Signal(str, str, object, object)  # item id, field, before, after
    refused = Signal(str)

    def __init__(
        self,
        allowed_elements: tuple[str, ...] = (),
        *,
        with_period: bool = False,
        editable: frozenset[str] | None = None,
    ) -> None:
        super().__init__()
        self.items: list[ActionItemInfo] = []
        self.origin_periods: dict[str, str] = {}  # carried-over items: where they came from
        # Elements (and "caseload") this assessment meets in full: an open item about them
        # is marked, as it may be done (typically one carried over from the last review).
        self.met: frozenset[str] = frozenset()
        self.allowed = allowed_elements
        self.today = dt.date.today()
        # Column numbers are fixed; the plan hides PERIOD, the follow-up list shows it.
        self.columns = [PERIOD] if with_period else []
        self.columns += [TEXT, ELEMENTS, PARTY, OWNER, DEADLINE, STATUS, FOLLOW_UP]
        self.editable = editable if editable is not None else frozenset(FIELDS.values())

    # -- reading ---------------------------------------------------------------

    def set_items(self, items: list[ActionItemInfo], today: dt.date | None = None) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.today = today or dt.date.today()
        self.endResetModel()

    def replace_item(self, item: ActionItemInfo) -> None:
        for row, old in enumerate(self.items):
            if old.id == item.id:
                self.items[row] = item
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
                return

    def column_of(self, kind: int) -> int:
        return self.columns.index(kind)

    def kind(self, index: AnyIndex) -> int:
        return self.columns[index.column()]

    def row_of(self, item_id: str) -> int:
        return next((r for r, i in enumerate(self.items) if i.id == item_id), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            column = self.columns[section]
            return tr("common.rating") if column == PERIOD else plan_field_label(FIELDS[column])
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if FIELDS.get(self.kind(index)) in self.editable:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def is_overdue(self, item: ActionItemInfo) -> bool:
        return item.is_overdue(self.today)

    def now_met(self, item: ActionItemInfo) -> bool:
        """An open item whose linked elements are all met in this assessment."""
        return item.is_open and bool(item.elements) and set(item.elements) <= self.met

    def overdue_count(self) -> int:
        return sum(1 for i in self.items if self.is_overdue(i))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item, kind = self.items[index.row()], self.kind(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, kind)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_text(item, kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self._edit_text(item, kind)
            if kind == TEXT and item.origin_item_id:
                period = self.origin_periods.get(item.origin_item_id) or "?"
                tip = tr("plan.carried", period=period) + "\n" + item.text
            if kind == ELEMENTS and self.now_met(item):
                tip = tr("plan.now_met_tip")
            warning = self._cpr_warning(item, kind)
            return "\n\n".join(part for part in (warning, tip) if part) or None
        if role == Qt.ItemDataRole.DecorationRole and self._cpr_warning(item, kind):
            return warning_icon()
        if role == Qt.ItemDataRole.BackgroundRole and self._cpr_warning(item, kind):
            return QBrush(QColor(FLAGGED_BACKGROUND))
        if role == Qt.ItemDataRole.ForegroundRole:
            if kind == DEADLINE and self.is_overdue(item):
                return QBrush(QColor(BAD))
            if kind == ELEMENTS and self.now_met(item):
                return QBrush(QColor(GOOD))
            if kind == STATUS and item.status in STATUS_COLOURS:
                return QBrush(QColor(STATUS_COLOURS[item.status]))
        if role == ITEM_ID_ROLE:
            return item.id
        return None

    @staticmethod
    def _cpr_warning(item: ActionItemInfo, kind: int) -> str:
        """The warning for a stored text that looks like it holds a CPR number, else ""."""
        return cell_warning(getattr(item, FIELDS[kind])) if kind in GUARDED else ""

    def _display(self, item: ActionItemInfo, kind: int) -> str:
        if kind == TEXT:
            return ("↻ " if item.origin_item_id else "") + item.text.replace("\n", " / ")
        if kind == DEADLINE:
            mark = f"  {tr('plan.overdue')}" if self.is_overdue(item) else ""
            return item.deadline.isoformat() + mark
        if kind == STATUS:
            done = "✔ " if item.status == "afsluttet" else ""
            return done + status_label(item.status)
        if kind == FOLLOW_UP:
            return item.follow_up.replace("\n", " / ")
        if kind == ELEMENTS and self.now_met(item):
            return f"{elements_text(item.elements)}  {tr('plan.now_met')}"
        return self._edit_text(item, kind)

    @staticmethod
    def _edit_text(item: ActionItemInfo, kind: int) -> str:
        if kind == PERIOD:
            return f"{item.period} ({item.review_date.isoformat()})"
        if kind == ELEMENTS:
            return elements_text(item.elements)
        if kind == PARTY:
            return party_label(item.party)
        if kind == DEADLINE:
            return item.deadline.isoformat()
        if kind == STATUS:
            return status_label(item.status)
        return str(getattr(item, FIELDS[kind], ""))

    def choices(self, kind: int) -> list[tuple[str, str]]:
        """(id, label) for the columns edited with a list: responsible party and status."""
        if kind == PARTY:
            return [(p, party_label(p)) for p in PARTY_IDS]
        if kind == STATUS:
            return [(s, status_label(s)) for s in STATUS_IDS]
        return []

    # -- editing ---------------------------------------------------------------

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        item, kind = self.items[index.row()], self.kind(index)
        field = FIELDS.get(kind)
        if field is None or field not in self.editable:
            return False
        new, why = self.parse(kind, str(value))
        if why:
            self.refused.emit(why)
            return False
        old = getattr(item, field)
        if new != old:
            self.edit_requested.emit(item.id, field, old, new)
        return True

    def parse(self, kind: int, text: str) -> tuple[Any, str]:
        """(value, "") for a valid typed value; (None, why) otherwise."""
        text = text.strip()
        if kind == TEXT:
            return (text, "") if text else (None, tr("action.empty_text"))
        if kind in (OWNER, FOLLOW_UP):
            return (" ".join(text.split()) if kind == OWNER else text), ""
        if kind == DEADLINE:
            date = parse_date(text)
            return (date, "") if date else (None, tr("plan.bad_date"))
        if kind in (PARTY, STATUS):
            for key, label in self.choices(kind):
                if text.casefold() in (key, label.casefold()):
                    return key, ""
            return None, ""  # a list: only a delegate bug gets here
        if kind == ELEMENTS:
            return self._parse_elements(text)
        return None, ""

    def _parse_elements(self, text: str) -> tuple[Any, str]:
        by_key = {e.casefold(): e for e in self.allowed}
        by_key[element_label(CASELOAD_REF).casefold()] = CASELOAD_REF
        found: list[str] = []
        for part in text.replace(";", ",").split(","):
            part = part.strip()
            if not part:
                continue
            element = by_key.get(part.casefold())
            if element is None:
                return None, tr("plan.bad_element", element=part)
            if element not in found:
                found.append(element)
        return tuple(found), ""
