"""Assessments for the comparison tests: random but reproducible, full of edge cases."""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
import uuid
from pathlib import Path
from typing import Any

from ipsfidelity.exchange import AssessmentDoc
from ipsfidelity.instrument import NOT_RATED, Instrument
from ipsfidelity.resources import resource_path
from ipsfidelity.scoring import Score
from ipsfidelity.store.aggregates import AssessmentScore

NS = uuid.UUID("3d0c7f55-7d8e-4a43-9d2a-5b0b8f2f9e11")
# FTEs that hit the caseload thresholds exactly (6 IPS at 0.3 FTE is 20, 13 at 0.5 is 26).
FTES = [1.0, 0.8, 0.5, 0.3, 0.1, 0.7]


def team_dict(name: str, municipality: str = "København", psychiatry: str = "PC Øst") -> dict:
    return {
        "id": str(uuid.uuid5(NS, name)),
        "name": name,
        "municipality": municipality,
        "psychiatry": psychiatry,
    }


def random_doc(
    rng: random.Random,
    pack: Instrument,
    team: dict,
    date: dt.date,
    key: str,
    period: str | None = None,
) -> AssessmentDoc:
    """Each element rated on the scale, `not_rated`, or absent; 0-3 consultants."""
    choices = [s.id for s in pack.scale] + [NOT_RATED, None]
    ratings = []
    for element in pack.element_ids:
        rating = rng.choice(choices)
        if rating is not None:
            ratings.append({"element": element, "rating": rating})
    caseload = [
        {
            "consultant": f"Konsulent {i}",
            "fte": rng.choice(FTES),
            "ips_cases": rng.randint(0, 30),
            "other_cases": rng.randint(0, 40),
        }
        for i in range(rng.choice([0, 1, 1, 2, 3]))
    ]
    return doc(pack, team, date, ratings, caseload, key=key, period=period)


def doc(
    pack: Instrument,
    team: dict,
    date: dt.date,
    ratings: list[dict[str, Any]],
    caseload: list[dict[str, Any]] = (),  # type: ignore[assignment]
    *,
    key: str,
    period: str | None = None,
) -> AssessmentDoc:
    return AssessmentDoc.model_validate(
        {
            "id": str(uuid.uuid5(NS, f"{team['name']}/{key}")),
            "instrument": {"id": pack.id, "version": pack.version},
            "team": team,
            "date": date.isoformat(),
            "period": period or f"{date.year}-Q{(date.month - 1) // 3 + 1}",
            "ratings": ratings,
            "caseload": list(caseload),
            "updated_at": f"{date.isoformat()}T12:00:00+00:00",
        }
    )


def same_as_scoring(agg: AssessmentScore, ref: Score) -> None:
    """The aggregate must equal the scoring module's result exactly (floats bit for bit)."""
    assert agg.instrument == ref.instrument
    assert agg.principles == {p.id: p.score for p in ref.principles}
    assert list(agg.principles) == [p.id for p in ref.principles]
    assert agg.overall == ref.overall
    assert agg.verdict == ref.verdict
    assert agg.caseload == ref.caseload.status
    assert agg.rated == sum(p.rated for p in ref.principles)
    assert agg.elements == sum(p.elements for p in ref.principles)


def install_second_pack(root: Path) -> Path:
    """A copy of the shipped packs plus `test-fine` v2: other principles, a scale with
    1/3 (a float with a 2**54 denominator) and other caseload limits."""
    shutil.copytree(resource_path("instruments"), root)
    base = json.loads((root / "dk-minimum" / "1.json").read_text(encoding="utf-8"))
    text = {"da": "x", "en": "x"}
    base.update(
        id="test-fine",
        version="2",
        scale=[
            {"id": "full", "value": 1.0, "label": {"da": "Fuldt", "en": "Full"}},
            {"id": "most", "value": 0.75, "label": {"da": "Mest", "en": "Most"}},
            {"id": "third", "value": 1 / 3, "label": {"da": "Tredjedel", "en": "Third"}},
            {"id": "none", "value": 0.0, "label": {"da": "Intet", "en": "None"}},
        ],
        principles=[
            {
                "id": pid,
                "title": text,
                "short": {"da": f"Kort {pid}", "en": f"Short {pid}"},
                "help": text,
                "elements": [{"id": f"{pid}.{i}", "text": text} for i in range(1, n + 1)],
            }
            for pid, n in (("A", 3), ("P1", 1), ("C", 5))
        ],
    )
    base["caseload"] = {
        **base["caseload"],
        "other_case_weight": 0.25,
        "ok_max": 15,
        "warning_max": 18,
    }
    (root / "test-fine").mkdir()
    (root / "test-fine" / "2.json").write_text(json.dumps(base), encoding="utf-8")
    return root
