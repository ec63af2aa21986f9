"""Danish-first message lookup shared by the command line, the core and the UI.

Words live in `ipsfidelity.words`, one module per area, as `key -> {"da": ..., "en": ...}`;
`tests/test_words.py` checks both languages and that every key the code uses exists.
Keys are always string literals, so that test can find them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ipsfidelity.words import CATALOGUE

LANGUAGES = ("da", "en")
_current = "da"


def set_language(lang: str) -> None:
    global _current
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language: {lang}")
    _current = lang


def language() -> str:
    return _current


def tr(key: str, /, **values: object) -> str:
    """The message `key` in the current language, with `values` filled in."""
    return tr_in(_current, key, **values)


def tr_in(lang: str, key: str, /, **values: object) -> str:
    """`tr` in a given language, for work off the UI thread (the PDF report)
    that must not switch the app's language under it."""
    entry = CATALOGUE[key]
    text = entry.get(lang) or entry["da"]
    return text.format(**values) if values else text


def pick(texts: Mapping[Any, str], lang: str | None = None) -> str:
    """Choose from a `{"da": ..., "en": ...}` mapping (instrument texts), Danish as fallback."""
    lang = lang or _current
    return texts.get(lang) or texts.get("da") or next(iter(texts.values()), "")
