"""Which characters a stored text may hold, and how team names are compared.

Control characters, lone surrogates and bidi overrides are refused before anything is
written: PostgreSQL refuses NUL inside a transaction, a lone surrogate cannot be encoded,
and a bidi override makes a name read differently from what is stored. Tab and line
breaks are allowed only in multi-line texts (notes, descriptions).
"""

from __future__ import annotations

import unicodedata

from ipsfidelity.i18n import tr

MULTILINE_OK = frozenset("\t\n\r")
# Embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI).
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Characters that show nothing: zero-width space/joiners, word joiner, BOM, soft hyphen,
# and the marks that only set direction.
INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u061c\u180e")
# Control characters, lone surrogates, and line/paragraph separators.
_BAD_CATEGORIES = frozenset({"Cc", "Cs", "Zl", "Zp"})


def text_problem(value: str, *, multiline: bool = False) -> str | None:
    """What is wrong with `value` ("bidi", "control"), or None when it may be stored."""
    for ch in value:
        if ch in BIDI_CONTROLS:
            return "bidi"
        if ch.isprintable() or ch == " ":
            continue
        if multiline and ch in MULTILINE_OK:
            continue
        if unicodedata.category(ch) in _BAD_CATEGORIES:
            return "control"
    return None


def first_bad_char(value: str, *, multiline: bool = False) -> str:
    """The first refused character as U+XXXX, for a message (never echoed raw)."""
    for ch in value:
        if text_problem(ch, multiline=multiline):
            return f"U+{ord(ch):04X}"
    return ""


def normalise_name(name: str) -> str:
    """A name as stored: NFC, runs of white space made one space, ends trimmed."""
    return " ".join(unicodedata.normalize("NFC", name).split())


def name_key(name: str) -> str:
    """What two team names are compared on: look-alikes (NFKC), case and invisible
    characters do not make a second team."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    visible = "".join(ch for ch in folded if ch not in INVISIBLE)
    return " ".join(unicodedata.normalize("NFKC", visible).split())


def name_problem(name: str) -> str | None:
    """What is wrong with a team name (already normalised): a `text_problem`, or
    "invisible_name"; None when it may be stored."""
    problem = text_problem(name)
    if problem is not None:
        return problem
    if not name_key(name):
        return "invisible_name"
    return None


# The refusals for a `text_problem` that name the character; a `name_problem` names none.
_PROBLEM_KEYS = {"bidi": "text.bidi", "control": "text.control"}


def problem_text(problem: str, char: str) -> str:
    """The refusal for a `text_problem` or `name_problem`; `char` as `first_bad_char` gives it."""
    if problem in _PROBLEM_KEYS:
        return tr(_PROBLEM_KEYS[problem], char=char)
    return tr("text.invisible_name")
