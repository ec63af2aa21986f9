"""Filer → Eksportér …: what to write (one review, a team with all its reviews, the teams
chosen on the all-teams overview, or everything), whether to hide CPR-like numbers, and
the file."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ipsfidelity.i18n import tr
from ipsfidelity.ui.common.colours import MUTED
from ipsfidelity.ui.exchange.buttons import go_or_cancel
from ipsfidelity.ui.exchange.preview_data import whole

Scope = Literal["review", "team", "teams", "everything"]


@dataclass(frozen=True)
class ExportChoice:
    scope: Scope
    path: Path
    mask_personal_data: bool
    review_id: str | None = None
    team_ids: tuple[str, ...] = ()
    reviewer: str | None = None  # only this reviewer's own ratings of the review


@dataclass(frozen=True)
class ExportOffer:
    """What the window has to offer: the review open or selected, the selected team, and
    the teams selected on the overview (when the export came from there)."""

    review_id: str | None = None
    review_title: str = ""
    team_id: str | None = None
    team_name: str = ""
    overview_team_ids: tuple[str, ...] = ()
    reviewers: tuple[str, ...] = ()  # the review's reviewers (two or more: each rates alone)


def safe_file_name(text: str) -> str:
    name = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', "-", text).strip(" .")
    return name or "ipsfidelity"


class ExportDialog(QDialog):
    def __init__(self, offer: ExportOffer, folder: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("exchange_export")
        self.setWindowTitle(tr("xui.export.title"))
        self.offer = offer
        self.folder = folder
        self.setMinimumWidth(760)

        intro = QLabel(tr("xui.export.intro"))
        intro.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.review_radio = QRadioButton(
            tr("xui.export.review", review=offer.review_title)
            if offer.review_id
            else tr("xui.export.review_none")
        )
        self.review_radio.setEnabled(offer.review_id is not None)
        self.team_radio = QRadioButton(
            tr("xui.export.team", team=offer.team_name)
            if offer.team_id
            else tr("xui.export.team_none")
        )
        self.team_radio.setEnabled(offer.team_id is not None)
        selected = len(offer.overview_team_ids)
        self.teams_radio = QRadioButton(
            tr("xui.export.teams_one")
            if selected == 1
            else tr("xui.export.teams", count=whole(selected))
        )
        self.teams_radio.setVisible(bool(offer.overview_team_ids))
        self.everything_radio = QRadioButton(tr("xui.export.everything"))
        radios: list[tuple[QRadioButton, Scope]] = [
            (self.review_radio, "review"),
            (self.team_radio, "team"),
            (self.teams_radio, "teams"),
            (self.everything_radio, "everything"),
        ]
        self._scopes = {id(r): s for r, s in radios}
        for radio, _scope in radios:
            self.group.addButton(radio)
        if offer.overview_team_ids:
            self.teams_radio.setChecked(True)
        elif offer.review_id:
            self.review_radio.setChecked(True)
        elif offer.team_id:
            self.team_radio.setChecked(True)
        else:
            self.everything_radio.setChecked(True)
        self.group.buttonToggled.connect(self._toggled)

        # Reviewer A sends only their own ratings; B imports them and the two agree the
        # consensus on B's computer.
        self.own_box = QCheckBox(tr("xui.export.own"))
        self.own_box.setObjectName("export_own")
        self.reviewer_combo = QComboBox()
        self.reviewer_combo.setObjectName("export_reviewer")
        self.reviewer_combo.addItems(list(offer.reviewers))
        self.reviewer_combo.setEnabled(False)
        self.own_box.toggled.connect(self.reviewer_combo.setEnabled)
        self.own_box.toggled.connect(lambda _on: self._suggest_name())
        self.reviewer_combo.currentIndexChanged.connect(lambda _i: self._suggest_name())
        own_row = QHBoxLayout()
        own_row.setContentsMargins(24, 0, 0, 0)  # under the review it belongs to
        own_row.addWidget(self.own_box)
        own_row.addWidget(self.reviewer_combo)
        own_row.addStretch(1)
        self.own_row = QWidget()
        self.own_row.setLayout(own_row)

        self.mask_box = QCheckBox(tr("xui.export.mask"))
        self.mask_box.setObjectName("export_mask")
        self.mask_box.setChecked(True)  # never a citizen's CPR number unless the user says so
        mask_note = QLabel(tr("xui.export.mask_note"))
        mask_note.setWordWrap(True)
        mask_note.setStyleSheet(f"color: {MUTED};")

        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("export_path")
        path_label = QLabel(tr("xui.export.file"))
        path_label.setBuddy(self.path_edit)
        browse = QPushButton(tr("xui.browse"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(path_label)
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)

        self.buttons, self.ok_button, _ = go_or_cancel(
            self, tr("xui.export.go"), self._accept_if_complete
        )
        self.path_edit.textChanged.connect(lambda t: self.ok_button.setEnabled(bool(t.strip())))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for radio, _scope in radios:
            layout.addWidget(radio)
            if radio is self.review_radio:
                layout.addWidget(self.own_row)
        layout.addSpacing(8)
        layout.addWidget(self.mask_box)
        layout.addWidget(mask_note)
        layout.addSpacing(8)
        layout.addLayout(path_row)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._show_own()
        self._suggest_name()

    @property
    def scope(self) -> Scope:
        button = self.group.checkedButton()
        return self._scopes[id(button)] if button is not None else "everything"

    def _toggled(self, _button: object, on: bool) -> None:
        if on:
            self._show_own()
            self._suggest_name()

    def _show_own(self) -> None:
        """The choice of one reviewer's own ratings: for a review with two or more."""
        self.own_row.setVisible(self.scope == "review" and len(self.offer.reviewers) >= 2)

    @property
    def reviewer(self) -> str | None:
        if self.scope == "review" and self.own_row.isVisibleTo(self) and self.own_box.isChecked():
            return self.reviewer_combo.currentText() or None
        return None

    def _suggest_name(self) -> None:
        match self.scope:
            case "review" if self.reviewer:
                name = tr(
                    "xui.export.name_own", review=self.offer.review_title, reviewer=self.reviewer
                )
            case "review":
                name = tr("xui.export.name_review", review=self.offer.review_title)
            case "team":
                name = tr("xui.export.name_team", team=self.offer.team_name)
            case "teams":
                name = tr("xui.export.name_teams")
            case "everything":
                name = tr("xui.export.name_everything")
        self.path_edit.setText(str(Path(self.folder) / f"{safe_file_name(name)}.json"))

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, tr("xui.export.title"), self.path_edit.text(), tr("xui.file_filter")
        )
        if chosen:
            self.path_edit.setText(chosen)

    def _accept_if_complete(self) -> None:
        if self.path_edit.text().strip():
            self.accept()

    def choice(self) -> ExportChoice:
        path = Path(self.path_edit.text().strip()).expanduser()
        if not path.suffix:
            path = path.with_suffix(".json")
        scope = self.scope
        return ExportChoice(
            scope,
            path,
            self.mask_box.isChecked(),
            self.offer.review_id if scope == "review" else None,
            (self.offer.team_id,)
            if scope == "team" and self.offer.team_id
            else self.offer.overview_team_ids
            if scope == "teams"
            else (),
            self.reviewer,
        )
