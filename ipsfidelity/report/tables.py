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
                *padded(left=3, right=3, top=2.5, bottom=3),
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                *extra,
            ]
        )
    )
    return table


def padded(*, left: float, top: float, bottom: float, right: float | None = None) -> list[Command]:
    """Every cell aligned at its top and padded as given (reportlab's own right padding
    when `right` is None); a table's own commands follow."""
    commands: list[Command] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), left),
    ]
    if right is not None:
        commands.append(("RIGHTPADDING", (0, 0), (-1, -1), right))
    return [
        *commands,
        ("TOPPADDING", (0, 0), (-1, -1), top),
        ("BOTTOMPADDING", (0, 0), (-1, -1), bottom),
    ]


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
