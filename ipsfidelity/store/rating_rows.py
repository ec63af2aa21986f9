"""A rating row, written the same way for the consensus (`Store.set_rating`) and for each
reviewer's own rating (the lifecycle): what is checked against the pack, what is set."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ipsfidelity.errors import UserError
from ipsfidelity.i18n import tr
from ipsfidelity.packs import NOT_RATED
from ipsfidelity.store import models as m

if TYPE_CHECKING:
    from ipsfidelity.instrument import Instrument


def check_rating(
    pack: Instrument, element_id: str, rating: str | None, evidence: Iterable[str] | None
) -> list[str] | None:
    """Refuse an element, rating or evidence source the pack does not know; the evidence
    ids once each, in their order (None: leave the stored evidence as it is)."""
    if element_id not in pack.element_ids:
        raise UserError(tr("rating.unknown_element", element=element_id))
    if rating is not None and rating != NOT_RATED and rating not in pack.scale_values:
        raise UserError(tr("rating.unknown_value", rating=rating))
    evidence_ids = None if evidence is None else list(dict.fromkeys(evidence))
    allowed = {e.id for e in pack.evidence_sources}
    if evidence_ids and not set(evidence_ids) <= allowed:
        unknown = ", ".join(sorted(set(evidence_ids) - allowed))
        raise UserError(tr("rating.unknown_evidence", evidence=unknown))
    return evidence_ids


def apply_rating(
    row: Any, rating: str | None, note: str | None, evidence: list[str] | None
) -> None:
    """Set what is given on a consensus or reviewer's rating row; None leaves it as it was."""
    if rating is not None:
        row.rating = rating
    if note is not None:
        row.note = note
    if evidence is not None:
        row.evidence = evidence


def consensus_row(s: Session, a: m.Assessment, pack: Instrument, element_id: str) -> m.Rating:
    """The element's consensus rating row, added (not rated) when there is none yet."""
    row = s.scalar(
        select(m.Rating).where(m.Rating.assessment_id == a.id, m.Rating.element_id == element_id)
    )
    if row is None:
        row = m.Rating(
            assessment_id=a.id,
            element_id=element_id,
            principle_id=pack.principle_of(element_id).id,
            rating=NOT_RATED,
            note="",
            evidence=[],
        )
        s.add(row)
    return row
