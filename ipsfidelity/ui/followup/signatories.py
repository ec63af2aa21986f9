"""The agreement's signatories: a table of name, role, party and date, typed in place."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ipsfidelity.i18n import tr
from ipsfidelity.typed_dates import parse_typed_date
from ipsfidelity.ui.common.colours import MUTED
from ipsfidelity.ui.common.widgets import FieldMessage
from ipsfidelity.wording import party_text

if TYPE_CHECKING:
    from ipsfidelity.store.followup import Signatory

SIGN_NAME, SIGN_ROLE, SIGN_PARTY, SIGN_DATE = range(4)
SIGN_PARTIES = ("", "kommune", "psykiatri")


class SignatoriesBox(QGroupBox):
    """The table with its add and remove buttons; `edited` when the user changed a row."""

    edited = Signal()

    def __init__(self) -> None:
        super().__init__(tr("agreement.group.signatories"))
        self._filling = False
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [
                tr("common.name"),
                tr("agreement.sign.role"),
                tr("agreement.sign.party"),
                tr("common.date"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(130)
        self.table.itemChanged.connect(lambda _item: self._edited())
        self.message = FieldMessage()
        add = QPushButton(tr("agreement.sign.add"))
        add.clicked.connect(self.add_signatory)
        remove = QPushButton(tr("agreement.sign.remove"))
        remove.clicked.connect(self.remove_signatory)
        hint = QLabel(tr("agreement.sign.hint"))
        hint.setStyleSheet(f"color: {MUTED};")
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addWidget(hint, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def _edited(self) -> None:
        if not self._filling:
            self.edited.emit()

    def show_signatories(self, signatories: tuple[Signatory, ...]) -> None:
        self.message.clear_message()
        self.table.setRowCount(0)
        for s in signatories:
            self._add_row(s.name, s.role, s.party, s.signed_on)

    def _add_row(self, name: str, role: str, party: str, signed: dt.date | None) -> int:
        was = self._filling
        self._filling = True
        try:
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.table.setItem(row, SIGN_NAME, QTableWidgetItem(name))
            self.table.setItem(row, SIGN_ROLE, QTableWidgetItem(role))
            box = QComboBox()
            for p in SIGN_PARTIES:
                box.addItem(party_text(p) if p else tr("agreement.sign.none_party"), p)
            box.setCurrentIndex(SIGN_PARTIES.index(party) if party in SIGN_PARTIES else 0)
            box.currentIndexChanged.connect(lambda _i: self._edited())
            self.table.setCellWidget(row, SIGN_PARTY, box)
            self.table.setItem(
                row, SIGN_DATE, QTableWidgetItem(signed.isoformat() if signed else "")
            )
        finally:
            self._filling = was
        return row

    def add_signatory(self) -> None:
        row = self._add_row("", "", "", None)
        self.table.setFocus()
        self.table.setCurrentCell(row, SIGN_NAME)
        name = self.table.item(row, SIGN_NAME)
        if name is not None:
            self.table.editItem(name)

    def remove_signatory(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.edited.emit()

    def signatories(self) -> tuple[tuple[Signatory, ...] | None, str]:
        """(the rows as typed, "") or (None, why) when a date is not a date."""
        from ipsfidelity.store.followup import Signatory

        out = []
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, c) for c in (SIGN_NAME, SIGN_ROLE, SIGN_DATE)]
            name, role, date_text = (c.text().strip() if c else "" for c in cells)
            box = self.table.cellWidget(row, SIGN_PARTY)
            party = str(box.currentData()) if isinstance(box, QComboBox) else ""
            if not name:
                continue  # still being typed
            signed = parse_typed_date(date_text) if date_text else None
            if date_text and signed is None:
                return None, tr("date.bad")
            out.append(Signatory(name=name, role=role, party=party, signed_on=signed))
        return tuple(out), ""
