"""`button_row`: the shared row of buttons, some from the left edge, some against the right."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from ipsfidelity.ui.common.widgets import button_row


def test_left_buttons_then_the_stretch_then_the_right_ones(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    add, remove, confirm = QPushButton("Tilføj"), QPushButton("Fjern"), QPushButton("Bekræft")
    row = button_row((add, remove), (confirm,))
    host.setLayout(row)
    host.resize(600, 60)
    host.show()
    qtbot.waitExposed(host)

    items = [row.itemAt(i) for i in range(row.count())]
    assert [item.widget() for item in items] == [add, remove, None, confirm]
    assert items[2].spacerItem() is not None and row.stretch(2) == 1
    # The stretch takes the free width: the last button ends at the right edge.
    assert remove.geometry().right() < confirm.geometry().left() - 100
    assert confirm.geometry().right() >= host.width() - row.contentsMargins().right() - 1


def test_without_right_buttons_the_row_ends_in_the_stretch(qtbot: QtBot) -> None:
    only = QPushButton("Ny")
    row = button_row((only,))
    assert row.count() == 2
    assert row.itemAt(0).widget() is only and row.itemAt(1).spacerItem() is not None
