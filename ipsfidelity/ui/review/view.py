"""The walk-through: navigator on the left, the current element (or caseload) on the right."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ipsfidelity.errors import UserError
from ipsfidelity.i18n import tr
from ipsfidelity.person_names import staff_names
from ipsfidelity.store.lifecycle_rules import refuse_if_finished
from ipsfidelity.ui.common.callbacks import guarded
from ipsfidelity.ui.common.refusals import in_app
from ipsfidelity.ui.common.widgets import heading, push_button
from ipsfidelity.ui.review import operations as ops
from ipsfidelity.ui.review.caseload_model import CaseloadModel
from ipsfidelity.ui.review.caseload_page import CaseloadPage
from ipsfidelity.ui.review.element_followup import ElementFollowUp
from ipsfidelity.ui.review.element_page import RATING_KEYS, ElementPage
from ipsfidelity.ui.review.lifecycle_bar import LifecycleBar
from ipsfidelity.ui.review.navigator import NavigatorModel, WrappingRows
from ipsfidelity.ui.review.outcome_page import OutcomePage
from ipsfidelity.ui.review.session import CASELOAD_KEY, OUTCOME_KEY, CaseloadRow, ReviewSession
from ipsfidelity.ui.review.undo import (
    CaseloadCommand,
    EvidenceCommand,
    NoteCommand,
    RatingCommand,
)

if TYPE_CHECKING:
    from ipsfidelity.store.views import CaseloadInfo, RatingInfo
    from ipsfidelity.ui.common.plan_session import ActionPlanSession


class NavigatorTree(QTreeView):
    """The element list. 1, 2, 3 rate the current element here too, as on the page, instead
    of the tree's type-ahead search (element ids are found with the arrows anyway)."""

    rating_key = Signal(int)  # index into the pack's scale

    def __init__(self) -> None:
        super().__init__()
        # A long principle heading wraps between words at a laptop's width, never cut
        # mid-word; its whole title stays the tooltip (navigator.WrappingRows).
        self.setWordWrap(True)
        self.setItemDelegate(WrappingRows(self))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()  # the rows' heights follow the new width

    def keyPressEvent(self, event: QKeyEvent) -> None:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = Qt.Key(event.key())
        if mods == Qt.KeyboardModifier.NoModifier and key in RATING_KEYS:
            self.rating_key.emit(RATING_KEYS[key])
            return
        super().keyPressEvent(event)


