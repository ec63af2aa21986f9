"""Writing validated exchange documents: planned against the database, then bulk-inserted.

The plan reads only. Any refusal (an older copy, a team name taken by another
team) is raised before the single write transaction starts, so a refused import
leaves the database exactly as it was.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, select

from ipsfidelity.errors import UserError
from ipsfidelity.exchange import lifecycle_import as lifecycle
from ipsfidelity.exchange.import_plan import AgreementWrite, ImportPlan
from ipsfidelity.exchange.schema import AssessmentDoc
from ipsfidelity.i18n import tr
from ipsfidelity.instrument import get_pack
from ipsfidelity.store import models as m
from ipsfidelity.store.bulk import BulkWriter, fresh_ids
from ipsfidelity.store.bulk_tables import chunks
from ipsfidelity.store.followup import (
    AGREEMENT_COUNT_FIELDS,
    AGREEMENT_TEXT_FIELDS,
    default_deadline,
)
from ipsfidelity.store.repository import Store
from ipsfidelity.textcheck import name_key

ANALYZE_AFTER = 500  # assessments in one import


_chunks = chunks


def _existing_stamps(
    conn: Connection, ids: Sequence[str]
) -> dict[str, tuple[dt.datetime, str, str]]:
    """Stored assessments by id: their stamp, team id and team name."""
    found: dict[str, tuple[dt.datetime, str, str]] = {}
    for chunk in _chunks(ids):
        rows = conn.execute(
            select(m.Assessment.id, m.Assessment.updated_at, m.Team.id, m.Team.name)
            .join(m.Team, m.Team.id == m.Assessment.team_id)
            .where(m.Assessment.id.in_(chunk))
        )
        found.update({row[0]: (row[1], row[2], row[3]) for row in rows})
    return found


def _existing_teams(conn: Connection, ids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for chunk in _chunks(ids):
        found.update(conn.scalars(select(m.Team.id).where(m.Team.id.in_(chunk))))
    return found


def plan_import(conn: Connection, docs: Sequence[tuple[str, AssessmentDoc]]) -> ImportPlan:
    """Decide, per document, create / update / leave alone; raise UserError on any refusal."""
    ids = [d.id.lower() for _, d in docs]
    if len(set(ids)) != len(ids):
        raise UserError(tr("import.same_assessment_twice"))
    stamps = _existing_stamps(conn, ids)
    team_ids = sorted({d.team.id.lower() for _, d in docs})
    known_teams = _existing_teams(conn, team_ids)
    plan = ImportPlan()
    for origin, doc in docs:
        here = stamps.get(doc.id.lower())
        stored = None if here is None else here[0]
        if here is not None and here[1] != doc.team.id.lower():
            # Newer or not, a file never moves an assessment to another team.
            why = tr("import.team_moved", stored=here[2], name=doc.team.name)
            raise UserError(tr("import.refused", origin=origin, why=why))
        if stored is None:
            plan.create.append(doc)
        elif doc.updated_at == stored:
            plan.unchanged.append(doc)
        elif doc.updated_at > stored:
            plan.update.append(doc)
        else:
            raise UserError(
                tr(
                    "import.refused",
                    origin=origin,
                    why=tr(
                        "import.older", file=doc.updated_at.isoformat(), stored=stored.isoformat()
                    ),
                )
            )
        team_id = doc.team.id.lower()
        if team_id not in known_teams:
            other = plan.new_teams.get(team_id)
            if other is not None and other.name != doc.team.name:
                raise UserError(
                    tr(
                        "import.refused",
                        origin=origin,
                        why=tr("import.team_renamed", name=doc.team.name),
                    )
                )
            plan.new_teams[team_id] = doc.team
    _refuse_name_clashes(conn, plan)
    origins = {d.id.lower(): origin for origin, d in docs}
    lifecycle.refuse_changes_to_finished(conn, plan.update, origins)
    _refuse_action_id_clashes(conn, plan, origins)
    plan_agreements(conn, agreement_candidates(docs), plan)
    return plan


def _refuse_action_id_clashes(conn: Connection, plan: ImportPlan, origins: dict[str, str]) -> None:
    """An action item id may belong to one assessment only, here and across the files."""
    owner: dict[str, str] = {}
    for d in plan.writes:
        for item in d.action_plan:
            if item.id is None:
                continue
            key, aid = item.id.lower(), d.id.lower()
            if owner.setdefault(key, aid) != aid:
                raise _refused(origins[aid], tr("import.duplicate_action_id", id=item.id))
    ids = sorted(owner)
    for chunk in _chunks(ids):
        rows = conn.execute(
            select(m.ActionItem.id, m.ActionItem.assessment_id).where(m.ActionItem.id.in_(chunk))
        )
        for item_id, aid in rows:
            mine = owner[item_id.lower()]
            if mine != aid.lower():
                raise _refused(origins[mine], tr("import.action_id_taken", id=item_id))


def _refused(origin: str, why: str) -> UserError:
    return UserError(tr("import.refused", origin=origin, why=why))


def agreement_candidates(
    docs: Sequence[tuple[str, AssessmentDoc]],
) -> list[tuple[str, AgreementWrite]]:
    """The agreements the documents carry, each with its origin and stamp."""
    return [
        (origin, AgreementWrite(d.team.id.lower(), ag, ag.updated_at or d.updated_at))
        for origin, d in docs
        if (ag := d.team.agreement) is not None
    ]


def plan_agreements(
    conn: Connection, candidates: Sequence[tuple[str, AgreementWrite]], plan: ImportPlan
) -> None:
    """Newest copy of each agreement wins; an older copy than ours is left alone (not refused:
    an older assessment file rightly carries the agreement as it was then)."""
    chosen: dict[str, tuple[str, AgreementWrite]] = {}
    for origin, write in candidates:
        ag = write.doc
        earlier = chosen.get(ag.id.lower())
        if earlier is not None and earlier[1].team_id != write.team_id:
            raise _refused(origin, tr("import.agreement_other_team", id=ag.id))
        if earlier is None or write.updated_at > earlier[1].updated_at:
            chosen[ag.id.lower()] = (origin, write)
    if not chosen:
        return
    stored: dict[str, tuple[str, dt.date, dt.datetime]] = {}
    teams = sorted({w.team_id for _, w in chosen.values()})
    for chunk in _chunks(teams):
        query = select(
            m.Agreement.id, m.Agreement.team_id, m.Agreement.start_date, m.Agreement.updated_at
        ).where(m.Agreement.team_id.in_(chunk))
        stored.update({r.id: (r.team_id, r.start_date, r.updated_at) for r in conn.execute(query)})
    for chunk in _chunks(sorted(chosen)):
        query = select(m.Agreement.id, m.Agreement.team_id).where(m.Agreement.id.in_(chunk))
        for agreement_id, team_id in conn.execute(query):
            origin, write = chosen[agreement_id]
            if team_id != write.team_id:
                raise _refused(origin, tr("import.agreement_other_team", id=agreement_id))
    final = {k: (team, start) for k, (team, start, _) in stored.items()}
    for key, (_origin, write) in chosen.items():
        here = stored.get(key)
        if here is not None and write.updated_at <= here[2]:
            continue
        (plan.updated_agreements if here else plan.new_agreements).append(write)
        final[key] = (write.team_id, write.doc.start_date)
    taken: dict[tuple[str, dt.date], str] = {}
    for key, slot in final.items():
        if taken.setdefault(slot, key) != key:
            origin = chosen[key][0] if key in chosen else chosen[taken[slot]][0]
            raise _refused(origin, tr("import.agreement_same_start", date=slot[1].isoformat()))


def _refuse_name_clashes(conn: Connection, plan: ImportPlan) -> None:
    # Compared in Python: SQLite's lower() only folds ASCII, and Danish names have æ, ø, å.
    # The key ignores case, look-alike forms and invisible characters (textcheck.name_key).
    names: dict[str, str] = {}
    for team_id, team in plan.new_teams.items():
        key = name_key(team.name)
        if key in names and names[key] != team_id:
            raise UserError(tr("import.team_name_taken", name=team.name))
        names[key] = team_id
    if not names:
        return
    for existing in conn.scalars(select(m.Team.name)):
        if name_key(existing) in names:
            raise UserError(tr("import.team_name_taken", name=existing))


def import_documents(store: Store, docs: Sequence[tuple[str, AssessmentDoc]]) -> ImportPlan:
    """Import already-validated documents in one transaction, with bulk inserts."""
    with store.bulk_writing() as writer:
        plan = plan_import(writer.conn, docs)
        if plan.writes or plan.new_teams or plan.new_agreements or plan.updated_agreements:
            write_plan(writer, plan)
    if len(plan.writes) >= ANALYZE_AFTER:
        store.analyze_after_import()
    return plan


def import_all(store: Store, docs: Sequence[tuple[str, AssessmentDoc]]) -> tuple[ImportPlan, int]:
    """Whole reviews through the bulk import, then single reviewers merged; (plan, merged)."""
    reviews = [(o, d) for o, d in docs if d.contents == "review"]
    reviewers = [(o, d) for o, d in docs if d.contents == "reviewer"]
    plan = import_documents(store, reviews)
    return plan, lifecycle.merge_reviewer_documents(store, reviewers)


def _agreement_values(write: AgreementWrite) -> dict[str, Any]:
    ag = write.doc
    values: dict[str, Any] = {f: getattr(ag, f) for f in AGREEMENT_TEXT_FIELDS}
    values.update({f: getattr(ag, f) for f in AGREEMENT_COUNT_FIELDS})
    values["signatories"] = [
        {
            "name": s.name,
            "role": s.role,
            "party": s.party,
            "signed_on": s.signed_on.isoformat() if s.signed_on else None,
        }
        for s in ag.signatories
    ]
    values.update(team_id=write.team_id, start_date=ag.start_date, updated_at=write.updated_at)
    return values


def _write_agreements(writer: BulkWriter, plan: ImportPlan, now: dt.datetime) -> None:
    # Few rows: typed statements, no need for the driver fast path.
    writer.insert(
        m.Agreement,
        [
            {"id": w.doc.id.lower(), "created_at": now, **_agreement_values(w)}
            for w in plan.new_agreements
        ],
    )
    for w in plan.updated_agreements:
        writer.update_agreement(w.doc.id.lower(), _agreement_values(w))


def write_plan(writer: BulkWriter, plan: ImportPlan) -> None:
    """Write a plan through the store's bulk writer, inside its transaction."""
    now = m.utcnow()
    teams = [
        {
            "id": tid,
            "name": t.name,
            "municipality": t.municipality,
            "psychiatry": t.psychiatry,
            "clinics": t.clinics,
            "created_at": now,
            "updated_at": now,
        }
        for tid, t in plan.new_teams.items()
    ]
    writer.insert(m.Team, teams)
    _write_agreements(writer, plan, now)

    updated_ids = [d.id.lower() for d in plan.update]
    kept = _kept_follow_up(writer, plan.update)
    kept_lifecycle = lifecycle.before_update(writer, plan.update)
    with writer.replacing(updated_ids):  # only what changed: each role writes its own part
        _write_reviews(writer, plan, now, kept, kept_lifecycle)


