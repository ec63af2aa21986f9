"""The main window's follow-up part: action-plan page, agreement dialog, follow-up list.

A mixin, so `main_window.py` only gains a few hooks (menu actions, signal connections).
Imported on the way to the first window, so it imports no screen at module level.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ipsfidelity.ui.common.callbacks import guarded

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from ipsfidelity.store import Store
    from ipsfidelity.ui.common.plan_session import ActionPlanSession
    from ipsfidelity.ui.followup.plan_view import ActionPlanView
    from ipsfidelity.ui.review.session import ReviewSession

SUGGESTED_KEY = "suggested/{id}"  # QSettings: the plan of this assessment was prefilled once


def review_finished(session: ReviewSession) -> bool:
    """Every element rated and the caseload entered. (The verdict alone says "not met" as
    soon as one element is, before the review is done.)"""
    score = session.score()
    return session.rated == len(session.elements) and score.caseload.status != "missing"


def suggest_once(settings: QSettings, session: ReviewSession, plan: ActionPlanSession) -> bool:
    """Call `suggest_actions` when the review is finished, once per assessment; returns
    whether it was called. A plan the team already wrote itself is left alone too (an
    assessment imported from another machine)."""
    if not review_finished(session):
        return False
    key = SUGGESTED_KEY.format(id=session.assessment_id)
    if settings.value(key, False, type=bool):
        return False
    settings.setValue(key, True)
    aid = session.assessment_id

    def job(store: Store) -> list[Any]:
        if any(i.origin_item_id is None for i in store.action_plan(aid)):
            return []
        return store.suggest_actions(aid)

    plan.worker.write(job, guarded(plan, plan.suggested), guarded(plan, plan.refused.emit))
    return True


class FollowUpWindowMixin:
    # Provided by MainWindow:
    session: ReviewSession | None
    plan: ActionPlanSession | None
    _plan_view: ActionPlanView | None
    settings: QSettings
    worker: Any
    home: Any
    stack: Any
    review: Any
    undo_stack: Any

    @property
    def action_plan_view(self) -> ActionPlanView:
        if self._plan_view is None:
            from ipsfidelity.ui.followup.plan_view import ActionPlanView

            self._plan_view = ActionPlanView(self._confirm)  # type: ignore[attr-defined]
            self._plan_view.back_requested.connect(self.show_results)  # type: ignore[attr-defined]
            from PySide6.QtCore import QByteArray

            state = self.settings.value("plan_splitter")  # type: ignore[attr-defined]
            if isinstance(state, QByteArray):
                self._plan_view.splitter.restoreState(state)
            self.stack.addWidget(self._plan_view)
        return self._plan_view

    def show_action_plan(self) -> None:
        session, plan = self.session, self.plan
        if session is None or plan is None:
            return
        if self.review is not None:
            self.review.element_page.commit_note()
        self._suggest_when_finished()
        view = self.action_plan_view
        view.show_plan(session, plan, self.undo_stack)
        self.stack.setCurrentWidget(view)
        view.focus_table()

    def _suggest_when_finished(self) -> None:
        """Prefill the plan once, when the review is first finished (every element rated and
        the caseload entered) or its plan is first opened."""
        if self.session is not None and self.plan is not None:
            suggest_once(self.settings, self.session, self.plan)

    def _suggest_soon(self) -> None:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, self._suggest_when_finished)

    def open_agreement(self) -> None:
        team = self.home.current_team()
        if team is None and self.session is not None:
            team = self.session.team
        if team is not None:
            self._open_agreement(team, None)

    def open_agreement_of_review(self) -> None:
        """From the walk-through: the version in force on the review date is shown first."""
        if self.session is not None:
            self._open_agreement(self.session.team, self.session.info.date)

    def _open_agreement(self, team: Any, on_date: Any) -> None:
        from ipsfidelity.ui.followup.agreement import AgreementDialog

        dialog = AgreementDialog(self.worker, team, on_date, self)  # type: ignore[arg-type]
        dialog.changed.connect(self._agreement_changed)
        # After the dialog's own last writes (connected first): the P3.1 line reads them.
        dialog.finished.connect(lambda _r: self._agreement_changed())
        self._show_dialog(dialog, lambda: None)  # type: ignore[attr-defined]

    def _agreement_changed(self) -> None:
        if self.review is not None:
            self.review.reload_agreement()

    def open_follow_up(self) -> None:
        from ipsfidelity.ui.followup.dialog import FollowUpDialog

        team = self.home.current_team()
        if team is None and self.session is not None:
            team = self.session.team
        if team is None:
            return
        dialog = FollowUpDialog(self.worker, team, self)  # type: ignore[arg-type]
        dialog.changed.connect(self._follow_up_changed)
        self._show_dialog(dialog, lambda: None)  # type: ignore[attr-defined]

    def _follow_up_changed(self) -> None:
        self.refresh_assessments()  # type: ignore[attr-defined]
        if self.plan is not None:
            self.plan.load()


__all__ = ["FollowUpWindowMixin", "suggest_once"]
