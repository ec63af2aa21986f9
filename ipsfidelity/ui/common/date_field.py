"""The one date field of the app: a line that takes a whole typed date, key by key.

Qt's QDateEdit types into sections: "2027-02-15" typed into its year section came out as
2027-12-02, and Tab jumped to the next field half-way. Here the user types the date as text in
any of the forms `ipsfidelity.typed_dates` reads (2027-02-15, 15-02-2027, 15.02.2027), Tab
leaves the field as any line does, and a calendar is one click (or Alt+Down) away. A date that
can't be read is kept as typed and said so beside the field; `date()` keeps the last good one.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QAction, QFocusEvent, QIcon, QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QMenu, QStyle, QWidget, QWidgetAction

from ipsfidelity.i18n import tr
from ipsfidelity.typed_dates import parse_typed_date


class DateField(QLineEdit):
    """`dateChanged(date)` as soon as the text is a whole valid date; `date()` is the last one
    (None while the field has never held one); `text_ok()` says whether the text reads."""

    dateChanged = Signal(object)

    def __init__(self, date: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._date: dt.date | None = None
        self.setPlaceholderText(tr("date.placeholder"))
        self.setToolTip(tr("date.formats"))
        self.setMaximumWidth(170)
        # Room for a whole date beside the calendar button, in any font.
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("00.00.0000") + 44)
        icon = QIcon.fromTheme(
            "x-office-calendar",
            self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView),
        )
        self.calendar_action = QAction(icon, tr("date.calendar"), self)
        self.calendar_action.triggered.connect(self.show_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.textEdited.connect(self._edited)
        self.menu: QMenu | None = None
        if date is not None:
            self.setDate(date)

    def date(self) -> dt.date | None:
        return self._date

    def setDate(self, date: dt.date | None) -> None:
        """Show a date (or nothing); dateChanged when it differs, as QDateEdit does."""
        changed = date != self._date
        self._date = date
        self.setText(date.isoformat() if date else "")
        if changed and date is not None:
            self.dateChanged.emit(date)

    def text_ok(self) -> bool:
        text = self.text().strip()
        return not text or parse_typed_date(text) is not None

    def _edited(self, text: str) -> None:
        date = parse_typed_date(text)
        if date is not None and date != self._date:
            self._date = date
            self.dateChanged.emit(date)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        # A good date leaves the field in the one form the app shows: 15.02.2027 -> 2027-02-15.
        date = parse_typed_date(self.text())
        if date is not None:
            self.setText(date.isoformat())
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = event.key() == Qt.Key.Key_Down and (
            event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.show_calendar()
            return
        super().keyPressEvent(event)

    def show_calendar(self) -> None:
        calendar = QCalendarWidget()
        calendar.setGridVisible(True)
        shown = self._date or dt.date.today()
        calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        menu = QMenu(self)
        action = QWidgetAction(menu)
        action.setDefaultWidget(calendar)
        menu.addAction(action)

        def chosen(day: QDate) -> None:
            date = dt.date(day.year(), day.month(), day.day())
            self.setText(date.isoformat())
            self._edited(self.text())
            self.editingFinished.emit()
            menu.close()

        calendar.clicked.connect(chosen)
        calendar.activated.connect(chosen)
        self.menu = menu
        menu.popup(self.mapToGlobal(self.rect().bottomLeft()))
        calendar.setFocus()
