"""Importing the review's lifecycle (format version 2), beside the bulk import in importer.py.

- A change to a review finished here is refused, saying to reopen it first.
- A whole-review file brings its kind, state, reviewers' own ratings, sign-offs and
  reopenings; its history entries are added to ours (by id: the trail only grows), and the
  import itself is recorded.
- A version 1 file (no lifecycle keys) keeps what is stored here: kind, state and the
  reviewers' own ratings, sign-offs and reopenings; its ratings become the consensus.
- One reviewer's own ratings travelling alone (`contents: "reviewer"`) are merged into the
  same assessment through the Store (`merge_reviewer_ratings`), never replacing the review.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, select

from ipsfidelity.errors import UserError
from ipsfidelity.exchange.schema import AssessmentDoc
from ipsfidelity.i18n import tr
from ipsfidelity.store import models as m
from ipsfidelity.store.bulk_tables import chunks
from ipsfidelity.store.history import os_user
from ipsfidelity.store.lifecycle_rules import FINISHED
from ipsfidelity.store.lifecycle_views import history_value
from ipsfidelity.store.views import CaseloadInfo, RatingInfo

if TYPE_CHECKING:
    from ipsfidelity.exchange.import_plan import ImportPlan
    from ipsfidelity.store.bulk import BulkWriter
    from ipsfidelity.store.repository import Store

_LIFECYCLE_KEYS = ("kind", "state", "reviewer_ratings", "signoffs", "reopenings")
_CHILDREN = (m.ReviewerRating, m.ReviewerCaseload, m.SignOff, m.Reopening)


def has_lifecycle(d: AssessmentDoc) -> bool:
    return any(key in d.model_fields_set for key in _LIFECYCLE_KEYS)


def refuse_changes_to_finished(
    conn: Connection, updates: Sequence[AssessmentDoc], origins: dict[str, str]
) -> None:
    ids = [d.id.lower() for d in updates]
    for chunk in chunks(ids):
        rows = conn.execute(
            select(m.Assessment.id).where(
                m.Assessment.id.in_(chunk), m.Assessment.state == FINISHED
            )
        )
        for (aid,) in rows:
            raise UserError(
                tr("import.refused", origin=origins.get(aid, aid), why=tr("lifecycle.locked"))
            )


@dataclass
class Stored:
    """What an update keeps from the stored review when its file has no lifecycle keys."""

    columns: dict[str, dict[str, Any]] = field(default_factory=dict)
    children: list[tuple[type[m.Base], list[dict[str, Any]]]] = field(default_factory=list)


def before_update(writer: BulkWriter, updates: Sequence[AssessmentDoc]) -> Stored:
    """Read, before the bulk delete, what version 1 files leave as it is."""
    stored = Stored()
    ids = [d.id.lower() for d in updates if not has_lifecycle(d)]
    columns = ("id", "kind", "state", "caseload_unavailable", "finished_at")
    for row in writer.rows_of(m.Assessment, ids, key="id"):
        stored.columns[row["id"]] = {c: row[c] for c in columns}
    for model in _CHILDREN:
        rows_out = writer.rows_of(model, ids)
        if rows_out:
            stored.children.append((model, rows_out))
    return stored


def assessment_columns(d: AssessmentDoc, raw: BulkWriter, stored: Stored) -> dict[str, Any]:
    """The lifecycle columns of the bulk-inserted assessment row."""
    kept = stored.columns.get(d.id.lower())
    if kept is not None:
        finished = kept["finished_at"]
        return {
            "kind": kept["kind"],
            "state": kept["state"],
            "caseload_unavailable": kept["caseload_unavailable"],
            "finished_at": None if finished is None else raw.stamp(finished),
        }
    return {
        "kind": d.kind,
        "state": d.state,
        "caseload_unavailable": d.caseload_unavailable,
        "finished_at": None if d.finished_at is None else raw.stamp(d.finished_at),
    }


def write_lifecycle(writer: BulkWriter, plan: ImportPlan, stored: Stored, now: dt.datetime) -> None:
    """Children of the written assessments, their history, and a record of the import."""
    own: list[dict[str, Any]] = []
    caseloads: list[dict[str, Any]] = []
    signoffs: list[dict[str, Any]] = []
    reopenings: list[dict[str, Any]] = []
    for d in plan.writes:
        aid = d.id.lower()
        for r in d.reviewer_ratings:
            stamp = r.updated_at or d.updated_at
            for x in r.ratings:
                own.append(
                    {
                        "id": m.new_id(),
                        "assessment_id": aid,
                        "reviewer": r.reviewer,
                        "element_id": x.element,
                        "rating": x.rating,
                        "note": x.note,
                        "evidence": list(x.evidence),
                        "updated_at": stamp,
                    }
                )
            if r.caseload is not None:
                caseloads.append(
                    {
                        "id": m.new_id(),
                        "assessment_id": aid,
                        "reviewer": r.reviewer,
                        "entries": [c.model_dump() for c in r.caseload],
                        "updated_at": stamp,
                    }
                )
        for s in d.signoffs:
            signoffs.append(
                {
                    "id": m.new_id(),
                    "assessment_id": aid,
                    "reviewer": s.reviewer,
                    "signed_on": s.signed_on,
                    "created_at": now,
                }
            )
        for o in d.reopenings:
            reopenings.append(
                {
                    "id": m.new_id(),
                    "assessment_id": aid,
                    "reason": o.reason,
                    "reviewer": o.reviewer,
                    "os_user": o.os_user,
                    "at": o.at,
                }
            )
    for model, rows in (
        (m.ReviewerRating, own),
        (m.ReviewerCaseload, caseloads),
        (m.SignOff, signoffs),
        (m.Reopening, reopenings),
        *stored.children,
    ):
        writer.insert(model, rows)
    _write_history(writer, plan, now)


def _write_history(writer: BulkWriter, plan: ImportPlan, now: dt.datetime) -> None:
    known = writer.history_of([d.id.lower() for d in plan.writes])
    rows: list[dict[str, Any]] = []
    for d in plan.writes:
        aid, team_id = d.id.lower(), d.team.id.lower()
        for h in d.history:
            if h.id.lower() in known:
                continue
            known.add(h.id.lower())
            values = h.model_dump()
            # As recorded where it was made (None on SQLite): not this server's role.
            values.update(id=h.id.lower(), team_id=team_id, assessment_id=aid)
            rows.append(values)
        state = {"updated_at": d.updated_at, "state": d.state}
        rows.append(review_entry(aid, team_id, "imported", now, new=state))
    with_db_user = [r for r in rows if "db_user" in r]
    without = [r for r in rows if "db_user" not in r]
    for group in (with_db_user, without):
        writer.insert(m.HistoryEntry, group)


def review_entry(
    aid: str,
    team_id: str,
    field: str,
    now: dt.datetime,
    *,
    entity: str = "assessment",
    new: Any = None,
    reviewer: str = "",
) -> dict[str, Any]:
    """A history row about a whole review that an exchange writes (imported, deleted,
    reopened); db_user is left to the server's DEFAULT session_user."""
    return {
        "id": m.new_id(),
        "at": now,
        "team_id": team_id,
        "assessment_id": aid,
        "entity": entity,
        "entity_id": aid,
        "element_id": "",
        "subject": "",
        "field": field,
        "old_value": None,
        "new_value": history_value(new),
        "reviewer": reviewer,
        "os_user": os_user(),
    }


