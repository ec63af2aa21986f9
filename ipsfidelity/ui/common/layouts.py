"""Box layouts written as what they hold, top to bottom or left to right:

    vbox(hbox(back, (title, 1), export), (table, 1), count, parent=self)

A part is a widget, a layout, `(part, stretch)`, `Space(px)` or `Stretch()`; this says
once what screens otherwise spell as a run of addWidget/addLayout calls.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLayout, QVBoxLayout, QWidget


@dataclass(frozen=True)
class Space:
    """A fixed gap of `px` pixels."""

    px: int


@dataclass(frozen=True)
class Stretch:
    """Room that grows: pushes what follows to the far end."""

    factor: int = 1


Part = QWidget | QLayout | tuple[QWidget | QLayout, int] | Space | Stretch
Box = TypeVar("Box", bound=QBoxLayout)
Margins = int | tuple[int, int, int, int]


def _filled(
    layout: Box, parts: tuple[Part, ...], margins: Margins | None, spacing: int | None
) -> Box:
    if margins is not None:
        layout.setContentsMargins(*((margins,) * 4 if isinstance(margins, int) else margins))
    if spacing is not None:
        layout.setSpacing(spacing)
    for part in parts:
        item, stretch = part if isinstance(part, tuple) else (part, 0)
        if isinstance(item, Space):
            layout.addSpacing(item.px)
        elif isinstance(item, Stretch):
            layout.addStretch(item.factor)
        elif isinstance(item, QLayout):
            layout.addLayout(item, stretch)
        else:
            layout.addWidget(item, stretch)
    return layout


def vbox(
    *parts: Part,
    parent: QWidget | None = None,
    margins: Margins | None = None,
    spacing: int | None = None,
) -> QVBoxLayout:
    """`parts` top to bottom; with `parent`, the layout of that widget."""
    return _filled(QVBoxLayout(parent) if parent else QVBoxLayout(), parts, margins, spacing)


def hbox(
    *parts: Part,
    parent: QWidget | None = None,
    margins: Margins | None = None,
    spacing: int | None = None,
) -> QHBoxLayout:
    """`parts` left to right; with `parent`, the layout of that widget."""
    return _filled(QHBoxLayout(parent) if parent else QHBoxLayout(), parts, margins, spacing)
