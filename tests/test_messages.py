"""Every message exists in Danish and English with the same placeholders, and every key used exists."""

from __future__ import annotations

import re
import string
from pathlib import Path

from ipsfidelity.messages import MESSAGES

ROOT = Path(__file__).resolve().parents[1] / "ipsfidelity"


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_both_languages_with_the_same_placeholders() -> None:
    for key, entry in MESSAGES.items():
        assert set(entry) == {"da", "en"}, key
        assert entry["da"].strip() and entry["en"].strip(), key
        assert _fields(entry["da"]) == _fields(entry["en"]), key


def test_every_literal_key_used_in_the_core_exists() -> None:
    used: set[str] = set()
    for path in ROOT.rglob("*.py"):
        if "ui" in path.relative_to(ROOT).parts:
            continue
        used |= set(re.findall(r"\btr\(\s*\"([a-z_.]+)\"", path.read_text(encoding="utf-8")))
        used |= set(
            re.findall(r"_refuse\([^,]+,\s*\"([a-z_.]+)\"", path.read_text(encoding="utf-8"))
        )
    missing = sorted(k for k in used if k not in MESSAGES)
    assert not missing, missing
    assert len(used) > 40
