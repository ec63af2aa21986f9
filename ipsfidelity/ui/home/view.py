"""The main window's first screen: teams on the left, the selected team's assessments right."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ipsfidelity.i18n import tr
from ipsfidelity.store.access import EVERYTHING, Access
from ipsfidelity.ui.common.actions import NEW_ASSESSMENT_KEYS, NEW_TEAM_KEYS, keys_text
from ipsfidelity.ui.common.colours import MUTED
from ipsfidelity.ui.common.tables import row_table
from ipsfidelity.ui.common.widgets import ID_ROLE, heading, push_button
from ipsfidelity.ui.home.models import AssessmentRow, AssessmentTableModel, TeamListModel

if TYPE_CHECKING:
    from ipsfidelity.store.views import TeamInfo


class HomeView(QWidget):
    team_selected = Signal(str)  # team id, "" for none
    new_team = Signal()
    edit_team = Signal()
    delete_team = Signal()
    open_assessment = Signal(str)
    new_assessment = Signal()
    delete_assessment = Signal(str)
    show_trend = Signal()  # the selected team's development
    agreement = Signal()
    follow_up = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.access = EVERYTHING  # the server's rules, mirrored (set_access)
        self.team_model = TeamListModel()
        self.assessment_model = AssessmentTableModel()

        teams_title = heading(tr("teams.title"), section=True)
        self.team_list = QListView()
        self.team_list.setAccessibleName(tr("teams.title"))
        self.team_list.setModel(self.team_model)
        self.team_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.team_list.selectionModel().currentChanged.connect(self._team_changed)
        self.team_details = QLabel()
        self.team_details.setWordWrap(True)
        self.team_details.setStyleSheet(f"color: {MUTED};")
        self.teams_empty = QLabel(tr("teams.none"))
        self.teams_empty.setWordWrap(True)
        self.new_team_button = push_button(tr("teams.new"), self.new_team)
        self.new_team_button.setToolTip(keys_text(NEW_TEAM_KEYS))  # Filer → Nyt team
        self.edit_team_button = push_button(tr("teams.edit"), self.edit_team)
        self.delete_team_button = push_button(tr("common.delete"), self.delete_team)
        team_buttons = QHBoxLayout()
        for b in (self.new_team_button, self.edit_team_button, self.delete_team_button):
            team_buttons.addWidget(b)
        # Follow-up belongs to the team: its agreement, and its open actions across reviews.
        self.agreement_button = push_button(tr("teams.agreement"), self.agreement)
        self.follow_up_button = push_button(tr("teams.follow_up"), self.follow_up)
        follow_buttons = QHBoxLayout()
        follow_buttons.addWidget(self.agreement_button)
        follow_buttons.addWidget(self.follow_up_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(teams_title)
        left_layout.addWidget(self.team_list, 1)
        left_layout.addWidget(self.teams_empty)
        left_layout.addWidget(self.team_details)
        left_layout.addLayout(team_buttons)
        left_layout.addLayout(follow_buttons)

        self.assessments_title = heading(tr("common.assessments"), section=True)
        self.assessment_table = row_table(
            QTableView(),
            self.assessment_model,
            tr("access.assessment_table"),
            QAbstractItemView.SelectionMode.SingleSelection,
        )
        self.assessment_table.verticalHeader().setVisible(False)
        self.assessment_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.assessment_table.horizontalHeader().setStretchLastSection(True)
        self.assessment_table.selectionModel().currentChanged.connect(self._update_enabled)
        self.assessment_table.doubleClicked.connect(self._open)
        self.assessment_table.activated.connect(self._open)  # Enter opens
        self.assessments_empty = QLabel(tr("assessments.none"))
        self.open_button = push_button(tr("assessments.open"), self._open)
        self.new_assessment_button = push_button(tr("assessments.new"), self.new_assessment)
        self.new_assessment_button.setToolTip(keys_text(NEW_ASSESSMENT_KEYS))
        self.delete_assessment_button = push_button(
            tr("assessments.delete"), self._delete_assessment
        )
        self.trend_button = push_button(tr("assessments.trend"), self.show_trend)
        buttons = QHBoxLayout()
        for b in (self.open_button, self.new_assessment_button, self.delete_assessment_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.trend_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.assessments_title)
        right_layout.addWidget(self.assessment_table, 1)
        right_layout.addWidget(self.assessments_empty)
        right_layout.addLayout(buttons)

        self.splitter = QSplitter()
        self.splitter.setObjectName("home_splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([280, 720])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self._update_enabled()

    # -- filling -----------------------------------------------------------------

    def set_teams(self, teams: list[TeamInfo], select_id: str | None) -> None:
        self.team_model.set_rows(teams)
        row = self.team_model.row_of(select_id)
        if row < 0 and teams:
            row = 0
        if row >= 0:
            self.team_list.setCurrentIndex(self.team_model.index(row, 0))
        else:
            self._team_changed()
        self._update_enabled()

    def set_assessments(self, rows: list[AssessmentRow]) -> None:
        self.assessment_model.set_rows(rows)
        if rows:
            self.assessment_table.selectRow(0)
        self._update_enabled()

    def current_team(self) -> TeamInfo | None:
        index = self.team_list.currentIndex()
        return self.team_model.rows[index.row()] if index.isValid() else None

    def current_assessment_id(self) -> str | None:
        index = self.assessment_table.currentIndex()
        if not index.isValid():
            return None
        return str(self.assessment_model.index(index.row(), 0).data(ID_ROLE))

    def current_assessment_row(self) -> AssessmentRow | None:
        index = self.assessment_table.currentIndex()
        return self.assessment_model.rows[index.row()] if index.isValid() else None

    # -- reacting ----------------------------------------------------------------

    def _team_changed(self) -> None:
        team = self.current_team()
        if team is None:
            self.assessments_title.setText(tr("common.assessments"))
            self.team_details.setText("")
            self.assessment_model.set_rows([])
        else:
            self.assessments_title.setText(tr("assessments.title", team=team.name))
            self.team_details.setText(
                "<br>".join(x for x in (team.municipality, team.psychiatry, team.clinics) if x)
            )
        self._update_enabled()
        self.team_selected.emit(team.id if team else "")

    def _open(self, _index: QModelIndex | None = None) -> None:
        aid = self.current_assessment_id()
        if aid:
            self.open_assessment.emit(aid)

    def _delete_assessment(self) -> None:
        aid = self.current_assessment_id()
        if aid:
            self.delete_assessment.emit(aid)

    def set_access(self, access: Access) -> None:
        """Hide what the user's role never may do, and disable what it may not do for the
        chosen team (the server refuses it either way)."""
        self.access = access
        for button in (self.new_team_button, self.edit_team_button, self.delete_team_button):
            button.setVisible(access.may_edit_teams)
        for button in (self.new_assessment_button, self.delete_assessment_button):
            button.setVisible(access.may_rate())
        self._update_enabled()

    def _update_enabled(self) -> None:
        team = self.current_team()
        has_team = team is not None
        has_teams = self.team_model.rowCount() > 0
        has_assessment = self.current_assessment_id() is not None
        rates = has_team and self.access.may_rate(team)
        self.teams_empty.setVisible(not has_teams)
        self.edit_team_button.setEnabled(has_team)
        self.delete_team_button.setEnabled(has_team)
        self.agreement_button.setEnabled(has_team)
        self.follow_up_button.setEnabled(has_team)
        self.new_assessment_button.setEnabled(rates)
        self.trend_button.setEnabled(has_team and self.assessment_model.rowCount() > 0)
        self.open_button.setEnabled(has_assessment)
        self.delete_assessment_button.setEnabled(has_assessment and rates)
        self.assessments_empty.setVisible(has_team and self.assessment_model.rowCount() == 0)

    def focus_teams(self) -> None:
        self.team_list.setFocus(Qt.FocusReason.OtherFocusReason)
