"""Every word the app, the report and the command line show, Danish first.

The words are data, not code: one JSON file per area beside this module (`<area>.json`,
what each holds in README.md), each `key -> {"da": ..., "en": ...}` with its keys sorted.
The areas are the files found here; `CATALOGUE` merges them once, at import. Look words up
with `ipsfidelity.i18n.tr`. `tests/test_words.py` checks both languages, their placeholders,
that every key the code uses exists, that every key is used, that no Danish sentence stands
twice, and that each file is sorted and written as `area_text` writes it.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent
# One file per area; a frozen build carries them beside this module too (build.spec).
AREAS: tuple[Path, ...] = tuple(sorted(HERE.glob("*.json")))


def read_area(path: Path) -> dict[str, dict[str, str]]:
    words: dict[str, dict[str, str]] = json.loads(path.read_text(encoding="utf-8"))
    return words


def area_text(words: dict[str, dict[str, str]]) -> str:
    """An area's file as it is written: sorted, indented, UTF-8 as it reads."""
    return json.dumps(words, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _merge() -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {}
    for path in AREAS:
        for key, entry in read_area(path).items():
            if key in merged:
                raise ValueError(f"{key} stands in two areas")
            merged[key] = entry
    if not merged:
        raise RuntimeError(f"no words in {HERE}")  # installed without its data files
    return merged


CATALOGUE: dict[str, dict[str, str]] = _merge()
