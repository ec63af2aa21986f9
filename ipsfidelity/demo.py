"""Demo data: Region Hovedstaden teams with a year of quarterly reviews and their follow-up.

Each team has a cooperation agreement (one team two versions, one team none until mid-year),
each review an action plan with open, running and finished items, carried over while open
(so items from earlier quarters are overdue by the last review), and outcome figures.

Every review has two reviewers who rated on their own and then agreed on the consensus
(a few disagreements each, resolved); reviews are finished and signed off, except the
newest of IPS Frederiksberg, still at the consensus step, and the newest of IPS
Tårnby-Dragør, a draft (only the first reviewer has rated on their own). One is a self-assessment
(IPS Frederiksberg, second quarter), one was reopened with a reason and finished again
(IPS Hillerød, third quarter).

Deterministic (fixed seed, uuid5 ids, dates relative to the review dates), so running `demo`
twice changes nothing. Written through the exchange import path, like any real data.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Iterator
from typing import Any

from ipsfidelity.exchange.import_plan import ImportPlan
from ipsfidelity.exchange.importer import import_documents
from ipsfidelity.exchange.schema import AssessmentDoc
from ipsfidelity.instrument import Instrument, get_pack
from ipsfidelity.scoring import CaseloadEntry, assess_caseload
from ipsfidelity.store.followup import (
    AGREEMENT_FIELD_LIST,
    CASELOAD_PARTY,
    CASELOAD_REF,
    default_deadline,
    suggested_party,
)
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


# Start dates of each team's agreement versions (same order as TEAMS). Tårnby-Dragør signs
# only in June, so its first two reviews find no agreement and rate P3.1 not met.
AGREEMENT_STARTS = [
    [dt.date(2025, 3, 1)],
    [dt.date(2024, 9, 1), dt.date(2026, 6, 1)],
    [dt.date(2024, 1, 15)],
    [dt.date(2026, 6, 1)],
]
AGREEMENT_ELEMENT = "P3.1"  # "a formal agreement ... has been made"
OWNERS = {
    "kommune": ["Lone Kjær", "Birgitte Holm"],
    "psykiatri": ["Henrik Bang", "Signe Vang"],
    "faelles": ["Lone Kjær og Henrik Bang"],
}
# Concrete first steps for the elements teams most often miss; others quote the element.
ACTIONS = {
    "P2.2": "Ingen nye praktikker; jobsøgningen rettes mod ordinære job med støtte",
    "P3.2": "Psykiatrien giver IPS-konsulenterne fast plads og træffetid i F-ACT og OPUS",
    "P3.3": "Månedligt møde mellem IPS-konsulent og behandler om fælles deltagere",
    "P5.1": "Første arbejdsgiverkontakt inden for 30 dage; følges op på teammødet hver uge",
    "P6.1": "Hver konsulent afsætter fast tid hver uge til virksomhedsbesøg",
}
# Where the demo's concrete step lies with one side rather than the suggested party.
ACTION_PARTY = {"P3.2": "psykiatri"}
CASELOAD_ACTION = "Fordel sagerne, så ingen konsulent har over 25 pr. årsværk"
PROGRESS = {
    "i_gang": "Drøftet på teammødet; de første aftaler er lavet.",
    "afsluttet": "Gennemført og fulgt op på ledermødet.",
}


def _id(key: str) -> str:
    return str(uuid.uuid5(NAMESPACE, key))


def _agreement(team: tuple[Any, ...], start: dt.date, version: int) -> dict[str, Any]:
    """An agreement's exchange document: every field of AGREEMENT_FIELD_LIST, filled by kind."""
    signed = start - dt.timedelta(days=14)
    texts = _agreement_texts(team)
    doc: dict[str, Any] = {"id": _id(f"{team[0]}/agreement/{start.isoformat()}")}
    for field in AGREEMENT_FIELD_LIST:
        match field.kind:
            case "date":
                doc[field.key] = start.isoformat()
            case "line" | "text":
                doc[field.key] = texts.get(field.key, "")  # a team may leave a field empty
            case "count":  # each version aims higher
                base, step = _AGREEMENT_TARGETS[field.key]
                doc[field.key] = base + step * version
            case "signatories":
                doc[field.key] = [
                    {"name": name, "role": role, "party": party, "signed_on": signed.isoformat()}
                    for name, role, party in _SIGNATORIES
                ]
    doc["updated_at"] = f"{signed.isoformat()}T09:00:00+00:00"
    return doc


