"""Comparison queries at regional scale: 200 teams x 20 quarters x 14 ratings.

Metrics (issue 5, issue 2 section 7):
- trend_query: one team's per-period, per-principle scores (`analysis.trend`), target <= 2 ms.
- overview_query: every team's latest assessment, scored (`analysis.overview`), target <= 30 ms.
- overview_sort: sorting those 200 rows by a column (`analysis.sort_rows`; the slowest of
  overall, team name and a principle), target <= 50 ms.

Values are medians of warm runs. The floor is a trivial indexed SELECT on the same
database through the same engine (one team's assessment ids), so the ratio says how
much work the query does beyond one round trip.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import select

from ipsfidelity.analysis import overview, sort_rows, trend
from ipsfidelity.exchange import AssessmentDoc, import_documents
from ipsfidelity.instrument import Instrument, default_pack
from ipsfidelity.store import Store, open_store
from ipsfidelity.store import models as m

TEAMS, PERIODS = 200, 20
NAMESPACE = uuid.UUID("0b8f8c1e-55a4-4d0e-9a3b-7f5d2c1e9a40")
MUNICIPALITIES = ["Albertslund", "Frederiksberg", "Hillerød", "Tårnby", "Gentofte", "Ballerup"]
PSYCHIATRY = ["PC Glostrup", "PC Frederiksberg", "PC Nordsjælland", "PC Amager"]


def _quarters(count: int) -> list[tuple[str, dt.date]]:
    first_year = 2026 - count // 4 + 1
    out = []
    for i in range(count):
        year, q = first_year + i // 4, i % 4 + 1
        out.append((f"{year}-Q{q}", dt.date(year, 3 * q - 1, 15)))
    return out


def bench_documents(
    teams: int = TEAMS, periods: int = PERIODS, pack: Instrument | None = None, seed: int = 5
) -> Iterator[AssessmentDoc]:
    """Deterministic, varied assessments: every pack element rated, 1-4 consultants."""
    pack = pack or default_pack()
    rng = random.Random(seed)
    scale = [s.id for s in pack.scale]
    for t in range(teams):
        name = f"IPS Team {t:03d}"
        team = {
            "id": str(uuid.uuid5(NAMESPACE, name)),
            "name": name,
            "municipality": MUNICIPALITIES[t % len(MUNICIPALITIES)],
            "psychiatry": PSYCHIATRY[t % len(PSYCHIATRY)],
        }
        for period, date in _quarters(periods):
            yield AssessmentDoc.model_validate(
                {
                    "id": str(uuid.uuid5(NAMESPACE, f"{name}/{period}")),
                    "instrument": {"id": pack.id, "version": pack.version},
                    "team": team,
                    "date": date.isoformat(),
                    "period": period,
                    "ratings": [
                        {"element": e, "rating": rng.choice([*scale, "not_rated"])}
                        for e in pack.element_ids
                    ],
                    "caseload": [
                        {
                            "consultant": f"Konsulent {c}",
                            "fte": rng.choice([1.0, 0.8, 0.5, 0.3]),
                            "ips_cases": rng.randint(0, 24),
                            "other_cases": rng.randint(0, 12),
                        }
                        for c in range(rng.randint(1, 4))
                    ],
                    "updated_at": f"{date.isoformat()}T12:00:00+00:00",
                }
            )


def build_database(url: str, teams: int = TEAMS, periods: int = PERIODS) -> Store:
    store = open_store(url)
    import_documents(store, [("bench", d) for d in bench_documents(teams, periods)])
    return store


def _median_ms(fn: Callable[[], object], runs: int, warmup: int = 5) -> float:
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _metric(value: float, floor: float, target: float) -> dict[str, float | str | bool]:
    return {
        "value": round(value, 3),
        "unit": "ms",
        "floor": round(floor, 3),
        "ratio": round(value / floor, 1) if floor else None,
        "target": target,
        "met": value <= target,
    }


def metrics(workdir: Path) -> dict[str, dict]:
    store = build_database(str(workdir / "bench.sqlite3"))
    try:
        team_ids = [t.id for t in store.list_teams()]
        team_id = team_ids[len(team_ids) // 2]

        def floor_query() -> object:
            with store.engine.connect() as conn:
                return conn.execute(
                    select(m.Assessment.id).where(m.Assessment.team_id == team_id)
                ).all()

        floor = _median_ms(floor_query, 200)
        trend_ms = _median_ms(lambda: trend(store, team_id), 200)
        overview_ms = _median_ms(lambda: overview(store), 30)
        rows = overview(store)
        # The slowest of a number, a Danish-collated text and a principle column.
        sort_ms = max(
            _median_ms(lambda c=column: sort_rows(rows, c, descending=True), 50)
            for column in ("overall", "team", "P3")
        )
        return {
            "trend_query": _metric(trend_ms, floor, 2.0),
            "overview_query": _metric(overview_ms, floor, 30.0),
            "overview_sort": _metric(sort_ms, floor, 50.0),
        }
    finally:
        store.close()
