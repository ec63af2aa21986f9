"""Every team's latest (or chosen-period) assessment as a table that sorts and filters itself.

The model keeps the plain `OverviewRow`s and re-orders its own list with
`analysis.sort_rows` in `sort()`: 200 rows sort in well under a millisecond, where a
QSortFilterProxyModel over Python data calls back into Python for every comparison.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ipsfidelity.analysis import OverviewRow, filter_rows, principle_columns, sort_rows
from ipsfidelity.analysis.export import principle_headers
from ipsfidelity.i18n import tr
from ipsfidelity.review_words import kind_short, kind_word, state_word
from ipsfidelity.ui.common.colours import (
    BAD,
    GOOD,
    LOAD_COLOURS,
    SCORE_TEXT,
    STALE_MARK,
    VERDICT_COLOURS,
    WARN,
    score_background,
)
from ipsfidelity.ui.common.followup_text import follow_up_text
from ipsfidelity.ui.common.widgets import ID_ROLE
from ipsfidelity.wording import caseload_status_text, decimal_text, number, verdict_short_text

AnyIndex = QModelIndex | QPersistentModelIndex
SORT_KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # the column's analysis.sort_rows name
SORTED_UP, SORTED_DOWN = "▲", "▼"  # ascending, descending

_LEADING = ("team", "municipality", "psychiatry", "period", "date", "kind", "state")
_TRAILING = ("overall", "change", "verdict", "caseload", "last_review", "follow_up")


def _headers() -> dict[str, str]:
    return {
        "team": tr("common.team"),
        "municipality": tr("common.municipality"),
        "psychiatry": tr("common.psychiatry"),
        "period": tr("common.period"),
        "date": tr("common.date"),
        "kind": tr("compare.col.kind"),
        "state": tr("common.status"),
        "overall": tr("common.overall"),
        "change": tr("common.change"),
        "verdict": tr("common.result"),
        "caseload": tr("common.caseload"),
        "last_review": tr("compare.col.last_rated"),  # two lines: a narrower column
        "follow_up": tr("common.follow_up"),
    }


_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CENTRE = int(Qt.AlignmentFlag.AlignCenter)


class OverviewModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.all_rows: list[OverviewRow] = []
        self.rows: list[OverviewRow] = []  # filtered and sorted: what the view shows
        self.columns: list[str] = [*_LEADING, *_TRAILING]
        self._titles: dict[str, str] = {}
        self._municipality: str | None = None
        self._psychiatry: str | None = None
        self._state: str | None = None  # a review state, or None for any
        self._sort: tuple[str, bool] | None = None  # (column key, descending)

    # -- filling -----------------------------------------------------------------

    def set_rows(self, rows: Sequence[OverviewRow]) -> None:
        self.beginResetModel()
        self.all_rows = list(rows)
        pids = principle_columns(self.all_rows)
        self._titles = dict(principle_headers(self.all_rows))
        self.columns = [*_LEADING, *pids, *_TRAILING]
        if self._sort is not None and self._sort[0] not in self.columns:
            self._sort = None
        self._arrange()
        self.endResetModel()

    def set_filter(
        self, municipality: str | None, psychiatry: str | None, state: str | None = None
    ) -> None:
        self.beginResetModel()
        self._municipality, self._psychiatry, self._state = municipality, psychiatry, state
        self._arrange()
        self.endResetModel()

    def _arrange(self) -> None:
        rows = filter_rows(self.all_rows, self._municipality, self._psychiatry, self._state)
        if self._sort is not None:
            rows = sort_rows(rows, *self._sort)
        self.rows = rows

    def municipalities(self) -> list[str]:
        return sorted({r.municipality for r in self.all_rows if r.municipality}, key=_danish)

    def psychiatry_units(self) -> list[str]:
        return sorted({r.psychiatry for r in self.all_rows if r.psychiatry}, key=_danish)

    def team_id(self, row: int) -> str:
        return self.rows[row].team_id

    def is_principle(self, column: int) -> bool:
        """Whether `column` holds a principle's scores."""
        return 0 <= column < len(self.columns) and self.columns[column] in self._titles

    # -- Qt ----------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_rows = [(self.rows[i.row()].team_id, i.column()) for i in old]
        self._sort = (self.columns[column], order == Qt.SortOrder.DescendingOrder)
        self._arrange()
        where = {r.team_id: i for i, r in enumerate(self.rows)}
        self.changePersistentIndexList(
            old, [self.index(where.get(tid, -1), col) for tid, col in old_rows]
        )
        self.layoutChanged.emit()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        key = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            # The sort direction is in the sorted column's text: the view hides Qt's
            # indicator, whose room every header would otherwise keep (~20 px a column).
            text = _headers().get(key, key)
            if self._sort is not None and self._sort[0] == key:
                return f"{text} {SORTED_DOWN if self._sort[1] else SORTED_UP}"
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "last_review":
                return tr("overview.col.last_rated")
            return self._titles.get(key) or _headers().get(key, key)
        if role == SORT_KEY_ROLE:
            return key
        if role == Qt.ItemDataRole.ToolTipRole and key == "change":
            return tr("compare.change_tip")
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        key = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _text(row, key)
        if role == ID_ROLE:
            return row.team_id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if key in ("overall", "change") or key in self._titles:
                return _RIGHT
            return _CENTRE if key == "last_review" else None
        if key in self._titles or key == "overall":
            return _score_role(row.overall if key == "overall" else row.principle(key), role)
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = _foreground(row, key)
            return None if colour is None else QBrush(QColor(colour))
        if role == Qt.ItemDataRole.ToolTipRole and key == "last_review" and row.stale:
            return tr("overview.stale_tip")
        if role == Qt.ItemDataRole.ToolTipRole and key == "follow_up" and row.open_items:
            # The cell is cut at 1280 px: its whole text, then what the mark means.
            text = follow_up_text(row.open_items, row.overdue_items)
            return f"{text}\n{tr('overview.follow_up_tip')}"
        if role == Qt.ItemDataRole.ToolTipRole and key == "kind" and row.kind:
            return kind_word(row.kind)
        if role == Qt.ItemDataRole.ToolTipRole and key == "change":
            return tr("compare.change_tip")
        if role == Qt.ItemDataRole.ToolTipRole and key == "team":
            return " · ".join(x for x in (row.municipality, row.psychiatry) if x)
        if role == Qt.ItemDataRole.ToolTipRole and key == "municipality":
            return row.municipality or None  # the whole name where the column cuts it
        if role == Qt.ItemDataRole.ToolTipRole and key == "psychiatry":
            return row.psychiatry or None  # the whole name, also where it is shortened
        return None


