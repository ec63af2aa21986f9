"""Dates as people type them: 2027-02-15, 15-02-2027 or 15.02.2027 (day and month may have
one digit). Pure, so the app's date fields and the action plan's Frist read a typed date the
same way. No slashes: 02/03/2027 is the 2nd of March here and the 3rd of February in the US.
"""

from __future__ import annotations

import datetime as dt
import re

# The year is the four-digit part, first or last; the separators are - or . (the same twice).
_YEAR_FIRST = re.compile(r"(\d{4})([-.])(\d{1,2})\2(\d{1,2})")
_DAY_FIRST = re.compile(r"(\d{1,2})([-.])(\d{1,2})\2(\d{4})")


def parse_typed_date(text: str) -> dt.date | None:
    """The date a user typed, or None when it is not a whole valid date in one of the forms."""
    text = text.strip()
    if found := _YEAR_FIRST.fullmatch(text):
        year, _sep, month, day = found.groups()
    elif found := _DAY_FIRST.fullmatch(text):
        day, _sep, month, year = found.groups()
    else:
        return None
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None
