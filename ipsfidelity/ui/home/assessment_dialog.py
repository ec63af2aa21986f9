"""Start a new assessment: date (today), period from the date, reviewers, instrument pack.

A second assessment of the same team and period would hide the first one's result on
every screen that shows "the latest", so the dialog warns and offers to open the existing
one; a deliberate re-review is still possible after ticking a box.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ipsfidelity.i18n import tr
from ipsfidelity.instrument import DEFAULT_PACK, available_packs
from ipsfidelity.periods import is_period, period_for
from ipsfidelity.review_words import kind_word
from ipsfidelity.ui.common.date_field import DateField
from ipsfidelity.ui.common.widgets import FieldMessage

if TYPE_CHECKING:
    from ipsfidelity.store.views import AssessmentInfo

MAX_DAYS_AHEAD = 366


@dataclass(frozen=True)
class NewAssessment:
    date: dt.date
    period: str
    reviewers: tuple[str, ...]
    instrument: tuple[str, str]
    kind: str = "independent"  # or "self" (docs/review-lifecycle.md)


def date_problem(date: dt.date, today: dt.date | None = None) -> str:
    today = today or dt.date.today()
    return tr("new.date_far") if (date - today).days > MAX_DAYS_AHEAD else ""


class NewAssessmentDialog(QDialog):
    open_existing = Signal(str)  # the id of the team's assessment in the chosen period

    def __init__(
        self,
        team_name: str,
        parent: QWidget | None = None,
        existing: Sequence[AssessmentInfo] = (),
    ) -> None:
        super().__init__(parent)
        self.existing = tuple(existing)
        self.setWindowTitle(tr("new.title", team=team_name))
        today = dt.date.today()
        self.today = today
        self.date_edit = DateField(today)
        self.date_message = FieldMessage()
        self.period_edit = QLineEdit(period_for(today))
        self.period_message = FieldMessage()
        self._period_follows_date = True
        self.reviewers_edit = QLineEdit()
        self.reviewers_edit.setPlaceholderText(tr("new.reviewers_placeholder"))
        self.reviewers_edit.setMinimumWidth(360)
        self.reviewers_message = FieldMessage()
        self.duplicate_message = FieldMessage()
        self.open_existing_button = QPushButton(tr("new.open_existing"))
        self.open_existing_button.setAutoDefault(False)
        self.open_existing_button.clicked.connect(self._open_existing)
        self.second_box = QCheckBox(tr("new.create_second"))
        self.pack_box = QComboBox()
        for pack in available_packs():
            self.pack_box.addItem(pack.label(), pack.key)
            if pack.key == DEFAULT_PACK:
                self.pack_box.setCurrentIndex(self.pack_box.count() - 1)

        # Independent review (outside reviewers) or the team's self-assessment.
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("kind_box")
        for kind in ("independent", "self"):
            self.kind_box.addItem(kind_word(kind), kind)

        form = QFormLayout()
        form.addRow(tr("new.date"), self.date_edit)
        form.addRow("", self.date_message)
        form.addRow(tr("new.period"), self.period_edit)
        form.addRow("", self.period_message)
        form.addRow("", self.duplicate_message)
        form.addRow("", self.open_existing_button)
        form.addRow("", self.second_box)
        form.addRow(tr("new.reviewers"), self.reviewers_edit)
        form.addRow("", self.reviewers_message)
        form.addRow(tr("new.instrument"), self.pack_box)
        form.addRow(tr("lifecycle.ui.kind_field"), self.kind_box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.start_button = self.buttons.addButton(
            tr("new.start"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        # Enter starts the review. Set once the button is in the dialog: before, Qt has no
        # dialog to make it the default of, and Enter would hit Annuller instead.
        self.start_button.setDefault(True)

        self.date_edit.dateChanged.connect(self._date_changed)
        self.date_edit.textEdited.connect(lambda _text: self._check())
        self.date_edit.editingFinished.connect(self._date_left)
        self.period_edit.textEdited.connect(self._period_edited)
        self.second_box.toggled.connect(self._check)
        self.reviewers_edit.textEdited.connect(self._reviewers_edited)
        self._check()

    def date(self) -> dt.date:
        return self.date_edit.date() or self.today

    def _date_changed(self) -> None:
        if self._period_follows_date:
            self.period_edit.setText(period_for(self.date()))
        self._check()

    def _date_left(self) -> None:
        if not self.date_edit.text_ok() or not self.date_edit.text().strip():
            self.date_message.show_message(tr("date.bad"))

    def _period_edited(self) -> None:
        self._period_follows_date = False  # the reviewer chose a period; keep it
        self._check()

    def same_period(self) -> AssessmentInfo | None:
        """The team's latest assessment in the chosen period, if it has one."""
        period = self.period_edit.text().strip()
        found = [a for a in self.existing if a.period == period]
        return max(found, key=lambda a: (a.date, a.created_at)) if found else None

    def _check(self) -> bool:
        # A half-typed date is no message yet (the user is typing), but no start either.
        date_ok = self.date_edit.text_ok() and bool(self.date_edit.text().strip())
        date_msg = date_problem(self.date()) if date_ok else ""
        if not date_ok and not self.date_edit.hasFocus():
            date_msg = tr("date.bad")
        period_msg = "" if is_period(self.period_edit.text().strip()) else tr("new.bad_period")
        self.date_message.show_message(date_msg)
        self.period_message.show_message(period_msg)
        same = self.same_period()
        if same is None:
            self.duplicate_message.clear_message()
        else:
            self.duplicate_message.show_warning(
                tr("new.duplicate", period=same.period, date=same.date.isoformat())
            )
        self.open_existing_button.setVisible(same is not None)
        self.second_box.setVisible(same is not None)
        duplicate_ok = same is None or self.second_box.isChecked()
        ok = date_ok and not date_msg and not period_msg and duplicate_ok
        self.start_button.setEnabled(ok)
        return ok

    def _reviewers_edited(self) -> None:
        if self.reviewers():
            self.reviewers_message.clear_message()

    def reviewers(self) -> tuple[str, ...]:
        return tuple(r.strip() for r in self.reviewers_edit.text().split(",") if r.strip())

    def _open_existing(self) -> None:
        same = self.same_period()
        if same is not None:
            self.open_existing.emit(same.id)
            self.reject()

    def accept(self) -> None:
        if not self._check():
            if not self.date_edit.text_ok() or not self.date_edit.text().strip():
                self._date_left()
                self.date_edit.setFocus()
            return
        if not self.reviewers():  # refused here, not by a disabled button: says why
            self.reviewers_message.show_message(tr("new.no_reviewers"))
            self.reviewers_edit.setFocus()
            return
        super().accept()

    def values(self) -> NewAssessment:
        pack_id, version = self.pack_box.currentData()
        return NewAssessment(
            self.date(),
            self.period_edit.text().strip(),
            self.reviewers(),
            (pack_id, version),
            str(self.kind_box.currentData()),
        )
