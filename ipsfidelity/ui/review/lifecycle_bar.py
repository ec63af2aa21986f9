"""Above the walk-through: the review's kind and state, who is rating, the lifecycle's
buttons, and the lines that say what this user may not do or who finished the review."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ipsfidelity.i18n import tr
from ipsfidelity.review_words import kind_word, state_word
from ipsfidelity.ui.common.actions import FINISH_KEYS, REOPEN_KEYS, keys_text
from ipsfidelity.ui.common.widgets import push_button
from ipsfidelity.wording import date_text

if TYPE_CHECKING:
    from ipsfidelity.store.lifecycle_views import LifecycleInfo
    from ipsfidelity.ui.review.session import ReviewSession


class RaterCombo(QComboBox):
    """ "Who is rating": ↑ ↓ choose, Enter goes on to rate (a closed combo box ignores it)."""

    confirmed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex() >= 0:
            self.confirmed.emit()
            return
        super().keyPressEvent(event)


class LifecycleBar(QWidget):
    """The buttons pass their click on as the bar's signals; `rater_chosen` when another
    reviewer (or the consensus) is chosen in a blind review."""

    consensus_requested = Signal()
    history_requested = Signal()
    finish_requested = Signal()
    reopen_requested = Signal()
    rater_chosen = Signal()
    rater_confirmed = Signal()  # Enter on the choice: on to the walk-through

    def __init__(self, session: ReviewSession) -> None:
        super().__init__()
        info = session.info
        kind = kind_word(info.kind)
        state = state_word(info.state)
        self.kind_label = QLabel(f"{tr('lifecycle.ui.kind_label')} {kind} · {state}")
        self.kind_label.setObjectName("review_kind")
        row = QHBoxLayout()
        row.addWidget(self.kind_label)
        self.rater_combo = RaterCombo()
        self.rater_combo.setObjectName("who_rates")
        self.rater_combo.confirmed.connect(self.rater_confirmed)
        self.rater_label = QLabel(tr("rater.who_rates"))
        self.rater_label.setBuddy(self.rater_combo)
        # Asked when a draft opens and nobody is chosen on this computer (ReviewView.ask_rater):
        # the reviewers first, so ↓ from the empty choice lands on a reviewer, not the consensus.
        self.rater_question = QLabel(tr("rater.ask"))
        self.rater_question.setObjectName("rater_question")
        self.rater_question.setStyleSheet("color: #8a5a00; font-weight: 600;")
        self.rater_question.hide()
        if session.blind:
            for name in info.reviewers:
                self.rater_combo.addItem(name, name)
            self.rater_combo.addItem(tr("lifecycle.ui.consensus_of_rater"), "")
            self.rater_combo.setPlaceholderText(tr("rater.choose"))
            self.rater_combo.setCurrentIndex(-1)
            self.rater_combo.currentIndexChanged.connect(self._rater_changed)
            row.addSpacing(16)
            row.addWidget(self.rater_label)
            row.addWidget(self.rater_combo)
        else:
            self.rater_label.hide()
            self.rater_combo.hide()
        row.addStretch(1)
        self.consensus_button = push_button(
            tr("lifecycle.ui.consensus_button"), self.consensus_requested
        )
        self.consensus_button.setVisible(session.blind)
        self.history_button = push_button(tr("lifecycle.ui.history_button"), self.history_requested)
        self.finish_button = QPushButton(tr("lifecycle.ui.finish_button"))
        self.finish_button.setObjectName("finish_button")
        self.finish_button.setToolTip(keys_text(FINISH_KEYS))  # Filer → Afslut vurdering
        self.finish_button.clicked.connect(self.finish_requested)
        self.finish_button.setVisible(not session.locked and session.may_rate)
        for button in (self.consensus_button, self.history_button, self.finish_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            row.addWidget(button)
        # The server's rules, mirrored: this role reads the review but may not rate it.
        self.read_only_label = QLabel(tr("server.ui.read_only_review"))
        self.read_only_label.setObjectName("read_only_review")
        self.read_only_label.setWordWrap(True)
        self.read_only_label.setStyleSheet("font-weight: 600;")
        self.read_only_label.setVisible(not session.may_rate)

        # A finished review says so, with who finished it and how to open it again.
        self.banner = QFrame()
        self.banner.setObjectName("finished_banner")
        self.banner.setStyleSheet(
            "#finished_banner { background: #e8f0e8; border: 1px solid #9bb79b;"
            " border-radius: 4px; }"
        )
        self.banner_label = QLabel()
        self.banner_label.setObjectName("finished_banner_text")
        self.banner_label.setStyleSheet("font-weight: 600;")
        self.reopen_button = QPushButton(tr("lifecycle.ui.reopen_button"))
        self.reopen_button.setObjectName("reopen_button")
        self.reopen_button.setToolTip(keys_text(REOPEN_KEYS))  # Filer → Genåbn vurdering
        self.reopen_button.clicked.connect(self.reopen_requested)
        self.reopen_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.addWidget(self.banner_label, 1)
        banner_layout.addWidget(self.reopen_button)
        self.reopen_button.setVisible(session.may_rate)
        self.banner.setVisible(session.locked)
        # A change after someone signed took the sign-offs back (store/history.py): said here
        # until the review is opened again.
        self.signoff_notice = QLabel()
        self.signoff_notice.setObjectName("signoff_notice")
        self.signoff_notice.setWordWrap(True)
        self.signoff_notice.setStyleSheet("color: #8a5a00; font-weight: 600;")
        self.signoff_notice.hide()
        session.signoffs_voided.connect(self._signoffs_voided)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.rater_question)
        layout.addWidget(self.read_only_label)
        layout.addWidget(self.banner)
        layout.addWidget(self.signoff_notice)

    def chosen_rater(self) -> str | None:
        """The reviewer chosen, "" for the consensus, None while nobody is chosen."""
        if self.rater_combo.currentIndex() < 0:
            return None
        return str(self.rater_combo.currentData() or "")

    def choose(self, rater: str) -> bool:
        """Choose `rater` ("" the consensus) as if picked; False when not on the list."""
        index = self.rater_combo.findData(rater)
        if index < 0:
            return False
        if index == self.rater_combo.currentIndex():
            self._rater_changed(index)
        else:
            self.rater_combo.setCurrentIndex(index)
        return True

    def _rater_changed(self, index: int) -> None:
        if index >= 0:
            self.rater_question.hide()
            self.rater_chosen.emit()

    def _signoffs_voided(self, names: str) -> None:
        self.signoff_notice.setText(tr("lifecycle.signoffs_voided", names=names))
        self.signoff_notice.show()

    def show_finished(self, life: LifecycleInfo) -> None:
        when = date_text(life.finished_at.astimezone().date()) if life.finished_at else ""
        names = ", ".join(s.reviewer for s in life.signoffs)
        text = (
            tr("lifecycle.finished_on_by", date=when, names=names)
            if names
            else tr("lifecycle.ui.banner_no_names", date=when)
        )
        self.banner_label.setText(text)
