"""Named operations of the review family (the model is Anki's `aqt/operations/`): each runs
on the one serial worker and hands its result to `done` on the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ipsfidelity.scoring import Score
    from ipsfidelity.scoring.agreement import Agreement
    from ipsfidelity.store import Store
    from ipsfidelity.store.lifecycle_views import LifecycleInfo
    from ipsfidelity.store.views import AssessmentData, CaseloadInfo, RatingInfo
    from ipsfidelity.ui.common.worker import Worker


def load_assessment(
    worker: Worker, assessment_id: str, done: Callable[[AssessmentData], None]
) -> None:
    worker.read(lambda s: s.get_assessment(assessment_id), done)


def previous_score(
    worker: Worker, assessment_id: str, done: Callable[[tuple[Score, str] | None], None]
) -> None:
    """The score of the team's assessment before this one, and its period; None if none."""

    from ipsfidelity.analysis.screens import previous_score as read

    worker.read(lambda s: read(s, assessment_id), done)


Voided = Callable[[list[str]], None]  # whose sign-off the change took back (often none)


def set_rating(
    worker: Worker,
    assessment_id: str,
    element_id: str,
    rating: str | None = None,
    *,
    note: str | None = None,
    evidence: tuple[str, ...] | None = None,
    reviewer: str = "",
    voided: Voided | None = None,
) -> None:
    """Store an element's rating, note or evidence (what is None stays as it is): the
    consensus, or with `reviewer` that reviewer's own, recorded as theirs in the history."""

    def job(store: Store) -> list[str]:
        if reviewer:
            with store.acting_as(reviewer):
                store.set_reviewer_rating(
                    assessment_id, reviewer, element_id, rating, note=note, evidence=evidence
                )
        else:
            store.set_rating(assessment_id, element_id, rating, note=note, evidence=evidence)
        return store.take_voided_signoffs(assessment_id)

    worker.write(job, voided)


def set_caseload(
    worker: Worker,
    assessment_id: str,
    rows: tuple[tuple[str, float, int, int, bool], ...],
    voided: Voided | None = None,
) -> None:
    """Store the caseload: (consultant, FTE, IPS cases, other cases, carried over and not yet
    confirmed) per named consultant."""

    def job(store: Store) -> list[str]:
        from ipsfidelity.store.views import CaseloadInfo

        store.set_caseload(assessment_id, [CaseloadInfo(*row) for row in rows])
        return store.take_voided_signoffs(assessment_id)

    worker.write(job, voided)


def set_own_caseload(
    worker: Worker,
    assessment_id: str,
    reviewer: str,
    rows: tuple[tuple[str, float, int, int], ...],
    voided: Voided | None = None,
) -> None:
    """Store one reviewer's own caseload reading, recorded as theirs in the history."""

    def job(store: Store) -> list[str]:
        from ipsfidelity.store.views import CaseloadInfo

        with store.acting_as(reviewer):
            store.set_reviewer_caseload(
                assessment_id, reviewer, [CaseloadInfo(*row) for row in rows]
            )
        return store.take_voided_signoffs(assessment_id)

    worker.write(job, voided)


def set_position(worker: Worker, assessment_id: str, key: str) -> None:
    """Where the reviewer is, so the walk-through resumes there: bookkeeping the "saved"
    indicator leaves out."""
    worker.write_quietly(lambda s: s.update_assessment(assessment_id, last_element=key))


def load_lifecycle(
    worker: Worker, assessment_id: str, done: Callable[[LifecycleInfo], None]
) -> None:
    """The review's state, who signed it off and when it was finished (the lock's banner)."""
    worker.read(lambda s: s.lifecycle(assessment_id), done)


OwnReading = tuple["dict[str, RatingInfo]", "tuple[CaseloadInfo, ...]"]


def own_reading(
    worker: Worker,
    assessment_id: str,
    reviewer: str,
    done: Callable[[OwnReading], None],
) -> None:
    """One reviewer's own ratings and caseload reading, nothing of the others' (blind)."""

    def job(store: Store) -> OwnReading:
        with store.reading():
            ratings = store.own_ratings(assessment_id, reviewer)
            caseload = store.reviewer_caseloads(assessment_id).get(reviewer, ())
        return ratings, caseload

    worker.read(job, done)


def load_agreement(worker: Worker, assessment_id: str, done: Callable[[Agreement], None]) -> None:
    """Agreement between the reviewers' own ratings (exact %, kappa or alpha)."""
    worker.read(lambda s: s.agreement(assessment_id), done)