# -- one reviewer's own ratings, travelling alone ---------------------------------------


def merge_reviewer_documents(store: Store, docs: Sequence[tuple[str, AssessmentDoc]]) -> int:
    """Merge each file's one reviewer into its assessment (made here if it is new)."""
    for origin, d in docs:
        (own,) = d.reviewer_ratings
        aid = d.id.lower()
        try:
            _ensure_assessment(store, d)
            store.merge_reviewer_ratings(
                aid,
                own.reviewer,
                [RatingInfo(r.element, r.rating, r.note, tuple(r.evidence)) for r in own.ratings],
                None
                if own.caseload is None
                else [
                    CaseloadInfo(c.consultant, c.fte, c.ips_cases, c.other_cases)
                    for c in own.caseload
                ],
            )
        except UserError as exc:
            raise UserError(tr("import.refused", origin=origin, why=str(exc))) from None
    return len(docs)


def _ensure_assessment(store: Store, d: AssessmentDoc) -> None:
    aid = d.id.lower()
    with store.reading() as s:
        exists = s.get(m.Assessment, aid) is not None
        team_exists = s.get(m.Team, d.team.id.lower()) is not None
    if exists:
        return
    if not team_exists:
        store.create_team(
            d.team.name,
            d.team.municipality,
            d.team.psychiatry,
            d.team.clinics,
            team_id=d.team.id.lower(),
        )
    store.create_assessment(
        d.team.id.lower(),
        d.date,
        period=d.period,
        reviewers=d.reviewers,
        instrument=(d.instrument.id, d.instrument.version),
        assessment_id=aid,
        kind=d.kind,
    )
