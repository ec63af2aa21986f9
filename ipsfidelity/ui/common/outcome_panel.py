"""Outcome figures of one assessment: two counts, the share beside the Inklusion reference,
and the team's trend. Counts only: nothing here asks for a name or a CPR number."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ipsfidelity.i18n import tr
from ipsfidelity.ui.common import outcome_operations as ops
from ipsfidelity.ui.common.callbacks import guarded
from ipsfidelity.ui.common.colours import MUTED
from ipsfidelity.ui.common.followup_text import parse_count
from ipsfidelity.ui.common.widgets import FieldMessage

if TYPE_CHECKING:
    from ipsfidelity.store.followup import OutcomeInfo
    from ipsfidelity.ui.common.worker import Worker


def check_counts(participants_text: str, in_job_text: str) -> tuple[tuple[int, int] | None, str]:
    """((participants, in job), "") to save; (None, "") to clear; (None, why) when refused."""
    ok_p, participants = parse_count(participants_text)
    ok_j, in_job = parse_count(in_job_text)
    if not ok_p or not ok_j:
        return None, tr("outcome.bad_number")
    if participants is None and in_job is None:
        return None, ""
    if participants is None or in_job is None:
        return None, tr("outcome.need_both")
    if in_job > participants:
        return None, tr("outcome.too_many_participants", participants=participants)
    return (participants, in_job), ""


def share_text(participants: int, in_job: int) -> str:
    """'13 af 28 i job eller uddannelse (46,4 %)' (the core's wording, as in the report)."""
    from ipsfidelity.wording import outcome_text

    return outcome_text(participants, in_job)


def share_percent(share: float | None) -> str:
    from ipsfidelity.wording import number

    return "–" if share is None else f"{number(share)} %"


class OutcomePanel(QGroupBox):
    summary_changed = Signal(str)  # "13 af 28 i job eller uddannelse (46,4 %)", or "none yet"

    def __init__(self) -> None:
        super().__init__(tr("outcome.title"))
        self.worker: Worker | None = None
        self.assessment_id = ""
        self.team_id = ""
        self._saved: tuple[int, int] | None = None

        self.participants_edit = QLineEdit()
        self.in_job_edit = QLineEdit()
        for edit in (self.participants_edit, self.in_job_edit):
            edit.setMaximumWidth(90)
            edit.editingFinished.connect(self.commit)
            edit.textEdited.connect(self._typed)
        self.message = FieldMessage()
        self.share_label = QLabel()
        self.share_label.setStyleSheet("font-weight: 600;")
        self.share_label.setWordWrap(True)
        self.reference_label = QLabel(tr("outcome.reference"))
        self.reference_label.setStyleSheet(f"color: {MUTED};")
        self.reference_label.setWordWrap(True)
        counts_only = QLabel(tr("outcome.only_counts"))
        counts_only.setStyleSheet(f"color: {MUTED};")
        counts_only.setWordWrap(True)

        form = QFormLayout()
        form.addRow(tr("outcome.participants"), self.participants_edit)
        form.addRow(tr("outcome.in_job"), self.in_job_edit)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.message)
        left.addWidget(self.share_label)
        left.addWidget(self.reference_label)
        left.addWidget(counts_only)
        left.addStretch(1)

        self.trend = QTableWidget(0, 3)
        self.trend.setHorizontalHeaderLabels(
            [tr("common.rating"), tr("outcome.col.counts"), tr("common.share")]
        )
        self.trend.verticalHeader().setVisible(False)
        self.trend.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.trend.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.trend.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.trend.horizontalHeader().setStretchLastSection(True)
        self.trend.setMaximumHeight(150)
        self.no_trend = QLabel(tr("outcome.no_trend"))
        self.no_trend.setStyleSheet(f"color: {MUTED};")
        right = QVBoxLayout()
        right.addWidget(QLabel(tr("outcome.trend")))
        right.addWidget(self.trend)
        right.addWidget(self.no_trend)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)

    def show_for(self, worker: Worker, assessment_id: str, team_id: str) -> None:
        self.worker, self.assessment_id, self.team_id = worker, assessment_id, team_id
        self.message.clear_message()
        ops.load_outcomes(worker, assessment_id, team_id, guarded(self, self._show))

    def _show(self, found: tuple[OutcomeInfo | None, list[OutcomeInfo]]) -> None:
        current, trend = found
        self._saved = (current.participants, current.in_job_or_education) if current else None
        self.participants_edit.setText(str(current.participants) if current else "")
        self.in_job_edit.setText(str(current.in_job_or_education) if current else "")
        self._show_share()
        self.trend.setRowCount(len(trend))
        self.trend.setVisible(bool(trend))
        self.no_trend.setVisible(not trend)
        for row, o in enumerate(trend):
            cells = (
                f"{o.period} ({o.date.isoformat()})",
                f"{o.in_job_or_education}/{o.participants}",
                share_percent(o.share),
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if o.assessment_id == self.assessment_id:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.trend.setItem(row, col, item)

    @property
    def has_figures(self) -> bool:
        return self._saved is not None

    def _show_share(self) -> None:
        self.share_label.setText(share_text(*self._saved) if self._saved else tr("outcome.none"))
        self.summary_changed.emit(self.share_label.text())

    def _typed(self) -> None:
        _values, why = check_counts(self.participants_edit.text(), self.in_job_edit.text())
        # While typing only a wrong character is pointed out; missing halves wait for leaving.
        self.message.show_message(why if why == tr("outcome.bad_number") else "")

    def commit(self) -> None:
        """Leaving a field saves both figures, or clears them when both are empty."""
        if self.worker is None:
            return
        values, why = check_counts(self.participants_edit.text(), self.in_job_edit.text())
        if why:
            # Tab from one figure to the other is not yet a mistake.
            still_typing = self.participants_edit.hasFocus() or self.in_job_edit.hasFocus()
            if why != tr("outcome.need_both") or not still_typing:
                self.message.show_message(why)
            return
        self.message.clear_message()
        if values == self._saved:
            return
        aid, team_id = self.assessment_id, self.team_id
        self._saved = values
        self._show_share()
        worker = self.worker
        shown = guarded(self, lambda _r: self.show_for(worker, aid, team_id))
        ops.set_outcomes(worker, aid, values, shown, guarded(self, self.message.show_message))
