"""Writing one assessment as an exchange file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ipsfidelity import __version__
from ipsfidelity.exchange.schema import FORMAT, FORMAT_VERSION
from ipsfidelity.fileio import atomic_write
from ipsfidelity.instrument import get_pack
from ipsfidelity.store.repository import Store
from ipsfidelity.store.views import AssessmentData


def export_document(data: AssessmentData) -> dict[str, Any]:
    info, team = data.info, data.team
    order = {
        e: i
        for i, e in enumerate(get_pack(info.instrument_id, info.instrument_version).element_ids)
    }
    ratings = sorted(data.ratings.values(), key=lambda r: order.get(r.element_id, len(order)))
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "generator": f"ipsfidelity {__version__}",
        "assessment": {
            "id": info.id,
            "instrument": {"id": info.instrument_id, "version": info.instrument_version},
            "team": {
                "id": team.id,
                "name": team.name,
                "municipality": team.municipality,
                "psychiatry": team.psychiatry,
                "clinics": team.clinics,
            },
            "date": info.date.isoformat(),
            "period": info.period,
            "reviewers": list(info.reviewers),
            "ratings": [
                {
                    "element": r.element_id,
                    "rating": r.rating,
                    "note": r.note,
                    "evidence": list(r.evidence),
                }
                for r in ratings
            ],
            "caseload": [
                {
                    "consultant": c.consultant,
                    "fte": c.fte,
                    "ips_cases": c.ips_cases,
                    "other_cases": c.other_cases,
                }
                for c in data.caseload
            ],
            "updated_at": info.updated_at.isoformat(),
        },
    }


def export_assessment(store: Store, assessment_id: str, path: Path) -> None:
    doc = export_document(store.get_assessment(assessment_id))
    payload = json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
    atomic_write(Path(path), payload)