class ReviewView(QWidget):
    """Built once per opened assessment; the main window replaces it for the next one."""

    back_requested = Signal()
    results_requested = Signal()
    plan_requested = Signal()
    agreement_requested = Signal()
    finish_requested = Signal()
    reopen_requested = Signal()
    consensus_requested = Signal()
    history_requested = Signal()
    refused = Signal(str)  # an edit of a finished review: the store's own message
    rater_remembered = Signal(str)  # chosen by the user: kept per review on this computer

    def __init__(
        self,
        session: ReviewSession,
        undo_stack: QUndoStack,
        plan: ActionPlanSession | None = None,
    ) -> None:
        super().__init__()
        self.session = session
        self.undo_stack = undo_stack
        self.plan = plan
        pack = session.pack
        self.key = ""

        info = session.info
        title = heading(
            tr(
                "review.heading",
                team=session.team.name,
                period=info.period,
                date=info.date.isoformat(),
            )
        )
        self.back_button = push_button(tr("review.back"), self._back)
        self.results_button = push_button(tr("review.results"), self._results)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(title, 1)
        top.addWidget(self.results_button)
        self.plan_button = push_button(tr("review.action_plan"), self._plan)
        top.addWidget(self.plan_button)

        self.lifecycle = LifecycleBar(session)
        self.lifecycle.rater_chosen.connect(self._rater_chosen)
        self.lifecycle.rater_confirmed.connect(self._rater_confirmed)
        self._choosing_quietly = False  # a remembered choice restored, not the user's
        self.lifecycle.consensus_requested.connect(self._leaving(self.consensus_requested))
        self.lifecycle.history_requested.connect(self._leaving(self.history_requested))
        self.lifecycle.finish_requested.connect(self._leaving(self.finish_requested))
        self.lifecycle.reopen_requested.connect(self.reopen_requested)

        self.navigator_model = NavigatorModel(pack)
        self.navigator = NavigatorTree()
        self.navigator.setAccessibleName(tr("access.navigator"))
        self.navigator.rating_key.connect(self._rating_key)
        self.navigator.setModel(self.navigator_model)
        self.navigator.setHeaderHidden(True)
        self.navigator.expandAll()
        self.navigator.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.navigator.setMinimumWidth(240)
        self.navigator.selectionModel().currentChanged.connect(self._navigator_moved)

        self.element_page = ElementPage(pack)
        self.caseload_model = CaseloadModel(pack.caseload)
        self.caseload_page = CaseloadPage(pack, self.caseload_model)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.element_page)
        self.pages.addWidget(self.caseload_page)
        self.outcome_page = OutcomePage()
        self.pages.addWidget(self.outcome_page)
        self.outcome_page.panel.summary_changed.connect(
            lambda _text: self.navigator_model.set_outcome_status(
                self.outcome_page.panel.has_figures
            )
        )

        self.previous_button = push_button(tr("review.previous"), lambda: self.step(-1))
        self.next_button = push_button(tr("review.next"), lambda: self.step(1))
        for button in (
            self.previous_button,
            self.next_button,
            self.back_button,
            self.results_button,
            self.plan_button,
        ):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        moves = QHBoxLayout()
        moves.addWidget(self.previous_button)
        moves.addStretch(1)
        moves.addWidget(self.next_button)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.pages, 1)
        # The element's action items and, for the agreement element, the agreement on file.
        self.followup = ElementFollowUp(pack.id)
        self.followup.editable = session.may_follow_up
        self.followup.agreement_requested.connect(self.agreement_requested)
        self.followup.status_chosen.connect(self._status_chosen)
        right_layout.addWidget(self.followup)
        right_layout.addLayout(moves)
        self.splitter = QSplitter()
        self.splitter.setObjectName("review_splitter")
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([330, 770])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.lifecycle)
        layout.addWidget(self.splitter, 1)

        # Moving with Ctrl+PageUp/PageDown works on every page, even inside the table.
        for keys, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda s=step: self.step(s))

        self.element_page.rate.connect(self._rate)
        self.element_page.step_requested.connect(self.step)
        self.element_page.edge_requested.connect(self.go_to_edge)
        self.element_page.note_edited.connect(self._note)
        self.element_page.evidence_toggled.connect(self._evidence)
        self.caseload_model.edited.connect(self._caseload_edited)
        session.element_changed.connect(self._element_changed)
        session.caseload_changed.connect(self._caseload_changed)
        session.focus_requested.connect(self.go_to)

        for element_id, state in session.elements.items():
            self.navigator_model.set_rating(element_id, state.rating)
        self.caseload_model.set_rows(session.caseload)
        self._caseload_changed()
        if plan is not None:
            plan.changed.connect(self._plan_changed)
            plan.item_changed.connect(self._plan_changed)
            self._plan_changed()
        self.reload_agreement()
        self.outcome_page.show_for(session.worker, info.id, info.team_id)
        if session.locked or not session.may_rate:
            self._lock_inputs()
        if not session.may_rate:  # never this role's to rate: no buttons that look usable
            self.element_page.hint.hide()
            self.caseload_page.read_only("")
        elif session.locked:  # instead of "Tast 1, 2 eller 3": why not, and how to change it
            why = tr("review.locked_hint", button=tr("lifecycle.ui.reopen_button"))
            self.element_page.hint.setText(why)
            self.caseload_page.read_only(why)
        self.reload_lifecycle()
        self.go_to(session.resume_key())

    # -- who is rating, the lock ---------------------------------------------------

    def _lock_inputs(self) -> None:
        """A finished review (or a role that may not rate): it looks read-only, nothing to type
        into; a rating key, or typing in the note, is refused with the reason."""
        note = self.element_page.note_edit
        note.setReadOnly(True)
        note.setPlaceholderText("")
        note.setStyleSheet("QPlainTextEdit { background: palette(window); }")
        note.typed_read_only.connect(self._refused)
        for button in self.element_page.rating_buttons:
            button.setEnabled(False)
        for box in self.element_page.evidence_boxes.values():
            box.setEnabled(False)

    def _leaving(self, signal: Signal) -> Callable[[], None]:
        def emit() -> None:
            self.element_page.commit_note()
            signal.emit()  # type: ignore[attr-defined]

        return emit

    def reload_lifecycle(self) -> None:
        if self.session.locked:
            ops.load_lifecycle(
                self.session.worker,
                self.session.assessment_id,
                guarded(self, self.lifecycle.show_finished),
            )

    def resume_rater(self, remembered: str | None) -> None:
        """Continue as the reviewer chosen for this review on this computer; else, on a draft
        this user may rate, ask who is rating. A finished review opens on the consensus, its
        result, even where a reviewer rated it (their own ratings are one choice away); the
        remembered reviewer is kept for when it is reopened."""
        if not self.session.blind:
            return
        self._choosing_quietly = True
        try:
            if self.session.locked:
                self.lifecycle.choose("")
                return
            if remembered is not None and self.lifecycle.choose(remembered):
                return
            if not self.session.may_rate:
                self.lifecycle.choose("")
                return
        finally:
            self._choosing_quietly = False
        self.session.awaiting_rater = True
        self.lifecycle.rater_question.show()

    def _rater_confirmed(self) -> None:
        if not self.session.awaiting_rater:
            self.focus_current()

    def _rater_chosen(self) -> None:
        self.element_page.commit_note()
        rater = self.lifecycle.chosen_rater()
        if rater is None:
            return
        if not self._choosing_quietly:
            self.rater_remembered.emit(rater)
        self.undo_stack.clear()  # an undo must not land in another reviewer's ratings
        if not rater:
            self.session.show_rater("")
            return
        ops.own_reading(
            self.session.worker,
            self.session.assessment_id,
            rater,
            guarded(self, lambda own: self._show_own(rater, *own)),
        )

    def _show_own(
        self, rater: str, ratings: dict[str, RatingInfo], caseload: tuple[CaseloadInfo, ...]
    ) -> None:
        if self.lifecycle.chosen_rater() != rater:
            return  # ↓ moved on while this reviewer's ratings were read
        self.session.show_rater(rater, ratings, caseload)
        if not self.lifecycle.rater_combo.hasFocus():  # still choosing with ↑ ↓: stay there
            self.focus_current()

    def _refused(self) -> bool:
        """True, with the store's own message shown, when the review is finished, or with
        the server's rule when this user's role may not rate the team's reviews."""
        if not self.session.may_rate:
            self.refused.emit(tr("server.ui.may_not_rate"))
            return True
        try:
            refuse_if_finished(self.session.info.state)
        except UserError as exc:
            self.refused.emit(in_app(str(exc)))
            return True
        if self.session.awaiting_rater:
            self.refused.emit(tr("rater.choose_first"))
            self.lifecycle.rater_combo.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return False

    def _element_refused(self, element_id: str) -> bool:
        """`_refused`, with the element's page showing its stored values again."""
        if not self._refused():
            return False
        self.element_page.show_state(self.session.elements[element_id])
        return True

    # -- moving ------------------------------------------------------------------

    def go_to(self, key: str) -> None:
        keys = self.session.keys
        if key not in keys:
            return
        self.element_page.commit_note()
        self.key = key
        index = self.navigator_model.index_for(key)
        if self.navigator.currentIndex() != index:
            self.navigator.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        position = keys.index(key)
        self.previous_button.setEnabled(position > 0)
        self.next_button.setEnabled(position < len(keys) - 1)
        if key == CASELOAD_KEY:
            self.pages.setCurrentWidget(self.caseload_page)
            if self.isVisible():
                self.caseload_page.focus_table()
        elif key == OUTCOME_KEY:
            info = self.session.info
            self.outcome_page.show_for(self.session.worker, info.id, info.team_id)
            self.pages.setCurrentWidget(self.outcome_page)
            if self.isVisible():
                self.outcome_page.focus_first()
        else:
            elements = len(self.session.pack.element_ids)
            # The review's own people named in a note are colleagues, not citizens.
            people = [*self.session.info.reviewers, *(r.consultant for r in self.session.caseload)]
            self.element_page.note_guard.set_staff(staff_names(people))
            self.element_page.show_element(key, self.session.elements[key], position + 1, elements)
            self.pages.setCurrentWidget(self.element_page)
            if self.isVisible() and not self.element_page.note_edit.hasFocus():
                self.element_page.setFocus(Qt.FocusReason.OtherFocusReason)
        self.followup.show_for(key)
        self.session.set_position(key)

    def step(self, delta: int) -> None:
        keys = self.session.keys
        position = keys.index(self.key) + delta if self.key in keys else 0
        if 0 <= position < len(keys):
            self.go_to(keys[position])

    def go_to_edge(self, last: bool) -> None:
        """Home/End: the first element, or the last page (a new reviewer starts from the top)."""
        keys = self.session.keys
        if keys:
            self.go_to(keys[-1] if last else keys[0])

    def focus_current(self) -> None:
        if self.session.awaiting_rater:  # the question comes first
            self.lifecycle.rater_combo.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.key == CASELOAD_KEY:
            self.caseload_page.focus_table()
        elif self.key == OUTCOME_KEY:
            self.outcome_page.focus_first()
        else:
            self.element_page.setFocus(Qt.FocusReason.OtherFocusReason)

    def _navigator_moved(self) -> None:
        key = NavigatorModel.key_at(self.navigator.currentIndex())
        if key and key != self.key:
            self.go_to(key)

    def _back(self) -> None:
        self.element_page.commit_note()
        self.back_requested.emit()

    def _results(self) -> None:
        self.element_page.commit_note()
        self.results_requested.emit()

    def _plan(self) -> None:
        self.element_page.commit_note()
        self.plan_requested.emit()

    # -- follow-up beside the element ------------------------------------------------

    def _plan_changed(self, _item_id: str = "") -> None:
        if self.plan is not None:
            self.followup.set_items(self.plan.items, self.plan.origin_periods)

    def reload_agreement(self) -> None:
        """Ask which agreement is in force on the review date (again after it was edited)."""
        info = self.session.info
        self.session.worker.read(
            lambda s: s.agreement_for(info.team_id, info.date),
            guarded(self, lambda a: self.followup.set_agreement(a.start_date if a else None)),
        )

    def _status_chosen(self, item_id: str, before: str, after: str) -> None:
        from ipsfidelity.ui.common.plan_commands import PlanEditCommand

        if self.plan is not None:
            self.undo_stack.push(PlanEditCommand(self.plan, item_id, "status", before, after))

    # -- edits become undoable commands --------------------------------------------

    def _rating_key(self, option: int) -> None:
        scale = self.session.pack.scale
        if self.key in self.session.elements and option < len(scale):
            self._rate(self.key, scale[option].id)

    def _push_edit(
        self,
        command: Callable[[ReviewSession, str, Any, Any], QUndoCommand],
        element_id: str,
        before: object,
        after: object,
    ) -> bool:
        """An element's edit as an undoable command (none when nothing changed); False when
        the edit is refused, the page then showing the stored values again."""
        if self._element_refused(element_id):
            return False
        if before != after:
            self.undo_stack.push(command(self.session, element_id, before, after))
        return True

    def _rate(self, element_id: str, rating: str) -> None:
        before = self.session.elements[element_id].rating
        if not self._push_edit(RatingCommand, element_id, before, rating):
            return
        if rating != "not_rated" and element_id == self.key:
            self.step(1)  # rating moves on, so a review is one key per element

    def _note(self, element_id: str, text: str) -> None:
        self._push_edit(NoteCommand, element_id, self.session.elements[element_id].note, text)

    def _evidence(self, element_id: str, evidence: tuple[str, ...]) -> None:
        before = self.session.elements[element_id].evidence
        self._push_edit(EvidenceCommand, element_id, before, evidence)

    def _caseload_edited(
        self, before: tuple[CaseloadRow, ...], after: tuple[CaseloadRow, ...]
    ) -> None:
        if self._refused():  # put the table back after the model has finished its edit
            QTimer.singleShot(
                0, guarded(self, lambda: self.caseload_model.set_rows(self.session.caseload))
            )
            return
        self.undo_stack.push(CaseloadCommand(self.session, before, after))

    # -- the session changed (an edit, undo or redo) --------------------------------

    def _element_changed(self, element_id: str) -> None:
        state = self.session.elements[element_id]
        self.navigator_model.set_rating(element_id, state.rating)
        if element_id == self.element_page.element_id:
            self.element_page.show_state(state)

    def _caseload_changed(self) -> None:
        self.caseload_model.set_rows(self.session.caseload)
        status = self.session.score().caseload.status
        self.navigator_model.set_caseload_status(status)
        self.caseload_page.show_team_status(status)
        self.caseload_page.show_carried()
