"""Spotting personal data in free text: things that look like Danish CPR numbers.

The tool holds team-level data only, so a text that seems to carry a CPR number gets a
warning as it is typed (UI) and needs confirmation (or masking) before a report or an
export prints it. Detection errs towards warning: a false alarm costs a click, a miss
leaks a citizen's identity. Phone numbers that are not valid dates are not flagged.

The text is matched in a normalised copy (NFKC, so full-width digits and no-break spaces
count as digits and spaces; invisible format characters such as a soft hyphen or a
zero-width space removed); each match maps back to the original characters, so masking
replaces exactly what a reader would see as the number. `docs/privacy.md` lists the
spellings caught and the false-positive rate measured on ordinary texts.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

# DDMMYY (or DDMMYYYY) then 4 digits: "010190-1234", "0101901234", "01.01.90-1234",
# "01/01/1990 1234", "010190/1234", "010190_1234", "01 01 90 - 1234". A digit on either side
# (a longer number) or a leading "+" (a phone number) rules it out.
_DASH = "\\-‐‑‒–—−"  # hyphen-minus, hyphen, non-breaking hyphen, figure/en/em dash, minus
_IN_DATE = rf"[ .{_DASH}/]?"
_GAP = r"[ \t\r\n]{0,3}"
_CPR = re.compile(
    r"(?<![0-9+])"
    rf"(?P<dd>[0-9]{{2}}){_IN_DATE}(?P<mm>[0-9]{{2}}){_IN_DATE}"
    r"(?P<yy>(?:18|19|20)[0-9]{2}|[0-9]{2})"
    rf"{_GAP}[{_DASH}/_.]?{_GAP}"
    r"(?P<seq>[0-9]{4})(?![0-9])"
)


@dataclass(frozen=True)
class CprMatch:
    start: int
    end: int
    text: str


def _century(yy: int, seventh: int) -> int:
    """The birth century from the year and the 7th digit (CPR rules since 1968)."""
    if seventh <= 3:
        return 1900
    if seventh in (4, 9):
        return 2000 if yy <= 36 else 1900
    return 2000 if yy <= 57 else 1800


def is_cpr_date(dd: int, mm: int, yy: int, seventh: int) -> bool:
    """A real day of a month; `yy` of two digits is placed in its century by the 7th digit,
    and a four-digit year must be that same year ("01.01.2026-2027" is a span of years,
    not a CPR number: 7th digit 2 means born 1900-1999)."""
    if not 1 <= mm <= 12 or dd < 1:
        return False
    year = _century(yy % 100, seventh) + yy % 100
    if yy >= 100 and yy != year:
        return False
    import calendar  # only for a text with 10 digits; it loads locale (~1.5 ms of a report)

    return dd <= calendar.monthrange(year, mm)[1]


# A Python escape in a repr() (an exception's text, a log line): "\\u200b", "\\xa0", "\\t".
_ESCAPE = re.compile(r"\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[tnr])")
_SIMPLE_ESCAPES = {"t": "\t", "n": "\n", "r": "\r"}


def _unescape(code: str) -> str | None:
    simple = _SIMPLE_ESCAPES.get(code[1])
    if simple:
        return simple
    value = int(code[2:], 16)
    return chr(value) if value <= 0x10FFFF else None  # "\\U99999999" is no character


def normalised(text: str, *, escaped: bool = False) -> tuple[str, list[int], list[int]]:
    """`text` in NFKC without format characters (soft hyphen, zero-width space, BOM...),
    and for each of its characters where in `text` the character it came from starts and
    ends. With `escaped`, a Python escape such as `\\u200b` counts as the character it names."""
    if text.isascii() and not (escaped and "\\" in text):
        return text, list(range(len(text))), list(range(1, len(text) + 1))
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    index = 0
    while index < len(text):
        escape = _ESCAPE.match(text, index) if escaped and text[index] == "\\" else None
        decoded = _unescape(escape[0]) if escape else None
        char, after = (decoded, escape.end()) if decoded and escape else (text[index], index + 1)
        if unicodedata.category(char) != "Cf":
            for out in unicodedata.normalize("NFKC", char):
                chars.append(out)
                starts.append(index)
                ends.append(after)
        index = after
    return "".join(chars), starts, ends


def _digits(text: str) -> int:
    return sum(c.isdigit() for c in text)


def find_cpr_numbers(text: str, *, escaped: bool = False) -> list[CprMatch]:
    """Every stretch of `text` that looks like a CPR number, in order, overlaps merged;
    `start`/`end` index the original `text`. `escaped` also reads Python escapes (logs)."""
    if _digits(text) < 10:
        return []
    norm, starts, ends = normalised(text, escaped=escaped)
    spans: list[list[int]] = []
    # Try every start position: an invalid candidate must not hide a valid one overlapping it.
    for start in range(len(norm)):
        m = _CPR.match(norm, start)
        if m is None or not is_cpr_date(int(m["dd"]), int(m["mm"]), int(m["yy"]), int(m["seq"][0])):
            continue
        a, b = starts[start], ends[m.end() - 1]
        if spans and a < spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], b)
        else:
            spans.append([a, b])
    return [CprMatch(a, b, text[a:b]) for a, b in spans]


def contains_cpr(text: str) -> bool:
    return bool(find_cpr_numbers(text))


MASK = "XXXXXX-XXXX"


def mask_cpr(text: str, mask: str = MASK, *, escaped: bool = False) -> str:
    """`text` with each CPR-like number replaced by `mask`, for a report that must not print it."""
    for m in reversed(find_cpr_numbers(text, escaped=escaped)):
        text = text[: m.start] + mask + text[m.end :]
    return text


def flagged(texts: Mapping[str, str]) -> list[str]:
    """The keys whose text looks like it holds a CPR number, in the mapping's order.

    For the report's confirmation: `flagged({r.element_id: r.note for r in ratings})`.
    """
    return [key for key, text in texts.items() if contains_cpr(text)]
