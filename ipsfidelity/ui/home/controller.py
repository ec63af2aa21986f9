"""The home family on the main window: the team list and its assessments (which team is
selected, kept between runs), creating, editing and deleting teams and assessments.
The screen itself (`home/view.py`) only shows them and asks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QMessageBox

from ipsfidelity.i18n import tr
from ipsfidelity.ui.common.actions import NEW_ASSESSMENT_KEYS, NEW_TEAM_KEYS, add_actions
from ipsfidelity.ui.home import operations as ops

if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

    from PySide6.QtWidgets import QMenu

    from ipsfidelity.store.access import Access
    from ipsfidelity.store.views import AssessmentInfo, TeamInfo
    from ipsfidelity.ui.common.host import Host
    from ipsfidelity.ui.home.view import HomeView


# The question before deleting a team, by how many assessments go with it.
def _team_delete_question(name: str, count: int) -> str:
    """The question before deleting a team, by how many assessments go with it."""
    if count == 0:
        return tr("teams.confirm_delete_empty", name=name, count=count)
    if count == 1:
        return tr("teams.confirm_delete_one", name=name, count=count)
    return tr("teams.confirm_delete", name=name, count=count)


class HomeController:
    def __init__(
        self,
        host: Host,
        home: HomeView,
        refused: Callable[[str], None],
        closing: Callable[[str], None],
        shown: Callable[[], None],
    ) -> None:
        self.host = host
        self.home = home
        self._refused = refused  # the status line's "not saved"
        self._closing = closing  # an assessment is about to be deleted: close it if open
        self._shown = shown  # the team list is on screen (first time and after changes)
        self.selected_team = str(host.settings.value("last_team", "") or "")
        splitter = host.settings.value("home_splitter")
        if isinstance(splitter, QByteArray):
            home.splitter.restoreState(splitter)
        home.team_selected.connect(self._team_selected)
        home.new_team.connect(self.new_team)
        home.edit_team.connect(self.edit_team)
        home.delete_team.connect(self.delete_team)
        home.new_assessment.connect(self.new_assessment)
        home.open_assessment.connect(host.open_assessment)
        home.delete_assessment.connect(self.delete_assessment)

    def add_actions(self, menu: QMenu) -> None:
        rows = (
            (tr("action.new_team"), self.new_team, NEW_TEAM_KEYS),
            (tr("action.new_assessment"), self.new_assessment, NEW_ASSESSMENT_KEYS),
        )
        self.new_team_action, self.new_assessment_action = add_actions(
            menu, self.host.parent_widget(), rows
        )

    def mirror_access(self, access: Access) -> None:
        """What the user's role may never do (store/access.py), hidden or disabled."""
        self.home.set_access(access)
        self.new_team_action.setEnabled(access.may_edit_teams)
        self.new_assessment_action.setEnabled(access.may_rate())

    def selected_assessment(self) -> AssessmentInfo | None:
        row = self.home.current_assessment_row()
        return row.info if row is not None else None

    def save_state(self) -> None:
        self.host.settings.setValue("home_splitter", self.home.splitter.saveState())
        if self.selected_team:
            self.host.settings.setValue("last_team", self.selected_team)

    # -- the team list and the selected team's assessments ------------------------------

    def show_preview(self, teams: list[TeamInfo]) -> None:
        """The teams read before the store opened (what the user does is queued)."""
        self.home.set_teams(teams, self.selected_team)

    def refresh_teams(self, select_id: str | None = None) -> None:
        if select_id:
            self.selected_team = select_id
        self.host.worker.read(lambda s: s.list_teams(), self._show_teams)

    def _show_teams(self, teams: list[TeamInfo]) -> None:
        self.home.set_teams(teams, self.selected_team)
        self._shown()

    def _team_selected(self, team_id: str) -> None:
        self.selected_team = team_id
        if team_id:
            self.host.settings.setValue("last_team", team_id)
            self.refresh_assessments()

    def refresh_assessments(self) -> None:
        team_id = self.selected_team
        if not team_id:
            return

        def show(rows: list[Any]) -> None:
            if team_id == self.selected_team:
                self.home.set_assessments(rows)

        from ipsfidelity.ui.home.models import load_assessment_rows

        self.host.worker.read(lambda s: load_assessment_rows(s, team_id), show)

    # -- creating, editing, deleting ----------------------------------------------------

    def _may_not(self, allowed: bool, why: str) -> bool:
        """The server's rules, mirrored: True, with the reason shown, when the user's role
        may not do this (the button is hidden; a shortcut or menu still lands here)."""
        if not allowed:
            self._refused(why)
        return not allowed

    def _may_not_edit_teams(self) -> bool:
        allowed = self.host.worker.access.may_edit_teams
        return self._may_not(allowed, tr("server.ui.may_not_edit_teams"))

    def _may_not_rate(self, team: TeamInfo | None) -> bool:
        return self._may_not(self.host.worker.access.may_rate(team), tr("server.ui.may_not_rate"))

    def new_team(self) -> None:
        from ipsfidelity.ui.home.team_dialog import TeamDialog

        host = self.host
        if self._may_not_edit_teams():
            return
        dialog = TeamDialog(self.home.team_model.names(), host.parent_widget())

        def create() -> None:
            done = lambda team: host.refresh_teams(team.id)  # noqa: E731
            ops.create_team(host.worker, dialog.values(), done, self._team_refused)

        host.show_dialog(dialog, create)

    def edit_team(self) -> None:
        from ipsfidelity.ui.home.team_dialog import TeamDialog

        team = self.home.current_team()
        if team is None or self._may_not_edit_teams():
            return
        host = self.host
        dialog = TeamDialog(
            self.home.team_model.names(),
            host.parent_widget(),
            name=team.name,
            municipality=team.municipality,
            psychiatry=team.psychiatry,
            clinics=team.clinics,
        )

        def update() -> None:
            done = lambda _t: host.refresh_teams(team.id)  # noqa: E731
            ops.update_team(host.worker, team.id, dialog.values(), done, self._team_refused)

        host.show_dialog(dialog, update)

    def _team_refused(self, why: str) -> None:
        self._refused(why)
        QMessageBox.warning(self.host.parent_widget(), tr("app.title"), why)

    def delete_team(self) -> None:
        team = self.home.current_team()
        if team is None or self._may_not_edit_teams():
            return
        count = self.home.assessment_model.rowCount()
        host = self.host
        host.confirm(
            _team_delete_question(team.name, count),
            lambda: ops.delete_team(host.worker, team.id, lambda _r: host.refresh_teams()),
        )

    def new_assessment(self) -> None:
        from ipsfidelity.ui.home.assessment_dialog import NewAssessmentDialog

        team = self.home.current_team()
        if team is None or self._may_not_rate(team):
            return
        host = self.host
        shown = self.home.assessment_model.rows
        existing = [r.info for r in shown if r.info.team_id == team.id]
        dialog = NewAssessmentDialog(team.name, host.parent_widget(), existing)
        dialog.open_existing.connect(host.open_assessment)

        def created(found: tuple[AssessmentInfo, int]) -> None:
            info, carried = found
            host.refresh_assessments()
            host.open_assessment(info.id)
            if carried:
                host.statusBar().showMessage(
                    tr("plan.carried_over_one")
                    if carried == 1
                    else tr("plan.carried_over", count=carried),
                    10_000,
                )

        host.show_dialog(
            dialog, lambda: ops.create_assessment(host.worker, team.id, dialog.values(), created)
        )

    def delete_assessment(self, assessment_id: str) -> None:
        row = self.home.current_assessment_row()
        team = self.home.current_team()
        if row is None or self._may_not_rate(team):
            return
        host = self.host

        def delete() -> None:
            self._closing(assessment_id)
            ops.delete_assessment(host.worker, assessment_id, lambda _r: host.refresh_assessments())

        host.confirm(
            tr(
                "assessments.confirm_delete", date=row.info.date.isoformat(), period=row.info.period
            ),
            delete,
        )
