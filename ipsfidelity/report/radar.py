"""The radar drawn with reportlab graphics: vector lines and real text in the embedded
font, so it prints crisply and its labels stay searchable.

Geometry and colours follow `ipsfidelity.charts.radar` (first axis at the top,
clockwise, current review solid blue over the earlier one dashed orange).
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from ipsfidelity.report.fonts import REGULAR
from ipsfidelity.report.styles import CURRENT, EARLIER, INK, MUTED

GRID = colors.HexColor("#c4c4c4")
_BACKING = colors.Color(1, 1, 1, alpha=0.75)
LABEL_SIZE = 8.0
TICK_SIZE = 6.0
LEGEND_SIZE = 7.5
WRAP = 16  # characters per label line, as in the app


@dataclass(frozen=True)
class RadarSeries:
    label: str
    scores: Sequence[float | None]  # 0..100 per axis; None is drawn at 0 with a hollow marker


def _lines(label: str) -> list[str]:
    return textwrap.wrap(label, WRAP, break_long_words=False) or [""]


def radar_drawing(
    axis_labels: Sequence[str],
    series: Sequence[RadarSeries],
    width: float,
    unrated_label: str = "",
) -> Drawing:
    """A square-ish drawing `width` points wide; series[0] is the current review.

    `unrated_label` explains the hollow markers; it is shown only when one is drawn.
    """
    n = len(axis_labels)
    if n < 3:
        raise ValueError("a radar needs at least three axes")
    angles = [math.pi / 2 - 2 * math.pi * i / n for i in range(n)]
    wrapped = [_lines(label) for label in axis_labels]
    line_h = LABEL_SIZE * 1.2
    gap = 5.0
    # Leave room for the widest label on whichever side it sits.
    side = max(
        max(stringWidth(t, REGULAR, LABEL_SIZE) for t in lines)
        for lines, a in zip(wrapped, angles, strict=True)
        if abs(math.cos(a)) > 0.15
    )
    top = max(len(w) for w, a in zip(wrapped, angles, strict=True) if math.sin(a) > 0.7) * line_h
    bottom_lines = [len(w) for w, a in zip(wrapped, angles, strict=True) if math.sin(a) < -0.7]
    bottom = (max(bottom_lines) if bottom_lines else 0) * line_h
    radius = width / 2 - side - gap - 2
    hollow = bool(unrated_label) and any(v is None for v in series[0].scores)
    entries = len(series) + (1 if hollow else 0)
    legend_h = (LEGEND_SIZE * 1.5) * entries + 4
    height = 2 * radius + top + bottom + 2 * gap + legend_h + 4
    cx, cy = width / 2, legend_h + bottom + gap + radius + 2
    d = Drawing(width, height, initialFontName=REGULAR)  # no stray Helvetica in the PDF

    def point(i: int, value: float, r: float = radius) -> tuple[float, float]:
        return cx + r * value / 100 * math.cos(angles[i]), cy + r * value / 100 * math.sin(
            angles[i]
        )

    for ring in (25, 50, 75, 100):
        d.add(
            Circle(
                cx,
                cy,
                radius * ring / 100,
                fillColor=None,
                strokeColor=GRID,
                strokeWidth=0.8 if ring == 100 else 0.5,
            )
        )
    for i in range(n):
        x, y = point(i, 100)
        d.add(Line(cx, cy, x, y, strokeColor=GRID, strokeWidth=0.5))
    # Earlier review underneath, current on top.
    for index in reversed(range(len(series))):
        s = series[index]
        colour = CURRENT if index == 0 else EARLIER
        values = [0.0 if v is None else float(v) for v in s.scores]
        pts = [c for i, v in enumerate(values) for c in point(i, v)]
        if index == 0:
            d.add(
                Polygon(
                    pts,
                    fillColor=colors.Color(colour.red, colour.green, colour.blue, alpha=0.18),
                    strokeColor=None,
                )
            )
        d.add(
            PolyLine(
                [*pts, pts[0], pts[1]],
                strokeColor=colour,
                strokeWidth=1.8 if index == 0 else 1.4,
                strokeDashArray=None if index == 0 else [4, 2.5],
                strokeLineJoin=1,
            )
        )
        for i, v in enumerate(s.scores):
            x, y = point(i, 0.0 if v is None else float(v))
            d.add(
                Circle(
                    x,
                    y,
                    1.9,
                    fillColor=colors.white if v is None else colour,
                    strokeColor=colour,
                    strokeWidth=0.8,
                )
            )

    # The earlier review's dashes once more on top: where the scores did not change the
    # two lines coincide, and the legend's dashed line must still be found on the chart.
    for s in series[1:]:
        values = [0.0 if v is None else float(v) for v in s.scores]
        pts = [c for i, v in enumerate(values) for c in point(i, v)]
        d.add(
            PolyLine(
                [*pts, pts[0], pts[1]],
                strokeColor=EARLIER,
                strokeWidth=1.1,
                strokeDashArray=[4, 2.5],
                strokeLineJoin=1,
            )
        )

    # Scale numbers last, on a pale backing, so data lines never hide them.
    tick_angle = math.pi / 2 - math.pi / n  # between the first two axes, as in the app
    for ring in (25, 50, 75, 100):
        r = radius * ring / 100
        tx, ty = cx + r * math.cos(tick_angle) + 1.5, cy + r * math.sin(tick_angle) + 1.5
        tw = stringWidth(str(ring), REGULAR, TICK_SIZE)
        d.add(
            Rect(
                tx - 0.8, ty - 1.2, tw + 1.6, TICK_SIZE + 0.6, fillColor=_BACKING, strokeColor=None
            )
        )
        d.add(String(tx, ty, str(ring), fontName=REGULAR, fontSize=TICK_SIZE, fillColor=MUTED))

    for i, lines in enumerate(wrapped):
        a = angles[i]
        x, y = point(i, 100, radius + gap)
        cos, sin = math.cos(a), math.sin(a)
        anchor = "middle" if abs(cos) <= 0.15 else ("start" if cos > 0 else "end")
        block = len(lines) * line_h
        if sin > 0.7:
            first = y + block - LABEL_SIZE  # above the circle, growing upwards
        elif sin < -0.7:
            first = y - LABEL_SIZE  # below, growing downwards
        else:
            first = y + block / 2 - LABEL_SIZE + 1  # centred on the axis end
        for k, text in enumerate(lines):
            d.add(
                String(
                    x,
                    first - k * line_h,
                    text,
                    fontName=REGULAR,
                    fontSize=LABEL_SIZE,
                    fillColor=INK,
                    textAnchor=anchor,
                )
            )

    # Legend, one entry per line, centred under the chart.
    labels = [s.label for s in series] + ([unrated_label] if hollow else [])
    widest = max(stringWidth(t, REGULAR, LEGEND_SIZE) for t in labels) + 22
    lx = (width - widest) / 2
    for index, s in enumerate(series):
        ly = legend_h - 4 - (index + 1) * LEGEND_SIZE * 1.5 + 3
        colour = CURRENT if index == 0 else EARLIER
        d.add(
            Line(
                lx,
                ly + 2.5,
                lx + 16,
                ly + 2.5,
                strokeColor=colour,
                strokeWidth=1.8 if index == 0 else 1.4,
                strokeDashArray=None if index == 0 else [4, 2.5],
            )
        )
        d.add(Circle(lx + 8, ly + 2.5, 1.9, fillColor=colour, strokeColor=colour))
        d.add(String(lx + 22, ly, s.label, fontName=REGULAR, fontSize=LEGEND_SIZE, fillColor=INK))
    if hollow:
        ly = legend_h - 4 - entries * LEGEND_SIZE * 1.5 + 3
        d.add(
            Circle(
                lx + 8, ly + 2.5, 1.9, fillColor=colors.white, strokeColor=CURRENT, strokeWidth=0.8
            )
        )
        d.add(
            String(
                lx + 22, ly, unrated_label, fontName=REGULAR, fontSize=LEGEND_SIZE, fillColor=INK
            )
        )
    return d
