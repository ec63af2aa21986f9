"""The team's cooperation agreement (samarbejdsaftale, seed 000), one version per start date.

Grouped as the template is. No Save button: each field is written when the user leaves it,
refused values are shown next to the field and not written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ipsfidelity.i18n import CodeWords, tr
from ipsfidelity.store.followup import AGREEMENT_FIELD_LIST, agreement_label
from ipsfidelity.ui.common.callbacks import guarded
from ipsfidelity.ui.common.colours import MUTED
from ipsfidelity.ui.common.date_field import DateField
from ipsfidelity.ui.common.followup_text import parse_count
from ipsfidelity.ui.common.layouts import hbox, vbox
from ipsfidelity.ui.common.personal_data import NoteGuard
from ipsfidelity.ui.common.screen_fit import fit_to_screen
from ipsfidelity.ui.common.widgets import FieldMessage, NoteEdit
from ipsfidelity.ui.followup import operations as ops
from ipsfidelity.ui.followup.signatories import SignatoriesBox

if TYPE_CHECKING:
    from ipsfidelity.store.followup import AgreementInfo
    from ipsfidelity.store.views import TeamInfo
    from ipsfidelity.ui.common.worker import Worker

# The template's sections and their fields, from the agreement's one field list;
# "count" fields are whole numbers or empty, "text" fields several lines, the rest one line.
GROUPS = tuple(
    (group, tuple((f.key, f.kind) for f in AGREEMENT_FIELD_LIST if f.group == group))
    for group in dict.fromkeys(f.group for f in AGREEMENT_FIELD_LIST if f.group != "signatures")
)
# Checked for CPR numbers as typed (ui.personal_data): every text the agreement annex of a
# report prints. Signatories are names and roles, not notes: not checked.
FREE_TEXT = frozenset({"line", "text"})


# Each group's title; the duration group is one field, titled with the field's own words.
_GROUP_TITLE_KEYS = {
    "parties": "agreement.group.parties",
    "target": "agreement.group.target",
    "startup": "agreement.group.startup",
    "figures": "agreement.group.figures",
    "referral": "agreement.group.referral",
    "presence": "agreement.group.presence",
    "leadership": "agreement.group.leadership",
    "duration": "agreement.field.duration",
}


group_title = CodeWords(_GROUP_TITLE_KEYS, "agreement group")


def field_label(key: str) -> str:
    """The field's label inside its group: the core's "Måltal: løbende deltagere" without
    the part the group's title already says."""
    if key == "start_date":
        return tr("agreement.start_date")
    text = agreement_label(key)
    _head, sep, rest = text.partition(": ")
    return rest[:1].upper() + rest[1:] if sep else text


