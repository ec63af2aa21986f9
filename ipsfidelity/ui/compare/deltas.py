"""What moved between two assessments: per principle the two scores and the change
(↑ / ↓ / =), and the elements whose rating changed. Filled from `analysis` results."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from ipsfidelity.analysis import AssessmentScore, RatingChange
from ipsfidelity.analysis.trend import delta
from ipsfidelity.i18n import pick, tr
from ipsfidelity.instrument import NOT_RATED, get_pack
from ipsfidelity.ui.common.colours import BAD, GOOD, MUTED, RATING_COLOURS, RATING_MARKS
from ipsfidelity.ui.common.widgets import compact_rows
from ipsfidelity.wording import number

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def arrow(change: float | None) -> str:
    """↑ / ↓ / = with the change in points (so never colour alone), a dash for no change
    to compute (either score missing)."""
    if change is None:
        return "–"
    if change > 0:
        return f"↑ +{number(change)}"
    if change < 0:
        return f"↓ {number(change)}"
    return f"= {number(change)}"


def period_label(score: AssessmentScore) -> str:
    """The review's period, marked "(selv)" when it is a self-assessment."""
    if score.kind == "self":
        return tr("compare.self_mark", period=score.period)
    return score.period


class _ReadOnlyTable(QTableWidget):
    def __init__(self, columns: int) -> None:
        super().__init__(0, columns)
        self.verticalHeader().setVisible(False)
        compact_rows(self)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in range(1, columns):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)


class DeltaTable(_ReadOnlyTable):
    """Principle | first's score | second's score | change (first minus second)."""

    def __init__(self) -> None:
        super().__init__(4)

    def show_scores(self, first: AssessmentScore, second: AssessmentScore | None) -> None:
        pack = get_pack(*first.instrument)
        self.setHorizontalHeaderLabels(
            [
                tr("common.principle"),
                period_label(first),
                period_label(second) if second else "–",
                tr("common.change"),
            ]
        )
        rows: list[tuple[str, str, float | None, float | None]] = [
            (
                f"{p.id}  {pick(p.short)}",
                pick(p.title),
                first.principles.get(p.id),
                second.principles.get(p.id) if second else None,
            )
            for p in pack.principles
        ]
        rows.append(
            (tr("common.overall_score"), "", first.overall, second.overall if second else None)
        )
        self.setRowCount(len(rows))
        for r, (name, tip, now, before) in enumerate(rows):
            change = delta(now, before) if second else None
            name_item = QTableWidgetItem(name)
            name_item.setToolTip(tip)
            change_item = QTableWidgetItem(arrow(change))
            change_item.setTextAlignment(_RIGHT)
            change_item.setToolTip(_arrow_word(change))
            if change:
                change_item.setForeground(QColor(GOOD if change > 0 else BAD))
            cells = [name_item, _number(now), _number(before), change_item]
            if r == len(rows) - 1:  # the overall row
                for cell in cells:
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
            for c, cell in enumerate(cells):
                self.setItem(r, c, cell)

    def arrows(self) -> list[str]:
        return [self.item(r, 3).text() for r in range(self.rowCount())]


class ChangesTable(_ReadOnlyTable):
    """Element (id and text) | rating in the second | rating in the first, marks and words."""

    def __init__(self) -> None:
        super().__init__(3)

    def show_changes(
        self,
        first: AssessmentScore,
        second: AssessmentScore | None,
        changes: Sequence[RatingChange],
    ) -> None:
        self.setHorizontalHeaderLabels(
            [tr("common.element"), period_label(second) if second else "–", period_label(first)]
        )
        pack = get_pack(*first.instrument)
        labels = {s.id: pick(s.label) for s in pack.scale}
        labels[NOT_RATED] = tr("status.not_rated")
        texts = {e.id: pick(e.text) for e in pack.elements}
        self.setRowCount(len(changes))
        for r, change in enumerate(changes):
            text = texts.get(change.element, "")
            element = QTableWidgetItem(f"{change.element}  {text}")
            element.setToolTip(text)
            self.setItem(r, 0, element)
            for c, rating in ((1, change.before), (2, change.after)):
                item = QTableWidgetItem(
                    f"{RATING_MARKS.get(rating, '')} {labels.get(rating, rating)}"
                )
                item.setForeground(QColor(RATING_COLOURS.get(rating, MUTED)))
                self.setItem(r, c, item)


def _number(value: float | None) -> QTableWidgetItem:
    item = QTableWidgetItem(number(value))
    item.setTextAlignment(_RIGHT)
    return item


def _arrow_word(change: float | None) -> str:
    if change is None:
        return ""
    if change > 0:
        return tr("trend.arrow.up")
    return tr("trend.arrow.down") if change < 0 else tr("common.unchanged")
