"""Danish-first message lookup shared by the command line, the core and the UI.

Words live in `ipsfidelity.words`, one JSON file per area, as `key -> {"da": ..., "en": ...}`;
`tests/test_words.py` checks both languages and that every key the code uses exists.
Keys are always string literals, so that test can find them.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
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
    if not values:
        return text
    return text.format(**{name: _one_line(value) for name, value in values.items()})


def tr_code(keys: Mapping[str, str], code: str, what: str, lang: str | None = None) -> str:
    """The words for a stored code through a table of literal keys, named `..._KEYS`
    (`{"ok": "caseload.status.ok", ...}`), so `tests/test_words.py` can read every key;
    ValueError ("unknown {what}: {code}") for a code the table lacks."""
    key = keys.get(code)
    if key is None:
        raise ValueError(f"unknown {what}: {code}")
    return tr_in(lang or _current, key)


@dataclass(frozen=True)
class CodeWords:
    """`tr_code` bound to one table and what its codes are: `state_word = CodeWords(
    _STATE_KEYS, "state")`, then `state_word("draft")`. `tests/test_words.py` counts the
    table's keys as used where it is bound."""

    keys: Mapping[str, str]
    what: str

    def __call__(self, code: str, lang: str | None = None) -> str:
        return tr_code(self.keys, code, self.what, lang)


# Control characters and line/paragraph separators: everything str.splitlines() breaks on.
_BREAKING = frozenset(("Cc", "Zl", "Zp"))


def one_line(text: str) -> str:
    """`text` with control characters written as escapes (a newline as `\\n`, NUL as `\\x00`),
    so that a value echoed from a file or a database never breaks a one-line message."""
    if not any(unicodedata.category(ch) in _BREAKING for ch in text):
        return text
    return "".join(
        ch.encode("unicode_escape").decode("ascii") if unicodedata.category(ch) in _BREAKING else ch
        for ch in text
    )


def _one_line(value: object) -> object:
    # Numbers and dates keep their type, so that format specs such as {score:.1f} still work.
    if isinstance(value, str):
        return one_line(value)
    if isinstance(value, int | float):
        return value
    shown = str(value)
    escaped = one_line(shown)
    return value if escaped == shown else escaped


def pick(texts: Mapping[Any, str], lang: str | None = None) -> str:
    """Choose from a `{"da": ..., "en": ...}` mapping (instrument texts), Danish as fallback."""
    lang = lang or _current
    return texts.get(lang) or texts.get("da") or next(iter(texts.values()), "")
