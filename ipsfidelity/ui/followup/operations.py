"""Named operations of the follow-up family (the model is Anki's `aqt/operations/`): the
cooperation agreement and the team's follow-up list (the outcome figures' are in
`ui/common/outcome_operations.py`: the walk-through enters them too). Each runs on the
one serial worker; `done` gets what changed on the UI thread, `failed` a refusal's reason.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ipsfidelity.store.followup import ActionItemInfo, AgreementInfo
    from ipsfidelity.ui.common.worker import Worker

Failed = Callable[[str], None]


def load_agreements(
    worker: Worker, team_id: str, done: Callable[[list[AgreementInfo]], None]
) -> None:
    worker.read(lambda s: s.agreements(team_id), done)


def save_agreement(
    worker: Worker,
    agreement_id: str,
    fields: dict[str, Any],
    done: Callable[[AgreementInfo], None],
    failed: Failed,
) -> None:
    worker.write(lambda s: s.update_agreement(agreement_id, **fields), done, failed)


def create_agreement(
    worker: Worker,
    team_id: str,
    start: dt.date,
    fields: dict[str, Any],
    done: Callable[[AgreementInfo], None],
    failed: Failed,
) -> None:
    worker.write(lambda s: s.create_agreement(team_id, start, **fields), done, failed)


def delete_agreement(worker: Worker, agreement_id: str, done: Callable[[object], None]) -> None:
    worker.write(lambda s: s.delete_agreement(agreement_id), done)


def load_action_items(
    worker: Worker, team_id: str, open_only: bool, done: Callable[[list[ActionItemInfo]], None]
) -> None:
    worker.read(lambda s: s.action_items(team_id, open_only=open_only), done)


def set_action_field(
    worker: Worker,
    item_id: str,
    field: str,
    value: Any,
    done: Callable[[ActionItemInfo], None],
    failed: Failed,
) -> None:
    worker.write(lambda s: s.update_action_item(item_id, **{field: value}), done, failed)
