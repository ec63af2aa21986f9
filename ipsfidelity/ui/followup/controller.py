"""The follow-up family on the main window: the action-plan page, the agreement dialog and
the team's follow-up list.

Imported on the way to the first window, so it imports no screen at module level.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ipsfidelity.ui.common.callbacks import guarded
from ipsfidelity.ui.common.plan_operations import suggest_actions

if TYPE_CHECKING:
    import datetime as dt

    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QUndoStack

    from ipsfidelity.store.views import TeamInfo
    from ipsfidelity.ui.common.host import Host, OpenReview
    from ipsfidelity.ui.common.plan_session import ActionPlanSession
    from ipsfidelity.ui.followup.plan_view import ActionPlanView

SUGGESTED_KEY = "suggested/{id}"  # QSettings: the plan of this assessment was prefilled once


def suggest_once(settings: QSettings, session: OpenReview, plan: ActionPlanSession) -> bool:
    """Call `suggest_actions` when the review is finished, once per assessment; returns
    whether it was called. A plan the team already wrote itself is left alone too (an
    assessment imported from another machine)."""
    if not session.score().complete:
        return False
    key = SUGGESTED_KEY.format(id=session.assessment_id)
    if settings.value(key, False, type=bool):
        return False
    settings.setValue(key, True)
    suggested, refused = guarded(plan, plan.suggested), guarded(plan, plan.refused.emit)
    suggest_actions(plan.worker, session.assessment_id, suggested, refused, unless_written=True)
    return True


class FollowupController:
    def __init__(self, host: Host, undo_stack: QUndoStack) -> None:
        self.host = host
        self.undo_stack = undo_stack
        self.plan_view_built: ActionPlanView | None = None  # built when first shown
        self.agreement_changed: list[Any] = []  # called after an agreement was edited

    @property
    def plan_view(self) -> ActionPlanView:
        if self.plan_view_built is None:
            from PySide6.QtCore import QByteArray

            from ipsfidelity.ui.followup.plan_view import ActionPlanView

            view = ActionPlanView(self.host.confirm)
            view.back_requested.connect(self.host.show_results)
            state = self.host.settings.value("plan_splitter")
            if isinstance(state, QByteArray):
                view.splitter.restoreState(state)
            self.host.add_screen(view)
            self.plan_view_built = view
        return self.plan_view_built

    def plan_showing(self) -> bool:
        view = self.plan_view_built
        return view is not None and self.host.current_screen() is view

    def show_action_plan(self) -> None:
        session, plan = self.host.open_review(), self.host.open_plan()
        if session is None or plan is None:
            return
        self.host.commit_edits()
        self.suggest_when_finished()
        view = self.plan_view
        view.show_plan(session, plan, self.undo_stack)
        view.set_read_only(not self.host.worker.access.may_follow_up(session.team))
        self.host.show_screen(view)
        view.focus_table()

    def suggest_when_finished(self) -> None:
        """Prefill the plan once, when the review is first finished (every element rated and
        the caseload entered) or its plan is first opened."""
        session, plan = self.host.open_review(), self.host.open_plan()
        may = session is not None and self.host.worker.access.may_follow_up(session.team)
        if session is not None and plan is not None and may:
            suggest_once(self.host.settings, session, plan)

    def suggest_soon(self) -> None:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, self.suggest_when_finished)

    def _team(self) -> TeamInfo | None:
        team = self.host.selected_team()
        session = self.host.open_review()
        if team is None and session is not None:
            team = session.team
        return team

    def open_agreement(self) -> None:
        team = self._team()
        if team is not None:
            self._open_agreement(team, None)

    def open_agreement_of_review(self) -> None:
        """From the walk-through: the version in force on the review date is shown first."""
        session = self.host.open_review()
        if session is not None:
            self._open_agreement(session.team, session.info.date)

    def _open_agreement(self, team: TeamInfo, on_date: dt.date | None) -> None:
        from ipsfidelity.ui.followup.agreement import AgreementDialog

        dialog = AgreementDialog(self.host.worker, team, on_date, self.host.parent_widget())
        if not self.host.worker.access.may_follow_up(team):
            dialog.set_read_only()
        dialog.changed.connect(self._agreement_changed)
        # After the dialog's own last writes (connected first): the P3.1 line reads them.
        dialog.finished.connect(lambda _r: self._agreement_changed())
        self.host.show_dialog(dialog, lambda: None)

    def _agreement_changed(self) -> None:
        for call in self.agreement_changed:
            call()

    def open_followup(self) -> None:
        from ipsfidelity.ui.followup.dialog import FollowupDialog

        team = self._team()
        if team is None:
            return
        dialog = FollowupDialog(self.host.worker, team, self.host.parent_widget())
        dialog.changed.connect(self._followup_changed)
        self.host.show_dialog(dialog, lambda: None)

    def _followup_changed(self) -> None:
        self.host.refresh_assessments()
        plan = self.host.open_plan()
        if plan is not None:
            plan.load()


__all__ = ["FollowupController", "suggest_once"]
