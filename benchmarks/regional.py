"""The regional data set: 204 teams x 20 quarters (64 teams started a quarter later),
4,016 assessments with ratings, caseloads, consultants, action plans and outcome figures.

Deterministic (seeded; ids are uuid5 of names), and written through the exchange's bulk
import, so a full region is generated in seconds on SQLite and PostgreSQL alike.
`regional_documents(teams, periods)` makes smaller sets of the same shape for tests.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Iterator

from ipsfidelity.exchange import AssessmentDoc, import_documents
from ipsfidelity.instrument import default_pack
from ipsfidelity.store import Store

TEAMS, PERIODS, LATE_TEAMS = 204, 20, 64  # 140 x 20 + 64 x 19 = 4,016 assessments
NAMESPACE = uuid.UUID("5d0c6f0e-2f0b-4c47-9a51-1d7a3f4e8b21")
MUNICIPALITIES = ["Albertslund", "Frederiksberg", "Hillerød", "Tårnby", "Gentofte", "Ballerup"]
PSYCHIATRY = ["PC Glostrup", "PC Frederiksberg", "PC Nordsjælland", "PC Amager"]
PARTIES = ["kommune", "psykiatri", "faelles"]


def _uid(*parts: object) -> str:
    return str(uuid.uuid5(NAMESPACE, "/".join(map(str, parts))))


def quarters(count: int, last_year: int = 2026) -> list[tuple[str, dt.date]]:
    first_year = last_year - (count + 3) // 4 + 1
    out = []
    for i in range(count):
        year, q = first_year + i // 4, i % 4 + 1
        out.append((f"{year}-Q{q}", dt.date(year, 3 * q - 1, 15)))
    return out


def regional_documents(
    teams: int = TEAMS, periods: int = PERIODS, late_teams: int = LATE_TEAMS, seed: int = 15
) -> Iterator[AssessmentDoc]:
    pack = default_pack()
    rng = random.Random(seed)
    scale = [s.id for s in pack.scale]
    elements = list(pack.element_ids)
    all_quarters = quarters(periods)
    for t in range(teams):
        name = f"IPS Team {t:03d}"
        team = {
            "id": _uid("team", t),
            "name": name,
            "municipality": MUNICIPALITIES[t % len(MUNICIPALITIES)],
            "psychiatry": PSYCHIATRY[t % len(PSYCHIATRY)],
        }
        consultants = [f"Konsulent {t:03d}-{c}" for c in range(rng.randint(2, 5))]
        own = all_quarters[1:] if t < late_teams and periods > 1 else all_quarters
        previous_items: list[str] = []
        for q, (period, date) in enumerate(own):
            recent = q >= len(own) - 2
            items = []
            for k in range(rng.randint(1, 3)):
                item_id = _uid("item", t, period, k)
                origin = previous_items[k] if k < len(previous_items) and k == 0 else None
                items.append(
                    {
                        "id": item_id,
                        "text": f"Handling {k + 1} for {name} i {period}",
                        "elements": [rng.choice(elements)],
                        "party": PARTIES[(t + k) % 3],
                        "owner": consultants[k % len(consultants)],
                        "deadline": (date + dt.timedelta(weeks=6 + 4 * k)).isoformat(),
                        "status": rng.choice(["aaben", "i_gang"]) if recent else "afsluttet",
                        "origin": origin,
                    }
                )
            previous_items = [i["id"] for i in items]
            participants = rng.randint(10, 60)
            yield AssessmentDoc.model_validate(
                {
                    "id": _uid("assessment", t, period),
                    "instrument": {"id": pack.id, "version": pack.version},
                    "team": team,
                    "date": date.isoformat(),
                    "period": period,
                    "reviewers": ["Fidelitykonsulent A", "Fidelitykonsulent B"],
                    "ratings": [
                        {"element": e, "rating": rng.choice([*scale, "not_rated"])}
                        for e in elements
                    ],
                    "caseload": [
                        {
                            "consultant": c,
                            "fte": rng.choice([1.0, 0.8, 0.5]),
                            "ips_cases": rng.randint(5, 22),
                            "other_cases": rng.randint(0, 3),
                        }
                        for c in consultants
                    ],
                    "action_plan": items,
                    "outcomes": {
                        "participants": participants,
                        "in_job_or_education": rng.randint(0, participants),
                    },
                    "updated_at": f"{date.isoformat()}T12:00:00+00:00",
                }
            )


def fill(store: Store, teams: int = TEAMS, periods: int = PERIODS, late: int = LATE_TEAMS) -> int:
    """Writes the set into an empty store; returns the number of assessments."""
    docs = [("regional", d) for d in regional_documents(teams, periods, late)]
    import_documents(store, docs)
    return len(docs)
