"""Reads the exchange needs beyond one review: a team's own history (its agreements'
changes) and the tombstones of deleted reviews (docs/exchange-bundle.md)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from ipsfidelity.store import models as m
from ipsfidelity.store.lifecycle import history_info
from ipsfidelity.store.lifecycle_views import HistoryInfo

if TYPE_CHECKING:
    from ipsfidelity.store.repository import Store


@dataclass(frozen=True)
class DeletedReview:
    id: str
    team_id: str
    at: dt.datetime
    known: tuple[str, ...]  # every history entry id the review had


def team_history(store: Store, team_id: str) -> list[HistoryInfo]:
    """The team's entries that belong to no review (the team, its agreements), oldest first."""
    h = m.HistoryEntry
    with store.reading() as s:
        rows = s.scalars(
            select(h).where(h.team_id == team_id, h.assessment_id.is_(None)).order_by(h.at, h.id)
        )
        return [history_info(r) for r in rows]


def deleted_reviews(store: Store, team_ids: Sequence[str] | None) -> list[DeletedReview]:
    """Reviews deleted here (a `deleted` entry and no row), of the given teams (None: all)."""
    h = m.HistoryEntry
    with store.reading() as s:
        query = select(h.assessment_id, h.team_id, h.at).where(
            h.entity == "assessment",
            h.field == "deleted",
            h.assessment_id.is_not(None),
            h.assessment_id.not_in(select(m.Assessment.id)),
        )
        if team_ids is not None:
            query = query.where(h.team_id.in_(list(team_ids)))
        found: dict[str, tuple[str, dt.datetime]] = {
            aid: (team, at)
            for aid, team, at in s.execute(query)
            if aid is not None and team is not None
        }
        known: dict[str, list[str]] = {aid: [] for aid in found}
        ids = sorted(found)
        for i in range(0, len(ids), 500):
            for owner, hid in s.execute(
                select(h.assessment_id, h.id).where(h.assessment_id.in_(ids[i : i + 500]))
            ):
                if owner is not None:
                    known[owner].append(hid)
    return [
        DeletedReview(aid, team, at, tuple(sorted(known[aid])))
        for aid, (team, at) in sorted(found.items())
    ]
