"""Finishing and reopening a review: the sign-off of each named reviewer, and the reason."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ipsfidelity.i18n import tr
from ipsfidelity.ui.common.colours import MUTED, WARN
from ipsfidelity.ui.common.date_field import DateField
from ipsfidelity.ui.common.widgets import FieldMessage


def _ok_cancel(dialog: QDialog, ok_text: str, accept: Callable[[], None]) -> QDialogButtonBox:
    """OK, named as the menu names the step (its "…" dropped: the dialog is open), and
    Cancel; OK runs `accept`, which closes the dialog once the input is valid."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text.rstrip("…"))
    buttons.accepted.connect(accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class FinishDialog(QDialog):
    """Each named reviewer confirms with name and date; a missing caseload needs a reason.

    Only what is ticked is sent: the store refuses the rest, listing everything missing. A
    sign-off already given (and not taken back by a change since) is shown ticked, with its
    date."""

    def __init__(
        self,
        reviewers: Sequence[str],
        caseload_missing: bool,
        parent: QWidget | None = None,
        today: dt.date | None = None,
        signed: Mapping[str, dt.date] | None = None,
        differing: Sequence[tuple[str, str]] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("finish_dialog")
        self.setWindowTitle(tr("lifecycle.ui.finish_title"))
        day = today or dt.date.today()
        intro = QLabel(tr("lifecycle.ui.finish_intro"))
        intro.setWordWrap(True)
        grid = QGridLayout()
        grid.addWidget(QLabel(tr("common.date")), 0, 1)
        self.confirms: list[tuple[str, QCheckBox, DateField]] = []
        signed = signed or {}
        for row, name in enumerate(reviewers, start=1):
            box = QCheckBox(tr("lifecycle.ui.confirm_reviewer", name=name))
            given = signed.get(name)
            date = DateField(given or day)
            date.setAccessibleName(tr("access.signed_on", name=name))
            if given is not None:
                box.setChecked(True)
                box.setText(tr("lifecycle.ui.signed_already", name=name))
            grid.addWidget(box, row, 0)
            grid.addWidget(date, row, 1)
            self.confirms.append((name, box, date))
        self.unavailable = QCheckBox(tr("lifecycle.ui.caseload_unavailable"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(tr("lifecycle.ui.caseload_reason"))
        self.reason.setEnabled(False)
        self.unavailable.toggled.connect(self.reason.setEnabled)
        self.unavailable.toggled.connect(lambda on: on and self.reason.setFocus())
        # (element, rating label) whose consensus no reviewer gave: said, never blocking, as
        # it may be a deliberate joint decision (consensus_marks.py holds the rule).
        self.differing = QLabel(
            "\n".join(tr("lifecycle.ui.finish_differs", element=e, rating=r) for e, r in differing)
        )
        self.differing.setObjectName("finish_differing")
        self.differing.setWordWrap(True)
        self.differing.setTextFormat(Qt.TextFormat.PlainText)
        self.differing.setStyleSheet(f"color: {WARN};")
        self.message = FieldMessage()
        buttons = _ok_cancel(self, tr("lifecycle.ui.finish_button"), self._accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if differing:
            self.setMinimumWidth(560)  # each element's line on one line, or two at most
            layout.addWidget(self.differing)
            layout.addSpacing(6)
        else:
            self.differing.hide()
        layout.addLayout(grid)
        if caseload_missing:
            layout.addWidget(self.unavailable)
            layout.addWidget(self.reason)
        else:
            self.unavailable.hide()
            self.reason.hide()
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        if self.confirms:
            self.confirms[0][1].setFocus()

    def signoffs(self) -> tuple[tuple[str, dt.date], ...]:
        return tuple(
            (name, date.date() or dt.date.today())
            for name, box, date in self.confirms
            if box.isChecked()
        )

    def caseload_reason(self) -> str | None:
        return self.reason.text().strip() if self.unavailable.isChecked() else None

    def _accept(self) -> None:
        for _name, _box, date in self.confirms:
            if not date.text().strip() or not date.text_ok():
                self.message.show_warning(tr("date.bad"))
                date.setFocus()
                return
        if self.unavailable.isChecked() and not self.reason.text().strip():
            self.message.show_warning(tr("lifecycle.reason_needed"))
            self.reason.setFocus()
            return
        self.accept()


class ReopenDialog(QDialog):
    """Why the finished review is opened again: required, kept, printed in the report."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reopen_dialog")
        self.setWindowTitle(tr("lifecycle.ui.reopen_title"))
        self.setMinimumWidth(440)  # the prompt and the keys' hint each on a line or two
        prompt = QLabel(tr("lifecycle.ui.reopen_prompt"))
        prompt.setWordWrap(True)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        prompt.setBuddy(self.reason_edit)
        # Enter is a new line in the reason (it may take several); Ctrl+Enter is OK.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            accept = QShortcut(QKeySequence(keys), self)
            accept.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            accept.activated.connect(self._accept)
        keys_hint = QLabel(tr("lifecycle.ui.reopen_keys"))
        keys_hint.setObjectName("reopen_keys")
        keys_hint.setWordWrap(True)
        keys_hint.setStyleSheet(f"color: {MUTED};")
        self.message = FieldMessage()
        buttons = _ok_cancel(self, tr("lifecycle.ui.reopen_button"), self._accept)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.reason_edit)
        layout.addWidget(keys_hint)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.reason_edit.setFocus()

    def reason(self) -> str:
        """The reason without the blank lines and spaces around it (a first Enter)."""
        return self.reason_edit.toPlainText().strip()

    def _accept(self) -> None:
        if not self.reason():
            self.message.show_warning(tr("lifecycle.reason_needed"))
            self.reason_edit.setFocus()
            return
        self.accept()
