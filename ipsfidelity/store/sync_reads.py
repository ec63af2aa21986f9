"""Reads the exchange needs beyond one review: a team's own history (its agreements'
changes) and the tombstones of deleted reviews (docs/exchange-bundle.md)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, select

from ipsfidelity.store import models as m
from ipsfidelity.store.bulk_tables import chunks
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


# -- what the import preview reads (exchange/merge.py), on the preview's connection --------


@dataclass(frozen=True)
class StoredReview:
    team_id: str
    team_name: str
    updated_at: dt.datetime
    state: str
    date: dt.date
    period: str


def stored_reviews(conn: Connection, ids: Sequence[str]) -> dict[str, StoredReview]:
    a = m.Assessment
    found: dict[str, StoredReview] = {}
    for chunk in chunks(ids):
        rows = conn.execute(
            select(a.id, a.team_id, m.Team.name, a.updated_at, a.state, a.date, a.period)
            .join(m.Team, m.Team.id == a.team_id)
            .where(a.id.in_(chunk))
        )
        for r in rows:
            found[r[0]] = StoredReview(r[1], r[2], r[3], r[4], r[5], r[6])
    return found


def history_ids(conn: Connection, ids: Sequence[str]) -> dict[str, set[str]]:
    """Per assessment id: the ids of its history entries (deleted reviews included)."""
    out: dict[str, set[str]] = {}
    h = m.HistoryEntry
    for chunk in chunks(ids):
        query = select(h.assessment_id, h.id).where(h.assessment_id.in_(chunk))
        for aid, hid in conn.execute(query):
            if aid is not None:
                out.setdefault(aid, set()).add(hid.lower())
    return out


def deleted_ids(conn: Connection, ids: Sequence[str]) -> set[str]:
    """Those of `ids` with a `deleted` entry in the history (stored again or not)."""
    h = m.HistoryEntry
    found: set[str] = set()
    for chunk in chunks(ids):
        found.update(
            aid
            for aid in conn.scalars(
                select(h.assessment_id).where(
                    h.assessment_id.in_(chunk), h.entity == "assessment", h.field == "deleted"
                )
            )
            if aid is not None
        )
    return found


def team_names(conn: Connection, ids: Sequence[str] | None = None) -> dict[str, str]:
    """Team id -> name, of the given teams (None: all)."""
    query = select(m.Team.id, m.Team.name)
    if ids is None:
        return {r[0]: r[1] for r in conn.execute(query)}
    out: dict[str, str] = {}
    for chunk in chunks(ids):
        out.update({r[0]: r[1] for r in conn.execute(query.where(m.Team.id.in_(chunk)))})
    return out


def history_entries(conn: Connection, ids: Sequence[str]) -> list[dict[str, Any]]:
    """What the merge needs of some history entries: what they changed."""
    h = m.HistoryEntry
    out: list[dict[str, Any]] = []
    for chunk in chunks(ids):
        rows = conn.execute(
            select(h.entity, h.field, h.entity_id, h.element_id, h.subject).where(h.id.in_(chunk))
        )
        out.extend(dict(r) for r in rows.mappings())
    return out


def review_rows(conn: Connection, ids: Sequence[str]) -> dict[str, dict[str, list[dict[str, Any]]]]:
    """Everything stored about some reviews, in a few queries: per assessment id, per table
    name, its rows (typed: dates, aware times, JSON lists). For the preview of many reviews,
    where one read per review would take seconds."""
    out: dict[str, dict[str, list[dict[str, Any]]]] = {aid: {} for aid in ids}
    a, t = m.Assessment.__table__, m.Team.__table__
    team_columns = [t.c.name.label("team_name")] + [
        t.c[c].label(f"team_{c}") for c in ("municipality", "psychiatry", "clinics")
    ]
    children: list[tuple[str, Any]] = [
        (model.__tablename__, model.__table__)
        for model in (
            m.Rating,
            m.ActionItem,
            m.Outcome,
            m.ReviewerRating,
            m.ReviewerCaseload,
            m.SignOff,
            m.Reopening,
            m.HistoryEntry,
        )
    ]
    cl, co = m.CaseloadEntry.__table__, m.Consultant.__table__
    for chunk in chunks(ids):
        for row in conn.execute(
            select(a, *team_columns).join(t, t.c.id == a.c.team_id).where(a.c.id.in_(chunk))
        ).mappings():
            out[row["id"]]["assessment"] = [dict(row)]
        for name, table in children:
            for row in conn.execute(
                select(table).where(table.c.assessment_id.in_(chunk))
            ).mappings():
                out[row["assessment_id"]].setdefault(name, []).append(dict(row))
        query = (
            select(cl, co.c.name.label("consultant"))
            .join(co, co.c.id == cl.c.consultant_id)
            .where(cl.c.assessment_id.in_(chunk))
        )
        for row in conn.execute(query).mappings():
            out[row["assessment_id"]].setdefault("caseload_entry", []).append(dict(row))
    return out


def deleted_agreements(conn: Connection, ids: Sequence[str]) -> dict[str, set[str]]:
    """Those of the agreement `ids` deleted here (a `deleted` entry and no row), each with
    the ids of every history entry about it here."""
    h = m.HistoryEntry
    about: dict[str, set[str]] = {}
    gone: set[str] = set()
    for chunk in chunks(ids):
        query = select(h.entity_id, h.id, h.field).where(
            h.entity == "agreement", h.entity_id.in_(chunk)
        )
        for aid, hid, field in conn.execute(query):
            about.setdefault(aid.lower(), set()).add(hid.lower())
            if field == "deleted":
                gone.add(aid.lower())
        gone -= set(conn.scalars(select(m.Agreement.id).where(m.Agreement.id.in_(chunk))))
    return {aid: about[aid] for aid in gone}
