"""Beside the current element in the walk-through: its action-plan items (carried over from
the last review or agreed in this one), and for the agreement element whether a cooperation
agreement is in force on the review date."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from ipsfidelity.i18n import tr
from ipsfidelity.ui.common.colours import BAD, GOOD, MUTED, WARN
from ipsfidelity.ui.common.followup_text import (
    STATUS_IDS,
    agreement_indicator,
    element_label,
    party_label,
    shows_agreement,
    status_label,
)
from ipsfidelity.ui.common.layouts import hbox, vbox

if TYPE_CHECKING:
    from ipsfidelity.store.followup import ActionItemInfo


def items_by_element(items: list[ActionItemInfo]) -> dict[str, list[ActionItemInfo]]:
    """The plan under each element it links, as `Store.action_plan_by_element` groups it;
    grouped here from the plan the screens already hold, so an edit shows at once."""
    grouped: dict[str, list[ActionItemInfo]] = {}
    for item in items:
        for element in item.elements:
            grouped.setdefault(element, []).append(item)
    return grouped


class ElementFollowUp(QFrame):
    agreement_requested = Signal()
    status_chosen = Signal(str, str, str)  # item id, status before, status after

    def __init__(self, pack_id: str) -> None:
        super().__init__()
        self.pack_id = pack_id
        self.key = ""
        self.items: dict[str, list[ActionItemInfo]] = {}
        self.origin_periods: dict[str, str] = {}
        self.agreement_start: dt.date | None = None
        self.agreement_known = False
        self.status_boxes: dict[str, QComboBox] = {}
        self.editable = True  # False: the user's role may read the plan, not change it
        self.setFrameShape(QFrame.Shape.StyledPanel)

        self.agreement_label = QLabel()
        self.agreement_label.setWordWrap(True)
        self.agreement_button = QPushButton()
        self.agreement_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.agreement_button.clicked.connect(self.agreement_requested)
        self.agreement_row = QWidget()
        hbox((self.agreement_label, 1), self.agreement_button, parent=self.agreement_row, margins=0)

        self.items_title = QLabel()
        self.items_title.setStyleSheet("font-weight: 600;")
        self.items_box = QWidget()
        self.items_grid = QGridLayout(self.items_box)
        self.items_grid.setContentsMargins(0, 0, 0, 0)
        self.items_grid.setColumnStretch(0, 1)

        content = (self.agreement_row, self.items_title, self.items_box)
        vbox(*content, parent=self, margins=(16, 8, 16, 8))
        self.setVisible(False)

    def set_agreement(self, start: dt.date | None) -> None:
        self.agreement_start, self.agreement_known = start, True
        self.show_for(self.key)

    def set_items(self, items: list[ActionItemInfo], origin_periods: dict[str, str]) -> None:
        self.items = items_by_element(items)
        self.origin_periods = origin_periods
        self.show_for(self.key)

    def indicator_text(self) -> str:
        return self.agreement_label.text() if self.agreement_row.isVisibleTo(self) else ""

    def show_for(self, key: str) -> None:
        self.key = key
        agreement = shows_agreement(self.pack_id, key) and self.agreement_known
        self.agreement_row.setVisible(agreement)
        if agreement:
            found = self.agreement_start is not None
            self.agreement_label.setText(agreement_indicator(self.agreement_start))
            self.agreement_label.setStyleSheet(f"color: {GOOD if found else WARN};")
            self.agreement_button.setText(
                tr("indicator.open_agreement") if found else tr("indicator.record_agreement")
            )
        while self.items_grid.count():
            taken = self.items_grid.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        self.status_boxes = {}
        items = self.items.get(key, [])
        self.items_title.setVisible(bool(items))
        self.items_box.setVisible(bool(items))
        self.items_title.setText(tr("review.plan_items", element=element_label(key)))
        for row, item in enumerate(items):
            self._add_row(row, item)
        self.setVisible(agreement or bool(items))

    def _add_row(self, row: int, item: ActionItemInfo) -> None:
        overdue = item.is_overdue(dt.date.today())
        mark = "↻" if item.origin_item_id else "•"
        text = tr(
            "review.plan_item",
            mark=mark,
            text=item.text.replace("\n", " / "),
            party=party_label(item.party),
            owner=item.owner or "–",
            deadline=item.deadline.isoformat(),
            status=status_label(item.status),
        )
        if item.origin_item_id:
            period = self.origin_periods.get(item.origin_item_id) or "?"
            text += f" ({tr('review.carried_from', period=period)})"
        if overdue:
            text += f"  {tr('plan.overdue')}"
        label = QLabel(text)
        label.setWordWrap(True)
        label.setStyleSheet(f"color: {BAD};" if overdue else "")
        label.setToolTip(item.follow_up or item.text)
        box = QComboBox()
        box.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        for status in STATUS_IDS:
            box.addItem(status_label(status), status)
        box.setCurrentIndex(STATUS_IDS.index(item.status))
        box.setStyleSheet(f"color: {MUTED};" if item.status == "afsluttet" else "")
        box.currentIndexChanged.connect(
            lambda _i, b=box, i=item: self._status(i.id, i.status, str(b.currentData()))
        )
        box.setEnabled(self.editable)
        self.status_boxes[item.id] = box
        self.items_grid.addWidget(label, row, 0)
        self.items_grid.addWidget(box, row, 1, Qt.AlignmentFlag.AlignTop)

    def _status(self, item_id: str, before: str, after: str) -> None:
        if before != after:
            self.status_chosen.emit(item_id, before, after)
