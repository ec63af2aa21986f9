"""Box layouts written as what they hold, top to bottom or left to right:

    vbox(hbox(back, (title, 1), export), (table, 1), count, parent=self)

A part is a widget, a layout, `(part, stretch)`, `Space(px)` or `Stretch()`; this says
once what screens otherwise spell as a run of addWidget/addLayout calls.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypedDict, TypeVar, Unpack

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


class Options(TypedDict, total=False):
    parent: QWidget  # the widget this is the layout of
    margins: int | tuple[int, int, int, int]  # one for all four sides, or left, top, right, bottom
    spacing: int


def _filled(layout: Box, parts: tuple[Part, ...], **options: Unpack[Options]) -> Box:
    margins = options.get("margins")
    if margins is not None:
        layout.setContentsMargins(*((margins,) * 4 if isinstance(margins, int) else margins))
    if "spacing" in options:
        layout.setSpacing(options["spacing"])
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
    if "parent" in options:
        options["parent"].setLayout(layout)
    return layout


def vbox(*parts: Part, **options: Unpack[Options]) -> QVBoxLayout:
    """`parts` top to bottom."""
    return _filled(QVBoxLayout(), parts, **options)


def hbox(*parts: Part, **options: Unpack[Options]) -> QHBoxLayout:
    """`parts` left to right."""
    return _filled(QHBoxLayout(), parts, **options)
