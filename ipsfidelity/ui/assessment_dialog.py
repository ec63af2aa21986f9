"""Start a new assessment: date (today), period from the date, reviewers, instrument pack."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ipsfidelity.instrument import DEFAULT_PACK, available_packs
from ipsfidelity.periods import is_period, period_for
from ipsfidelity.ui.strings import t
from ipsfidelity.ui.widgets import FieldMessage

MAX_DAYS_AHEAD = 366


@dataclass(frozen=True)
class NewAssessment:
    date: dt.date
    period: str
    reviewers: tuple[str, ...]
    instrument: tuple[str, str]


def date_problem(date: dt.date, today: dt.date | None = None) -> str:
    today = today or dt.date.today()
    return t("new.date_far") if (date - today).days > MAX_DAYS_AHEAD else ""


class NewAssessmentDialog(QDialog):
    def __init__(self, team_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(t("new.title", team=team_name))
        today = dt.date.today()
        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_message = FieldMessage()
        self.period_edit = QLineEdit(period_for(today))
        self.period_message = FieldMessage()
        self._period_follows_date = True
        self.reviewers_edit = QLineEdit()
        self.reviewers_edit.setPlaceholderText(t("new.reviewers_placeholder"))
        self.reviewers_edit.setMinimumWidth(360)
        self.pack_box = QComboBox()
        for pack in available_packs():
            self.pack_box.addItem(pack.label(), pack.key)
            if pack.key == DEFAULT_PACK:
                self.pack_box.setCurrentIndex(self.pack_box.count() - 1)

        form = QFormLayout()
        form.addRow(t("new.date"), self.date_edit)
        form.addRow("", self.date_message)
        form.addRow(t("new.period"), self.period_edit)
        form.addRow("", self.period_message)
        form.addRow(t("new.reviewers"), self.reviewers_edit)
        form.addRow(t("new.instrument"), self.pack_box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.start_button = self.buttons.addButton(
            t("new.start"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.start_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.date_edit.dateChanged.connect(self._date_changed)
        self.period_edit.textEdited.connect(self._period_edited)
        self._check()

    def date(self) -> dt.date:
        q = self.date_edit.date()
        return dt.date(q.year(), q.month(), q.day())

    def _date_changed(self) -> None:
        if self._period_follows_date:
            self.period_edit.setText(period_for(self.date()))
        self._check()

    def _period_edited(self) -> None:
        self._period_follows_date = False  # the reviewer chose a period; keep it
        self._check()

    def _check(self) -> bool:
        date_msg = date_problem(self.date())
        period_msg = "" if is_period(self.period_edit.text().strip()) else t("new.bad_period")
        self.date_message.show_message(date_msg)
        self.period_message.show_message(period_msg)
        ok = not date_msg and not period_msg
        self.start_button.setEnabled(ok)
        return ok

    def accept(self) -> None:
        if self._check():
            super().accept()

    def values(self) -> NewAssessment:
        reviewers = [r.strip() for r in self.reviewers_edit.text().split(",") if r.strip()]
        pack_id, version = self.pack_box.currentData()
        return NewAssessment(
            self.date(), self.period_edit.text().strip(), tuple(reviewers), (pack_id, version)
        )
