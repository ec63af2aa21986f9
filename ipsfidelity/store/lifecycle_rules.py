"""The review lifecycle's rules, once: kinds, states, what finishing needs, what is locked.

Pure (no SQLAlchemy): the store enforces these on every write (store/history.py), and the
screens, the CLI and the exchange import ask them the same questions.

    draft --(two or more reviewers have rated)--> consensus --(finish)--> finished
    finished --(reopen, with a reason)--> consensus or draft
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from typing import Final

from ipsfidelity.errors import UserError
from ipsfidelity.i18n import tr

INDEPENDENT: Final = "independent"
SELF: Final = "self"
KINDS: Final = (INDEPENDENT, SELF)

DRAFT: Final = "draft"
CONSENSUS: Final = "consensus"
FINISHED: Final = "finished"
STATES: Final = (DRAFT, CONSENSUS, FINISHED)

NOT_RATED: Final = "not_rated"  # as packs.NOT_RATED, without importing the pack module

# Assessment columns a finished review may still change: where the walk-through stands
# (navigation, not record) and the change stamp the follow-up writes move.
UNLOCKED_ASSESSMENT_FIELDS: Final = frozenset({"last_element", "updated_at"})
MAX_REASON = 2000


def check_kind(kind: str) -> str:
    if kind not in KINDS:
        raise UserError(tr("lifecycle.unknown_kind", kind=kind))
    return kind


def state_after_rating(state: str, reviewers_who_rated: Collection[str]) -> str:
    """A draft moves to consensus once two or more reviewers have rated."""
    if state == DRAFT and len(reviewers_who_rated) >= 2:
        return CONSENSUS
    return state


def state_after_reopening(reviewers_who_rated: Collection[str]) -> str:
    return CONSENSUS if len(reviewers_who_rated) >= 2 else DRAFT


def refuse_if_finished(state: str) -> None:
    """Every change to a finished review is refused, saying how to reopen it."""
    if state == FINISHED:
        raise UserError(tr("lifecycle.locked"))


def refuse_unless_draft_for_kind(state: str) -> None:
    if state != DRAFT:
        raise UserError(tr("lifecycle.kind_only_in_draft"))


def clean_reason(reason: str) -> str:
    reason = " ".join(reason.split())
    if not reason:
        raise UserError(tr("lifecycle.reason_needed"))
    if len(reason) > MAX_REASON:
        raise UserError(tr("lifecycle.reason_too_long", limit=MAX_REASON))
    return reason


def finish_problems(
    *,
    state: str,
    element_ids: Iterable[str],
    consensus: Mapping[str, str],
    has_caseload: bool,
    caseload_unavailable: str | None,
    reviewers: Collection[str],
    signed: Collection[str],
) -> list[str]:
    """What still stands in the way of finishing, as translated sentences (empty: may finish)."""
    if state == FINISHED:
        return [tr("lifecycle.already_finished")]
    problems = []
    missing = [e for e in element_ids if consensus.get(e, NOT_RATED) == NOT_RATED]
    if missing:
        problems.append(tr("lifecycle.needs_consensus", elements=", ".join(missing)))
    if not has_caseload and not (caseload_unavailable or "").strip():
        problems.append(tr("lifecycle.needs_caseload"))
    if not reviewers:
        problems.append(tr("lifecycle.needs_reviewers"))
    unsigned = [r for r in reviewers if r not in signed]
    if unsigned:
        problems.append(tr("lifecycle.needs_signoff", names=", ".join(unsigned)))
    return problems


def refuse_unless_finishable(**facts: object) -> None:
    problems = finish_problems(**facts)  # type: ignore[arg-type]
    if problems:
        raise UserError(tr("lifecycle.cannot_finish", problems="; ".join(problems)))


def check_reviewer(reviewer: str, reviewers: Collection[str]) -> str:
    name = " ".join(reviewer.split())
    if not name:
        raise UserError(tr("lifecycle.reviewer_needed"))
    if name not in reviewers:
        raise UserError(
            tr("lifecycle.not_a_reviewer", name=name, reviewers=", ".join(reviewers) or "-")
        )
    return name


def agreed_elements(
    element_ids: Iterable[str], own: Mapping[str, Mapping[str, str]]
) -> dict[str, str]:
    """Elements every reviewer rated alike (on the scale): element -> the shared rating."""
    if not own:
        return {}
    out = {}
    for element_id in element_ids:
        values = {ratings.get(element_id, NOT_RATED) for ratings in own.values()}
        if len(values) == 1:
            (value,) = values
            if value != NOT_RATED:
                out[element_id] = value
    return out
