"""The walk-through: navigator on the left, the current element (or caseload) on the right."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ipsfidelity.ui.caseload_model import CaseloadModel
from ipsfidelity.ui.caseload_page import CaseloadPage
from ipsfidelity.ui.element_page import ElementPage
from ipsfidelity.ui.navigator_model import NavigatorModel
from ipsfidelity.ui.review_session import CASELOAD_KEY, CaseloadRow, ReviewSession
from ipsfidelity.ui.strings import t
from ipsfidelity.ui.undo_commands import (
    CaseloadCommand,
    EvidenceCommand,
    NoteCommand,
    RatingCommand,
)


class ReviewView(QWidget):
    """Built once per opened assessment; the main window replaces it for the next one."""

    back_requested = Signal()
    results_requested = Signal()

    def __init__(self, session: ReviewSession, undo_stack: QUndoStack) -> None:
        super().__init__()
        self.session = session
        self.undo_stack = undo_stack
        pack = session.pack
        self.key = ""

        info = session.info
        heading = QLabel(
            t(
                "review.heading",
                team=session.team.name,
                period=info.period,
                date=info.date.isoformat(),
            )
        )
        heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.back_button = QPushButton(t("review.back"))
        self.back_button.clicked.connect(self._back)
        self.results_button = QPushButton(t("review.results"))
        self.results_button.clicked.connect(self._results)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(heading, 1)
        top.addWidget(self.results_button)

        self.navigator_model = NavigatorModel(pack)
        self.navigator = QTreeView()
        self.navigator.setModel(self.navigator_model)
        self.navigator.setHeaderHidden(True)
        self.navigator.expandAll()
        self.navigator.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.navigator.setMinimumWidth(240)
        self.navigator.selectionModel().currentChanged.connect(self._navigator_moved)

        self.element_page = ElementPage(pack)
        self.caseload_model = CaseloadModel(pack.caseload)
        self.caseload_page = CaseloadPage(pack, self.caseload_model)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.element_page)
        self.pages.addWidget(self.caseload_page)

        self.previous_button = QPushButton(t("review.previous"))
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button = QPushButton(t("review.next"))
        self.next_button.clicked.connect(lambda: self.step(1))
        for button in (
            self.previous_button,
            self.next_button,
            self.back_button,
            self.results_button,
        ):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        moves = QHBoxLayout()
        moves.addWidget(self.previous_button)
        moves.addStretch(1)
        moves.addWidget(self.next_button)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.pages, 1)
        right_layout.addLayout(moves)
        self.splitter = QSplitter()
        self.splitter.setObjectName("review_splitter")
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([330, 770])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        # Moving with Ctrl+PageUp/PageDown works on every page, even inside the table.
        for keys, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda s=step: self.step(s))

        self.element_page.rate.connect(self._rate)
        self.element_page.step_requested.connect(self.step)
        self.element_page.note_edited.connect(self._note)
        self.element_page.evidence_toggled.connect(self._evidence)
        self.caseload_model.edited.connect(self._caseload_edited)
        session.element_changed.connect(self._element_changed)
        session.caseload_changed.connect(self._caseload_changed)
        session.focus_requested.connect(self.go_to)

        for element_id, state in session.elements.items():
            self.navigator_model.set_rating(element_id, state.rating)
        self.caseload_model.set_rows(session.caseload)
        self._caseload_changed()
        self.go_to(session.resume_key())

    # -- moving ------------------------------------------------------------------

    def go_to(self, key: str) -> None:
        keys = self.session.keys
        if key not in keys:
            return
        self.element_page.commit_note()
        self.key = key
        index = self.navigator_model.index_for(key)
        if self.navigator.currentIndex() != index:
            self.navigator.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        position = keys.index(key)
        self.previous_button.setEnabled(position > 0)
        self.next_button.setEnabled(position < len(keys) - 1)
        if key == CASELOAD_KEY:
            self.pages.setCurrentWidget(self.caseload_page)
            if self.isVisible():
                self.caseload_page.focus_table()
        else:
            self.element_page.show_element(
                key, self.session.elements[key], position + 1, len(keys) - 1
            )
            self.pages.setCurrentWidget(self.element_page)
            if self.isVisible() and not self.element_page.note_edit.hasFocus():
                self.element_page.setFocus(Qt.FocusReason.OtherFocusReason)
        self.session.set_position(key)

    def step(self, delta: int) -> None:
        keys = self.session.keys
        position = keys.index(self.key) + delta if self.key in keys else 0
        if 0 <= position < len(keys):
            self.go_to(keys[position])

    def focus_current(self) -> None:
        if self.key == CASELOAD_KEY:
            self.caseload_page.focus_table()
        else:
            self.element_page.setFocus(Qt.FocusReason.OtherFocusReason)

    def _navigator_moved(self) -> None:
        key = NavigatorModel.key_at(self.navigator.currentIndex())
        if key and key != self.key:
            self.go_to(key)

    def _back(self) -> None:
        self.element_page.commit_note()
        self.back_requested.emit()

    def _results(self) -> None:
        self.element_page.commit_note()
        self.results_requested.emit()

    # -- edits become undoable commands --------------------------------------------

    def _rate(self, element_id: str, rating: str) -> None:
        before = self.session.elements[element_id].rating
        if before != rating:
            self.undo_stack.push(RatingCommand(self.session, element_id, before, rating))
        if rating != "not_rated" and element_id == self.key:
            self.step(1)  # rating moves on, so a review is one key per element

    def _note(self, element_id: str, text: str) -> None:
        before = self.session.elements[element_id].note
        if before != text:
            self.undo_stack.push(NoteCommand(self.session, element_id, before, text))

    def _evidence(self, element_id: str, evidence: tuple[str, ...]) -> None:
        before = self.session.elements[element_id].evidence
        if before != evidence:
            self.undo_stack.push(EvidenceCommand(self.session, element_id, before, evidence))

    def _caseload_edited(
        self, before: tuple[CaseloadRow, ...], after: tuple[CaseloadRow, ...]
    ) -> None:
        self.undo_stack.push(CaseloadCommand(self.session, before, after))

    # -- the session changed (an edit, undo or redo) --------------------------------

    def _element_changed(self, element_id: str) -> None:
        state = self.session.elements[element_id]
        self.navigator_model.set_rating(element_id, state.rating)
        if element_id == self.element_page.element_id:
            self.element_page.show_state(state)

    def _caseload_changed(self) -> None:
        self.caseload_model.set_rows(self.session.caseload)
        status = self.session.score().caseload.status
        self.navigator_model.set_caseload_status(status)
        self.caseload_page.show_team_status(status)
