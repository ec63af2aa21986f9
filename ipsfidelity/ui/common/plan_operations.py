"""Named operations on an assessment's action plan (the model is Anki's `aqt/operations/`).

Shared by the walk-through and the plan page, so they live in common. Each runs on the one
serial worker; `done` gets what changed on the UI thread, `failed` a refusal's reason.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ipsfidelity.store import Store
    from ipsfidelity.store.followup import ActionItemInfo
    from ipsfidelity.ui.common.worker import Worker

Failed = Callable[[str], None]
ItemDone = Callable[["ActionItemInfo"], None]


def load_plan(
    worker: Worker,
    assessment_id: str,
    done: Callable[[tuple[list[ActionItemInfo], dict[str, str]]], None],
) -> None:
    """The plan's items, and for each carried-over item the period of the review it came
    from (empty when that plan came in another file, or never)."""

    from ipsfidelity.analysis.screens import plan_with_origins

    worker.read(lambda s: plan_with_origins(s, assessment_id), done)


def update_action_item(
    worker: Worker, item_id: str, fields: dict[str, Any], done: ItemDone, failed: Failed
) -> None:
    worker.write(lambda s: s.update_action_item(item_id, **fields), done, failed)


def add_action_item(
    worker: Worker,
    assessment_id: str,
    text: str,
    item_id: str | None,
    fields: dict[str, Any],
    done: ItemDone,
    failed: Failed,
) -> None:
    worker.write(
        lambda s: s.add_action_item(assessment_id, text, item_id=item_id, **fields), done, failed
    )


def delete_action_items(worker: Worker, item_ids: list[str], failed: Failed) -> None:
    def job(store: Store) -> None:
        for item_id in item_ids:
            store.delete_action_item(item_id)

    worker.write(job, None, failed)


def merge_action_items(
    worker: Worker, keep_id: str, other_ids: list[str], done: ItemDone, failed: Failed
) -> None:
    worker.write(lambda s: s.merge_action_items(keep_id, other_ids), done, failed)


def reorder_action_items(
    worker: Worker, assessment_id: str, ordered_ids: list[str], failed: Failed
) -> None:
    worker.write(lambda s: s.reorder_action_items(assessment_id, ordered_ids), None, failed)


def suggest_actions(
    worker: Worker,
    assessment_id: str,
    done: Callable[[list[ActionItemInfo]], None],
    failed: Failed,
    *,
    unless_written: bool = False,
) -> None:
    """Prefill the plan from the review's shortfalls. `unless_written`: leave a plan the
    team wrote itself alone (an assessment imported from another machine)."""

    def job(store: Store) -> list[ActionItemInfo]:
        plan = store.action_plan(assessment_id)
        if unless_written and any(i.origin_item_id is None for i in plan):
            return []
        return store.suggest_actions(assessment_id)

    worker.write(job, done, failed)
