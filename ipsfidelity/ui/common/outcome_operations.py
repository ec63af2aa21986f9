"""Named operations on an assessment's outcome figures, shared by the walk-through's outcome
step and the action-plan page. Each runs on the one serial worker; `done` gets what changed on
the UI thread, `failed` a refusal's reason.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ipsfidelity.store import Store
    from ipsfidelity.store.followup import OutcomeInfo
    from ipsfidelity.ui.common.worker import Worker

Failed = Callable[[str], None]


def load_outcomes(
    worker: Worker,
    assessment_id: str,
    team_id: str,
    done: Callable[[tuple[OutcomeInfo | None, list[OutcomeInfo]]], None],
) -> None:
    """The assessment's outcome figures and the team's trend of them."""
    from ipsfidelity.analysis.screens import outcomes_with_trend

    worker.read(lambda s: outcomes_with_trend(s, assessment_id, team_id), done)


def set_outcomes(
    worker: Worker,
    assessment_id: str,
    values: tuple[int, int] | None,
    done: Callable[[object], None],
    failed: Failed,
) -> None:
    """Store the figures (participants, in job or education); None clears them."""

    def job(store: Store) -> None:
        if values is None:
            store.clear_outcomes(assessment_id)
        else:
            store.set_outcomes(assessment_id, *values)

    worker.write(job, done, failed)
