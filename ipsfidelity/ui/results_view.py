"""Results: per-principle scores, overall, caseload, the verdict in plain words, the radar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ipsfidelity.i18n import pick
from ipsfidelity.ui.colours import LOAD_COLOURS, VERDICT_COLOURS
from ipsfidelity.ui.strings import t
from ipsfidelity.wording import caseload_status_text, number, verdict_sentence

if TYPE_CHECKING:
    from ipsfidelity.scoring import Score
    from ipsfidelity.ui.radar_widget import RadarWidget
    from ipsfidelity.ui.review_session import ReviewSession


class ResultsView(QWidget):
    back_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.back_button = QPushButton(t("results.back"))
        self.back_button.clicked.connect(self.back_requested)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.heading, 1)

        self.verdict_label = QLabel()
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.overall_label = QLabel()
        self.overall_label.setStyleSheet("font-size: 12pt;")
        self.caseload_label = QLabel()
        self.caseload_label.setWordWrap(True)

        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [t("results.col.principle"), t("results.col.score"), t("results.col.rated")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)

        left = QVBoxLayout()
        left.addWidget(self.verdict_label)
        left.addWidget(self.overall_label)
        left.addWidget(self.caseload_label)
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
            f"{t('results.title')} · {session.team.name} · {info.period} · {info.date.isoformat()}"
        )
        self.verdict_label.setText(verdict_sentence(score))
        self.verdict_label.setStyleSheet(
            f"font-size: 15pt; font-weight: 600; color: {VERDICT_COLOURS[score.verdict]};"
        )
        self.overall_label.setText(f"{t('results.overall')}: <b>{number(score.overall)}</b>")
        loads = ", ".join(f"{c.consultant} {number(c.load)}" for c in score.caseload.consultants)
        status = caseload_status_text(score.caseload.status)
        self.caseload_label.setText(
            f"{t('results.caseload')}: <b>{status}</b>" + (f" ({loads})" if loads else "")
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

    def show_radar(self, score: Score, previous: Score | None, previous_period: str | None) -> None:
        from ipsfidelity.charts.radar import Series

        radar = self._radar()
        series = [
            Series(
                t("results.series_now", period=self.session.info.period),
                [p.score for p in score.principles],
            )
        ]
        if previous is not None and previous.instrument == score.instrument:
            series.append(
                Series(
                    t("results.series_before", period=previous_period),
                    [p.score for p in previous.principles],
                )
            )
        radar.show_series(series)

    def _radar(self) -> RadarWidget:
        labels = [pick(p.short) for p in self.session.pack.principles]
        if self.radar is None or self.radar.chart.labels != labels:
            from ipsfidelity.ui.radar_widget import RadarWidget

            if self.radar is not None:
                self.radar.setParent(None)
            self.radar = RadarWidget(labels)
            self.radar_box.addWidget(self.radar)
        return self.radar

    def verdict_text(self) -> str:
        return self.verdict_label.text()