def _write_reviews(
    writer: BulkWriter,
    plan: ImportPlan,
    now: dt.datetime,
    kept: list[tuple[type[m.Base], list[dict[str, Any]]]],
    kept_lifecycle: lifecycle.Stored,
) -> None:
    raw = writer
    wanted = {(d.team.id.lower(), c.consultant) for d in plan.writes for c in d.caseload}
    consultants = writer.consultant_ids(wanted, now)
    ids = iter(
        fresh_ids(
            sum(len(d.ratings) + len(d.caseload) + len(d.action_plan) + 1 for d in plan.writes)
        )
    )
    created = raw.stamp(now)
    assessments, ratings, caseload = [], [], []
    items: list[dict[str, Any]] = []
    outcomes: list[dict[str, Any]] = []
    for d in plan.writes:
        aid = d.id.lower()
        team_id = d.team.id.lower()
        principle_of = {
            e.id: p.id
            for p in get_pack(d.instrument.id, d.instrument.version).principles
            for e in p.elements
        }
        stamp = raw.stamp(d.updated_at)
        assessments.append(
            {
                "id": aid,
                "team_id": team_id,
                "date": raw.date(d.date),
                "period": d.period,
                "instrument_id": d.instrument.id,
                "instrument_version": d.instrument.version,
                "reviewers": raw.json_list(d.reviewers),
                "last_element": None,
                "created_at": created,
                "updated_at": stamp,
                **lifecycle.assessment_columns(d, raw, kept_lifecycle),
            }
        )
        for r in d.ratings:
            ratings.append(
                {
                    "id": next(ids),
                    "assessment_id": aid,
                    "element_id": r.element,
                    "principle_id": principle_of[r.element],
                    "rating": r.rating,
                    "note": r.note,
                    "evidence": raw.json_list(r.evidence),
                    "updated_at": stamp,
                }
            )
        for position, c in enumerate(d.caseload):
            caseload.append(
                {
                    "id": next(ids),
                    "assessment_id": aid,
                    "consultant_id": consultants[(team_id, c.consultant)],
                    "position": position,
                    "fte": c.fte,
                    "ips_cases": c.ips_cases,
                    "other_cases": c.other_cases,
                    "carried": 0,  # a file carries confirmed counts only (exporter.py)
                    "updated_at": stamp,
                }
            )
        items.extend(_item_rows(d, raw, ids, created))
        if d.outcomes is not None:
            outcomes.append(
                {
                    "id": next(ids),
                    "assessment_id": aid,
                    "participants": d.outcomes.participants,
                    "in_job_or_education": d.outcomes.in_job_or_education,
                    "created_at": created,
                    "updated_at": stamp,
                }
            )
    writer.insert_raw(m.Assessment.__tablename__, assessments)
    writer.insert_raw(m.Rating.__tablename__, ratings)
    writer.insert_raw(m.CaseloadEntry.__tablename__, caseload)
    writer.insert_raw(m.ActionItem.__tablename__, items)
    writer.insert_raw(m.Outcome.__tablename__, outcomes)
    for model, rows in kept:
        writer.insert(model, rows)
    lifecycle.write_lifecycle(writer, plan, kept_lifecycle, now)