class AgreementDialog(QDialog):
    changed = Signal()  # an agreement was written: the walk-through's P3.1 line may change

    def __init__(
        self,
        worker: Worker,
        team: TeamInfo,
        on_date: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker, self.team = worker, team
        self.on_date = on_date or dt.date.today()
        self.versions: list[AgreementInfo] = []
        self.current: AgreementInfo | None = None
        self._filling = False
        self.loaded = False
        self.confirm_box: QMessageBox | None = None
        self.setWindowTitle(tr("agreement.title", team=team.name))
        self.preferred_size = (760, 640)  # the fields scroll; fitted to the screen when shown

        self.version_box = QComboBox()
        self.version_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.version_box.currentIndexChanged.connect(self._version_chosen)
        version_label = QLabel(tr("agreement.version"))
        version_label.setBuddy(self.version_box)
        self.new_date = DateField(dt.date.today())
        self.new_label = new_label = QLabel(tr("agreement.new_version"))
        new_label.setBuddy(self.new_date)
        self.create_button = QPushButton(tr("agreement.create"))
        self.create_button.clicked.connect(self.create_version)
        self.delete_button = QPushButton(tr("agreement.delete"))
        self.delete_button.clicked.connect(self.delete_version)
        versions = QHBoxLayout()
        versions.addWidget(version_label)
        versions.addWidget(self.version_box, 1)
        versions.addSpacing(12)
        versions.addWidget(new_label)
        versions.addWidget(self.new_date)
        versions.addWidget(self.create_button)
        versions.addWidget(self.delete_button)
        self.version_message = FieldMessage()
        self.empty_label = QLabel(tr("agreement.empty"))
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.fields: dict[str, QWidget] = {}
        self.messages: dict[str, FieldMessage] = {}
        self.kinds: dict[str, str] = {}
        self.guards: dict[str, NoteGuard] = {}  # the free-text fields' CPR warnings
        form_box = QWidget()
        form_layout = QVBoxLayout(form_box)
        for group, fields in GROUPS:
            form_layout.addWidget(self._group(group, fields))
        self.sign_box = SignatoriesBox()
        self.sign_box.edited.connect(self.commit_signatories)
        form_layout.addWidget(self.sign_box)
        form_layout.addStretch(1)
        self.form_scroll = QScrollArea()
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setWidget(form_box)
        self.form_box = form_box

        hint = QLabel(tr("agreement.autosave"))
        hint.setStyleSheet(f"color: {MUTED};")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("agreement.close"))
        self.buttons.rejected.connect(self.reject)
        vbox(
            versions,
            self.version_message,
            self.empty_label,
            (self.form_scroll, 1),
            hbox((hint, 1), self.buttons),
            parent=self,
        )
        self.finished.connect(lambda _r: self.commit_all())
        # Enter only finishes the field it is typed in: a dialog's auto-default button would
        # otherwise take it and create a version (or close) by accident.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        self._show_current()
        self.frame = fit_to_screen(self, *self.preferred_size)
        self.load()

    def set_read_only(self) -> None:
        """This user's role may read the team's agreement but not change it (the server
        refuses it either way): no new or deleted versions, no field to type in."""
        for widget in (self.create_button, self.delete_button, self.new_date, self.new_label):
            widget.hide()
        self.form_box.setEnabled(False)
        self.version_message.show_warning(tr("server.ui.may_not_follow_up"))
        self.empty_label.setText(tr("server.ui.no_agreement"))  # not "create one"

    # -- building ------------------------------------------------------------------

    def _group(self, group: str, fields: tuple[tuple[str, str], ...]) -> QGroupBox:
        box = QGroupBox(group_title(group))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for key, kind in fields:
            widget = self._field(key, kind)
            message = FieldMessage()
            self.fields[key], self.messages[key], self.kinds[key] = widget, message, kind
            label = QLabel(field_label(key))
            label.setBuddy(widget)
            # The field sits in a warning's frame, out of the label's reach: named itself.
            alone = kind == "text" and len(fields) == 1
            widget.setAccessibleName(
                (group_title(group) if alone else label.text()).replace("&", "")
            )
            shown = widget
            if isinstance(widget, NoteEdit | QLineEdit) and kind in FREE_TEXT:
                guard = self.guards[key] = NoteGuard(widget)
                shown = guard.with_warning()
            if kind == "text" and len(fields) == 1:
                form.addRow(shown)  # the group's title already says what it is
            else:
                form.addRow(label, shown)
            form.addRow("", message)
        return box

    def _field(self, key: str, kind: str) -> QWidget:
        if kind == "date":
            date = DateField()
            date.editingFinished.connect(lambda: self.commit(key))
            return date
        if kind == "text":
            text = NoteEdit()
            text.setMinimumHeight(60)
            text.setMaximumHeight(110)
            text.left.connect(lambda: self.commit(key))
            if key == "leadership":
                text.setPlaceholderText(tr("agreement.leadership_hint"))
            return text
        line = QLineEdit()
        line.editingFinished.connect(lambda: self.commit(key))
        if kind == "count":
            line.setMaximumWidth(100)
            line.textEdited.connect(lambda _text: self._check_count(key))
        return line

    # -- loading and showing --------------------------------------------------------

    def load(self, select_id: str | None = None) -> None:
        team_id = self.team.id
        loaded = guarded(self, lambda v: self._loaded(v, select_id))
        ops.load_agreements(self.worker, team_id, loaded)

    def _loaded(self, versions: list[AgreementInfo], select_id: str | None) -> None:
        self.versions = versions
        self.loaded = True
        in_force = [v for v in versions if v.start_date <= self.on_date]
        chosen = next((v for v in versions if v.id == select_id), None)
        chosen = chosen or (in_force[-1] if in_force else (versions[-1] if versions else None))
        today = [v for v in versions if v.start_date <= dt.date.today()]
        current_id = today[-1].id if today else None
        self._filling = True
        try:
            self.version_box.clear()
            for v in versions:
                day = v.start_date.isoformat()
                text = (
                    tr("agreement.in_force", date=day)
                    if v.id == current_id
                    else tr("agreement.version_item", date=day)
                )
                self.version_box.addItem(text, v.id)
            if chosen is not None:
                self.version_box.setCurrentIndex(versions.index(chosen))
            # Never narrower than its longest entry: the row would squeeze it and cut the
            # end off "gælder fra 2026-03-01 (gældende nu)".
            self.version_box.setMinimumWidth(self.version_box.sizeHint().width())
        finally:
            self._filling = False
        # The version on screen listed again (its start date moved): the form already shows
        # it, perhaps with a field or signatory being typed; rebuilding would drop that.
        again = self.current is not None and chosen is not None and chosen.id == self.current.id
        self.current = chosen
        if again:
            self.empty_label.setVisible(False)
            self.version_box.setEnabled(True)
            return
        self._show_current()
        self.focus_first_field()

    def focus_first_field(self) -> None:
        """The agreement's first field; with no agreement yet, the new version's date."""
        first = next(iter(self.fields.values())) if self.current is not None else self.new_date
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _version_chosen(self, index: int) -> None:
        if self._filling or not 0 <= index < len(self.versions):
            return
        self.commit_all()
        self.current = self.versions[index]
        self._show_current()

    def _show_current(self) -> None:
        a = self.current
        self.empty_label.setVisible(a is None and self.loaded)
        self.form_scroll.setVisible(a is not None)
        self.version_box.setEnabled(bool(self.versions))
        self.delete_button.setEnabled(a is not None)
        if a is None:
            return
        self._filling = True
        try:
            for key, widget in self.fields.items():
                self.messages[key].clear_message()
                value = getattr(a, key)
                if isinstance(widget, DateField):
                    widget.setDate(value)
                elif isinstance(widget, NoteEdit):
                    widget.setPlainText(value or "")
                    widget.document().setModified(False)
                elif isinstance(widget, QLineEdit):
                    widget.setText("" if value is None else str(value))
            self.sign_box.show_signatories(a.signatories)
        finally:
            self._filling = False

    # -- writing ---------------------------------------------------------------------

    def value(self, key: str) -> tuple[bool, Any]:
        """(ok, value) of a field as typed; a refused value shows its reason by the field."""
        widget = self.fields[key]
        if isinstance(widget, DateField):
            typed = widget.text().strip() and widget.text_ok()
            return (True, widget.date()) if typed else (False, None)
        if isinstance(widget, NoteEdit):
            return True, widget.toPlainText().strip()
        assert isinstance(widget, QLineEdit)
        if self.kinds[key] == "count":
            return parse_count(widget.text())
        return True, widget.text().strip()

    def _check_count(self, key: str) -> bool:
        ok, _value = self.value(key)
        self.messages[key].show_message("" if ok else self._refusal(key))
        return ok

    def _refusal(self, key: str) -> str:
        return tr("date.bad") if self.kinds[key] == "date" else tr("agreement.count_invalid")

    def commit(self, key: str) -> None:
        a = self.current
        if a is None or self._filling:
            return
        ok, value = self.value(key)
        if not ok:
            self._check_count(key)
            return
        if value == getattr(a, key):
            self.messages[key].clear_message()
            return
        self._write(a.id, {key: value}, self.messages[key].show_message)

    def commit_all(self) -> None:
        for key in self.fields:
            self.commit(key)
        self.commit_signatories()

    def _write(
        self, agreement_id: str, fields: dict[str, Any], failed: Callable[[str], None]
    ) -> None:
        for key in fields:
            if key in self.messages:
                self.messages[key].clear_message()
        saved = guarded(self, self._saved)
        ops.save_agreement(self.worker, agreement_id, fields, saved, guarded(self, failed))

    def _saved(self, info: AgreementInfo) -> None:
        moved = any(v.id == info.id and v.start_date != info.start_date for v in self.versions)
        self.versions = [info if v.id == info.id else v for v in self.versions]
        if self.current is not None and self.current.id == info.id:
            self.current = info
        if moved:
            self.load(info.id)  # the list is ordered by start date
        self.changed.emit()

    # -- signatories -------------------------------------------------------------------

    def commit_signatories(self) -> None:
        a = self.current
        if a is None or self._filling:
            return
        signatories, why = self.sign_box.signatories()
        self.sign_box.message.show_message(why)
        if signatories is None or signatories == a.signatories:
            return
        self._write(a.id, {"signatories": signatories}, self.sign_box.message.show_message)

    # -- versions ----------------------------------------------------------------------

    def create_version(self) -> None:
        """A new version from the chosen date, starting as a copy of the one shown (the
        agreement usually changes in a few places); signatures are not copied."""
        self.commit_all()
        start = self.new_date.date()
        if start is None or not self.new_date.text_ok():
            self.version_message.show_message(tr("date.bad"))
            self.new_date.setFocus()
            return
        team_id = self.team.id
        fields: dict[str, Any] = {}
        if self.current is not None:
            fields = {
                k: getattr(self.current, k)
                for k in self.fields
                if k != "start_date" and getattr(self.current, k) is not None
            }
        self.version_message.clear_message()
        created, refused = (
            guarded(self, self._created),
            guarded(self, self.version_message.show_message),
        )
        ops.create_agreement(self.worker, team_id, start, fields, created, refused)

    def _created(self, info: AgreementInfo) -> None:
        self.load(info.id)
        self.changed.emit()

    def delete_version(self) -> None:
        a = self.current
        if a is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.windowTitle(),
            tr("agreement.confirm_delete", date=a.start_date.isoformat()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        self.confirm_box = box

        def delete() -> None:
            self.current = None
            ops.delete_agreement(self.worker, a.id, guarded(self, lambda _r: self._deleted()))

        box.accepted.connect(delete)
        box.finished.connect(lambda _r: box.deleteLater())
        box.open()

    def _deleted(self) -> None:
        self.load()
        self.changed.emit()
