"""Named operations on teams and assessments (the model is Anki's `aqt/operations/`).

Each runs its change on the one serial worker and calls `done` on the UI thread with what
changed; a refusal (a `UserError`) goes to `failed`, or to the worker's status line.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ipsfidelity.store import Store
    from ipsfidelity.store.views import AssessmentInfo, TeamInfo
    from ipsfidelity.ui.common.worker import Worker
    from ipsfidelity.ui.home.assessment_dialog import NewAssessment

Failed = Callable[[str], None]


def create_team(
    worker: Worker, values: dict[str, str], done: Callable[[TeamInfo], None], failed: Failed
) -> None:
    worker.write(lambda s: s.create_team(**values), done, failed)


def update_team(
    worker: Worker,
    team_id: str,
    values: dict[str, str],
    done: Callable[[TeamInfo], None],
    failed: Failed,
) -> None:
    worker.write(lambda s: s.update_team(team_id, **values), done, failed)


def delete_team(worker: Worker, team_id: str, done: Callable[[object], None]) -> None:
    worker.write(lambda s: s.delete_team(team_id), done)


def create_assessment(
    worker: Worker,
    team_id: str,
    values: NewAssessment,
    done: Callable[[tuple[AssessmentInfo, int]], None],
) -> None:
    """A new assessment, with the open items of the team's previous plan and its caseload
    (to be confirmed) carried into it; `done` gets the assessment and how many items were
    carried over."""

    def job(store: Store) -> tuple[AssessmentInfo, int]:
        info = store.create_assessment(
            team_id,
            values.date,
            period=values.period,
            reviewers=values.reviewers,
            instrument=values.instrument,
            kind=values.kind,
        )
        store.carry_caseload(info.id)
        return info, len(store.carry_over(info.id))

    worker.write(job, done)


def delete_assessment(worker: Worker, assessment_id: str, done: Callable[[object], None]) -> None:
    worker.write(lambda s: s.delete_assessment(assessment_id), done)
