"""The few colours the app uses for status, chosen to read on light and dark palettes."""

from __future__ import annotations

# ipsfidelity.instrument.NOT_RATED, spelled out so the first window needs nothing of the
# instrument module (a test keeps the two equal).
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

# Score cells: light tints of ColorBrewer's RdBu (colour-blind safe), low to full marks,
# each with dark text so the number always reads; the number is never left out.
SCORE_TEXT = "#1a1a1a"
SCORE_BANDS: tuple[tuple[float, str], ...] = (  # (lowest score of the band, background)
    (100.0, "#92c5de"),
    (75.0, "#d1e5f0"),
    (50.0, "#fddbc7"),
    (0.0, "#f4a582"),
)
STALE_MARK = "◷"  # a clock face: ⚠ already marks overdue actions on the same screen


def score_background(score: float | None) -> str | None:
    """The tint for a 0-100 score, None for no score."""
    if score is None:
        return None
    for lowest, colour in SCORE_BANDS:
        if score >= lowest:
            return colour
    return SCORE_BANDS[-1][1]


# Trend lines: Paul Tol's "muted" palette (colour-blind safe), with alternating dashes.
LINE_COLOURS = (
    "#332288",
    "#88CCEE",
    "#44AA99",
    "#117733",
    "#999933",
    "#DDCC77",
    "#CC6677",
    "#882255",
    "#AA4499",
)
OVERALL_LINE = "#000000"
# Verdict marks on the overall line: shape and colour both differ (Okabe-Ito colours).
VERDICT_MARKERS = {
    "meets": ("o", "#009E73"),
    "does_not_meet": ("X", "#D55E00"),
    "incomplete": ("s", "#999999"),
}
# The radar's two series (ipsfidelity.charts.radar.STYLES, spelled out so the team view
# needs no matplotlib for its labels): the assessment looked at, the one compared with.
RADAR_COLOURS = ("#0072B2", "#E69F00")
