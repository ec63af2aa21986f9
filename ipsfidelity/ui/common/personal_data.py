"""Personal data in free text: the warning beside a note or text field as it is typed (and
on a table cell holding such a text), and the question before a report (export or print)
would print a text that looks like it holds a CPR number or a citizen's name. Detection is
`ipsfidelity.privacy` (CPR numbers) and `ipsfidelity.person_names` (names); this is only how
the app says it.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QIcon, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QTextEdit,
    QWidget,
)

from ipsfidelity.i18n import tr
from ipsfidelity.person_names import NameMatch, find_names
from ipsfidelity.privacy import CprMatch, find_cpr_numbers
from ipsfidelity.ui.common.layouts import vbox

if TYPE_CHECKING:
    pass

WARNING_STYLE = "color: #8a1c1c; background: #fdecea; padding: 4px 6px; border-radius: 3px;"
HIGHLIGHT = QColor("#f7c6c0")
NOTE, TEXT = "note", "text"  # which warning a guard shows: "Noten ..." or "Teksten ..."
FLAGGED_BACKGROUND = "#fdecea"  # a table cell whose stored text looks like it holds one
# A one-line field cannot mark the number itself: the whole field is tinted instead.
LINE_FLAGGED_STYLE = f"QLineEdit {{ background: {FLAGGED_BACKGROUND}; border: 1px solid #c0262d; }}"
FLOATING_STYLE = WARNING_STYLE + " border: 1px solid #e3a29c;"


class NoteGuard(QObject):
    """Checks a free-text field on every change: a warning label near it, the matches
    marked. A QPlainTextEdit gets extra selections (the text itself and its undo history
    are untouched); a QLineEdit cannot mark a stretch of its text, so the field is tinted.

    The label is the owner's to place (`label`); `warning` is the string key of its text
    ("privacy.note_warning" for a rating note, "privacy.text_warning" for any other field).
    Every guarded field is a free text, so names are looked for too: what looks like a
    citizen's name adds its own sentence to the warning and is marked alike; the names of
    `staff` (the review's reviewers and consultants, `set_staff`) are not.
    Nothing is blocked: the text is saved as typed."""

    def __init__(self, edit: QPlainTextEdit | QLineEdit, warning: str = TEXT) -> None:
        super().__init__(edit)
        self.edit = edit
        self.warning = warning
        self.found: list[CprMatch] = []
        self.names: list[NameMatch] = []
        self.staff: frozenset[tuple[str, ...]] = frozenset()
        self._plain_style = edit.styleSheet()
        self.label = QLabel()
        self.label.setObjectName("cpr_warning")
        self.label.setWordWrap(True)
        self.label.setStyleSheet(WARNING_STYLE)
        self.label.hide()
        edit.textChanged.connect(self.check)

    def text(self) -> str:
        edit = self.edit
        return edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()

    def set_staff(self, staff: frozenset[tuple[str, ...]]) -> None:
        """The team's own people (`person_names.staff_names`), whose names are no warning."""
        if staff != self.staff:
            self.staff = staff
            self.check()

    def check(self) -> None:
        was = bool(self.found or self.names)
        text = self.text()
        found = self.found = find_cpr_numbers(text)
        names = self.names = find_names(text, self.staff)
        flagged = bool(found or names)
        if isinstance(self.edit, QPlainTextEdit):
            self._select([*found, *names])
        elif flagged != was:  # a style sheet is re-applied only when the state flips
            self.edit.setStyleSheet(self._plain_style + (LINE_FLAGGED_STYLE if flagged else ""))
        if flagged:
            said = [warning_text(self.warning, found)] if found else []
            self.label.setText("\n".join([*said, *([names_warning(names)] if names else [])]))
        self.label.setVisible(flagged)
        self.edit.setAccessibleDescription(self.label.text() if flagged else "")

    def with_warning(self) -> QWidget:
        """The field with its warning just under it, for a form row: a QFormLayout gives a
        wrapped label of its own too much height, a box in the row sizes it right."""
        box = QWidget()
        vbox(self.edit, self.label, parent=box, margins=0, spacing=4)
        return box

    def _select(self, found: list[CprMatch | NameMatch]) -> None:
        assert isinstance(self.edit, QPlainTextEdit)
        selections = []
        for match in found:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.edit.document())
            cursor.setPosition(match.start)
            cursor.setPosition(match.end, QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setBackground(HIGHLIGHT)
            selection.cursor = cursor
            selection.format = fmt
            selections.append(selection)
        self.edit.setExtraSelections(selections)


class CellGuard(NoteGuard):
    """The guard of a table cell's editor. A cell has no room for a label, so the warning
    floats just under the cell, over what lies below (above the cell when the window has
    no room below), moves with the editor and goes when it closes; the stored text then
    marks the cell (`cell_warning`, `warning_icon`)."""

    MIN_WIDTH = 360

    def __init__(self, edit: QLineEdit) -> None:
        super().__init__(edit)
        # A child of the window, not of the table: a short table must not clip it.
        self.label.setParent(edit.window())
        self.label.setStyleSheet(FLOATING_STYLE)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        edit.destroyed.connect(self.label.deleteLater)
        edit.installEventFilter(self)

    def check(self) -> None:
        super().check()
        self.place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show):
            self.place()
        elif kind == QEvent.Type.Hide:
            self.label.hide()
        return False

    def place(self) -> None:
        window = self.label.parentWidget()
        shown = bool(self.found or self.names) and self.edit.isVisible() and window is not None
        self.label.setVisible(shown)
        if not shown or window is None:
            return
        cell = QRect(self.edit.mapTo(window, QPoint(0, 0)), self.edit.size())
        room = window.rect()
        table = self.edit.parentWidget()  # the table's viewport: within it sideways
        if table is not None and table.width() >= self.MIN_WIDTH:
            room.setLeft(table.mapTo(window, QPoint(0, 0)).x())
            room.setWidth(table.width())
        # Under the cell, else above it; in a small window as wide as the table, so the
        # text takes fewer lines; clipped by the window's edge only when nothing fits.
        for width in (min(max(cell.width(), self.MIN_WIDTH), room.width()), room.width()):
            height = self.label.heightForWidth(width)
            x = max(room.left(), min(cell.left(), room.right() + 1 - width))
            y = cell.bottom() + 1
            if y + height <= room.bottom() + 1:
                break
            if cell.top() - height >= 0:
                y = cell.top() - height
                break
        self.label.setGeometry(x, y, width, height)
        self.label.raise_()


