"""Hjælp → Om: the version, the instrument packs, where the data and the logs are."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ipsfidelity import __version__
from ipsfidelity.i18n import pick, tr
from ipsfidelity.ui.common.app_icon import app_icon


def database_file(db_url: str | None) -> Path | None:
    """The SQLite file the app works on; None for a server."""
    from ipsfidelity.store.location import plain_sqlite_file, resolve_url

    return plain_sqlite_file(resolve_url(db_url))


def database_place(db_url: str | None) -> str:
    """The database file's path, or a server's URL without its password."""
    from ipsfidelity.store.location import resolve_url

    file = database_file(db_url)
    if file is not None:
        return str(file)
    url = resolve_url(db_url)
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # an unreadable URL: the app has said so on opening; show no secret
        return url.split("://", 1)[0] + "://…"


def _selectable(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _open_folder(folder: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class AboutDialog(QDialog):
    """Version, packs, database and log folder; "Åbn logmappe" opens the folder."""

    def __init__(
        self,
        parent: QWidget,
        db_url: str | None,
        open_folder: Callable[[Path], bool] = _open_folder,
    ) -> None:
        super().__init__(parent)
        from ipsfidelity.instrument import available_packs
        from ipsfidelity.logs import log_dir

        self.setObjectName("about_dialog")
        self.setWindowTitle(tr("help.about.title"))
        self._open_folder = open_folder
        self.log_folder = log_dir()

        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(64, 64))
        icon.setAccessibleName(tr("help.about.icon"))
        heading = QLabel(tr("about.text", version=__version__))
        heading.setWordWrap(True)
        heading.setObjectName("about_version")
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(heading, 1)

        self.packs = QTreeWidget()
        self.packs.setObjectName("about_packs")
        self.packs.setRootIsDecorated(False)
        self.packs.setHeaderLabels([tr("cli.col.id"), tr("cli.col.version"), tr("common.name")])
        self.packs.setAccessibleName(tr("help.about.packs"))
        for pack in available_packs():
            QTreeWidgetItem(self.packs, [pack.id, pack.version, pick(pack.title)])
        for column in (0, 1):
            self.packs.resizeColumnToContents(column)
        rows = sum(self.packs.sizeHintForRow(0) for _ in range(self.packs.topLevelItemCount()))
        frame = 2 * self.packs.frameWidth() + 4
        self.packs.setFixedHeight(self.packs.header().sizeHint().height() + rows + frame)

        self.database = _selectable(database_place(db_url))
        self.database.setObjectName("about_database")
        self.logs = _selectable(str(self.log_folder))
        self.logs.setObjectName("about_logs")
        form = QFormLayout()
        form.addRow(tr("help.about.database"), self.database)
        file = database_file(db_url)
        if file is not None:  # a server keeps its own backups
            from ipsfidelity.backup import folder_for

            self.backups = _selectable(str(folder_for(file)))
            self.backups.setObjectName("about_backups")
            form.addRow(tr("help.about.backups"), self.backups)
        form.addRow(tr("help.about.logs"), self.logs)

        self.open_logs = QPushButton(tr("help.about.open_logs"))
        self.open_logs.setObjectName("open_logs")
        self.open_logs.clicked.connect(self.show_log_folder)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.open_logs, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        packs_label = QLabel(tr("help.about.packs"))
        packs_label.setBuddy(self.packs)
        layout.addWidget(packs_label)
        layout.addWidget(self.packs)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(620, self.sizeHint().height())

    def show_log_folder(self) -> None:
        """Open the log folder in the file manager (made first: it is made at the first log
        line, and a fresh installation may not have one yet)."""
        try:
            self.log_folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            self.message.setText(tr("help.about.open_failed", why=exc.strerror or str(exc)))
            return
        if not self._open_folder(self.log_folder):
            self.message.setText(tr("help.about.open_failed", why=str(self.log_folder)))
