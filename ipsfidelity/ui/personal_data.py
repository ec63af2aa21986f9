"""Personal data in notes: the warning beside the note field as it is typed, and the
question before a report (export or print) shows a note that looks like it holds a CPR
number. Detection is `ipsfidelity.privacy`; this is only how the app says it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLabel, QMessageBox, QPlainTextEdit, QTextEdit

from ipsfidelity.i18n import language
from ipsfidelity.privacy import find_cpr_numbers
from ipsfidelity.ui.strings import t

if TYPE_CHECKING:
    from ipsfidelity.store import Store
    from ipsfidelity.ui.main_window import MainWindow
    from ipsfidelity.ui.report_common import ReportTarget

WARNING_STYLE = "color: #8a1c1c; background: #fdecea; padding: 4px 6px; border-radius: 3px;"
HIGHLIGHT = QColor("#f7c6c0")


class NoteGuard:
    """Checks a note field on every change: a warning label under it, the matches marked
    in the text (extra selections, so the note itself and its undo history are untouched)."""

    def __init__(self, edit: QPlainTextEdit) -> None:
        self.edit = edit
        self.label = QLabel()
        self.label.setObjectName("cpr_warning")
        self.label.setWordWrap(True)
        self.label.setStyleSheet(WARNING_STYLE)
        self.label.hide()
        edit.textChanged.connect(self.check)

    def check(self) -> None:
        text = self.edit.toPlainText()
        found = find_cpr_numbers(text)
        selections = []
        for match in found:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.edit.document())
            cursor.setPosition(match.start)
            cursor.setPosition(match.end, QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setBackground(HIGHLIGHT)
            selection.cursor = cursor  # type: ignore[attr-defined]
            selection.format = fmt  # type: ignore[attr-defined]
            selections.append(selection)
        self.edit.setExtraSelections(selections)
        if found:
            self.label.setText(t("privacy.note_warning", found=", ".join(m.text for m in found)))
        self.label.setVisible(bool(found))
        self.edit.setAccessibleDescription(self.label.text() if found else "")


def ask_about_personal_data(
    window: MainWindow, target: ReportTarget, go: Callable[[ReportTarget], None]
) -> None:
    """Call `go(target)` at once when no text the report prints looks like personal data
    (rating notes, action plan, agreement); otherwise ask: hide the numbers (the default),
    include them anyway, or cancel."""
    aid = target.assessment_id
    lang = language()  # read here: the job runs on the database thread

    def flagged(store: Store) -> list[str]:
        from ipsfidelity.report.content import personal_data_notes

        return personal_data_notes(store, aid, lang)

    def decide(places: list[str]) -> None:
        if not places:
            go(target)
            return
        box = QMessageBox(window)
        box.setObjectName("personal_data_dialog")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(t("privacy.report_title"))
        box.setText(t("privacy.report_text", places=", ".join(places)))
        box.setMinimumWidth(520)
        mask = box.addButton(t("privacy.mask"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(t("privacy.keep"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(mask)
        box.setEscapeButton(cancel)

        def clicked(button: Any) -> None:
            if button is mask:
                go(dataclasses.replace(target, mask_personal_data=True))
            elif button is keep:
                go(target)

        box.buttonClicked.connect(clicked)
        window.show_dialog(box, lambda: None)

    window.db.read(flagged, decide)