def _danish(text: str) -> str:
    from ipsfidelity.analysis.overview import danish_key

    return danish_key(text)


def _text(row: OverviewRow, key: str) -> str:
    if key == "team":
        return row.team
    if key == "municipality":
        return row.municipality
    if key == "psychiatry":
        return short_unit(row.psychiatry)
    if key == "period":
        return row.period or ""
    if key == "date":
        return row.date.isoformat() if row.date else ""
    if key == "kind":
        return kind_short(row.kind) if row.kind else ""
    if key == "state":
        return state_word(row.state) if row.state else ""
    if key == "overall":
        return number(row.overall) if row.score else ""
    if key == "change":
        return signed(row.change)
    if key == "verdict":
        return verdict_short_text(row.verdict) if row.verdict else ""
    if key == "caseload":
        return caseload_status_text(row.caseload) if row.caseload else ""
    if key == "follow_up":
        return follow_up_text(row.open_items, row.overdue_items)
    if key == "last_review":
        day = row.last_review.isoformat() if row.last_review else tr("overview.no_review")
        return f"{STALE_MARK} {day}" if row.stale else day
    return number(row.principle(key)) if row.score else ""


# Danish psychiatry units are mostly "Psykiatrisk Center <place>"; "PC <place>" is how
# they are written in short, and keeps the place readable in a narrow column.
UNIT_PREFIXES = (("Psykiatrisk Center ", "PC "),)


def short_unit(name: str) -> str:
    """ "PC Glostrup" for "Psykiatrisk Center Glostrup"; other names as they are."""
    for long, short in UNIT_PREFIXES:
        if name.casefold().startswith(long.casefold()) and len(name) > len(long):
            return short + name[len(long) :]
    return name


def signed(change: float | None) -> str:
    """ "+2,5", "-1,0", "0,0"; empty when there is no review before to compare with."""
    if change is None:
        return ""
    if change == 0:
        return number(0.0)
    return decimal_text(change, "+0.0;-0.0")


def _score_role(score: float | None, role: int) -> Any:
    if role == Qt.ItemDataRole.BackgroundRole:
        colour = score_background(score)
        return None if colour is None else QBrush(QColor(colour))
    if role == Qt.ItemDataRole.ForegroundRole and score is not None:
        return QBrush(QColor(SCORE_TEXT))  # dark on the light tint, in dark themes too
    return None


def _foreground(row: OverviewRow, key: str) -> str | None:
    if key == "verdict" and row.verdict:
        return VERDICT_COLOURS[row.verdict]
    if key == "caseload" and row.caseload:
        return LOAD_COLOURS[row.caseload]
    if key == "last_review" and row.stale:
        return WARN
    if key == "change" and row.change:
        return GOOD if row.change > 0 else BAD
    if key == "follow_up" and row.overdue_items:
        return WARN
    return None
