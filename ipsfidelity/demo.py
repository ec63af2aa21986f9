"""Demo data: Region Hovedstaden teams with a year of quarterly reviews.

Deterministic (fixed seed, uuid5 ids), so running `demo` twice changes nothing.
Written through the exchange import path, like any real data.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Iterator

from ipsfidelity.exchange.importer import ImportPlan, import_documents
from ipsfidelity.exchange.schema import AssessmentDoc
from ipsfidelity.instrument import Instrument, default_pack
from ipsfidelity.store.repository import Store

NAMESPACE = uuid.UUID("6f1c2a64-3f1e-4c8e-9b7a-2d9f4e8a1c55")

# Municipalities and clinics from Region Hovedstaden's IPS page (seed 002).
TEAMS = [
    (
        "IPS Albertslund",
        "Albertslund",
        "Psykiatrisk Center Glostrup",
        "F-ACT Nordstjernevej, OPUS H.J. Holstvej",
        0.55,
    ),
    (
        "IPS Frederiksberg",
        "Frederiksberg",
        "Psykiatrisk Center Frederiksberg",
        "F-ACT Nimbusparken, OPUS Læsøpark Allé",
        0.75,
    ),
    (
        "IPS Hillerød",
        "Hillerød",
        "Psykiatrisk Center Nordsjælland",
        "F-ACT, OPUS, KAG og psykoterapeutisk ambulatorium, Dyrehavevej",
        0.85,
    ),
    (
        "IPS Tårnby-Dragør",
        "Tårnby",
        "Psykiatrisk Center Amager",
        "F-ACT og OPUS, Hans Bogbinders Allé",
        0.4,
    ),
]
REVIEWERS = ["Mette Sørensen", "Jens Østergaard", "Aase Bøgh", "Søren Ærø"]
CONSULTANTS = ["Birgitte Holm", "Kasper Løvgren", "Nanna Friis", "Ørjan Dahl"]
QUARTER_DATES = [
    dt.date(2026, 2, 17),
    dt.date(2026, 5, 19),
    dt.date(2026, 8, 25),
    dt.date(2026, 11, 10),
]
# Elements Danish teams most often struggle with.
HARD = {"P3.2": 0.25, "P3.3": 0.15, "P5.1": 0.3, "P6.1": 0.25, "P2.2": 0.1}
NOTES = {
    "met": "Bekræftet ved interview med konsulenter og leder.",
    "partial": "Sker i praksis, men ikke fast for alle deltagere.",
    "not_met": "Ikke på plads endnu; drøftet med styregruppen.",
}


def _rating(rng: random.Random, element: str, maturity: float) -> str:
    chance = maturity - HARD.get(element, 0.0)
    roll = rng.random()
    if roll < chance:
        return "met"
    if roll < chance + (1 - chance) * 0.6:
        return "partial"
    return "not_met"


def demo_documents(pack: Instrument | None = None) -> Iterator[AssessmentDoc]:
    pack = pack or default_pack()
    for t_index, (name, municipality, psychiatry, clinics, maturity) in enumerate(TEAMS):
        rng = random.Random(t_index * 7919 + 17)
        team_id = str(uuid.uuid5(NAMESPACE, name))
        staff = CONSULTANTS[: 2 + t_index % 3]
        for q, date in enumerate(QUARTER_DATES):
            level = min(0.97, maturity + 0.08 * q)
            ratings = []
            exemplary = level >= 0.97  # the most mature team ends the year meeting everything
            for element in pack.element_ids:
                rating = "met" if exemplary else _rating(rng, element, level)
                evidence = rng.sample(
                    ["interview", "record_review", "observation", "document", "data"], 2
                )
                ratings.append(
                    {
                        "element": element,
                        "rating": rating,
                        "note": NOTES[rating] if rating != "met" or rng.random() < 0.3 else "",
                        "evidence": evidence,
                    }
                )
            caseload = [
                {
                    "consultant": c,
                    "fte": rng.choice([1.0, 1.0, 0.8, 0.5]),
                    "ips_cases": rng.randint(8, 18) if level > 0.6 else rng.randint(14, 24),
                    "other_cases": rng.choice([0, 0, 4, 10]),
                }
                for c in staff
            ]
            for entry in caseload:  # keep part-timers realistic
                entry["ips_cases"] = round(entry["ips_cases"] * entry["fte"])
            yield AssessmentDoc.model_validate(
                {
                    "id": str(uuid.uuid5(NAMESPACE, f"{name}/{date.isoformat()}")),
                    "instrument": {"id": pack.id, "version": pack.version},
                    "team": {
                        "id": team_id,
                        "name": name,
                        "municipality": municipality,
                        "psychiatry": psychiatry,
                        "clinics": clinics,
                    },
                    "date": date.isoformat(),
                    "period": f"{date.year}-Q{(date.month - 1) // 3 + 1}",
                    "reviewers": rng.sample(REVIEWERS, 2),
                    "ratings": ratings,
                    "caseload": caseload,
                    "updated_at": dt.datetime(
                        date.year, date.month, date.day, 15, 0, tzinfo=dt.UTC
                    ).isoformat(),
                }
            )


def fill_demo(store: Store) -> ImportPlan:
    return import_documents(store, [("demo", d) for d in demo_documents()])
