"""Text cells for spreadsheets (CSV and XLSX) that a spreadsheet never runs as a formula.

OWASP's CSV-injection guidance: a cell starting with `=`, `+`, `-`, `@`, a tab or a
carriage return may be read as a formula (`=HYPERLINK(...)` in a team name arriving in an
exchange file). Such a cell gets a leading apostrophe; XLSX cells are also typed as
strings, so even an unprefixed text is never a formula there.
"""

from __future__ import annotations

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def inert(text: str) -> str:
    """`text` as a spreadsheet cell that cannot start a formula."""
    return "'" + text if text.startswith(FORMULA_START) else text
