"""Named operations of the review family (the model is Anki's `aqt/operations/`): each runs
on the one serial worker and hands its result to `done` on the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ipsfidelity.scoring import Score
    from ipsfidelity.store import Store
    from ipsfidelity.store.views import AssessmentData
    from ipsfidelity.ui.common.worker import Worker


def load_assessment(
    worker: Worker, assessment_id: str, done: Callable[[AssessmentData], None]
) -> None:
    worker.read(lambda s: s.get_assessment(assessment_id), done)


def previous_score(
    worker: Worker, assessment_id: str, done: Callable[[tuple[Score, str] | None], None]
) -> None:
    """The score of the team's assessment before this one, and its period; None if none."""

    def job(store: Store) -> tuple[Score, str] | None:
        previous = store.previous_assessment(assessment_id)
        if previous is None:
            return None
        return store.score(previous.id), previous.period

    worker.read(job, done)
