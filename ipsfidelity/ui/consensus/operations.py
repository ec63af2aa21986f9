"""Named operations of the lifecycle family: each runs on the one serial worker and hands its
result to `done` (or the store's refusal, a Danish message, to `failed`) on the UI thread."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ipsfidelity.history_words import PackWords
    from ipsfidelity.scoring.agreement import Agreement
    from ipsfidelity.store import Store
    from ipsfidelity.store.lifecycle_views import HistoryInfo, LifecycleInfo
    from ipsfidelity.store.views import AssessmentData, CaseloadInfo, RatingInfo
    from ipsfidelity.ui.common.worker import Worker

Failed = Callable[[str], None]


def finish(
    worker: Worker,
    assessment_id: str,
    signoffs: tuple[tuple[str, dt.date], ...],
    caseload_reason: str | None,
    acting: str,
    done: Callable[[LifecycleInfo], None],
    failed: Failed,
) -> None:
    """Sign off and finish; `caseload_reason` first marks a missing caseload (with why).

    Each sign-off is committed as given, so one reviewer may sign now and the other later:
    when finishing is refused (a sign-off or a rating still missing), those given stay."""

    def job(store: Store) -> LifecycleInfo:
        with store.acting_as(acting):
            if caseload_reason is not None:
                store.mark_caseload_unavailable(assessment_id, caseload_reason)
            for reviewer, day in signoffs:
                store.sign_off(assessment_id, reviewer, day)
            store.take_voided_signoffs(assessment_id)  # the reason voided older ones: signed now
            return store.finish(assessment_id)

    worker.write(job, done, failed)


def load_lifecycle(
    worker: Worker, assessment_id: str, done: Callable[[LifecycleInfo], None]
) -> None:
    """The review's state and who has signed it off so far."""
    worker.read(lambda s: s.lifecycle(assessment_id), done)


def load_finish(
    worker: Worker,
    assessment_id: str,
    element_ids: Sequence[str],
    done: Callable[[tuple[LifecycleInfo, list[tuple[str, str]]]], None],
) -> None:
    """The state and sign-offs, and (element, consensus rating) wherever the consensus is
    one no reviewer gave; pass no `element_ids` to skip that (a review with one reviewer)."""

    def job(store: Store) -> tuple[LifecycleInfo, list[tuple[str, str]]]:
        from ipsfidelity.consensus_marks import consensus_no_reviewer_gave

        with store.reading():
            life = store.lifecycle(assessment_id)
            if not element_ids:
                return life, []
            consensus = store.get_assessment(assessment_id).ratings
            own = store.reviewer_ratings(assessment_id)
            return life, consensus_no_reviewer_gave(element_ids, consensus, own)

    worker.read(job, done)


def reopen(
    worker: Worker,
    assessment_id: str,
    reason: str,
    acting: str,
    done: Callable[[LifecycleInfo], None],
    failed: Failed,
) -> None:
    def job(store: Store) -> LifecycleInfo:
        with store.acting_as(acting):
            return store.reopen(assessment_id, reason)

    worker.write(job, done, failed)


ConsensusData = tuple[
    "AssessmentData",
    "dict[str, dict[str, RatingInfo]]",
    "Agreement",
    "LifecycleInfo",
    "dict[str, tuple[CaseloadInfo, ...]]",
]


def load_consensus(
    worker: Worker, assessment_id: str, done: Callable[[ConsensusData], None]
) -> None:
    """The consensus ratings, every reviewer's own, the agreement between them, the state,
    and each reviewer's own caseload reading (the review's own is in the assessment)."""

    def job(store: Store) -> ConsensusData:
        with store.reading():
            return (
                store.get_assessment(assessment_id),
                store.reviewer_ratings(assessment_id),
                store.agreement(assessment_id),
                store.lifecycle(assessment_id),
                store.reviewer_caseloads(assessment_id),
            )

    worker.read(job, done)


def set_consensus(
    worker: Worker,
    assessment_id: str,
    element_id: str,
    rating: str | None,
    note: str | None,
    acting: str,
    failed: Failed,
    voided: Callable[[list[str]], None] | None = None,
) -> None:
    def job(store: Store) -> list[str]:
        with store.acting_as(acting):
            store.set_consensus(assessment_id, element_id, rating, note=note)
        return store.take_voided_signoffs(assessment_id)

    worker.write(job, voided, failed)


def adopt_caseload(
    worker: Worker,
    assessment_id: str,
    reviewer: str,
    acting: str,
    done: Callable[[tuple[tuple[CaseloadInfo, ...], list[str]]], None],
    failed: Failed,
) -> None:
    """Take one reviewer's own caseload reading as the review's; (it, sign-offs voided)."""

    def job(store: Store) -> tuple[tuple[CaseloadInfo, ...], list[str]]:
        with store.acting_as(acting):
            taken = store.adopt_caseload(assessment_id, reviewer)
        return taken, store.take_voided_signoffs(assessment_id)

    worker.write(job, done, failed)


def accept_agreed(
    worker: Worker,
    assessment_id: str,
    acting: str,
    done: Callable[[tuple[list[str], list[str]]], None],
    failed: Failed,
) -> None:
    """Accept every agreed element; (the elements set, sign-offs voided)."""

    def job(store: Store) -> tuple[list[str], list[str]]:
        with store.acting_as(acting):
            done = store.accept_agreed(assessment_id)
        return done, store.take_voided_signoffs(assessment_id)

    worker.write(job, done, failed)


def load_history(
    worker: Worker,
    assessment_id: str,
    done: Callable[[tuple[list[HistoryInfo], PackWords]], None],
) -> None:
    """The review's recorded changes, and its pack's words for their values."""

    def job(store: Store) -> tuple[list[HistoryInfo], PackWords]:
        from ipsfidelity.history_words import pack_words

        with store.reading():
            info = store.get_assessment(assessment_id).info
            pack = store.pack_for(info)
            return store.history(assessment_id), pack_words(pack, reviewers=info.reviewers)

    worker.read(job, done)
