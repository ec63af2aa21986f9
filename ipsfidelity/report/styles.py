"""Paragraph styles and colours: one sans face, sizes that read well on paper."""

from __future__ import annotations

from functools import cache
from typing import Any

from reportlab import platypus
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from ipsfidelity.report.fonts import BOLD, REGULAR

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#b0b0b0")
HEAD_BG = colors.HexColor("#e8eef4")
DRAFT = colors.HexColor("#b42318")
DRAFT_BG = colors.HexColor("#fdf1f0")
CURRENT = colors.HexColor("#0072B2")  # same Okabe-Ito pair as the app's radar
EARLIER = colors.HexColor("#E69F00")
# Rating and verdict tints: always paired with words, never colour alone.
TINTS = {
    "met": colors.HexColor("#dcefe0"),
    "partial": colors.HexColor("#fbefd2"),
    "not_met": colors.HexColor("#f6d9d6"),
    "not_rated": colors.HexColor("#ececec"),
    "meets": colors.HexColor("#dcefe0"),
    "does_not_meet": colors.HexColor("#f6d9d6"),
    "incomplete": colors.HexColor("#ececec"),
    "ok": colors.HexColor("#dcefe0"),
    "warning": colors.HexColor("#fbefd2"),
    "over": colors.HexColor("#f6d9d6"),
    "missing": colors.HexColor("#ececec"),
}
MARGIN_X = 18 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 20 * mm
CONTENT_WIDTH = 174 * mm  # the A4 page between the side margins


@cache
def styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle(
        "body",
        fontName=REGULAR,
        fontSize=9.5,
        leading=12.5,
        textColor=INK,
        alignment=TA_LEFT,
        # A word too wide for its column breaks after a hyphen it has ("Lindholm-" /
        # "Bjerregaard") before reportlab would cut it anywhere.
        embeddedHyphenation=2,
    )

    def derive(name: str, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return {
        "body": base,
        "small": derive("small", fontSize=8.5, leading=11),
        "small_right": derive("small_right", fontSize=8.5, leading=11, alignment=TA_RIGHT),
        "muted": derive("muted", fontSize=8.5, leading=11, textColor=MUTED),
        "cell": derive("cell", fontSize=8.5, leading=10.8),
        "how": derive("how", fontSize=8, leading=10.2),
        "muted_cell": derive("muted_cell", fontSize=7.5, leading=9.5, textColor=MUTED),
        "cell_bold": derive("cell_bold", fontName=BOLD, fontSize=8.5, leading=10.8),
        "cell_bold_right": derive(
            "cell_bold_right", fontName=BOLD, fontSize=8.5, leading=10.8, alignment=TA_RIGHT
        ),
        "kicker": derive("kicker", fontSize=10, leading=13, textColor=MUTED),
        "title": derive("title", fontName=BOLD, fontSize=20, leading=24, spaceAfter=2 * mm),
        "h1": derive(
            "h1", fontName=BOLD, fontSize=14, leading=18, spaceBefore=6 * mm, spaceAfter=3 * mm
        ),
        "h2": derive(
            "h2", fontName=BOLD, fontSize=11, leading=14, spaceBefore=5 * mm, spaceAfter=2 * mm
        ),
        "verdict": derive("verdict", fontName=BOLD, fontSize=11.5, leading=15),
        "big": derive("big", fontName=BOLD, fontSize=26, leading=30),
        # Overdue action items: bold words in the draft's red, so they read in grey print too.
        "overdue": derive("overdue", fontName=BOLD, fontSize=8.5, leading=10.8, textColor=DRAFT),
        "draft": derive("draft", fontName=BOLD, fontSize=10, leading=13, textColor=DRAFT),
    }


class Table(platypus.Table):
    """A platypus Table whose plain-text cells use the embedded font, not Helvetica
    (which would be named in the PDF without being embedded), and whose rows may split
    across pages, so a very long note cannot stop the report being made."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("splitInRow", 1)
        super().__init__(*args, **kwargs)
        self.setStyle(platypus.TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR)]))
