"""The report's table look: a tinted, repeating header row and light rules between rows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Paragraph, TableStyle

from ipsfidelity.report.pages import PAGE_H
from ipsfidelity.report.styles import HEAD_BG, MARGIN_BOTTOM, MARGIN_TOP, RULE, Table, styles
from ipsfidelity.report.text import esc

Command = tuple[Any, ...]  # a TableStyle command
FRAME_HEIGHT = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM


def grid(
    data: list[list[object]],
    widths: Sequence[float],
    extra: Sequence[Command] = (),
    *,
    split_rows: bool = True,
) -> Table:
    """A table with a tinted, repeating header row and light rules between rows.
    `split_rows=False` breaks pages only between rows."""
    table = Table(data, colWidths=list(widths), repeatRows=1, splitInRow=int(split_rows))
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                *extra,
            ]
        )
    )
    return table


def head(*titles: str, right: Sequence[int] = ()) -> list[object]:
    """Header cells; columns in `right` sit right-aligned, over numbers."""
    st = styles()
    return [
        Paragraph(esc(title), st["cell_bold_right" if i in right else "cell_bold"])
        for i, title in enumerate(titles)
    ]


def whole_rows_grid(
    data: list[list[object]], widths: Sequence[float], extra: Sequence[Command] = ()
) -> Table:
    """`grid` that keeps each row on one page, unless a row is too tall for any page
    (a very long text), which then splits rather than stop the report being made."""
    table = grid(data, widths, extra, split_rows=False)
    table.wrap(sum(widths), FRAME_HEIGHT)
    if max(table._rowHeights, default=0) > 0.8 * FRAME_HEIGHT:
        return grid(data, widths, extra)
    return table
