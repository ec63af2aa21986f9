"""The comparing screens on the main window: the selected team's development (Ctrl+4) and
all teams (Ctrl+5). Kept here so the main window only registers them.

The screens are built the first time they are shown: they pull in matplotlib and the
analysis code, which the first window must not wait for.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu, QWidget

from ipsfidelity.i18n import tr
from ipsfidelity.ui.common.actions import add_actions

if TYPE_CHECKING:
    from ipsfidelity.ui.common.host import Host
    from ipsfidelity.ui.compare.overview import OverviewView
    from ipsfidelity.ui.compare.team import TeamView


class CompareScreens:
    def __init__(self, host: Host) -> None:
        self.host = host
        self._team_view: TeamView | None = None
        self._overview: OverviewView | None = None
        self._came_from: QWidget | None = None  # where the team view's Back returns to
        # Told the team ids of the overview's selected rows ("Eksportér …" on them).
        self.export_requested: list[Callable[[list[str]], None]] = []

    def add_actions(self, menu: QMenu) -> None:
        rows = (
            (tr("action.team_trend"), self.show_selected_team, "Ctrl+4"),
            (tr("action.all_teams"), self.show_overview, "Ctrl+5"),
        )
        self.team_action, self.overview_action = add_actions(menu, self.host.parent_widget(), rows)

    # -- the screens, built when first needed ------------------------------------------

    @property
    def team_view(self) -> TeamView:
        if self._team_view is None:
            from ipsfidelity.ui.compare.team import TeamView

            view = TeamView(self.host.worker)
            view.back_requested.connect(self._back)
            view.assessments_requested.connect(self._show_assessments)
            self.host.add_screen(view)
            self._team_view = view
        return self._team_view

    @property
    def overview(self) -> OverviewView:
        if self._overview is None:
            from ipsfidelity.ui.compare.overview import OverviewView

            view = OverviewView(self.host.worker)
            view.team_requested.connect(self.show_team)
            view.export_requested.connect(lambda ids: [f(ids) for f in self.export_requested])
            self.host.add_screen(view)
            self._overview = view
        return self._overview

    # -- moving between them -----------------------------------------------------------

    def show_selected_team(self) -> None:
        team = self.host.selected_team()
        self.show_team(team.id if team else "")

    def show_team(self, team_id: str) -> None:
        if self.host.current_screen() is not self._team_view:
            self._came_from = self.host.current_screen()
        view = self.team_view
        view.show_team(team_id)
        self.host.show_screen(view)
        view.back_button.setFocus()

    def show_overview(self) -> None:
        view = self.overview
        view.reload()
        self.host.show_screen(view)
        view.focus_table()

    def _back(self) -> None:
        target = self._came_from
        if target is not None and target is self._overview:
            self.host.show_screen(target)
            self._overview.focus_table()
        else:
            self.host.show_home()

    def _show_assessments(self, team_id: str) -> None:
        self.host.refresh_teams(team_id)
        self.host.show_home()
