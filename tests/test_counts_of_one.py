"""Counts of one read in the singular: each `<key>_one` stands beside the key it replaces for
exactly one, says "1" itself and takes the same other values."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from ipsfidelity import words
from ipsfidelity.report import write_report
from ipsfidelity.store import Store
from ipsfidelity.words import CATALOGUE
from tests.test_report import pdf_text

COUNTS = next(p for p in words.AREAS if p.name == "counts.json")


def _fields(text: str) -> set[str]:
    return set(re.findall(r"\{(\w+)\}", text))


def test_each_singular_stands_beside_its_plural_and_says_one() -> None:
    singulars = words.read_area(COUNTS)
    assert len(singulars) >= 15
    for key, entry in singulars.items():
        assert key.endswith("_one"), key
        base = key.removesuffix("_one")
        plural = CATALOGUE.get(base) or CATALOGUE[base + "_count"]  # plan.open_count
        counted = _fields(plural["da"]) - _fields(entry["da"])
        assert 1 <= len(counted) <= 2, key  # the count (and what it holds: "heraf {locked}")
        assert counted & {"count", "total", "participants"}, key
        for lang in ("da", "en"):
            assert re.search(r"\b1\b", entry[lang]) or key == "xui.export.teams_one", key
            assert entry[lang] != plural[lang], key


def test_the_reports_outcome_line_for_one_participant(store: Store, tmp_path: Path) -> None:
    team = store.create_team("IPS Læsø", "Læsø", "Psykiatrien i Region Nordjylland")
    review = store.create_assessment(team.id, dt.date.today(), reviewers=["Mette Sørensen"])
    store.set_outcomes(review.id, participants=1, in_job_or_education=1)
    out = write_report(store, review.id, tmp_path / "r.pdf")
    text = " ".join(pdf_text(out, 1).split())
    assert "Resultater: 1 af 1 deltager i job eller uddannelse (100,0 %)" in text