def warning_text(warning: str, found: list[CprMatch] | tuple[CprMatch, ...]) -> str:
    """The warning naming what was found: "et CPR-nummer (…)", or "CPR-numre (…)";
    `warning` is NOTE ("Noten ...") or TEXT ("Teksten ...")."""
    listed = ", ".join(m.text for m in found)
    if warning == NOTE:
        if len(found) > 1:
            return tr("privacy.note_warning_many", found=listed)
        return tr("privacy.note_warning", found=listed)
    if len(found) > 1:
        return tr("privacy.text_warning_many", found=listed)
    return tr("privacy.text_warning", found=listed)


def names_warning(found: list[NameMatch]) -> str:
    """ "Ligner et navn på en borger (Jens Jensen) — skriv ikke borgeres navne." """
    listed = ", ".join(m.text for m in found)
    if len(found) > 1:
        return tr("names.warning_many", found=listed)
    return tr("names.warning", found=listed)


def cell_warning(text: str) -> str:
    """The warning for a table cell whose stored text looks like it holds a CPR number,
    "" when it does not (for the model's tooltip)."""
    found = _cached_find(text)
    return warning_text(TEXT, found) if found else ""


@functools.lru_cache(maxsize=512)
def _cached_find(text: str) -> tuple[CprMatch, ...]:
    return tuple(find_cpr_numbers(text))  # a table asks on every paint


@functools.cache
def warning_icon() -> QIcon:
    style = QApplication.style()
    return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
