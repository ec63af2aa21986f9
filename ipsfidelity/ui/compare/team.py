"""One team over time: the trend chart, two assessments overlaid on the radar, and a delta
table of what moved between them; the series filtered by kind and saved as CSV or Excel.
Data comes from `analysis` on the database worker."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ipsfidelity.analysis import AssessmentScore, RatingChange, of_kind, rating_changes
from ipsfidelity.errors import UserError
from ipsfidelity.i18n import pick, tr
from ipsfidelity.instrument import Instrument, get_pack
from ipsfidelity.review_words import kind_word
from ipsfidelity.ui.common.colours import (
    LINE_COLOURS,
    MUTED,
    RADAR_COLOURS,
)
from ipsfidelity.ui.common.widgets import heading
from ipsfidelity.ui.compare.deltas import ChangesTable, DeltaTable, period_label
from ipsfidelity.ui.compare.saving import SaveStatus, ask_save_path, os_reason, safe_file_name

if TYPE_CHECKING:
    from ipsfidelity.store import Store
    from ipsfidelity.store.followup import OutcomeInfo
    from ipsfidelity.store.views import TeamInfo
    from ipsfidelity.ui.common.radar import RadarWidget
    from ipsfidelity.ui.common.worker import Worker
    from ipsfidelity.ui.compare.trend import TrendChart

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class TeamHistory:
    team: TeamInfo
    scores: list[AssessmentScore]  # oldest first, as `analysis.trend` gives them
    outcomes: list[OutcomeInfo] = field(default_factory=list)  # those with figures, oldest first


def load_history(store: Store, team_id: str) -> TeamHistory:
    """Runs on the database worker (one read)."""
    from ipsfidelity.analysis.screens import team_history

    return TeamHistory(*team_history(store, team_id))


def export_series(team: str, scores: Sequence[AssessmentScore], path: Path, kind: str) -> Path:
    """Runs on the database worker: the series as "csv" or "xlsx" (CPR-like numbers
    masked); a file that cannot be written becomes a UserError with a Danish sentence."""
    from ipsfidelity.analysis.export import write_trend

    try:
        write_trend(team, scores, path, kind)
    except OSError as exc:
        raise UserError(tr("trend.save_failed", path=str(path), why=os_reason(exc))) from exc
    return path


class TeamView(QWidget):
    back_requested = Signal()
    assessments_requested = Signal(str)  # team id: show its assessments on the home screen
    shown = Signal()  # a team's data is on screen (tests and the window wait for it)
    exported = Signal(str)  # path written

    def __init__(self, worker: Worker) -> None:
        super().__init__()
        self.worker = worker
        self.history: TeamHistory | None = None
        self.scores: list[AssessmentScore] = []  # the history's reviews of the chosen kind
        self.changes: list[RatingChange] = []
        self._team_id = ""
        self._loading = 0

        self.back_button = QPushButton(tr("trend.back"))
        self.back_button.clicked.connect(self.back_requested)
        self.heading = heading()
        self.assessments_button = QPushButton(tr("trend.assessments"))
        self.assessments_button.clicked.connect(
            lambda: self.assessments_requested.emit(self._team_id)
        )
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(tr("common.all"), None)
        self.kind_combo.addItem(kind_word("independent"), "independent")
        self.kind_combo.addItem(kind_word("self"), "self")
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        kind_label = QLabel(tr("compare.kind_filter"))
        kind_label.setBuddy(self.kind_combo)
        self.status = SaveStatus()
        self.csv_button = QPushButton(tr("trend.csv"))
        self.csv_button.clicked.connect(lambda: self.ask_export("csv"))
        self.xlsx_button = QPushButton(tr("trend.xlsx"))
        self.xlsx_button.clicked.connect(lambda: self.ask_export("xlsx"))
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.heading, 1)
        top.addWidget(kind_label)
        top.addWidget(self.kind_combo)
        top.addWidget(self.assessments_button)
        saving = QHBoxLayout()  # below the charts, as on the overview
        saving.addStretch(1)
        saving.addWidget(self.status)
        saving.addWidget(self.csv_button)
        saving.addWidget(self.xlsx_button)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setStyleSheet("font-size: 11pt; padding: 12px 0;")
        self.empty.hide()

        # The trend: chart, then one check box per principle (its line's colour as icon;
        # the chart's legend names the lines, so the boxes stay short: one row).
        from ipsfidelity.ui.compare.trend import TrendChart

        self.chart: TrendChart = TrendChart()
        self.toggles: dict[str, QCheckBox] = {}
        self.toggle_row = QHBoxLayout()
        self.toggle_row.addWidget(QLabel(tr("trend.show")))
        self._toggles_at = self.toggle_row.count()  # where the boxes go
        self.toggle_row.addStretch(1)
        self.all_button = QPushButton(tr("common.all"))
        self.all_button.clicked.connect(lambda: self._toggle_all(True))
        self.none_button = QPushButton(tr("trend.none_shown"))
        self.none_button.clicked.connect(lambda: self._toggle_all(False))
        self.toggle_row.addWidget(self.all_button)
        self.toggle_row.addWidget(self.none_button)
        trend_box = QWidget()
        trend_layout = QVBoxLayout(trend_box)
        trend_layout.setContentsMargins(0, 0, 0, 0)
        trend_layout.addWidget(self.chart, 1)
        # Under it, the share in job or education beside the Inklusion trial, when the
        # team has outcome figures (docs/followup.md).
        from ipsfidelity.ui.compare.outcome_trend import OutcomeTrendChart

        self.outcome_chart = OutcomeTrendChart()
        self.outcome_chart.follow(self.chart.axes)
        self.outcome_chart.hide()
        trend_layout.addLayout(self.toggle_row)
        trend_layout.addWidget(self.outcome_chart)

        # The comparison of two assessments: choices (with the radar's colours), the
        # radar, the delta table and the elements that changed rating.
        self.first_combo = QComboBox()
        self.second_combo = QComboBox()
        choose = QGridLayout()
        for row, (text, combo, colour) in enumerate(
            (
                (tr("trend.first"), self.first_combo, RADAR_COLOURS[0]),
                (tr("trend.second"), self.second_combo, RADAR_COLOURS[1]),
            )
        ):
            swatch = QLabel()
            swatch.setPixmap(_swatch(colour).pixmap(14, 14))
            label = QLabel(text)
            label.setBuddy(combo)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self._choice_changed)
            choose.addWidget(swatch, row, 0)
            choose.addWidget(label, row, 1)
            choose.addWidget(combo, row, 2)
        choose.setColumnStretch(3, 1)
        self.compare_note = QLabel()
        self.compare_note.setWordWrap(True)
        self.compare_note.setStyleSheet(f"color: {MUTED};")
        self.compare_note.hide()

        self.radar_box = QVBoxLayout()
        self.radar: RadarWidget | None = None
        self.delta_table = DeltaTable()
        self.delta_table.setAccessibleName(tr("access.deltas"))
        self.changes_title = QLabel(tr("trend.changes"))
        self.changes_title.setStyleSheet("font-weight: 600;")
        self.changes_table = ChangesTable()
        self.changes_table.setAccessibleName(tr("trend.changes"))
        self.changes_empty = QLabel(tr("trend.no_changes"))
        self.changes_empty.setStyleSheet(f"color: {MUTED};")
        tables = QVBoxLayout()
        tables.addLayout(choose)
        tables.addWidget(self.compare_note)
        tables.addWidget(self.delta_table, 3)
        tables.addWidget(self.changes_title)
        tables.addWidget(self.changes_empty)
        tables.addWidget(self.changes_table, 2)
        compare_box = QWidget()
        body = QHBoxLayout(compare_box)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(self.radar_box, 1)
        body.addLayout(tables, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("trend_splitter")
        self.splitter.addWidget(trend_box)
        self.splitter.addWidget(compare_box)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([270, 430])
        # Charts and tables need ~740 px; on a smaller screen they scroll, instead of
        # making the whole window taller than the screen.
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.splitter)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty, 1)  # only one of it and the charts shows
        layout.addWidget(self.scroll, 1)
        layout.addLayout(saving)

    # -- loading -----------------------------------------------------------------

    @property
    def team_id(self) -> str:
        return self._team_id

    @property
    def loading(self) -> bool:
        return self._loading > 0 or self.status.writing > 0

    def show_team(self, team_id: str) -> None:
        self._team_id = team_id
        if not team_id:
            self._show_empty(tr("trend.no_team"))
            return
        self._loading += 1
        self.worker.read(lambda s: load_history(s, team_id), self._show_history, self._refused)

    def _refused(self, why: str) -> None:
        self._loading -= 1
        self._show_empty(why)

    def _show_empty(self, text: str) -> None:
        self.history = None
        self.scores = []
        if not self._team_id:
            self.heading.setText(tr("trend.title", team="–"))
        self.empty.setText(text)
        self.empty.show()
        self.scroll.hide()
        self.assessments_button.setEnabled(bool(self._team_id))
        self._update_export()

    def _show_history(self, history: TeamHistory) -> None:
        self._loading -= 1
        if history.team.id != self._team_id:
            return  # another team was asked for meanwhile
        self._draw(history)
        self.shown.emit()

    def _kind_changed(self) -> None:
        if self.history is not None:
            self._draw(self.history)

    def _draw(self, history: TeamHistory) -> None:
        """The history's reviews of the chosen kind: chart, choices, tables."""
        self.history = history
        self.heading.setText(tr("trend.title", team=history.team.name))
        self.assessments_button.setEnabled(True)
        scores = of_kind(history.scores, self.kind_combo.currentData())
        if not scores:
            if history.scores:
                self._show_empty(tr("trend.none_of_kind"))
            else:
                self._show_empty(tr("trend.none"))
            self.history = history  # the team is known, it has nothing to show (yet)
            return
        self.scores = scores
        self.empty.hide()
        self.scroll.show()
        pack = _pack_of(scores[-1])
        principles = [(p.id, pick(p.short)) for p in pack.principles]
        self._build_toggles(principles)
        self.chart.set_history(scores, principles)
        shown = self.outcome_chart.set_outcomes(scores, history.outcomes)
        self.outcome_chart.setVisible(shown)
        # The score chart gives up some room (its legend still fits), so the window need not
        # grow taller than a 768-pixel screen allows.
        self.chart.setMinimumHeight(205 if shown else 240)
        self._fill_choices(scores)
        self._update_export()

    def _build_toggles(self, principles: list[tuple[str, str]]) -> None:
        if list(self.toggles) == [pid for pid, _ in principles]:
            return  # same pack as before: keep the reader's choices
        for box in self.toggles.values():
            box.setParent(None)
            box.deleteLater()
        self.toggles.clear()
        for i, (pid, label) in enumerate(principles):
            box = QCheckBox(pid)
            box.setToolTip(f"{pid} {label}")
            box.setAccessibleName(f"{pid} {label}")
            box.setChecked(True)
            box.setIcon(_swatch(LINE_COLOURS[i % len(LINE_COLOURS)]))
            box.toggled.connect(lambda on, p=pid: self.chart.set_principle_visible(p, on))
            self.toggle_row.insertWidget(self._toggles_at + i, box)
            self.toggles[pid] = box

    def _toggle_all(self, on: bool) -> None:
        for box in self.toggles.values():
            box.setChecked(on)

    def _fill_choices(self, scores: list[AssessmentScore]) -> None:
        """Newest first in both lists; by default the latest against the one before."""
        for combo in (self.first_combo, self.second_combo):
            combo.blockSignals(True)
            combo.clear()
            for s in reversed(scores):
                combo.addItem(_label(s), s.id)
            combo.blockSignals(False)
        self.first_combo.setCurrentIndex(0)
        self.second_combo.setCurrentIndex(1 if len(scores) > 1 else 0)
        self.second_combo.setEnabled(len(scores) > 1)
        self._choice_changed()

    # -- comparing two assessments ---------------------------------------------------

    def chosen(self) -> tuple[AssessmentScore | None, AssessmentScore | None]:
        """(first, second): the assessment looked at and the one it is compared with."""
        if self.history is None:
            return None, None
        by_id = {s.id: s for s in self.scores}
        first = by_id.get(self.first_combo.currentData())
        second = by_id.get(self.second_combo.currentData())
        if second is not None and first is not None and second.id == first.id:
            second = None
        return first, second

    def _choice_changed(self) -> None:
        first, second = self.chosen()
        if first is None:
            return
        comparable = second is not None and _comparable(first, second)
        if len(self.scores) < 2:
            self.compare_note.setText(tr("trend.nothing_else"))
        elif second is not None and not comparable:
            self.compare_note.setText(tr("trend.other_instrument"))
        self.compare_note.setVisible(len(self.scores) < 2 or not comparable)
        self._show_radar(first, second if comparable else None)
        ids = [s.id for s in self.scores]
        self.chart.mark_chosen([ids.index(first.id), ids.index(second.id) if second else None])
        self.delta_table.show_scores(first, second if comparable else None)
        self.changes = []
        if second is not None:
            before, after = second.id, first.id
            self._loading += 1
            self.worker.read(
                lambda s: rating_changes(s, before, after),
                lambda found: self._changes_loaded(first, second, found),
            )
        self._show_changes(first, second)

    def _show_changes(self, first: AssessmentScore, second: AssessmentScore | None) -> None:
        self.changes_table.show_changes(first, second, self.changes)
        waiting = second is not None and self.loading
        self.changes_empty.setVisible(second is not None and not self.changes and not waiting)
        self.changes_table.setVisible(bool(self.changes))

    def _changes_loaded(
        self, first: AssessmentScore, second: AssessmentScore, found: list[RatingChange]
    ) -> None:
        self._loading -= 1
        if self.chosen() == (first, second):  # still what the reader has chosen
            self.changes = found
            self._show_changes(first, second)

    def _show_radar(self, first: AssessmentScore, second: AssessmentScore | None) -> None:
        from ipsfidelity.charts.radar import Series
        from ipsfidelity.ui.common.radar import RadarWidget

        pack = _pack_of(first)
        labels = [pick(p.short) for p in pack.principles]
        if self.radar is None or self.radar.chart.labels != labels:
            if self.radar is not None:
                self.radar.setParent(None)
                self.radar.deleteLater()
            self.radar = RadarWidget(labels)
            self.radar.setMinimumSize(320, 320)
            self.radar_box.addWidget(self.radar)
        pids = [p.id for p in pack.principles]
        series = [Series(_label(first), [first.principles.get(pid) for pid in pids])]
        if second is not None:
            series.append(Series(_label(second), [second.principles.get(pid) for pid in pids]))
        self.radar.show_series(series)
        # The colour swatches beside the two lists name the series: the radar's own
        # legend would only cost the circle room (and cover its bottom label).
        legend = self.radar.chart.axes.get_legend()
        if legend is not None and legend.get_visible():
            legend.set_visible(False)
            self.radar.draw()

    # -- saving the series ------------------------------------------------------------

    def _update_export(self) -> None:
        for button in (self.csv_button, self.xlsx_button):
            button.setEnabled(bool(self.scores))

    def ask_export(self, kind: str) -> None:
        if self.history is None or not self.scores:
            return
        name = tr("trend.default_name", team=safe_file_name(self.history.team.name))
        path = ask_save_path(self, tr("trend.save_title"), name, kind)
        if path is not None:
            self.export(path, kind)

    def export(self, path: Path, kind: str) -> None:
        """Write the series shown (every review of the chosen kind, oldest first) on the
        database worker, with a busy bar until it is written."""
        if self.history is None or not self.scores:
            return
        team, scores = self.history.team.name, list(self.scores)
        self.status.write(
            self.worker,
            lambda: export_series(team, scores, path, kind),
            path,
            lambda where: tr("trend.saved", path=str(where)),
            tr("trend.save_title"),
            self.exported.emit,
        )

    # -- for tests and the window ----------------------------------------------------

    def delta_arrows(self) -> list[str]:
        return self.delta_table.arrows()


def _label(score: AssessmentScore) -> str:
    return tr("trend.choice", period=period_label(score), date=score.date.isoformat())


def _pack_of(score: AssessmentScore) -> Instrument:
    return get_pack(*score.instrument)


def _comparable(first: AssessmentScore, second: AssessmentScore) -> bool:
    """Two versions of one instrument with the same principles are compared principle by
    principle, as the overview's change, the trend lines and the printed report do (a new
    version may change only the caseload rule); another instrument is not."""
    if first.instrument == second.instrument:
        return True
    if first.instrument[0] != second.instrument[0]:
        return False
    ids = [p.id for p in _pack_of(first).principles]
    return ids == [p.id for p in _pack_of(second).principles]


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)
