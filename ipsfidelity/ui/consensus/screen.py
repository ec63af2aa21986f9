"""The consensus step, keyboard-first: every element with all reviewers' own ratings, notes
and evidence side by side, disagreements first; 1/2/3 set the consensus rating and move on,
N writes a consensus note, A accepts every element all reviewers rated alike. The last row
is the caseload: each reviewer's own reading beside the review's; 1, 2, ... takes the first,
second, ... reviewer's reading as the review's caseload."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ipsfidelity.consensus_marks import differs_from_every_reviewer
from ipsfidelity.i18n import pick, tr
from ipsfidelity.instrument import NOT_RATED, Instrument
from ipsfidelity.review_words import agreement_lines, caseload_reading
from ipsfidelity.scoring.agreement import Agreement
from ipsfidelity.store.views import CaseloadInfo, RatingInfo
from ipsfidelity.ui.common.colours import MUTED, RATING_COLOURS, RATING_MARKS
from ipsfidelity.ui.common.widgets import compact_rows, heading

# 1-9: a rating (1-3 on the pack's scale) or, on the caseload row, whose reading to take.
RATING_KEYS = {
    Qt.Key.Key_1: 0,
    Qt.Key.Key_2: 1,
    Qt.Key.Key_3: 2,
    Qt.Key.Key_4: 3,
    Qt.Key.Key_5: 4,
    Qt.Key.Key_6: 5,
    Qt.Key.Key_7: 6,
    Qt.Key.Key_8: 7,
    Qt.Key.Key_9: 8,
}


@dataclass(frozen=True)
class Row:
    element_id: str
    own: tuple[RatingInfo | None, ...]  # one per reviewer, in the reviewers' order
    consensus: RatingInfo | None

    @property
    def disagree(self) -> bool:
        rated = {r.rating for r in self.own if r is not None and r.rating != NOT_RATED}
        return len(rated) > 1

    @property
    def differs_from_all(self) -> bool:
        """A consensus no reviewer gave: often a slipped key, so the row says so."""
        consensus = self.consensus.rating if self.consensus is not None else None
        return differs_from_every_reviewer(
            consensus, (r.rating if r is not None else None for r in self.own)
        )


def rows_in_order(
    pack: Instrument,
    reviewers: tuple[str, ...],
    own: dict[str, dict[str, RatingInfo]],
    consensus: dict[str, RatingInfo],
) -> list[Row]:
    """Every element, disagreements first, each group in the pack's order."""
    rows = [
        Row(e, tuple(own.get(r, {}).get(e) for r in reviewers), consensus.get(e))
        for e in pack.element_ids
    ]
    return [r for r in rows if r.disagree] + [r for r in rows if not r.disagree]


def same_reading(a: tuple[CaseloadInfo, ...], b: tuple[CaseloadInfo, ...]) -> bool:
    def key(entries: tuple[CaseloadInfo, ...]) -> list[tuple[str, float, int, int]]:
        return sorted((e.consultant.strip(), e.fte, e.ips_cases, e.other_cases) for e in entries)

    return key(a) == key(b)


def agreement_text(agreement: Agreement) -> tuple[str, str]:
    """The figures on one line; below, one line each: why a figure is "–" (no variation) and
    the warning about few elements (or nothing)."""
    lines = agreement_lines(agreement)
    if agreement.reviewers < 2 or not agreement.elements:
        return lines[0], ""
    return " · ".join(lines[:2]), "\n".join(lines[2:])


CASELOAD_ROW = "caseload"  # current_element() on the caseload row


class ConsensusTable(QTableWidget):
    rating_key = Signal(int)
    note_key = Signal()
    accept_key = Signal()
    back_key = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = Qt.Key(event.key())
        if mods == Qt.KeyboardModifier.NoModifier:
            if key in RATING_KEYS:
                self.rating_key.emit(RATING_KEYS[key])
                return
            if key == Qt.Key.Key_N:
                self.note_key.emit()
                return
            if key == Qt.Key.Key_A:
                self.accept_key.emit()
                return
            if key == Qt.Key.Key_Escape:
                self.back_key.emit()
                return
            if key in (Qt.Key.Key_Home, Qt.Key.Key_End) and self.rowCount():
                # The first / the last row (the caseload), as in a list; not the row's ends.
                row = self.rowCount() - 1 if key == Qt.Key.Key_End else 0
                self.setCurrentCell(row, max(self.currentColumn(), 0))
                return
        super().keyPressEvent(event)


