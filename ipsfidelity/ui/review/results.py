"""Results: per-principle scores, overall, caseload, the verdict in plain words, the radar."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ipsfidelity.i18n import pick, tr
from ipsfidelity.ui.common.colours import (
    LOAD_COLOURS,
    RATING_COLOURS,
    RATING_MARKS,
    VERDICT_COLOURS,
)
from ipsfidelity.ui.common.widgets import heading, push_button
from ipsfidelity.wording import caseload_status_text, number, verdict_sentence

if TYPE_CHECKING:
    from ipsfidelity.scoring import Score
    from ipsfidelity.scoring.agreement import Agreement
    from ipsfidelity.ui.common.radar import RadarWidget
    from ipsfidelity.ui.review.session import ReviewSession


def first_sentence(text: str, limit: int = 110) -> str:
    """An element's gist as in the report's summary; the full text is in the tooltip."""
    end = text.find(". ")
    short = text if end == -1 else text[: end + 1]
    return short if len(short) <= limit else short[:limit].rsplit(" ", 1)[0] + " …"


class ResultsView(QWidget):
    back_requested = Signal()
    export_requested = Signal()
    print_requested = Signal()
    plan_requested = Signal()  # the review's action plan (follow-up)

    def __init__(self) -> None:
        super().__init__()
        self.heading = heading()
        self.back_button = push_button(tr("results.back"), self.back_requested)
        self.export_button = push_button(tr("action.export_pdf"), self.export_requested)
        self.print_button = push_button(tr("action.print"), self.print_requested)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.heading, 1)
        top.addWidget(self.export_button)
        top.addWidget(self.print_button)
        self.plan_button = push_button(tr("review.action_plan"), self.plan_requested)
        top.addWidget(self.plan_button)

        self.kind_label = QLabel()  # the kind of review and its state, as in the walk-through
        self.kind_label.setObjectName("results_kind")
        self.verdict_label = QLabel()
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The elements behind the verdict, in words (the verdict itself names only ids).
        self.failing_box = QWidget()
        self.failing_layout = QVBoxLayout(self.failing_box)
        self.failing_layout.setContentsMargins(0, 0, 0, 6)
        self.failing_layout.setSpacing(2)
        self.failing_labels: list[QLabel] = []
        self.overall_label = QLabel()
        self.overall_label.setStyleSheet("font-size: 12pt;")
        self.caseload_label = QLabel()
        self.caseload_label.setWordWrap(True)
        # Two or more reviewers: how far their own ratings agree (filled in when read).
        self.agreement_label = QLabel()
        self.agreement_label.setObjectName("results_agreement")
        self.agreement_label.setWordWrap(True)
        self.agreement_label.hide()

        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(tr("access.principle_scores"))
        self.table.setHorizontalHeaderLabels(
            [tr("common.principle"), tr("common.score"), tr("common.rated")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)

        left = QVBoxLayout()
        left.addWidget(self.kind_label)
        left.addWidget(self.verdict_label)
        left.addWidget(self.failing_box)
        left.addWidget(self.overall_label)
        left.addWidget(self.caseload_label)
        left.addWidget(self.agreement_label)
        left.addWidget(self.table, 1)
        self.radar_box = QVBoxLayout()
        self.radar: RadarWidget | None = None
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(self.radar_box, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)

    def show_session(self, session: ReviewSession) -> None:
        """Fill in everything from the session's own state; the radar's overlay comes later."""
        score = session.score()
        self.session = session
        self.score = score
        info = session.info
        self.heading.setText(
            f"{tr('common.result')} · {session.team.name} · {info.period} · {info.date.isoformat()}"
        )
        from ipsfidelity.review_words import kind_word, state_word

        self.kind_label.setText(
            f"{tr('lifecycle.ui.kind_label')} {kind_word(info.kind)} · {state_word(info.state)}"
        )
        self.verdict_label.setText(verdict_sentence(score))
        self.verdict_label.setStyleSheet(
            f"font-size: 15pt; font-weight: 600; color: {VERDICT_COLOURS[score.verdict]};"
        )
        self._show_failing(session, score)
        self.overall_label.setText(f"{tr('common.overall_score')}: <b>{number(score.overall)}</b>")
        loads = ", ".join(f"{c.consultant} {number(c.load)}" for c in score.caseload.consultants)
        status = caseload_status_text(score.caseload.status)
        self.caseload_label.setText(
            f"{tr('common.caseload')}: <b>{status}</b>" + (f" ({loads})" if loads else "")
        )
        self.caseload_label.setStyleSheet(f"color: {LOAD_COLOURS[score.caseload.status]};")
        self.table.setRowCount(len(score.principles))
        for row, (ps, principle) in enumerate(
            zip(score.principles, session.pack.principles, strict=True)
        ):
            name = QTableWidgetItem(f"{principle.id}  {pick(principle.short)}")
            name.setToolTip(pick(principle.title))
            value = QTableWidgetItem(number(ps.score))
            value.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            rated = QTableWidgetItem(f"{ps.rated}/{ps.elements}")
            rated.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for col, item in enumerate((name, value, rated)):
                self.table.setItem(row, col, item)
        self.show_radar(score, None, None)
        self.agreement_label.hide()

    def show_agreement(self, agreement: Agreement) -> None:
        from ipsfidelity.review_words import agreement_lines

        if agreement.reviewers < 2:
            self.agreement_label.hide()
            return
        self.agreement_label.setText("\n".join(agreement_lines(agreement)))
        self.agreement_label.show()

    def _show_failing(self, session: ReviewSession, score: Score) -> None:
        for label in self.failing_labels:
            label.setParent(None)
        self.failing_labels = []
        texts = {e.id: pick(e.text) for e in session.pack.elements}
        scale = {s.id: pick(s.label) for s in session.pack.scale}
        for element_id in score.not_met:
            rating = session.elements[element_id].rating
            label = QLabel(
                f"<span style='color: {RATING_COLOURS[rating]};'>{RATING_MARKS[rating]} "
                f"<b>{element_id}</b> {escape(scale[rating])}</span> – "
                f"{escape(first_sentence(texts[element_id]))}"
            )
            label.setWordWrap(True)
            label.setToolTip(texts[element_id])
            self.failing_layout.addWidget(label)
            self.failing_labels.append(label)
        self.failing_box.setVisible(bool(self.failing_labels))

    def show_radar(self, score: Score, previous: Score | None, previous_period: str | None) -> None:
        from ipsfidelity.charts.radar import Series

        radar = self._radar()
        series = [
            Series(
                tr("common.this_assessment", period=self.session.info.period),
                [p.score for p in score.principles],
            )
        ]
        if previous is not None and previous.instrument == score.instrument:
            # The previous review of the same kind (analysis.screens.previous_score).
            if self.session.info.kind == "self":
                label = tr("report.kind.legend_previous_self", period=previous_period)
            else:
                label = tr("results.series_before", period=previous_period)
            series.append(
                Series(
                    label,
                    [p.score for p in previous.principles],
                )
            )
        radar.show_series(series)

    def _radar(self) -> RadarWidget:
        labels = [pick(p.short) for p in self.session.pack.principles]
        if self.radar is None or self.radar.chart.labels != labels:
            from ipsfidelity.ui.common.radar import RadarWidget

            if self.radar is not None:
                self.radar.setParent(None)
            self.radar = RadarWidget(labels)
            self.radar_box.addWidget(self.radar)
        return self.radar

    def verdict_text(self) -> str:
        return self.verdict_label.text()
