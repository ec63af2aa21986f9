"""Spotting personal data in free text: things that look like Danish CPR numbers.

The tool holds team-level data only, so a note that seems to carry a CPR number
gets a warning as it is typed (UI) and needs confirmation before a report prints
it. Detection errs towards warning: a false alarm costs a click, a miss leaks a
citizen's identity. Phone numbers that are not valid dates are not flagged.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

# DDMMYY then 4 digits: "010190-1234", "0101901234", "010190 1234", "01 01 90 - 1234".
# A digit on either side (a longer number) or a leading "+" (a phone number) rules it out.
_SPACE = "[ \u00a0]?"
_CPR = re.compile(
    r"(?<![0-9+])"
    rf"(?P<dd>[0-9]{{2}}){_SPACE}(?P<mm>[0-9]{{2}}){_SPACE}(?P<yy>[0-9]{{2}})"
    rf"{_SPACE}[-‐‑–]?{_SPACE}"
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
    if not 1 <= mm <= 12 or dd < 1:
        return False
    year = _century(yy, seventh) + yy
    import calendar  # only for a note with 10 digits; it loads locale (~1.5 ms of a report)

    return dd <= calendar.monthrange(year, mm)[1]


def find_cpr_numbers(text: str) -> list[CprMatch]:
    """Every stretch of `text` that looks like a CPR number, in order, overlaps merged."""
    spans: list[list[int]] = []
    if sum(c in "0123456789" for c in text) < 10:
        return []
    # Try every start position: an invalid candidate must not hide a valid one overlapping it.
    for start in range(len(text)):
        m = _CPR.match(text, start)
        if m is None or not is_cpr_date(int(m["dd"]), int(m["mm"]), int(m["yy"]), int(m["seq"][0])):
            continue
        if spans and start < spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], m.end())
        else:
            spans.append([start, m.end()])
    return [CprMatch(a, b, text[a:b]) for a, b in spans]


def contains_cpr(text: str) -> bool:
    return bool(find_cpr_numbers(text))


def mask_cpr(text: str, mask: str = "XXXXXX-XXXX") -> str:
    """`text` with each CPR-like number replaced by `mask`, for a report that must not print it."""
    for m in reversed(find_cpr_numbers(text)):
        text = text[: m.start] + mask + text[m.end :]
    return text


def flagged(texts: Mapping[str, str]) -> list[str]:
    """The keys whose text looks like it holds a CPR number, in the mapping's order.

    For the report's confirmation: `flagged({r.element_id: r.note for r in ratings})`.
    """
    return [key for key, text in texts.items() if contains_cpr(text)]