class ConsensusView(QWidget):
    back_requested = Signal()
    consensus_set = Signal(str, str)  # element id, rating id
    note_set = Signal(str, str)  # element id, consensus note
    accept_requested = Signal()
    caseload_chosen = Signal(str)  # the reviewer whose own reading becomes the caseload

    def __init__(self, pack: Instrument, reviewers: tuple[str, ...], title: str) -> None:
        super().__init__()
        self.setObjectName("consensus_screen")
        self.pack = pack
        self.reviewers = reviewers
        self.rows: list[Row] = []
        self.readings: dict[str, tuple[CaseloadInfo, ...]] = {}
        self.caseload: tuple[CaseloadInfo, ...] = ()
        self.back_button = QPushButton(tr("lifecycle.ui.back_to_walkthrough"))
        self.back_button.clicked.connect(self.back_requested)
        title_label = heading(title)
        self.accept_button = QPushButton(tr("lifecycle.ui.accept_agreed"))
        self.accept_button.clicked.connect(self.accept_requested)
        for button in (self.back_button, self.accept_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(title_label, 1)
        top.addWidget(self.accept_button)

        self.agreement_label = QLabel()
        self.agreement_label.setObjectName("agreement_figures")
        self.warning_label = QLabel()
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(f"color: {MUTED};")
        self.help_label = QLabel(tr("lifecycle.ui.consensus_help"))
        self.help_label.setStyleSheet(f"color: {MUTED};")
        self.message = QLabel()
        self.message.setObjectName("consensus_message")
        self.message.setStyleSheet("color: #c0262d;")
        self.message.setWordWrap(True)

        headers = [
            tr("common.element"),
            *reviewers,
            tr("common.consensus"),
        ]
        self.table = ConsensusTable(0, len(headers))
        self.table.setAccessibleName(tr("access.consensus_table"))
        self.table.setObjectName("consensus_table")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # One line per element, so all fourteen fit; the current one is shown in full below.
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        compact_rows(self.table)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.rating_key.connect(self._rate)
        self.table.note_key.connect(self._edit_note)
        self.table.accept_key.connect(self.accept_requested)
        self.table.back_key.connect(self.back_requested)
        self.table.currentCellChanged.connect(lambda *_: self._show_detail())

        self.detail = QLabel()
        self.detail.setObjectName("consensus_detail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.note_edit = QLineEdit()
        self.note_edit.setAccessibleName(tr("lifecycle.ui.consensus_note"))
        self.note_edit.setObjectName("consensus_note")
        self.note_edit.setPlaceholderText(tr("lifecycle.ui.consensus_note"))
        self.note_edit.returnPressed.connect(self._note_done)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.agreement_label)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.help_label)
        layout.addWidget(self.table, 1)
        self.differ_label = QLabel()
        self.differ_label.setObjectName("consensus_differs")
        self.differ_label.setStyleSheet("color: #c0262d;")
        self.differ_label.hide()
        layout.addWidget(self.differ_label)
        layout.addWidget(self.detail)
        layout.addWidget(self.note_edit)
        layout.addWidget(self.message)

    # -- showing ------------------------------------------------------------------

    def show_data(
        self,
        own: dict[str, dict[str, RatingInfo]],
        consensus: dict[str, RatingInfo],
        agreement: Agreement,
        keep: str | None = None,
        readings: dict[str, tuple[CaseloadInfo, ...]] | None = None,
        caseload: tuple[CaseloadInfo, ...] = (),
    ) -> None:
        self.rows = rows_in_order(self.pack, self.reviewers, own, consensus)
        self.readings = dict(readings or {})
        self.caseload = caseload
        figures, warning = agreement_text(agreement)
        self.agreement_label.setText(figures)
        self.warning_label.setText(warning)
        self.warning_label.setVisible(bool(warning))
        self.table.setRowCount(len(self.rows) + 1)
        labels = {s.id: pick(s.label) for s in self.pack.scale}
        for row_number, row in enumerate(self.rows):
            self._fill_element_cell(row_number, row)
            for column, info in enumerate([*row.own, row.consensus], start=1):
                rating = info.rating if info is not None else NOT_RATED
                shown = (
                    f"{RATING_MARKS[rating]} {labels[rating]}"
                    if rating in labels
                    else tr("lifecycle.ui.no_rating")
                )
                cell = QTableWidgetItem(shown)
                cell.setForeground(QBrush(QColor(RATING_COLOURS.get(rating, MUTED))))
                if info is not None and info.note:
                    cell.setToolTip(info.note)
                self.table.setItem(row_number, column, cell)
        self._fill_caseload_row()
        self._count_differing()
        target = 0
        if keep == CASELOAD_ROW:
            target = len(self.rows)
        elif keep is not None:
            target = next((i for i, r in enumerate(self.rows) if r.element_id == keep), 0)
        self.table.setCurrentCell(target, 0)
        self._show_detail()

    def _fill_element_cell(self, row_number: int, row: Row) -> None:
        """The element with its mark: "≠ alle" for a consensus no reviewer gave (it outranks
        the reviewers' own "≠", which the reviewers' columns show anyway)."""
        element = next(e for e in self.pack.elements if e.id == row.element_id)
        text = f"{row.element_id}  {pick(element.text)}"
        item = QTableWidgetItem()
        if row.differs_from_all:
            warning = tr("cmark.differs_from_all")
            item.setText(f"{tr('annex.differs_from_all')} {text}")
            item.setToolTip(f"{warning}\n{pick(element.text)}")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{warning}: {text}")
            item.setForeground(QBrush(QColor(RATING_COLOURS["not_met"])))
        else:
            item.setText(f"≠ {text}" if row.disagree else text)
            item.setToolTip(pick(element.text))
        self.table.setItem(row_number, 0, item)

    def _count_differing(self) -> None:
        count = sum(1 for r in self.rows if r.differs_from_all)
        self.differ_label.setText(
            tr("cmark.rows_differ_one") if count == 1 else tr("cmark.rows_differ", count=count)
        )
        self.differ_label.setVisible(count > 0)

    @property
    def readings_differ(self) -> bool:
        given = list(self.readings.values())
        return any(not same_reading(given[0], other) for other in given[1:])

    def _fill_caseload_row(self) -> None:
        row_number = len(self.rows)
        mark = "≠ " if self.readings_differ else ""
        item = QTableWidgetItem(f"{mark}{tr('common.caseload')}")
        item.setToolTip(tr("lifecycle.ui.caseload_row_tip"))
        self.table.setItem(row_number, 0, item)
        for column, name in enumerate(self.reviewers, start=1):
            text = caseload_reading(self.readings.get(name))
            cell = QTableWidgetItem(text)
            cell.setToolTip(text)
            self.table.setItem(row_number, column, cell)
        text = caseload_reading(self.caseload or None)  # none entered yet: "–"
        cell = QTableWidgetItem(text)
        cell.setToolTip(text)
        font = cell.font()
        font.setBold(True)
        cell.setFont(font)
        self.table.setItem(row_number, len(self.reviewers) + 1, cell)

    def set_local_caseload(self, entries: tuple[CaseloadInfo, ...]) -> None:
        """Show a caseload just chosen (its write is queued)."""
        self.caseload = entries
        self._fill_caseload_row()
        self._show_detail()

    def set_local(self, element_id: str, rating: str | None, note: str | None) -> None:
        """Show a consensus just set (its write is queued) without reading everything again."""
        for number, row in enumerate(self.rows):
            if row.element_id != element_id:
                continue
            before = row.consensus or RatingInfo(element_id, NOT_RATED)
            after = RatingInfo(
                element_id,
                before.rating if rating is None else rating,
                before.note if note is None else note,
                before.evidence,
            )
            self.rows[number] = Row(row.element_id, row.own, after)
            labels = {s.id: pick(s.label) for s in self.pack.scale}
            shown = (
                f"{RATING_MARKS[after.rating]} {labels[after.rating]}"
                if after.rating in labels
                else tr("lifecycle.ui.no_rating")
            )
            cell = QTableWidgetItem(shown)
            cell.setForeground(QBrush(QColor(RATING_COLOURS.get(after.rating, MUTED))))
            cell.setToolTip(after.note)
            self.table.setItem(number, len(self.reviewers) + 1, cell)
            self._fill_element_cell(number, self.rows[number])
            self._count_differing()

    def current_element(self) -> str | None:
        if self.on_caseload():
            return CASELOAD_ROW
        row = self._current()
        return row.element_id if row is not None else None

    def on_caseload(self) -> bool:
        return self.table.currentRow() == len(self.rows)

    def _current(self) -> Row | None:
        index = self.table.currentRow()
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def _show_detail(self) -> None:
        if self.on_caseload():
            lines = [tr("lifecycle.ui.caseload_row_tip")]
            for number_, name in enumerate(self.reviewers, start=1):
                reading = caseload_reading(self.readings.get(name))
                lines.append(f"{number_}: {name}: {reading}")
            lines.append(f"{tr('common.consensus')}: {caseload_reading(self.caseload or None)}")
            self.detail.setText("\n".join(lines))
            self.note_edit.clear()
            self.note_edit.setEnabled(False)
            return
        self.note_edit.setEnabled(True)
        row = self._current()
        if row is None:
            self.detail.clear()
            return
        evidence = {s.id: pick(s.label) for s in self.pack.evidence_sources}
        element = next(e for e in self.pack.elements if e.id == row.element_id)
        lines = [f"{row.element_id}: {pick(element.text)}"]
        for name, info in zip(self.reviewers, row.own, strict=True):
            if info is None:
                continue
            parts = [info.note] if info.note else []
            parts += [evidence.get(e, e) for e in info.evidence]
            if parts:
                lines.append(f"{name}: {' · '.join(parts)}")
        self.detail.setText("\n".join(lines))
        self.note_edit.setText(row.consensus.note if row.consensus is not None else "")

    def focus_table(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_message(self, text: str) -> None:
        self.message.setText(text)

    # -- input --------------------------------------------------------------------

    def _rate(self, option: int) -> None:
        if self.on_caseload():
            if option < len(self.reviewers) and self.reviewers[option] in self.readings:
                self.caseload_chosen.emit(self.reviewers[option])
            else:
                self.show_message(tr("lifecycle.ui.no_reading"))
            return
        row = self._current()
        if row is None or option >= len(self.pack.scale):
            return
        self.consensus_set.emit(row.element_id, self.pack.scale[option].id)
        next_row = self.table.currentRow() + 1
        if next_row < len(self.rows):
            self.table.setCurrentCell(next_row, 0)

    def _edit_note(self) -> None:
        if self.on_caseload():
            return
        self.note_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.note_edit.selectAll()

    def _note_done(self) -> None:
        row = self._current()
        if row is not None:
            self.note_set.emit(row.element_id, self.note_edit.text().strip())
        self.focus_table()
