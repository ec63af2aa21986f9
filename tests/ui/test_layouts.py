"""ui/common/layouts: a box layout written as what it holds, in that order."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QSpacerItem, QWidget

from ipsfidelity.ui.common.layouts import Space, Stretch, hbox, vbox


def test_parts_stand_in_order_with_their_stretch_gaps_and_margins(qtbot) -> None:
    box = QWidget()
    qtbot.addWidget(box)
    first, second, third = QLabel("a"), QLabel("b"), QLabel("c")
    inner = hbox(second, (third, 2))
    layout = vbox(first, Space(6), (inner, 1), Stretch(3), parent=box, margins=(1, 2, 3, 4))
    assert box.layout() is layout
    assert layout.count() == 4
    assert layout.itemAt(0).widget() is first
    gap = layout.itemAt(1).spacerItem()
    assert isinstance(gap, QSpacerItem) and gap.sizeHint().height() == 6
    assert layout.itemAt(2).layout() is inner and layout.stretch(2) == 1
    assert layout.itemAt(3).spacerItem() is not None and layout.stretch(3) == 3
    assert inner.itemAt(1).widget() is third and inner.stretch(1) == 2
    margins = layout.contentsMargins()
    assert (margins.left(), margins.top(), margins.right(), margins.bottom()) == (1, 2, 3, 4)


def test_one_number_is_every_margin_and_spacing_is_set(qtbot) -> None:
    layout = hbox(QLabel("a"), margins=0, spacing=4)
    margins = layout.contentsMargins()
    assert {margins.left(), margins.top(), margins.right(), margins.bottom()} == {0}
    assert layout.spacing() == 4
    assert layout.parentWidget() is None
