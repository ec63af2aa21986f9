"""Writing validated exchange documents: planned against the database, then bulk-inserted.

The plan reads only. Any refusal (an older copy, a team name taken by another
team) is raised before the single write transaction starts, so a refused import
leaves the database exactly as it was.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, delete, insert, select, text, update

from ipsfidelity.errors import UserError
from ipsfidelity.exchange import lifecycle_import as lifecycle
from ipsfidelity.exchange.schema import AgreementDoc, AssessmentDoc, TeamDoc
from ipsfidelity.i18n import tr
from ipsfidelity.instrument import get_pack
from ipsfidelity.store import models as m
from ipsfidelity.store.followup import (
    AGREEMENT_COUNT_FIELDS,
    AGREEMENT_TEXT_FIELDS,
    default_deadline,
)
from ipsfidelity.store.repository import Store
from ipsfidelity.textcheck import name_key

CHUNK = 500  # stays under every backend's bound-parameter limit
ANALYZE_AFTER = 500  # assessments in one import
_VARIANT = "89ab"


def fresh_ids(count: int) -> list[str]:
    """Random (version 4) UUIDs, made in bulk: uuid.uuid4() per row dominated large imports."""
    raw = os.urandom(16 * count).hex()
    ids = []
    for i in range(count):
        h = raw[32 * i : 32 * i + 32]
        ids.append(
            f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{_VARIANT[int(h[16], 16) & 3]}{h[17:20]}-{h[20:]}"
        )
    return ids


class _Raw:
    """Column values converted once per import, the way each backend stores them.

    Bulk rows go to the driver directly, so SQLAlchemy runs no type processor
    per cell; the conversions here match what the typed models write (naive UTC
    timestamps, ISO dates, JSON text), and tests read the rows back through them.
    """

    def __init__(self, conn: Connection) -> None:
        self.sqlite = conn.dialect.name == "sqlite"
        self._json: dict[tuple[str, ...], str] = {}

    def stamp(self, value: dt.datetime) -> Any:
        naive = value.astimezone(dt.UTC).replace(tzinfo=None)
        return naive.strftime("%Y-%m-%d %H:%M:%S.%f") if self.sqlite else naive

    def date(self, value: dt.date) -> Any:
        return value.isoformat() if self.sqlite else value

    def json_list(self, values: Sequence[str]) -> str:
        key = tuple(values)
        text = self._json.get(key)
        if text is None:
            text = self._json[key] = json.dumps(list(values))
        return text


def _bulk_insert(conn: Connection, table_name: str, rows: list[dict[str, Any]]) -> None:
    """executemany straight to the driver: no per-cell SQLAlchemy processing for big imports."""
    if not rows:
        return
    names = list(rows[0])
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    sql = f"INSERT INTO {table_name} ({', '.join(names)}) VALUES ({', '.join([mark] * len(names))})"
    conn.exec_driver_sql(sql, [tuple(r[n] for n in names) for r in rows])


@dataclass(frozen=True)
class AgreementWrite:
    team_id: str
    doc: AgreementDoc
    updated_at: dt.datetime


@dataclass
class ImportPlan:
    create: list[AssessmentDoc] = field(default_factory=list)
    update: list[AssessmentDoc] = field(default_factory=list)
    unchanged: list[AssessmentDoc] = field(default_factory=list)
    new_teams: dict[str, TeamDoc] = field(default_factory=dict)
    # Agreements travel with their team and carry their own stamp: a newer copy replaces
    # the stored one whether or not the assessment around it changed.
    new_agreements: list[AgreementWrite] = field(default_factory=list)
    updated_agreements: list[AgreementWrite] = field(default_factory=list)

    @property
    def writes(self) -> list[AssessmentDoc]:
        return self.create + self.update


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for i in range(0, len(items), CHUNK):
        yield items[i : i + CHUNK]


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
    with store.engine.begin() as conn:
        plan = plan_import(conn, docs)
        if plan.writes or plan.new_teams or plan.new_agreements or plan.updated_agreements:
            write_plan(conn, plan)
    if store.dialect == "postgresql" and len(plan.writes) >= ANALYZE_AFTER:
        # Fresh statistics now, not whenever autovacuum gets round to it: the overview
        # query plan on a just-imported region is several times slower without them.
        with store.engine.connect() as conn:
            conn.execute(text("ANALYZE team, assessment, rating, caseload_entry"))
            conn.commit()
    return plan


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


def _write_agreements(conn: Connection, plan: ImportPlan, now: dt.datetime) -> None:
    # Few rows: typed SQLAlchemy statements, no need for the driver fast path.
    if plan.new_agreements:
        conn.execute(
            insert(m.Agreement),
            [
                {"id": w.doc.id.lower(), "created_at": now, **_agreement_values(w)}
                for w in plan.new_agreements
            ],
        )
    for w in plan.updated_agreements:
        conn.execute(
            update(m.Agreement)
            .where(m.Agreement.id == w.doc.id.lower())
            .values(**_agreement_values(w))
        )


def write_plan(conn: Connection, plan: ImportPlan) -> None:
    now = m.utcnow()
    raw = _Raw(conn)
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
    if teams:
        conn.execute(insert(m.Team), teams)
    _write_agreements(conn, plan, now)

    updated_ids = [d.id.lower() for d in plan.update]
    kept = _kept_follow_up(conn, plan.update)
    kept_lifecycle = lifecycle.before_update(conn, plan.update)
    for chunk in _chunks(updated_ids):
        conn.execute(delete(m.ActionItem).where(m.ActionItem.assessment_id.in_(chunk)))
        conn.execute(delete(m.Outcome).where(m.Outcome.assessment_id.in_(chunk)))
        conn.execute(delete(m.Rating).where(m.Rating.assessment_id.in_(chunk)))
        conn.execute(delete(m.CaseloadEntry).where(m.CaseloadEntry.assessment_id.in_(chunk)))
        conn.execute(delete(m.Assessment).where(m.Assessment.id.in_(chunk)))

    consultants = _consultant_ids(conn, plan.writes, now)
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
    _bulk_insert(conn, m.Assessment.__tablename__, assessments)
    _bulk_insert(conn, m.Rating.__tablename__, ratings)
    _bulk_insert(conn, m.CaseloadEntry.__tablename__, caseload)
    _bulk_insert(conn, m.ActionItem.__tablename__, items)
    _bulk_insert(conn, m.Outcome.__tablename__, outcomes)
    for model, rows in kept:
        conn.execute(insert(model), rows)
    lifecycle.write_lifecycle(conn, plan, kept_lifecycle, now)


def _kept_follow_up(
    conn: Connection, docs: Sequence[AssessmentDoc]
) -> list[tuple[type[m.Base], list[dict[str, Any]]]]:
    """Stored plans and figures of updated assessments whose file has no such key at all
    (written by a version without follow-up): kept, not wiped. An empty list or `null`
    in the file does replace them."""
    kept: list[tuple[type[m.Base], list[dict[str, Any]]]] = []
    for model, key in ((m.ActionItem, "action_plan"), (m.Outcome, "outcomes")):
        ids = [d.id.lower() for d in docs if key not in d.model_fields_set]
        rows: list[dict[str, Any]] = []
        table = model.__table__
        for chunk in _chunks(ids):
            query = select(table).where(table.c.assessment_id.in_(chunk))
            rows.extend(dict(r) for r in conn.execute(query).mappings())
        if rows:
            kept.append((model, rows))
    return kept


def _item_rows(
    d: AssessmentDoc, raw: _Raw, ids: Iterator[str], created: Any
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


def _consultant_ids(
    conn: Connection, docs: Sequence[AssessmentDoc], now: dt.datetime
) -> dict[tuple[str, str], str]:
    wanted = {(d.team.id.lower(), c.consultant) for d in docs for c in d.caseload}
    if not wanted:
        return {}
    team_ids = sorted({t for t, _ in wanted})
    known: dict[tuple[str, str], str] = {}
    for chunk in _chunks(team_ids):
        rows = conn.execute(
            select(m.Consultant.team_id, m.Consultant.name, m.Consultant.id).where(
                m.Consultant.team_id.in_(chunk)
            )
        )
        known.update({(r.team_id, r.name): r.id for r in rows})
    missing = sorted(wanted - set(known))
    if missing:
        rows = [
            {"id": m.new_id(), "team_id": t, "name": n, "created_at": now, "updated_at": now}
            for t, n in missing
        ]
        conn.execute(insert(m.Consultant), rows)
        known.update({(r["team_id"], r["name"]): r["id"] for r in rows})
    return known
