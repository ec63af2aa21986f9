"""All teams on one table: filters, sorting in the model, export to CSV and Excel."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ipsfidelity.analysis import OverviewRow
from ipsfidelity.errors import UserError
from ipsfidelity.i18n import tr
from ipsfidelity.review_words import kind_word, state_word
from ipsfidelity.ui.common.colours import MUTED, SCORE_BANDS, STALE_MARK
from ipsfidelity.ui.common.tables import row_table
from ipsfidelity.ui.common.widgets import AnyIndex, compact_rows, heading
from ipsfidelity.ui.compare.overview_model import OverviewModel
from ipsfidelity.ui.compare.saving import SaveStatus, ask_save_path, os_reason

__all__ = ["OverviewData", "OverviewView", "export_rows", "load_overview", "os_reason"]

if TYPE_CHECKING:
    from ipsfidelity.store import Store
    from ipsfidelity.ui.common.worker import Worker


@dataclass(frozen=True)
class OverviewData:
    rows: list[OverviewRow]
    periods: list[str]
    period: str | None
    kind: str | None = None


def load_overview(store: Store, period: str | None, kind: str | None = None) -> OverviewData:
    """Runs on the database worker: the rows (each team's latest review of `kind`, in
    `period`) with each team's open and overdue actions."""
    from ipsfidelity.analysis.screens import overview_screen

    rows, found = overview_screen(store, period, kind=kind)
    return OverviewData(rows, found, period, kind)


def follow_up_counts(store: Store, today: dt.date | None = None) -> dict[str, tuple[int, int]]:
    """team id -> (open action items, of which overdue): `analysis.screens.follow_up_counts`."""
    from ipsfidelity.analysis.screens import follow_up_counts as counts

    return counts(store, today)


def export_rows(rows: Sequence[OverviewRow], path: Path, kind: str) -> Path:
    """Runs on the database worker; a file that cannot be written becomes a UserError
    with a Danish sentence, so the UI shows it instead of the crash dialog."""
    from ipsfidelity.analysis.export import write_csv, write_xlsx

    try:
        (write_xlsx if kind == "xlsx" else write_csv)(rows, path)
    except OSError as exc:
        raise UserError(tr("overview.save_failed", path=str(path), why=os_reason(exc))) from exc
    return path


# The widest the text columns start; the psychiatry column then gets what room the others
# leave (`_fit_psychiatry`), at least PSYCHIATRY_LEAST. Longer names are cut in the
# middle and shown whole on hover.
TEXT_COLUMN_WIDTHS = {"team": 130, "municipality": 100, "psychiatry": 200, "follow_up": 100}
PSYCHIATRY_LEAST = 90


class MiddleElide(QStyledItemDelegate):
    """Cut a text that does not fit in the middle ("Psyki…Glostrup"), not at the end."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle  # type: ignore[attr-defined]


class TightScores(QStyledItemDelegate):
    """The principles' score columns with 1-2 px of padding where Qt keeps 3-5 ("100,0"
    still whole): eight of them leave the review's state column its room at 1280 px."""

    SQUEEZE = 4
    RIGHT = 2  # the right-aligned score's room to the grid line

    def __init__(self, model: OverviewModel, parent: QWidget) -> None:
        super().__init__(parent)
        self.model = model

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        hint = super().sizeHint(option, index)
        if self.model.is_principle(index.column()):
            hint.setWidth(hint.width() - self.SQUEEZE)
        return hint

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if not self.model.is_principle(index.column()):
            super().paint(painter, option, index)
            return
        # The cell's tint and selection as Qt draws them; the score in the narrower margin.
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text  # type: ignore[attr-defined]
        opt.text = ""  # type: ignore[attr-defined]
        widget = opt.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        colour = opt.palette.color(role)  # type: ignore[attr-defined]
        brush = index.data(Qt.ItemDataRole.ForegroundRole)
        if not selected and brush is not None:
            colour = brush.color()
        painter.save()
        painter.setPen(colour)
        painter.setFont(opt.font)  # type: ignore[attr-defined]
        rect = opt.rect.adjusted(1, 0, -self.RIGHT, 0)  # type: ignore[attr-defined]
        painter.drawText(rect, int(opt.displayAlignment), text)  # type: ignore[attr-defined]
        painter.restore()


