"""Counts of one read in the singular: each `<key>_one` stands beside the key it replaces for
exactly one, says "1" itself and takes the same other values."""

from __future__ import annotations

import re

from ipsfidelity import words
from ipsfidelity.words import CATALOGUE

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
        assert counted & {"count", "total"}, key
        for lang in ("da", "en"):
            assert re.search(r"\b1\b", entry[lang]) or key == "xui.export.teams_one", key
            assert entry[lang] != plural[lang], key
