"""One assessment's action plan as the screens see it; every change is queued on the worker.

Like `ReviewSession`: local state first (so the table answers at once), then one write,
and the item the store hands back replaces the local guess. A refused write reloads the
plan, so the screen shows what the database really holds.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from ipsfidelity.ui.common import plan_operations as ops
from ipsfidelity.ui.common.callbacks import guarded

if TYPE_CHECKING:
    from ipsfidelity.store.followup import ActionItemInfo
    from ipsfidelity.ui.common.worker import Worker


class ActionPlanSession(QObject):
    changed = Signal()  # the list of items changed (loaded, added, deleted, merged, moved)
    item_changed = Signal(str)  # one item's fields changed
    refused = Signal(str)  # a write the store refused, with the reason
    notice = Signal(str)  # something done on the user's behalf (suggested, carried over)

    def __init__(self, worker: Worker, assessment_id: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.assessment_id = assessment_id
        self.items: list[ActionItemInfo] = []
        # The review each carried-over item came from: item id of the origin -> its period.
        self.origin_periods: dict[str, str] = {}
        self.loaded = False
        self._pending: dict[str, int] = {}  # item id -> edits queued and not yet answered

    def item(self, item_id: str) -> ActionItemInfo | None:
        return next((i for i in self.items if i.id == item_id), None)

    # -- reading -----------------------------------------------------------------

    def load(self) -> None:
        ops.load_plan(self.worker, self.assessment_id, guarded(self, self._loaded))

    def _loaded(self, found: tuple[list[ActionItemInfo], dict[str, str]]) -> None:
        items, origins = found
        self.items = list(items)
        self.origin_periods = origins
        self.loaded = True
        self.changed.emit()

    def _refused(self, why: str) -> None:
        self._pending.clear()
        self.refused.emit(why)
        self.load()

    # -- writing -----------------------------------------------------------------

    def update(self, item_id: str, **fields: Any) -> None:
        item = self.item(item_id)
        if item is not None:
            self._put(replace(item, **fields))
        self._pending[item_id] = self._pending.get(item_id, 0) + 1
        written, refused = guarded(self, self._written), guarded(self, self._refused)
        ops.update_action_item(self.worker, item_id, fields, written, refused)

    def _written(self, item: ActionItemInfo) -> None:
        # The store's copy replaces the local one only after the item's last queued edit:
        # an earlier answer would briefly undo a later edit on screen.
        left = self._pending.get(item.id, 1) - 1
        if left > 0:
            self._pending[item.id] = left
            return
        self._pending.pop(item.id, None)
        self._put(item)

    def _put(self, item: ActionItemInfo) -> None:
        for i, old in enumerate(self.items):
            if old.id == item.id:
                self.items[i] = item
                self.item_changed.emit(item.id)
                return

    def add(self, item_id: str, text: str, **fields: Any) -> None:
        """Append an item with a chosen id (so undo and redo name the same row)."""
        added, refused = guarded(self, self._added), guarded(self, self._refused)
        ops.add_action_item(self.worker, self.assessment_id, text, item_id, fields, added, refused)

    def _added(self, item: ActionItemInfo) -> None:
        self.items.append(item)
        self.changed.emit()

    def delete(self, item_ids: list[str]) -> None:
        self.items = [i for i in self.items if i.id not in item_ids]
        self.changed.emit()
        ops.delete_action_items(self.worker, item_ids, guarded(self, self._refused))

    def merge(self, keep_id: str, other_ids: list[str]) -> None:
        reload, refused = guarded(self, lambda _item: self.load()), guarded(self, self._refused)
        ops.merge_action_items(self.worker, keep_id, other_ids, reload, refused)

    def reorder(self, ordered_ids: list[str]) -> None:
        by_id = {i.id: i for i in self.items}
        self.items = [by_id[i] for i in ordered_ids if i in by_id]
        self.changed.emit()
        refused = guarded(self, self._refused)
        ops.reorder_action_items(self.worker, self.assessment_id, ordered_ids, refused)

    def suggest(self) -> None:
        """Write the suggestions the plan does not cover yet (`suggest_actions` adds nothing
        twice), then show the plan again."""
        ops.suggest_actions(
            self.worker,
            self.assessment_id,
            guarded(self, lambda written: self.suggested(written, asked=True)),
            guarded(self, self._refused),
        )

    def suggested(self, written: list[ActionItemInfo], asked: bool = False) -> None:
        """After suggestions were written; `asked` when the user pressed the button, who
        is then told also when there was nothing new to suggest."""
        from ipsfidelity.i18n import tr

        if written:
            self.notice.emit(
                tr("plan.suggested_one")
                if len(written) == 1
                else tr("plan.suggested", count=len(written))
            )
        elif asked:
            self.notice.emit(tr("plan.nothing_to_suggest"))
        self.load()

    def ids(self) -> list[str]:
        return [i.id for i in self.items]

    def carried_from(self, item: ActionItemInfo) -> str:
        """The period of the review an item was carried over from; "" for the plan's own."""
        if item.origin_item_id is None:
            return ""
        return self.origin_periods.get(item.origin_item_id, "?")

    def overdue(self, today: dt.date | None = None) -> int:
        today = today or dt.date.today()
        return sum(1 for i in self.items if i.is_overdue(today))
