"""Filer → Synkronisér med server …: the regional server's address (a setting, never with
a password: libpq's password file or service file supplies that), the teams to send, and
whether to fetch the others. The preview and merge that follow are the import's own."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ipsfidelity.i18n import tr
from ipsfidelity.ui.common.colours import MUTED
from ipsfidelity.ui.exchange.buttons import go_or_cancel

SERVER_KEY = "exchange/server_url"
SEND_KEY = "exchange/send_teams"  # the team ids ticked last time


@dataclass(frozen=True)
class SyncChoice:
    url: str
    send_team_ids: tuple[str, ...]


def url_problem(url: str) -> str | None:
    """Why the address cannot be used, in the user's language; None when it can."""
    text = url.strip()
    if not text:
        return tr("xui.sync.url_missing")
    try:
        parts = urlsplit(text)
        password = parts.password
    except ValueError:
        return tr("xui.sync.url_invalid")
    if parts.scheme not in ("postgresql", "postgres", "postgresql+psycopg"):
        return tr("xui.sync.url_invalid")
    if password:
        return tr("xui.sync.url_password")
    return None


class SyncDialog(QDialog):
    def __init__(
        self,
        teams: list[tuple[str, str]],
        url: str,
        ticked: set[str],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exchange_sync")
        self.setWindowTitle(tr("xui.sync.title"))
        self.setMinimumWidth(680)

        intro = QLabel(tr("xui.sync.intro"))
        intro.setWordWrap(True)
        self.url_edit = QLineEdit(url)
        self.url_edit.setObjectName("sync_url")
        self.url_edit.setPlaceholderText("postgresql://server.region.dk/ipsfidelity")
        url_label = QLabel(tr("xui.sync.url"))
        url_label.setBuddy(self.url_edit)
        url_row = QHBoxLayout()
        url_row.addWidget(url_label)
        url_row.addWidget(self.url_edit, 1)
        password_note = QLabel(tr("xui.sync.password_note"))
        password_note.setObjectName("sync_password_note")
        password_note.setWordWrap(True)
        password_note.setStyleSheet(f"color: {MUTED};")
        password_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem = QLabel()
        self.problem.setObjectName("sync_problem")
        self.problem.setStyleSheet("color: #a61b29;")
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)

        send_label = QLabel(tr("xui.sync.send"))
        self.team_list = QListWidget()
        self.team_list.setObjectName("sync_teams")
        send_label.setBuddy(self.team_list)
        for team_id, name in teams:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, team_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if team_id in ticked else Qt.CheckState.Unchecked
            )
            self.team_list.addItem(item)
        all_button = QPushButton(tr("common.all"))
        none_button = QPushButton(tr("trend.none_shown"))
        for button, state in ((all_button, True), (none_button, False)):
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, s=state: self.tick_all(s))
        ticks = QHBoxLayout()
        ticks.addWidget(all_button)
        ticks.addWidget(none_button)
        ticks.addStretch(1)
        fetch_note = QLabel(tr("xui.sync.fetch"))
        fetch_note.setWordWrap(True)

        self.buttons, self.ok_button, _ = go_or_cancel(
            self, tr("xui.sync.go"), self._accept_if_valid, "sync_go"
        )
        self.url_edit.textChanged.connect(lambda _t: self.problem.setVisible(False))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(url_row)
        layout.addWidget(password_note)
        layout.addWidget(self.problem)
        layout.addWidget(send_label)
        layout.addWidget(self.team_list, 1)
        layout.addLayout(ticks)
        layout.addWidget(fetch_note)
        layout.addWidget(self.buttons)
        self.url_edit.setFocus()

    def tick_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for row in range(self.team_list.count()):
            self.team_list.item(row).setCheckState(state)

    def ticked(self) -> tuple[str, ...]:
        return tuple(
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.team_list.item(r) for r in range(self.team_list.count()))
            if item.checkState() == Qt.CheckState.Checked
        )

    def _accept_if_valid(self) -> None:
        why = url_problem(self.url_edit.text())
        if why is not None:
            self.problem.setText(why)
            self.problem.setVisible(True)
            self.url_edit.setFocus()
            return
        self.accept()

    def choice(self) -> SyncChoice:
        return SyncChoice(self.url_edit.text().strip(), self.ticked())