# What the demo teams wrote in their agreements (the fields not named here stay empty).
def _agreement_texts(team: tuple[Any, ...]) -> dict[str, str]:
    _name, municipality, psychiatry, clinics, _ = team
    first_clinic = clinics.split(",")[0].split(" og ")[0]
    return {
        "municipality": f"{municipality} Kommune",
        "psychiatry": psychiatry,
        "clinics": clinics,
        "target_age": "18-64 år",
        "target_clinics": clinics,
        "target_motivation": "Ønsker ordinært job eller uddannelse",
        "target_benefits": "Kontanthjælp, uddannelseshjælp, ressourceforløb eller sygedagpenge",
        "startup": "Fælles opstartsmøde med konsulenter og behandlere; status efter 3 og 6 måneder",
        "follow_up_cadence": "Måltallene gøres op hvert kvartal og drøftes på ledermødet",
        "referral": "Behandleren henviser med borgerens samtykke; jobcentret visiterer på 14 dage",
        "presence_place": f"Fast kontorplads i {first_clinic}",
        "presence_times": "Tirsdag og torsdag kl. 9-12",
        "presence_conferences": "Deltager i visitationskonferencen hver anden uge",
        "leadership": "IPS-ledermøde mellem jobcenter og psykiatri mindst to gange om året",
        "duration": "Løbende; evalueres årligt på ledermødet",
    }


# The count fields' first target and how much each later version adds.
_AGREEMENT_TARGETS = {
    "target_participants": (30, 10),
    "target_referrals": (25, 5),
    "target_in_job": (15, 5),
}
_SIGNATORIES = (
    ("Karen Dahl", "Jobcenterchef", "kommune"),
    ("Poul Krogh", "Centerchef", "psykiatri"),
)


def _agreement_on(team_index: int, date: dt.date) -> dict[str, Any] | None:
    starts = [s for s in AGREEMENT_STARTS[team_index] if s <= date]
    if not starts:
        return None
    return _agreement(TEAMS[team_index], starts[-1], len(starts) - 1)


def _action_plan(
    rng: random.Random,
    pack: Instrument,
    key: str,
    date: dt.date,
    ratings: dict[str, str],
    caseload_over: bool,
    carried: list[dict[str, Any]],
    last: bool,
) -> list[dict[str, Any]]:
    """Open items carried from last quarter, then one per element not met (and caseload),
    each moved on as far as the team got before the next review."""
    deadline = default_deadline(date).isoformat()
    items = [{**old, "id": _id(f"{old['id']}/next"), "origin": old["id"]} for old in carried]
    covered = {e for item in items for e in item["elements"]}
    wanted = [
        (
            element.id,
            ACTION_PARTY.get(element.id) or suggested_party(pack.id, principle.id),
            element.text["da"],
        )
        for principle in pack.principles
        for element in principle.elements
        if ratings[element.id] != "met"
    ]
    if caseload_over:
        wanted.append((CASELOAD_REF, CASELOAD_PARTY, ""))
    for ref, party, text in wanted:
        if ref in covered:
            continue
        items.append(
            {
                "id": _id(f"{key}/item/{ref}"),
                "text": CASELOAD_ACTION
                if ref == CASELOAD_REF
                else ACTIONS.get(ref, f"Få {ref} på plads: {text}"),
                "elements": [ref],
                "party": party,
                "owner": rng.choice(OWNERS[party]),
                "deadline": deadline,
                "status": "aaben",
                "follow_up": "",
                "origin": None,
            }
        )
    for item in items:
        roll = rng.random()
        if last and item["origin"] is None:  # found at the latest review: just begun
            status = "i_gang" if roll < 0.4 else "aaben"
        elif roll < (0.3 if last else 0.55):
            status = "afsluttet"
        elif roll < 0.85:
            status = "i_gang"
        else:
            status = item["status"]
        item["status"] = status
        item["follow_up"] = PROGRESS.get(status, "")
    return items


def _rating(rng: random.Random, element: str, maturity: float) -> str:
    chance = maturity - HARD.get(element, 0.0)
    roll = rng.random()
    if roll < chance:
        return "met"
    if roll < chance + (1 - chance) * 0.6:
        return "partial"
    return "not_met"


DEMO_PACK = ("dk-minimum", "1")
_STEP = {"met": "partial", "partial": "met", "not_met": "partial"}
SELF_ASSESSMENT = (1, 1)  # (team index, quarter index)
REOPENED = (2, 2)
STILL_AT_CONSENSUS = (1, len(QUARTER_DATES) - 1)
STILL_A_DRAFT = (3, len(QUARTER_DATES) - 1)


