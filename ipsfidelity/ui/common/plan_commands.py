"""Undoable action-plan edits, on the app's one QUndoStack beside the review's own commands.

Field edits, new items and moves are undoable: each has an exact inverse through the store.
Delete and merge are not (they ask first instead): the store cannot recreate a deleted item's
carried-over link or split a merged text back into its items.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand

from ipsfidelity.i18n import tr
from ipsfidelity.ui.common.followup_text import plan_field_label
from ipsfidelity.ui.common.plan_session import ActionPlanSession


class PlanEditCommand(QUndoCommand):
    def __init__(
        self, plan: ActionPlanSession, item_id: str, field: str, before: Any, after: Any
    ) -> None:
        super().__init__(tr("undo.plan_edit", field=plan_field_label(field)))
        self.plan, self.item_id, self.field = plan, item_id, field
        self.before, self.after = before, after

    def redo(self) -> None:
        self.plan.update(self.item_id, **{self.field: self.after})

    def undo(self) -> None:
        self.plan.update(self.item_id, **{self.field: self.before})


class PlanAddCommand(QUndoCommand):
    def __init__(
        self, plan: ActionPlanSession, item_id: str, text: str, fields: dict[str, Any]
    ) -> None:
        super().__init__(tr("undo.plan_add"))
        self.plan, self.item_id, self.item_text, self.fields = plan, item_id, text, fields

    def redo(self) -> None:
        self.plan.add(self.item_id, self.item_text, **self.fields)

    def undo(self) -> None:
        self.plan.delete([self.item_id])


class PlanMoveCommand(QUndoCommand):
    def __init__(self, plan: ActionPlanSession, before: list[str], after: list[str]) -> None:
        super().__init__(tr("undo.plan_move"))
        self.plan, self.before, self.after = plan, before, after

    def redo(self) -> None:
        self.plan.reorder(self.after)

    def undo(self) -> None:
        self.plan.reorder(self.before)
