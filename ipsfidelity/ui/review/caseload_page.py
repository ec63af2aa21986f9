"""The caseload page: the consultants' table, each load and status live, the rule in a sentence."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ipsfidelity.i18n import pick, tr
from ipsfidelity.instrument import Instrument
from ipsfidelity.ui.common.colours import LOAD_COLOURS, MUTED, WARN
from ipsfidelity.ui.common.widgets import FieldMessage, button_row, heading, push_button
from ipsfidelity.ui.review.caseload_delegate import CaseloadDelegate
from ipsfidelity.ui.review.caseload_model import NAME, CaseloadModel
from ipsfidelity.wording import caseload_status_text


class CaseloadPage(QWidget):
    def __init__(self, pack: Instrument, model: CaseloadModel) -> None:
        super().__init__()
        self.model = model
        title = heading(pick(pack.caseload.title), section=True)
        rule = QLabel(pick(pack.caseload.rule))
        rule.setWordWrap(True)
        rule.setStyleSheet("font-size: 11pt;")
        background = QLabel(pick(pack.caseload.text))
        background.setWordWrap(True)
        background.setStyleSheet(f"color: {MUTED};")

        self.table = QTableView()
        self.table.setAccessibleName(tr("access.caseload_table"))
        self.table.setModel(model)
        self.delegate = CaseloadDelegate(model, self.table)
        self.table.setItemDelegate(self.delegate)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setTabKeyNavigation(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(160)

        self.message = FieldMessage()
        model.refused.connect(self.message.show_message)
        model.warned.connect(self.message.show_warning)
        # A saved edit clears the message unless another cell still holds unsaved text.
        model.edited.connect(lambda *_: self.message.show_message(model.pending_reason()))

        self.add_button = push_button(tr("caseload.add"), self.add_consultant)
        self.remove_button = push_button(tr("caseload.remove"), self.remove_consultant)
        add_shortcut = QShortcut(QKeySequence.StandardKey.New, self)
        add_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        add_shortcut.activated.connect(self.add_consultant)
        # Rows carried over from the previous review: confirmed one by one, or all at once.
        self.carried_label = QLabel()
        self.carried_label.setWordWrap(True)
        self.carried_label.setStyleSheet(f"color: {WARN}; font-weight: 600;")
        self.confirm_button = push_button(tr("caseload.confirm_row"), self.confirm_current)
        self.confirm_all_button = push_button(
            tr("caseload.confirm_all"), lambda: model.confirm(model.carried_rows())
        )
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            confirm_shortcut = QShortcut(QKeySequence(keys), self)
            confirm_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            confirm_shortcut.activated.connect(self.confirm_current)
        buttons = button_row(
            (self.add_button, self.remove_button), (self.confirm_button, self.confirm_all_button)
        )
        self.hint = hint = QLabel(tr("caseload.hint"))
        hint.setStyleSheet(f"color: {MUTED};")
        hint.setWordWrap(True)

        self.team_status = QLabel()
        self.team_status.setStyleSheet("font-weight: 600;")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addWidget(rule)
        layout.addWidget(background)
        layout.addWidget(self.carried_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addWidget(hint)
        layout.addWidget(self.team_status)

    def read_only(self, why: str) -> None:
        """No buttons that look usable; `why` (empty: nothing) instead of the keys' hint.
        A typed cell is still refused with the reason, as a rating key is."""
        for button in (
            self.add_button,
            self.remove_button,
            self.confirm_button,
            self.confirm_all_button,
        ):
            button.setEnabled(False)
        self.hint.setText(why)
        self.hint.setVisible(bool(why))

    def show_carried(self) -> None:
        count = len(self.model.carried_rows())
        self.carried_label.setText(
            tr("caseload.carried_one") if count == 1 else tr("caseload.carried", count=count)
        )
        for widget in (self.carried_label, self.confirm_button, self.confirm_all_button):
            widget.setVisible(count > 0)

    def confirm_current(self) -> None:
        index = self.table.currentIndex()
        row = index.row() if index.isValid() else -1
        if row in self.model.carried_rows():
            self.model.confirm([row])
            # On to the next row still waiting, so confirming is one key per row.
            waiting = [r for r in self.model.carried_rows() if r > row] or self.model.carried_rows()
            if waiting:
                self.table.setCurrentIndex(self.model.index(waiting[0], max(index.column(), 0)))

    def show_team_status(self, status: str) -> None:
        self.team_status.setText(f"{tr('common.caseload')}: {caseload_status_text(status)}")
        self.team_status.setStyleSheet(f"font-weight: 600; color: {LOAD_COLOURS[status]};")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Once the page switch has settled, the keyboard must be here, not on the hidden
        # element page: otherwise the first Ctrl+N after the last rating is lost.
        QTimer.singleShot(0, self._focus_if_lost)

    def _focus_if_lost(self) -> None:
        focus = self.window().focusWidget() if self.isVisible() else None
        if (
            focus is None
            or not (focus is self or self.isAncestorOf(focus))
            or not focus.isVisible()
        ):
            self.focus_table()

    def focus_table(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, NAME))

    def add_consultant(self) -> None:
        row = self.model.add_row()
        index = self.model.index(row, NAME)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def remove_consultant(self) -> None:
        index: QModelIndex = self.table.currentIndex()
        if index.isValid():
            self.model.remove_row(index.row())
