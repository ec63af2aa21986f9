"""The action plan of one assessment: the items table, its buttons, and the outcome figures.

The table itself is `plan_table.py`, the folded outcome figures `outcome_section.py`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget
from shiboken6 import isValid

from ipsfidelity.i18n import tr
from ipsfidelity.ui.common.colours import MUTED
from ipsfidelity.ui.common.followup_text import CASELOAD_REF, overdue_mark
from ipsfidelity.ui.common.outcome_panel import OutcomePanel
from ipsfidelity.ui.common.plan_commands import PlanAddCommand, PlanEditCommand, PlanMoveCommand
from ipsfidelity.ui.common.plan_session import ActionPlanSession
from ipsfidelity.ui.common.widgets import button_row
from ipsfidelity.ui.followup.outcome_section import OutcomeSection
from ipsfidelity.ui.followup.plan_model import (
    ELEMENTS,
    FIELDS,
    PARTY,
    STATUS,
    TEXT,
    ActionPlanModel,
)
from ipsfidelity.ui.followup.plan_table import PlanTableBox

if TYPE_CHECKING:
    from ipsfidelity.scoring import Score
    from ipsfidelity.ui.common.host import OpenReview

Confirm = Callable[[str, Callable[[], None]], None]


def met_refs(element_ids: tuple[str, ...], score: Score) -> frozenset[str]:
    """What an item can link that this assessment meets in full: elements rated at full
    marks, and the caseload when every consultant is within the limit."""
    below = {*score.not_met, *score.unrated}
    met = {e for e in element_ids if e not in below}
    if score.caseload.status == "ok":
        met.add(CASELOAD_REF)
    return frozenset(met)


class ActionPlanView(QWidget):
    back_requested = Signal()

    def __init__(self, confirm: Confirm) -> None:
        super().__init__()
        self.confirm = confirm
        self.plan: ActionPlanSession | None = None
        self.session: OpenReview | None = None
        self.undo_stack: QUndoStack | None = None
        self.read_only = False  # the server's rules, mirrored (set_read_only)

        self.heading = QLabel(tr("common.action_plan"))
        self.heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.back_button = QPushButton(tr("plan.back"))
        self.back_button.clicked.connect(self.back_requested)
        self.overdue_label = QLabel()
        self.overdue_label.setStyleSheet("font-weight: 600;")
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.heading, 1)
        top.addWidget(self.overdue_label)

        self.model = ActionPlanModel()
        self.table_box = PlanTableBox(self.model, tr("plan.empty"))
        self.table, self.message = self.table_box.table, self.table_box.message
        self.table.setAccessibleName(tr("access.plan_table"))
        self.table.setMinimumHeight(200)
        self.table.selectionModel().selectionChanged.connect(self._update_enabled)
        # Delete and the move keys act on the current row even when nothing is selected.
        self.table.selectionModel().currentChanged.connect(self._update_enabled)
        self.model.edit_requested.connect(self._edit)
        self.notice = QLabel()
        self.notice.setStyleSheet(f"color: {MUTED};")
        self.table_box.empty_label.setWordWrap(True)
        self.read_only_label = QLabel(tr("server.ui.read_only_plan"))
        self.read_only_label.setObjectName("read_only_plan")
        self.read_only_label.hide()

        self.add_button = QPushButton(tr("plan.add"))
        self.add_button.clicked.connect(self.add_item)
        self.delete_button = QPushButton(tr("common.delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.merge_button = QPushButton(tr("plan.merge"))
        self.merge_button.clicked.connect(self.merge_selected)
        self.up_button = QPushButton(tr("plan.up"))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QPushButton(tr("plan.down"))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.suggest_button = QPushButton(tr("plan.suggest"))
        self.suggest_button.clicked.connect(self.suggest)
        # The row's editing buttons (suggestions stand apart, on the right).
        self.edit_buttons = (
            self.add_button,
            self.delete_button,
            self.merge_button,
            self.up_button,
            self.down_button,
        )
        buttons = button_row(self.edit_buttons, (self.suggest_button,))
        for keys, slot in (
            (QKeySequence.StandardKey.New, self.add_item),
            (QKeySequence(Qt.Key.Key_Delete), self.delete_selected),
            (QKeySequence("Ctrl+M"), self.merge_selected),
            (QKeySequence("Alt+Up"), lambda: self.move_selected(-1)),
            (QKeySequence("Alt+Down"), lambda: self.move_selected(1)),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.hint = hint = QLabel(tr("plan.hint"))
        hint.setStyleSheet(f"color: {MUTED};")
        hint.setWordWrap(True)

        self.outcomes = OutcomePanel()
        self.outcome_section = OutcomeSection(self.outcomes)

        plan_box = QWidget()
        plan_layout = QVBoxLayout(plan_box)
        plan_layout.setContentsMargins(0, 0, 0, 0)
        plan_layout.addWidget(self.read_only_label)
        plan_layout.addWidget(self.notice)
        plan_layout.addWidget(self.table_box, 1)
        plan_layout.addLayout(buttons)
        plan_layout.addWidget(hint)
        # The plan first; the optional outcome figures (entered in the walk-through) folded
        # into one line below it: open, they took half of a 720-pixel screen from the plan.
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("plan_splitter")
        self.splitter.addWidget(plan_box)
        self.splitter.addWidget(self.outcome_section)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setCollapsible(0, False)
        self.splitter.setCollapsible(1, False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self._update_enabled()

    # -- showing -----------------------------------------------------------------

    def show_plan(
        self, session: OpenReview, plan: ActionPlanSession, undo_stack: QUndoStack
    ) -> None:
        if self.plan is not plan:
            if self.plan is not None and isValid(self.plan):  # the last one may be deleted
                self.plan.changed.disconnect(self._plan_changed)
                self.plan.item_changed.disconnect(self._item_changed)
                self.plan.refused.disconnect(self.message.show_message)
                self.plan.notice.disconnect(self.notice.setText)
            plan.changed.connect(self._plan_changed)
            plan.item_changed.connect(self._item_changed)
            plan.refused.connect(self.message.show_message)
            plan.notice.connect(self.notice.setText)
            self.notice.setText("")
        self.session, self.plan, self.undo_stack = session, plan, undo_stack
        info = session.info
        self.heading.setText(
            tr(
                "plan.heading",
                team=session.team.name,
                period=info.period,
                date=info.date.isoformat(),
            )
        )
        self.model.allowed = (*session.pack.element_ids, CASELOAD_REF)
        self.message.clear_message()
        self._plan_changed()
        self.outcomes.show_for(plan.worker, info.id, info.team_id)

    def focus_table(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, self.model.column_of(TEXT)))

    def _plan_changed(self) -> None:
        if self.plan is None:
            return
        current = self.table.currentIndex()
        self.model.origin_periods = self.plan.origin_periods
        if self.session is not None:
            self.model.met = met_refs(self.session.pack.element_ids, self.session.score())
        self.model.set_items(self.plan.items)
        if current.isValid() and current.row() < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(current.row(), current.column()))
        self.table.resizeRowsToContents()
        self._update_enabled()

    def _item_changed(self, item_id: str) -> None:
        item = self.plan.item(item_id) if self.plan else None
        if item is not None:
            self.model.replace_item(item)
            self.table.resizeRowToContents(self.model.row_of(item_id))
        self._update_enabled()

    def set_read_only(self, read_only: bool) -> None:
        """This user's role may read the plan but not change it: no editing buttons, no
        editing in the table, and a line that says why."""
        self.read_only = read_only
        for b in (*self.edit_buttons, self.suggest_button):
            b.setVisible(not read_only)
        self.model.editable = frozenset() if read_only else frozenset(FIELDS.values())
        self.read_only_label.setVisible(read_only)
        self.hint.setVisible(not read_only)  # how to edit: not for this role
        for edit in (self.outcomes.participants_edit, self.outcomes.in_job_edit):
            edit.setReadOnly(read_only)

    def _update_enabled(self) -> None:
        rows = self.selected_rows()
        has_plan = self.plan is not None
        self.add_button.setEnabled(has_plan)
        self.suggest_button.setEnabled(has_plan)
        self.delete_button.setEnabled(bool(rows))
        self.merge_button.setEnabled(len(rows) >= 2)
        self.up_button.setEnabled(len(rows) == 1 and rows[0] > 0)
        self.down_button.setEnabled(len(rows) == 1 and rows[0] < self.model.rowCount() - 1)
        self.table_box.show_marks(has_plan and self.model.rowCount() == 0)
        self.overdue_label.setText(overdue_mark(self.model.overdue_count()))

    def selected_rows(self) -> list[int]:
        rows = {i.row() for i in self.table.selectionModel().selectedIndexes()}
        current = self.table.currentIndex()
        if not rows and current.isValid():
            rows = {current.row()}
        return sorted(rows)

    # -- edits -------------------------------------------------------------------

    def _push(self, command: PlanEditCommand | PlanAddCommand | PlanMoveCommand) -> None:
        self.message.clear_message()
        if self.undo_stack is not None:
            self.undo_stack.push(command)
        else:
            command.redo()

    def _edit(self, item_id: str, field: str, before: object, after: object) -> None:
        if self.plan is not None:
            self._push(PlanEditCommand(self.plan, item_id, field, before, after))

    def _refused_read_only(self) -> bool:
        """A shortcut on a plan this role may only read: say why, change nothing."""
        if self.read_only:
            self.message.show_message(tr("server.ui.may_not_follow_up"))
        return self.read_only

    def add_item(self) -> None:
        plan = self.plan
        if plan is None or self._refused_read_only():
            return
        item_id = str(uuid.uuid4())
        self._push(PlanAddCommand(plan, item_id, tr("plan.new_text"), {}))

        def edit_new() -> None:  # once the new row is there, its text is being typed
            plan.changed.disconnect(edit_new)
            row = self.model.row_of(item_id)
            if row >= 0:
                index = self.model.index(row, self.model.column_of(TEXT))
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                self.table.setCurrentIndex(index)
                self.table.edit(index)

        plan.changed.connect(edit_new)

    def delete_selected(self) -> None:
        if self.plan is None or self._refused_read_only() or not self.selected_rows():
            return
        items = [self.model.items[r] for r in self.selected_rows()]
        text = (
            tr("plan.confirm_delete_one")
            if len(items) == 1
            else tr("plan.confirm_delete", count=len(items))
        )
        if any(i.origin_item_id for i in items):
            text += "\n\n" + tr("plan.confirm_delete_carried")
        plan = self.plan
        self.confirm(text, lambda: plan.delete([i.id for i in items]))

    def merge_selected(self) -> None:
        rows = self.selected_rows()
        if self.plan is None or self._refused_read_only() or len(rows) < 2:
            return
        ids = [self.model.items[r].id for r in rows]
        plan = self.plan
        self.confirm(tr("plan.confirm_merge", count=len(ids)), lambda: plan.merge(ids[0], ids[1:]))

    def move_selected(self, delta: int) -> None:
        rows = self.selected_rows()
        if self.plan is None or self._refused_read_only() or len(rows) != 1:
            return
        row, target = rows[0], rows[0] + delta
        before = self.plan.ids()
        if not 0 <= target < len(before):
            return
        after = list(before)
        after[row], after[target] = after[target], after[row]
        column = max(self.table.currentIndex().column(), 0)
        self._push(PlanMoveCommand(self.plan, before, after))
        self.table.setCurrentIndex(self.model.index(target, column))

    def suggest(self) -> None:
        if self.plan is not None and not self.read_only:
            self.plan.suggest()

    def element_column(self) -> int:
        return self.model.column_of(ELEMENTS)

    def party_column(self) -> int:
        return self.model.column_of(PARTY)

    def status_column(self) -> int:
        return self.model.column_of(STATUS)
