"""Writing validated exchange documents: planned against the database, then bulk-inserted.

The plan reads only. Any refusal (an older copy, a team name taken by another
team) is raised before the single write transaction starts, so a refused import
leaves the database exactly as it was.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, delete, insert, select

from ipsfidelity.errors import UserError
from ipsfidelity.exchange.schema import AssessmentDoc
from ipsfidelity.i18n import tr
from ipsfidelity.instrument import get_pack
from ipsfidelity.store import models as m
from ipsfidelity.store.repository import Store

CHUNK = 500  # stays under every backend's bound-parameter limit
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
    raw = _Raw(conn)
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
    ids = iter(fresh_ids(sum(len(d.ratings) + len(d.caseload) for d in plan.writes)))
    created = raw.stamp(now)
    assessments, ratings, caseload = [], [], []
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
    _bulk_insert(conn, m.Assessment.__tablename__, assessments)
    _bulk_insert(conn, m.Rating.__tablename__, ratings)
    _bulk_insert(conn, m.CaseloadEntry.__tablename__, caseload)


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