def _kept_follow_up(
    writer: BulkWriter, docs: Sequence[AssessmentDoc]
) -> list[tuple[type[m.Base], list[dict[str, Any]]]]:
    """Stored plans and figures of updated assessments whose file has no such key at all
    (written by a version without follow-up): kept, not wiped. An empty list or `null`
    in the file does replace them."""
    kept: list[tuple[type[m.Base], list[dict[str, Any]]]] = []
    for model, key in ((m.ActionItem, "action_plan"), (m.Outcome, "outcomes")):
        ids = [d.id.lower() for d in docs if key not in d.model_fields_set]
        rows = writer.rows_of(model, ids)
        if rows:
            kept.append((model, rows))
    return kept


def _item_rows(
    d: AssessmentDoc, raw: BulkWriter, ids: Iterator[str], created: Any
) -> list[dict[str, Any]]:
    deadline = default_deadline(d.date)
    return [
        {
            "id": item.id.lower() if item.id else next(ids),
            "assessment_id": d.id.lower(),
            "position": position,
            "text": item.text,
            "elements": raw.json_list(item.elements),
            "party": item.party,
            "owner": item.owner,
            "deadline": raw.date(item.deadline or deadline),
            "status": item.status,
            "follow_up": item.follow_up,
            "origin_item_id": item.origin.lower() if item.origin else None,
            "created_at": created,
            "updated_at": raw.stamp(item.updated_at or d.updated_at),
        }
        for position, item in enumerate(d.action_plan)
    ]
