"""The report's table look: a tinted, repeating header row and light rules between rows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Paragraph, TableStyle

from ipsfidelity.report.styles import HEAD_BG, RULE, Table, styles
from ipsfidelity.report.text import Words, esc

Command = tuple[Any, ...]  # a TableStyle command


def grid(data: list[list[object]], widths: Sequence[float], extra: Sequence[Command] = ()) -> Table:
    """A table with a tinted, repeating header row and light rules between rows."""
    table = Table(data, colWidths=list(widths), repeatRows=1)
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


def head(w: Words, *keys: str, right: Sequence[int] = ()) -> list[object]:
    """Header cells; columns in `right` sit right-aligned, over numbers."""
    st = styles()
    return [
        Paragraph(esc(w(k)), st["cell_bold_right" if i in right else "cell_bold"])
        for i, k in enumerate(keys)
    ]
