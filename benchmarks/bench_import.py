"""import_bulk: 200 teams x 20 assessments x 14 ratings through the exchange import path,
against a floor of raw sqlite3 executemany of the same rows into the same schema."""

from __future__ import annotations

import datetime as dt
import json
import random
import sqlite3
import time
import uuid
from pathlib import Path

from ipsfidelity.exchange import import_documents, parse_exchange_bytes
from ipsfidelity.instrument import default_pack
from ipsfidelity.store import open_store

TEAMS, PERIODS = 200, 20
SCALE = ["met", "met", "partial", "not_met"]


def make_files(teams: int = TEAMS, periods: int = PERIODS, seed: int = 1) -> list[bytes]:
    """Exchange files as they would arrive from laptops (not timed)."""
    rng = random.Random(seed)
    pack = default_pack()
    files = []
    for t in range(teams):
        team = {
            "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "name": f"IPS team {t:03d}",
            "municipality": f"Kommune {t % 29}",
            "psychiatry": f"Psykiatrisk Center {t % 7}",
        }
        for p in range(periods):
            year, quarter = 2022 + p // 4, p % 4 + 1
            date = dt.date(year, 3 * quarter - 1, 15)
            doc = {
                "format": "ipsfidelity-assessment",
                "format_version": 1,
                "assessment": {
                    "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                    "instrument": {"id": pack.id, "version": pack.version},
                    "team": team,
                    "date": date.isoformat(),
                    "period": f"{year}-Q{quarter}",
                    "reviewers": ["Reviewer A", "Reviewer B"],
                    "ratings": [
                        {
                            "element": e,
                            "rating": rng.choice(SCALE),
                            "note": "",
                            "evidence": ["interview"],
                        }
                        for e in pack.element_ids
                    ],
                    "caseload": [
                        {
                            "consultant": "K1",
                            "fte": 1.0,
                            "ips_cases": rng.randint(5, 25),
                            "other_cases": rng.randint(0, 10),
                        }
                    ],
                    "updated_at": f"{date.isoformat()}T12:00:00+00:00",
                },
            }
            files.append(json.dumps(doc).encode())
    return files


def import_path(db: Path, files: list[bytes]) -> float:
    store = open_store(str(db))
    start = time.perf_counter()
    docs = [(f"file{i}", parse_exchange_bytes(data, f"file{i}")) for i, data in enumerate(files)]
    import_documents(store, docs)
    elapsed = time.perf_counter() - start
    store.close()
    return elapsed


def raw_floor(db: Path, files: list[bytes]) -> float:
    """The least any importer must do: json.loads each file, then plain sqlite3 executemany
    of the same rows in one transaction. No validation, no checks, no SQLAlchemy."""
    open_store(str(db)).close()  # same schema and indexes
    start = time.perf_counter()
    docs = [json.loads(f)["assessment"] for f in files]
    pack = default_pack()
    now = "2026-01-01 00:00:00.000000"
    teams = {d["team"]["id"]: d["team"] for d in docs}
    team_rows = [
        (tid, t["name"], t["municipality"], t["psychiatry"], "", now, now)
        for tid, t in teams.items()
    ]
    consultants = {tid: str(uuid.uuid4()) for tid in teams}
    cons_rows = [(cid, tid, "K1", now, now) for tid, cid in consultants.items()]
    a_rows, r_rows, c_rows = [], [], []
    for d in docs:
        a_rows.append(
            (
                d["id"],
                d["team"]["id"],
                d["date"],
                d["period"],
                "dk-minimum",
                "1",
                json.dumps(d["reviewers"]),
                None,
                now,
                now,
            )
        )
        for r in d["ratings"]:
            r_rows.append(
                (
                    str(uuid.uuid4()),
                    d["id"],
                    r["element"],
                    pack.principle_of(r["element"]).id,
                    r["rating"],
                    r["note"],
                    json.dumps(r["evidence"]),
                    now,
                )
            )
        for i, c in enumerate(d["caseload"]):
            c_rows.append(
                (
                    str(uuid.uuid4()),
                    d["id"],
                    consultants[d["team"]["id"]],
                    i,
                    c["fte"],
                    c["ips_cases"],
                    c["other_cases"],
                    now,
                )
            )
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany("INSERT INTO team VALUES (?,?,?,?,?,?,?)", team_rows)
    conn.executemany("INSERT INTO consultant VALUES (?,?,?,?,?)", cons_rows)
    conn.executemany(
        "INSERT INTO assessment (id, team_id, date, period, instrument_id, instrument_version, "
        "reviewers, last_element, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
        a_rows,
    )
    conn.executemany(
        "INSERT INTO rating (id, assessment_id, element_id, principle_id, rating, note, evidence, "
        "updated_at) VALUES (?,?,?,?,?,?,?,?)",
        r_rows,
    )
    conn.executemany(
        "INSERT INTO caseload_entry (id, assessment_id, consultant_id, position, fte, ips_cases, "
        "other_cases, updated_at) VALUES (?,?,?,?,?,?,?,?)",
        c_rows,
    )
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def metrics(workdir: Path) -> dict[str, dict]:
    files = make_files()
    runs = []
    for i in range(3):
        runs.append(
            (
                import_path(workdir / f"import{i}.sqlite3", files),
                raw_floor(workdir / f"raw{i}.sqlite3", files),
            )
        )
    value = min(r[0] for r in runs)
    floor = min(r[1] for r in runs)
    ratio = value / floor
    return {
        "import_bulk": {
            "value": round(value * 1000, 1),
            "unit": "ms",
            "floor": round(floor * 1000, 1),
            "ratio": round(ratio, 2),
            "target": "ratio <= 3",
            "met": ratio <= 3,
            "rows": {"assessments": len(files), "ratings": len(files) * 14},
        }
    }
