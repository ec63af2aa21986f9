"""One element of the walk-through: principle, element text, rating, note and evidence.

The page itself holds keyboard focus: 1/2/3 rate, arrows and PageUp/PageDown move, Home/End
go to the first element and the last page.
Keys the children do not use (the rating buttons, the checkboxes) reach it too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ipsfidelity.i18n import pick, tr
from ipsfidelity.instrument import NOT_RATED, Instrument
from ipsfidelity.ui.common.colours import MUTED, RATING_COLOURS
from ipsfidelity.ui.common.layouts import Space, Stretch, vbox
from ipsfidelity.ui.common.mnemonics import marked_letters, menu_bar_letters, with_mnemonics
from ipsfidelity.ui.common.personal_data import NOTE, NoteGuard
from ipsfidelity.ui.common.widgets import NoteEdit, heading
from ipsfidelity.ui.review.session import ElementState

RATING_KEYS = {Qt.Key.Key_1: 0, Qt.Key.Key_2: 1, Qt.Key.Key_3: 2}
NEXT_KEYS = {Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown}
PREVIOUS_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp}
EDGE_KEYS = {Qt.Key.Key_Home: False, Qt.Key.Key_End: True}  # the first / the last page
NOTE_IDLE_MS = 700  # a pause in typing commits the note


class ElementPage(QWidget):
    rate = Signal(str, str)  # element id, rating id
    step_requested = Signal(int)  # -1 back, +1 on
    edge_requested = Signal(bool)  # Home: the first page (False), End: the last (True)
    note_edited = Signal(str, str)  # element id, the note's new text
    evidence_toggled = Signal(str, tuple)  # element id, the new evidence ids

    def __init__(self, pack: Instrument) -> None:
        super().__init__()
        self.pack = pack
        self.element_id = ""
        self._showing = False  # true while filling the widgets, so that is not an edit
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.principle_label = heading(section=True)
        self.principle_label.setWordWrap(True)
        self.help_label = QLabel()
        self.help_label.setWordWrap(True)
        self.help_label.setStyleSheet(f"color: {MUTED};")
        self.element_label = QLabel()
        self.element_label.setStyleSheet("font-weight: 600;")
        self.text_label = QLabel()
        self.text_label.setWordWrap(True)
        self.text_label.setStyleSheet("font-size: 12pt;")
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label in (self.principle_label, self.help_label, self.text_label):
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

        self.rating_group = QButtonGroup(self)
        self.rating_group.setExclusive(False)  # an element can also be back to unrated
        rating_row = QHBoxLayout()
        self.rating_buttons: list[QPushButton] = []
        for number, option in enumerate(pack.scale, start=1):
            button = QPushButton(f"{number}   {pick(option.label)}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys 1/2/3 do this; keep focus here
            button.setMinimumHeight(38)
            button.setToolTip(f"{pick(option.label)} ({number})")
            self.rating_group.addButton(button, number - 1)
            self.rating_buttons.append(button)
            rating_row.addWidget(button)
        self.rating_group.idClicked.connect(self._clicked)
        self.hint = hint = QLabel(tr("review.rating_hint"))
        hint.setStyleSheet(f"color: {MUTED};")

        self.note_edit = NoteEdit()
        self.note_edit.setPlaceholderText(tr("review.note_placeholder"))
        self.note_edit.setMinimumHeight(70)
        self.note_edit.setMaximumHeight(140)
        note_label = QLabel(tr("review.note"))
        note_label.setBuddy(self.note_edit)  # Alt+N reaches the note
        self._note_timer = QTimer(self, singleShot=True, interval=NOTE_IDLE_MS)
        self._note_timer.timeout.connect(self.commit_note)
        self.note_edit.textChanged.connect(self._note_typed)
        self.note_edit.left.connect(self._leave_note)
        # Warns about CPR numbers as they are typed.
        self.note_guard = NoteGuard(self.note_edit, NOTE)

        evidence_row = QHBoxLayout()
        evidence_row.addWidget(QLabel(tr("review.evidence") + ":"))
        self.evidence_boxes: dict[str, QCheckBox] = {}
        # Alt+letter ticks a source; letters clear of the menus and Alt+N for the note.
        taken = menu_bar_letters() | marked_letters([tr("review.note"), tr("rater.who_rates")])
        labels = with_mnemonics([pick(s.label) for s in pack.evidence_sources], taken)
        for source, label in zip(pack.evidence_sources, labels, strict=True):
            box = QCheckBox(label)
            box.toggled.connect(self._evidence_changed)
            self.evidence_boxes[source.id] = box
            evidence_row.addWidget(box)
        evidence_row.addStretch(1)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        content = QWidget()
        vbox(
            self.principle_label,
            self.help_label,
            line,
            self.element_label,
            self.text_label,
            Space(6),
            rating_row,
            hint,
            Space(6),
            note_label,
            self.note_edit,
            self.note_guard.label,
            evidence_row,
            Stretch(),
            parent=content,
            margins=(16, 12, 16, 12),
            spacing=8,
        )

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    # -- showing -----------------------------------------------------------------

    def show_element(self, element_id: str, state: ElementState, index: int, total: int) -> None:
        if element_id != self.element_id:
            self.commit_note()
        self.element_id = element_id
        principle = self.pack.principle_of(element_id)
        element = next(e for e in principle.elements if e.id == element_id)
        self.principle_label.setText(
            tr("review.principle", id=principle.id, title=pick(principle.title))
        )
        self.help_label.setText(tr("element.help_prefix", text=pick(principle.help)))
        position = tr("review.element_of", index=index, total=total)
        self.element_label.setText(f"{tr('review.element', id=element_id)} · {position}")
        self.text_label.setText(pick(element.text))
        self.show_state(state)

    def show_state(self, state: ElementState) -> None:
        """Bring the widgets in line with the saved state (also after undo/redo)."""
        self._showing = True
        try:
            scale_ids = [s.id for s in self.pack.scale]
            for i, button in enumerate(self.rating_buttons):
                chosen = state.rating == scale_ids[i]
                button.setChecked(chosen)
                colour = RATING_COLOURS.get(scale_ids[i], MUTED)
                button.setStyleSheet(
                    f"QPushButton {{ background: {colour}; color: white; font-weight: 600; }}"
                    if chosen
                    else ""
                )
            if self.note_edit.toPlainText() != state.note:
                self._note_timer.stop()
                self.note_edit.setPlainText(state.note)
            for source_id, box in self.evidence_boxes.items():
                box.setChecked(source_id in state.evidence)
        finally:
            self._showing = False

    # -- input -------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = Qt.Key(event.key())
        if mods == Qt.KeyboardModifier.NoModifier:
            if key in RATING_KEYS and RATING_KEYS[key] < len(self.pack.scale):
                self.rate.emit(self.element_id, self.pack.scale[RATING_KEYS[key]].id)
                return
            if key in NEXT_KEYS:
                self.step_requested.emit(1)
                return
            if key in PREVIOUS_KEYS:
                self.step_requested.emit(-1)
                return
            if key in EDGE_KEYS:
                self.edge_requested.emit(EDGE_KEYS[key])
                return
        super().keyPressEvent(event)

    def _clicked(self, button_id: int) -> None:
        option = self.pack.scale[button_id].id
        # The click has already toggled the button: clicking the chosen rating unrates it.
        chosen = option if self.rating_buttons[button_id].isChecked() else NOT_RATED
        self.rate.emit(self.element_id, chosen)

    def _note_typed(self) -> None:
        if not self._showing:
            self._note_timer.start()

    def commit_note(self) -> None:
        """Hand a typed note to the session (debounced; also on leaving the field or page)."""
        if self._note_timer.isActive() or self.note_edit.document().isModified():
            self._note_timer.stop()
            self.note_edit.document().setModified(False)
            if self.element_id:
                self.note_edited.emit(self.element_id, self.note_edit.toPlainText())

    def _leave_note(self) -> None:
        self.commit_note()
        if self.note_edit.hasFocus():
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _evidence_changed(self) -> None:
        if self._showing or not self.element_id:
            return
        chosen = tuple(s for s, box in self.evidence_boxes.items() if box.isChecked())
        self.evidence_toggled.emit(self.element_id, chosen)