class OverviewView(QWidget):
    team_requested = Signal(str)  # team id, on double-click or Enter
    shown = Signal()  # rows are on screen
    exported = Signal(str)  # path written
    export_requested = Signal(list)  # team ids of the selected rows, for an exchange file

    def __init__(self, worker: Worker) -> None:
        super().__init__()
        self.worker = worker
        self.model = OverviewModel()
        self._loading = 0

        title = heading(tr("overview.title"))
        self.municipality_combo = QComboBox()
        self.psychiatry_combo = QComboBox()
        self.period_combo = QComboBox()
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(tr("common.all"), None)
        self.kind_combo.addItem(kind_word("independent"), "independent")
        self.kind_combo.addItem(kind_word("self"), "self")
        self.kind_combo.currentIndexChanged.connect(self._period_changed)
        # The review's state filters the rows shown (e.g. only finished reviews).
        self.state_combo = QComboBox()
        self.state_combo.setObjectName("overview_state")
        self.state_combo.addItem(tr("common.all"), None)
        for state in ("draft", "consensus", "finished"):
            self.state_combo.addItem(state_word(state), state)
        self.state_combo.currentIndexChanged.connect(self._filter_changed)
        for combo in (
            self.municipality_combo,
            self.psychiatry_combo,
            self.period_combo,
            self.kind_combo,
            self.state_combo,
        ):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # A long unit name must not squeeze the period and kind: the list shows it whole.
        self.psychiatry_combo.setMaximumWidth(280)
        self.municipality_combo.currentIndexChanged.connect(self._filter_changed)
        self.psychiatry_combo.currentIndexChanged.connect(self._filter_changed)
        self.period_combo.currentIndexChanged.connect(self._period_changed)
        filters = QHBoxLayout()
        for text, combo in (
            (tr("overview.municipality"), self.municipality_combo),
            (tr("overview.psychiatry"), self.psychiatry_combo),
            (tr("overview.period"), self.period_combo),
            (tr("compare.kind_filter"), self.kind_combo),
            (tr("compare.state_filter"), self.state_combo),
        ):
            label = QLabel(text)
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo)
            filters.addSpacing(12)
        self.count_label = QLabel()
        self.count_label.setStyleSheet(f"color: {MUTED};")
        filters.addWidget(self.count_label)
        filters.addStretch(1)
        actions = QHBoxLayout()  # below the table, so the filters never get squeezed
        self.status = SaveStatus()
        self.open_button = QPushButton(tr("overview.open"))
        self.open_button.clicked.connect(self._open_current)
        self.csv_button = QPushButton(tr("overview.csv"))
        self.csv_button.clicked.connect(lambda: self.ask_export("csv"))
        self.xlsx_button = QPushButton(tr("overview.xlsx"))
        self.xlsx_button.clicked.connect(lambda: self.ask_export("xlsx"))
        actions.addWidget(self.open_button)
        actions.addStretch(1)
        actions.addWidget(self.status)
        actions.addWidget(self.csv_button)
        actions.addWidget(self.xlsx_button)

        self.table = row_table(QTableView(), self.model, tr("access.overview_table"))
        self.table.setAlternatingRowColors(False)  # the score tints carry the meaning
        self.table.setItemDelegate(TightScores(self.model, self.table))
        # Units are often "Psykiatrisk Center <place>": cut the middle, keep the place.
        self.table.setItemDelegateForColumn(
            self.model.columns.index("psychiatry"), MiddleElide(self.table)
        )
        self.table.setWordWrap(False)  # one line a row; wrapping would elide at the end
        self.table.verticalHeader().setVisible(False)
        compact_rows(self.table)
        header = self.table.horizontalHeader()
        # Sized to the contents once per load, not on every sort: ResizeToContents would
        # ask every row of every column for its size after each sort (~80 ms at 200 teams).
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)  # room to spare goes to the follow-up counts
        # Widths from the rows in view, not from all of them: Qt asks every cell for its
        # text and font, over a second for a region's 200 teams; a wider name is elided.
        header.setResizeContentsPrecision(0)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)  # a header click calls OverviewModel.sort
        # The sorted column says ▲/▼ in its text (OverviewModel.headerData): Qt's indicator
        # keeps room in every header, which the psychiatry names need at 1280 px.
        header.setSortIndicatorShown(False)
        header.sortIndicatorChanged.connect(self._fit_sorted)
        self.table.doubleClicked.connect(self._open)
        self.table.activated.connect(self._open)  # Enter opens as well
        self.model.modelReset.connect(self._update_count)
        # Right-click: the selected teams, with all their reviews, to an exchange file.
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.export_action = self.table.addAction(tr("xui.overview.export"))
        self.export_action.triggered.connect(self._export_selected)

        self.legend = QLabel(
            tr(
                "overview.legend",
                full=SCORE_BANDS[0][1],
                high=SCORE_BANDS[1][1],
                mid=SCORE_BANDS[2][1],
                low=SCORE_BANDS[3][1],
                mark=STALE_MARK,
            )
        )
        self.legend.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.legend)
        layout.addLayout(actions)
        self._update_count()

    # -- loading -----------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self._loading > 0 or self.status.writing > 0

    def reload(self) -> None:
        period, kind = self.period_combo.currentData(), self.kind_combo.currentData()
        self._loading += 1
        self.worker.read(lambda s: load_overview(s, period, kind), self._show, self._refused)

    def _refused(self, why: str) -> None:
        self._loading -= 1
        self.status.done(why)

    def _show(self, data: OverviewData) -> None:
        self._loading -= 1
        if (data.period, data.kind) != (
            self.period_combo.currentData(),
            self.kind_combo.currentData(),
        ):
            return  # the reader picked another period or kind; its rows are on the way
        _refill(self.period_combo, tr("common.latest_assessment"), data.periods)
        self.model.set_rows(data.rows)
        # With each team's latest review of any kind the review date is the "last reviewed"
        # date (which carries the stale mark): one column of it is enough. A chosen period
        # or kind is the same on every row, and stands in its filter above.
        columns = self.model.columns
        self.table.setColumnHidden(columns.index("date"), data.period is None and data.kind is None)
        self.table.setColumnHidden(columns.index("period"), data.period is not None)
        self.table.setColumnHidden(columns.index("kind"), data.kind is not None)
        self.table.resizeColumnsToContents()
        self._cap_text_columns()
        self._fit_psychiatry()
        _refill(self.municipality_combo, tr("common.all"), self.model.municipalities())
        _refill(self.psychiatry_combo, tr("common.all"), self.model.psychiatry_units())
        self._filter_changed()
        self.shown.emit()

    def _cap_text_columns(self) -> None:
        """Long team, municipality and psychiatry names are cut with … (the whole name is
        the cell's tooltip), so the scores and the last column fit at 1280 px."""
        for key, most in TEXT_COLUMN_WIDTHS.items():
            if key in self.model.columns:
                column = self.model.columns.index(key)
                self.table.setColumnWidth(column, min(self.table.columnWidth(column), most))

    def _fit_psychiatry(self) -> None:
        """The psychiatry column as wide as its names need, within the room the other
        columns leave: no horizontal scroll bar at 1280 px."""
        table, column = self.table, self.model.columns.index("psychiatry")
        last = self.model.columnCount() - 1  # stretched: it takes what is left over
        header = table.horizontalHeader()
        least = max(table.sizeHintForColumn(last), header.sectionSizeHint(last))
        table.setColumnWidth(last, min(least, TEXT_COLUMN_WIDTHS["follow_up"]))
        others = sum(
            table.columnWidth(c)
            for c in range(last + 1)
            if c != column and not table.isColumnHidden(c)
        )
        # The vertical scroll bar's room is kept whether it shows yet or not: rows come in
        # (a filter, another period) without the columns being fitted again.
        scroll = table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, table)
        room = table.width() - 2 * table.frameWidth() - scroll - others
        need = min(table.sizeHintForColumn(column), TEXT_COLUMN_WIDTHS["psychiatry"])
        table.setColumnWidth(column, max(PSYCHIATRY_LEAST, min(need, room)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.model.rowCount():
            self._fit_psychiatry()

    def _fit_sorted(self, column: int) -> None:
        """Widen the sorted column if its header, now with ▲/▼, would be cut."""
        need = self.table.horizontalHeader().sectionSizeHint(column)
        if self.table.columnWidth(column) < need:
            self.table.setColumnWidth(column, need)

    def _filter_changed(self) -> None:
        self.model.set_filter(
            self.municipality_combo.currentData(),
            self.psychiatry_combo.currentData(),
            self.state_combo.currentData(),
        )
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _period_changed(self) -> None:
        if not self.period_combo.signalsBlocked():
            self.reload()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), len(self.model.all_rows)
        self.count_label.setText(
            tr("overview.count_one", shown=shown)
            if total == 1
            else tr("overview.count", shown=shown, total=total)
        )
        self.open_button.setEnabled(self.model.rowCount() > 0)

    # -- opening a team ----------------------------------------------------------

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.team_requested.emit(self.model.team_id(index.row()))

    def _open_current(self) -> None:
        self._open(self.table.currentIndex())

    def selected_team_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.rows[r].team_id for r in rows]

    def _export_selected(self) -> None:
        ids = self.selected_team_ids()
        if ids:
            self.export_requested.emit(ids)

    def focus_table(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- export --------------------------------------------------------------------

    def ask_export(self, kind: str, rows: Sequence[OverviewRow] | None = None) -> None:
        path = ask_save_path(self, tr("overview.save_title"), tr("overview.default_name"), kind)
        if path is not None:
            self.export(path, kind, rows)

    def export(self, path: Path, kind: str, rows: Sequence[OverviewRow] | None = None) -> None:
        """Write `rows`, by default what the table shows (filtered, in its order), on the
        database worker, with a busy bar until it is written."""
        chosen = list(self.model.rows if rows is None else rows)
        self.status.write(
            self.worker,
            lambda: export_rows(chosen, path, kind),
            path,
            lambda where: tr("overview.saved", path=str(where)),
            tr("overview.save_title"),
            self.exported.emit,
        )


def _refill(combo: QComboBox, everything: str, values: list[str]) -> None:
    """Replace a filter's choices, keeping the chosen one when it is still there."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, None)
    for value in values:
        combo.addItem(value, value)
    found = combo.findData(chosen) if chosen is not None else 0
    combo.setCurrentIndex(max(found, 0))
    combo.blockSignals(False)
