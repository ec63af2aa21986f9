"""Writing validated exchange documents: planned against the database, then bulk-inserted.

The plan reads only. Any refusal (an older copy, a team name taken by another
team) is raised before the single write transaction starts, so a refused import
leaves the database exactly as it was.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import Connection, delete, insert, select

from ipsfidelity.errors import UserError
from ipsfidelity.exchange.schema import AssessmentDoc
from ipsfidelity.i18n import tr
from ipsfidelity.instrument import get_pack
from ipsfidelity.store import models as m
from ipsfidelity.store.repository import Store

CHUNK = 500  # stays under every backend's bound-parameter limit


@dataclass
class ImportPlan:
    create: list[AssessmentDoc] = field(default_factory=list)
    update: list[AssessmentDoc] = field(default_factory=list)
    unchanged: list[AssessmentDoc] = field(default_factory=list)
    new_teams: dict[str, AssessmentDoc] = field(default_factory=dict)

    @property
    def writes(self) -> list[AssessmentDoc]:
        return self.create + self.update


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for i in range(0, len(items), CHUNK):
        yield items[i : i + CHUNK]


def _existing_stamps(conn: Connection, ids: Sequence[str]) -> dict[str, dt.datetime]:
    found: dict[str, dt.datetime] = {}
    for chunk in _chunks(ids):
        rows = conn.execute(
            select(m.Assessment.id, m.Assessment.updated_at).where(m.Assessment.id.in_(chunk))
        )
        found.update({row.id: row.updated_at for row in rows})
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
        stored = stamps.get(doc.id.lower())
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
            if other is not None and other.team.name != doc.team.name:
                raise UserError(
                    tr(
                        "import.refused",
                        origin=origin,
                        why=tr("import.team_renamed", name=doc.team.name),
                    )
                )
            plan.new_teams[team_id] = doc
    _refuse_name_clashes(conn, plan)
    return plan


def _refuse_name_clashes(conn: Connection, plan: ImportPlan) -> None:
    # Compared in Python: SQLite's lower() only folds ASCII, and Danish names have æ, ø, å.
    names: dict[str, str] = {}
    for team_id, doc in plan.new_teams.items():
        key = doc.team.name.casefold()
        if key in names and names[key] != team_id:
            raise UserError(tr("import.team_name_taken", name=doc.team.name))
        names[key] = team_id
    if not names:
        return
    for existing in conn.scalars(select(m.Team.name)):
        if existing.casefold() in names:
            raise UserError(tr("import.team_name_taken", name=existing))


def import_documents(store: Store, docs: Sequence[tuple[str, AssessmentDoc]]) -> ImportPlan:
    """Import already-validated documents in one transaction, with bulk inserts."""
    with store.engine.begin() as conn:
        plan = plan_import(conn, docs)
        if plan.writes:
            _write(conn, plan)
    return plan


def _write(conn: Connection, plan: ImportPlan) -> None:
    now = m.utcnow()
    teams = [
        {
            "id": tid,
            "name": d.team.name,
            "municipality": d.team.municipality,
            "psychiatry": d.team.psychiatry,
            "clinics": d.team.clinics,
            "created_at": now,
            "updated_at": now,
        }
        for tid, d in plan.new_teams.items()
    ]
    if teams:
        conn.execute(insert(m.Team), teams)

    updated_ids = [d.id.lower() for d in plan.update]
    for chunk in _chunks(updated_ids):
        conn.execute(delete(m.Rating).where(m.Rating.assessment_id.in_(chunk)))
        conn.execute(delete(m.CaseloadEntry).where(m.CaseloadEntry.assessment_id.in_(chunk)))
        conn.execute(delete(m.Assessment).where(m.Assessment.id.in_(chunk)))

    consultants = _consultant_ids(conn, plan.writes, now)
    assessments, ratings, caseload = [], [], []
    for d in plan.writes:
        aid = d.id.lower()
        pack = get_pack(d.instrument.id, d.instrument.version)
        stamp = d.updated_at.astimezone(dt.UTC)
        assessments.append(
            {
                "id": aid,
                "team_id": d.team.id.lower(),
                "date": d.date,
                "period": d.period,
                "instrument_id": d.instrument.id,
                "instrument_version": d.instrument.version,
                "reviewers": list(d.reviewers),
                "last_element": None,
                "created_at": now,
                "updated_at": stamp,
            }
        )
        for r in d.ratings:
            ratings.append(
                {
                    "id": m.new_id(),
                    "assessment_id": aid,
                    "element_id": r.element,
                    "principle_id": pack.principle_of(r.element).id,
                    "rating": r.rating,
                    "note": r.note,
                    "evidence": list(r.evidence),
                    "updated_at": stamp,
                }
            )
        for position, c in enumerate(d.caseload):
            caseload.append(
                {
                    "id": m.new_id(),
                    "assessment_id": aid,
                    "consultant_id": consultants[(d.team.id.lower(), c.consultant)],
                    "position": position,
                    "fte": c.fte,
                    "ips_cases": c.ips_cases,
                    "other_cases": c.other_cases,
                    "updated_at": stamp,
                }
            )
    conn.execute(insert(m.Assessment), assessments)
    if ratings:
        conn.execute(insert(m.Rating), ratings)
    if caseload:
        conn.execute(insert(m.CaseloadEntry), caseload)


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
