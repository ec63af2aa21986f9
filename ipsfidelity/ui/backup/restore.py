"""The restore chooser: the database's backups with their time, size and kind, or a file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ipsfidelity.i18n import tr
from ipsfidelity.ui.backup.recovery import date_text, size_text

if TYPE_CHECKING:
    from ipsfidelity.backup import BackupInfo

PATH_ROLE = Qt.ItemDataRole.UserRole


class RestoreDialog(QDialog):
    def __init__(self, backups: list[BackupInfo], parent: QWidget) -> None:
        super().__init__(parent)
        from ipsfidelity.backup import BEFORE_RESTORE

        self.setObjectName("restore_dialog")
        self.setWindowTitle(tr("restore.title"))
        self._file: Path | None = None
        intro = QLabel(tr("restore.intro") if backups else tr("restore.none"))
        intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(tr("access.backups"))
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels(
            [tr("restore.col_date"), tr("restore.col_size"), tr("restore.col_kind")]
        )
        for info in backups:
            kind = tr("restore.kind_before") if info.kind == BEFORE_RESTORE else tr("backup.title")
            item = QTreeWidgetItem([date_text(info), size_text(info.size), kind])
            item.setData(0, PATH_ROLE, str(info.path))
            item.setToolTip(0, str(info.path))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tree.addTopLevelItem(item)
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        self.tree.itemDoubleClicked.connect(lambda *_: self.accept())
        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(
            tr("action.restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.file_button = buttons.addButton(
            tr("restore.pick_file"), QDialogButtonBox.ButtonRole.ActionRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.file_button.clicked.connect(self._pick_file)
        self.restore_button.setEnabled(bool(backups))
        if backups:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(620, 380)
        self.tree.setFocus()

    def _pick_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, tr("restore.open_title"), "", tr("backup.filter")
        )
        if chosen:
            self.choose_file(Path(chosen))

    def choose_file(self, path: Path) -> None:
        """A file from anywhere (a USB stick); accepted at once, checked before use."""
        self._file = path
        self.accept()

    def chosen(self) -> Path | None:
        if self._file is not None:
            return self._file
        item = self.tree.currentItem()
        return Path(item.data(0, PATH_ROLE)) if item is not None else None
