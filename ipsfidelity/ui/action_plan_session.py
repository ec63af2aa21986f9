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

if TYPE_CHECKING:
    from ipsfidelity.store import Store
    from ipsfidelity.store.followup import ActionItemInfo
    from ipsfidelity.ui.database import Database


class ActionPlanSession(QObject):
    changed = Signal()  # the list of items changed (loaded, added, deleted, merged, moved)
    item_changed = Signal(str)  # one item's fields changed
    refused = Signal(str)  # a write the store refused, with the reason
    notice = Signal(str)  # something done on the user's behalf (suggested, carried over)

    def __init__(self, db: Database, assessment_id: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.assessment_id = assessment_id
        self.items: list[ActionItemInfo] = []
        self.loaded = False

    def item(self, item_id: str) -> ActionItemInfo | None:
        return next((i for i in self.items if i.id == item_id), None)

    # -- reading -----------------------------------------------------------------

    def load(self) -> None:
        aid = self.assessment_id
        self.db.read(lambda s: s.action_plan(aid), self._loaded)

    def _loaded(self, items: list[ActionItemInfo]) -> None:
        self.items = list(items)
        self.loaded = True
        self.changed.emit()

    def _refused(self, why: str) -> None:
        self.refused.emit(why)
        self.load()

    # -- writing -----------------------------------------------------------------

    def update(self, item_id: str, **fields: Any) -> None:
        item = self.item(item_id)
        if item is not None:
            self._put(replace(item, **fields))
        self.db.write(lambda s: s.update_action_item(item_id, **fields), self._put, self._refused)

    def _put(self, item: ActionItemInfo) -> None:
        for i, old in enumerate(self.items):
            if old.id == item.id:
                self.items[i] = item
                self.item_changed.emit(item.id)
                return

    def add(self, item_id: str, text: str, **fields: Any) -> None:
        """Append an item with a chosen id (so undo and redo name the same row)."""
        aid = self.assessment_id
        self.db.write(
            lambda s: s.add_action_item(aid, text, item_id=item_id, **fields),
            self._added,
            self._refused,
        )

    def _added(self, item: ActionItemInfo) -> None:
        self.items.append(item)
        self.changed.emit()

    def delete(self, item_ids: list[str]) -> None:
        self.items = [i for i in self.items if i.id not in item_ids]
        self.changed.emit()
        self.db.write(lambda s: _delete_all(s, item_ids), None, self._refused)

    def merge(self, keep_id: str, other_ids: list[str]) -> None:
        self.db.write(
            lambda s: s.merge_action_items(keep_id, other_ids),
            lambda _item: self.load(),
            self._refused,
        )

    def reorder(self, ordered_ids: list[str]) -> None:
        by_id = {i.id: i for i in self.items}
        self.items = [by_id[i] for i in ordered_ids if i in by_id]
        self.changed.emit()
        aid = self.assessment_id
        self.db.write(lambda s: s.reorder_action_items(aid, ordered_ids), None, self._refused)

    def suggest(self) -> None:
        """Write the suggestions the plan does not cover yet (`suggest_actions` adds nothing
        twice), then show the plan again."""
        aid = self.assessment_id
        self.db.write(lambda s: s.suggest_actions(aid), self.suggested, self._refused)

    def suggested(self, written: list[ActionItemInfo]) -> None:
        if written:
            from ipsfidelity.ui.strings import t

            self.notice.emit(t("plan.suggested", count=len(written)))
        self.load()

    def ids(self) -> list[str]:
        return [i.id for i in self.items]

    def overdue(self, today: dt.date | None = None) -> int:
        today = today or dt.date.today()
        return sum(1 for i in self.items if i.is_overdue(today))


def _delete_all(store: Store, item_ids: list[str]) -> None:
    for item_id in item_ids:
        store.delete_action_item(item_id)