def _lifecycle(
    t_index: int, q: int, date: dt.date, reviewers: list[str], ratings: list[dict[str, Any]]
) -> dict[str, Any]:
    """Kind, the two reviewers' own ratings, the sign-offs and any reopening of one review.
    Its own generator, so the ratings and follow-up stay as they always were."""
    rng = random.Random(t_index * 15_485_863 + q)
    first, second = reviewers
    differ = set(rng.sample([r["element"] for r in ratings], 3))
    own_first = [{**r, "note": ""} for r in ratings]
    own_second = [
        {
            **r,
            "rating": _STEP[r["rating"]] if r["element"] in differ else r["rating"],
            "note": "Vurderet anderledes før drøftelsen" if r["element"] in differ else "",
        }
        for r in ratings
    ]
    at = dt.datetime(date.year, date.month, date.day, 15, 0, tzinfo=dt.UTC)
    out: dict[str, Any] = {
        "kind": "self" if (t_index, q) == SELF_ASSESSMENT else "independent",
        "reviewer_ratings": [
            {"reviewer": first, "ratings": own_first},
            {"reviewer": second, "ratings": own_second},
        ],
    }
    if (t_index, q) == STILL_AT_CONSENSUS:
        return {**out, "state": "consensus"}
    if (t_index, q) == STILL_A_DRAFT:  # only the first reviewer has rated on their own so far
        return {**out, "state": "draft", "reviewer_ratings": out["reviewer_ratings"][:1]}
    out.update(
        state="finished",
        finished_at=at.isoformat(),
        signoffs=[{"reviewer": r, "signed_on": date.isoformat()} for r in reviewers],
    )
    if (t_index, q) == REOPENED:
        out["reopenings"] = [
            {
                "reason": "Caseload rettet efter ny opgørelse fra teamlederen",
                "reviewer": first,
                "at": (at - dt.timedelta(hours=3)).isoformat(),
            }
        ]
    return out


def demo_documents(pack: Instrument | None = None) -> Iterator[AssessmentDoc]:
    # The demo's quarters are reviews made with pack version 1 (its caseload rule had an
    # "at the limit" band for mixed caseloads); new reviews in the app use the default pack.
    pack = pack or get_pack(*DEMO_PACK)
    for t_index, (name, municipality, psychiatry, clinics, maturity) in enumerate(TEAMS):
        rng = random.Random(t_index * 7919 + 17)
        team_id = str(uuid.uuid5(NAMESPACE, name))
        staff = CONSULTANTS[: 2 + t_index % 3]
        # Its own generator, so the follow-up leaves the ratings as they always were.
        follow_rng = random.Random(t_index * 104_729 + 3)
        carried: list[dict[str, Any]] = []
        for q, date in enumerate(QUARTER_DATES):
            level = min(0.97, maturity + 0.08 * q)
            ratings = []
            exemplary = level >= 0.97  # the most mature team ends the year meeting everything
            agreement = _agreement_on(t_index, date)
            for element in pack.element_ids:
                rating = "met" if exemplary else _rating(rng, element, level)
                evidence = rng.sample(
                    ["interview", "record_review", "observation", "document", "data"], 2
                )
                with_note = rating != "met" or rng.random() < 0.3
                if element == AGREEMENT_ELEMENT:  # rated by whether one is recorded
                    rating = "met" if agreement else "not_met"
                ratings.append(
                    {
                        "element": element,
                        "rating": rating,
                        "note": NOTES[rating] if rating != "met" or with_note else "",
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
            over = (
                assess_caseload(
                    pack.caseload,
                    [
                        CaseloadEntry(c["consultant"], c["fte"], c["ips_cases"], c["other_cases"])
                        for c in caseload
                    ],
                ).status
                == "over"
            )
            plan = _action_plan(
                follow_rng,
                pack,
                f"{name}/{date.isoformat()}",
                date,
                {r["element"]: r["rating"] for r in ratings},
                over,
                carried,
                last=q == len(QUARTER_DATES) - 1,
            )
            carried = [i for i in plan if i["status"] != "afsluttet"]
            participants = sum(c["ips_cases"] for c in caseload)
            share = min(0.8, 0.2 + 0.35 * level + follow_rng.uniform(-0.05, 0.05))
            team_doc: dict[str, Any] = {
                "id": team_id,
                "name": name,
                "municipality": municipality,
                "psychiatry": psychiatry,
                "clinics": clinics,
            }
            if agreement is not None:
                team_doc["agreement"] = agreement
            reviewers = rng.sample(REVIEWERS, 2)
            yield AssessmentDoc.model_validate(
                {
                    "id": str(uuid.uuid5(NAMESPACE, f"{name}/{date.isoformat()}")),
                    "instrument": {"id": pack.id, "version": pack.version},
                    "team": team_doc,
                    "date": date.isoformat(),
                    "period": f"{date.year}-Q{(date.month - 1) // 3 + 1}",
                    "reviewers": reviewers,
                    "ratings": ratings,
                    "caseload": caseload,
                    "action_plan": plan,
                    "outcomes": {
                        "participants": participants,
                        "in_job_or_education": round(participants * share),
                    },
                    "updated_at": dt.datetime(
                        date.year, date.month, date.day, 15, 0, tzinfo=dt.UTC
                    ).isoformat(),
                    **_lifecycle(t_index, q, date, reviewers, ratings),
                }
            )


def fill_demo(store: Store) -> ImportPlan:
    return import_documents(store, [("demo", d) for d in demo_documents()])
