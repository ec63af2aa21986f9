"""Create or edit a team. Bad names are refused at the field, before anything is written."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ipsfidelity.i18n import tr
from ipsfidelity.ui.common.widgets import FieldMessage

# The municipalities Region Hovedstaden's psychiatry runs IPS with (seed 002).
MUNICIPALITIES = (
    "Albertslund",
    "Ballerup",
    "Brøndby",
    "Frederiksberg",
    "Frederikssund",
    "Glostrup",
    "Helsingør",
    "Hillerød",
    "Hvidovre",
    "København",
    "Rødovre",
    "Tårnby og Dragør",
)


class TeamDialog(QDialog):
    def __init__(
        self,
        taken_names: list[str],
        parent: QWidget | None = None,
        *,
        name: str = "",
        municipality: str = "",
        psychiatry: str = "",
        clinics: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("team.dialog_edit") if name else tr("team.dialog_new"))
        self._own_name = name
        self._taken = {n.casefold() for n in taken_names if n.casefold() != name.casefold()}

        self.name_edit = QLineEdit(name)
        self.name_edit.setPlaceholderText(tr("team.name_placeholder"))
        self.name_message = FieldMessage()
        self.municipality_box = QComboBox()
        self.municipality_box.setEditable(True)  # the list helps; any municipality is allowed
        self.municipality_box.addItems(MUNICIPALITIES)
        self.municipality_box.setCurrentText(municipality)
        self.psychiatry_edit = QLineEdit(psychiatry)
        self.clinics_edit = QLineEdit(clinics)
        self.clinics_edit.setPlaceholderText(tr("team.clinics_placeholder"))
        for field in (self.name_edit, self.psychiatry_edit, self.clinics_edit):
            field.setMinimumWidth(360)

        form = QFormLayout()
        form.addRow(tr("team.name"), self.name_edit)
        form.addRow("", self.name_message)
        form.addRow(tr("team.municipality"), self.municipality_box)
        form.addRow(tr("team.psychiatry"), self.psychiatry_edit)
        form.addRow(tr("team.clinics"), self.clinics_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.name_edit.textChanged.connect(self._check)
        self._check()

    def name_problem(self) -> str:
        name = " ".join(self.name_edit.text().split())
        if not name:
            return tr("team.empty_name")
        if name.casefold() in self._taken:
            return tr("team.duplicate", name=name)
        return ""

    def _check(self) -> None:
        problem = self.name_problem()
        # An empty name is only pointed out once something was typed and removed.
        self.name_message.show_message(
            problem if self.name_edit.isModified() or problem != tr("team.empty_name") else ""
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def show_refusal(self, why: str) -> None:
        """A refusal from the database (someone else took the name meanwhile)."""
        self.name_message.show_message(why)

    def accept(self) -> None:
        if self.name_problem():
            self.name_message.show_message(self.name_problem())
            return
        super().accept()

    def values(self) -> dict[str, str]:
        return {
            "name": " ".join(self.name_edit.text().split()),
            "municipality": self.municipality_box.currentText().strip(),
            "psychiatry": self.psychiatry_edit.text().strip(),
            "clinics": self.clinics_edit.text().strip(),
        }
