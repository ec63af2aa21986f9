"""The walk-through's last step: the outcome figures (participants, of whom in a job or in
education), after the caseload. Keyboard first as the other steps: the first figure has the
keyboard, Enter goes on to the second and saves, Ctrl+PgUp/PgDown move between steps.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ipsfidelity.i18n import tr
from ipsfidelity.ui.common.colours import MUTED
from ipsfidelity.ui.common.outcome_panel import OutcomePanel

if TYPE_CHECKING:
    from ipsfidelity.ui.common.worker import Worker


class OutcomePage(QWidget):
    def __init__(self) -> None:
        super().__init__()
        title = QLabel(tr("outcome.step_title"))
        title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        intro = QLabel(tr("outcome.step_intro"))
        intro.setWordWrap(True)
        hint = QLabel(tr("outcome.step_hint"))
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {MUTED};")
        self.panel = OutcomePanel()
        self.panel.setTitle("")
        self.panel.setFlat(True)
        self.panel.participants_edit.installEventFilter(self)
        self.panel.in_job_edit.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.panel)
        layout.addWidget(hint)
        layout.addStretch(1)

    def show_for(self, worker: Worker, assessment_id: str, team_id: str) -> None:
        self.panel.show_for(worker, assessment_id, team_id)

    def focus_first(self) -> None:
        edit = self.panel.participants_edit
        edit.setFocus(Qt.FocusReason.OtherFocusReason)
        edit.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter in the first figure goes on to the second, as Tab does (editingFinished saves
        # once both are there); Enter in the second saves where it stands.
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and watched is self.panel.participants_edit
        ):
            self.panel.in_job_edit.setFocus(Qt.FocusReason.TabFocusReason)
            self.panel.in_job_edit.selectAll()
            return True
        return False
