"""The few colours the app uses for status, chosen to read on light and dark palettes."""

from __future__ import annotations

# ipsfidelity.instrument.NOT_RATED, spelled out: importing the instrument module pulls in
# pydantic, which the first window must not wait for (a test keeps the two equal).
NOT_RATED = "not_rated"

GOOD = "#1b7f3a"
WARN = "#a05a00"
BAD = "#c0262d"
MUTED = "#6b6b6b"

RATING_COLOURS = {"met": GOOD, "partial": WARN, "not_met": BAD, NOT_RATED: MUTED}
LOAD_COLOURS = {"ok": GOOD, "warning": WARN, "over": BAD, "missing": MUTED}
VERDICT_COLOURS = {"meets": GOOD, "does_not_meet": BAD, "incomplete": WARN}
# Marks that differ in shape too, so status never rests on colour alone.
RATING_MARKS = {"met": "✔", "partial": "◐", "not_met": "✘", NOT_RATED: "○"}
