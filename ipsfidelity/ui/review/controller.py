"""The review family on the main window: the open assessment's walk-through and results.

The window wires what other families do with them (`wire_review`, `wire_results`): the
families never see each other. Imported on the way to the first window, so it imports no
screen at module level.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ipsfidelity.ui.common.callbacks import guarded
from ipsfidelity.ui.review import operations as ops

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from ipsfidelity.scoring import Score
    from ipsfidelity.store.views import AssessmentData
    from ipsfidelity.ui.common.host import Host
    from ipsfidelity.ui.common.plan_session import ActionPlanSession
    from ipsfidelity.ui.review.results import ResultsView
    from ipsfidelity.ui.review.session import ReviewSession
    from ipsfidelity.ui.review.view import ReviewView


class ReviewController:
    def __init__(
        self,
        host: Host,
        undo_stack: QUndoStack,
        wire_review: Callable[[ReviewSession, ReviewView], None],
        wire_results: Callable[[ResultsView], None],
    ) -> None:
        self.host = host
        self.undo_stack = undo_stack
        self.wire_review = wire_review
        self.wire_results = wire_results
        self.session: ReviewSession | None = None
        self.review: ReviewView | None = None
        self.plan: ActionPlanSession | None = None  # the open assessment's action plan
        self.results_built: ResultsView | None = None  # built when first shown (matplotlib)
        self.changed: list[Callable[[], None]] = []  # an assessment was opened or closed

    @property
    def results(self) -> ResultsView:
        if self.results_built is None:
            from ipsfidelity.ui.review.results import ResultsView

            view = ResultsView()
            view.back_requested.connect(self.show_review)
            self.wire_results(view)
            self.host.add_screen(view)
            self.results_built = view
        return self.results_built

    def open_assessment(
        self, assessment_id: str, keep_undo: bool, opened: Callable[[str], None]
    ) -> None:
        def show(data: AssessmentData) -> None:
            self._show(data, keep_undo)
            opened(data.info.id)

        ops.load_assessment(self.host.worker, assessment_id, show)

    def _show(self, data: AssessmentData, keep_undo: bool) -> None:
        from PySide6.QtCore import QByteArray

        from ipsfidelity.ui.common.plan_session import ActionPlanSession
        from ipsfidelity.ui.review.session import ReviewSession
        from ipsfidelity.ui.review.view import ReviewView

        self.close()
        if not keep_undo:
            self.undo_stack.clear()
        host = self.host
        parent = host.parent_widget()
        self.session = session = ReviewSession(host.worker, data, parent)
        self.plan = ActionPlanSession(host.worker, data.info.id, parent)
        self.plan.load()
        self.review = review = ReviewView(session, self.undo_stack, self.plan)
        review.back_requested.connect(host.show_home)
        review.results_requested.connect(self.show_results)
        rater_key = f"review_rater/{data.info.id}"
        review.rater_remembered.connect(lambda name: host.settings.setValue(rater_key, name))
        remembered = host.settings.value(rater_key) if host.settings.contains(rater_key) else None
        review.resume_rater(None if remembered is None else str(remembered))
        self.wire_review(session, review)
        splitter = host.settings.value("review_splitter")
        if isinstance(splitter, QByteArray):
            review.splitter.restoreState(splitter)
        host.add_screen(review)
        host.show_screen(review)
        review.focus_current()
        self._changed()

    def close(self) -> None:
        if self.review is not None:
            self.review.element_page.commit_note()
            self.host.settings.setValue("review_splitter", self.review.splitter.saveState())
            self.host.remove_screen(self.review)
            self.review.deleteLater()
            self.review = None
        if self.session is not None:
            self.session.deleteLater()
            self.session = None
        if self.plan is not None:
            self.plan.deleteLater()
            self.plan = None
        self.undo_stack.clear()
        self._changed()

    def _changed(self) -> None:
        for call in self.changed:
            call()

    def show_review(self) -> None:
        if self.review is not None:
            self.host.show_screen(self.review)
            self.review.focus_current()

    def show_results(self) -> None:
        session = self.session
        if session is None:
            return
        self.host.commit_edits()
        self.results.show_session(session)
        self.host.show_screen(self.results)
        self.results.back_button.setFocus()
        ops.previous_score(self.host.worker, session.assessment_id, self._show_previous)
        if session.blind:  # two or more reviewers: how far their own ratings agree
            ops.load_agreement(
                self.host.worker,
                session.assessment_id,
                guarded(self.results, self.results.show_agreement),
            )

    def _show_previous(self, found: tuple[Score, str] | None) -> None:
        if found is not None and self.session is not None:
            previous, period = found
            self.results.show_radar(self.session.score(), previous, period)
