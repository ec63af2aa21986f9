"""The outcome figures under the action plan, folded into one line until opened."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton, QVBoxLayout, QWidget

from ipsfidelity.i18n import tr
from ipsfidelity.ui.common.outcome_panel import OutcomePanel


class OutcomeSection(QWidget):
    """The outcome figures under the plan: one line with the figures, opened on demand."""

    def __init__(self, panel: OutcomePanel) -> None:
        super().__init__()
        self.panel = panel
        self.toggle = QToolButton()
        self.toggle.setObjectName("outcome_toggle")
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setAutoRaise(True)
        self.toggle.toggled.connect(self.set_open)
        panel.setTitle("")  # the line above it says what it is
        self.summary = tr("outcome.none")
        panel.summary_changed.connect(self._summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toggle)
        layout.addWidget(panel, 1)
        self.set_open(False)

    def _summary(self, text: str) -> None:
        self.summary = text
        self.toggle.setText(f"{tr('outcome.title')}: {text}")

    def set_open(self, shown: bool) -> None:
        self.toggle.setChecked(shown)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.panel.setVisible(shown)
        # Folded, the section is one line high whatever size a saved splitter gives it.
        self.setMaximumHeight(16_777_215 if shown else self.toggle.sizeHint().height())
        self._summary(self.summary)
