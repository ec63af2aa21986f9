"""The Hjælp menu's Vejledning (F1) and Om: one guide window, kept while the app runs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from ipsfidelity.i18n import tr

if TYPE_CHECKING:
    from ipsfidelity.ui.common.host import Host
    from ipsfidelity.ui.help.about import AboutDialog
    from ipsfidelity.ui.help.guide import GuideWindow


class HelpMenu(QObject):
    def __init__(self, host: Host, db_url: str | None) -> None:
        super().__init__(host.parent_widget())
        self.host = host
        self.db_url = db_url
        self.guide: GuideWindow | None = None
        self.about: AboutDialog | None = None

    def guide_action(self) -> QAction:
        action = QAction(tr("help.guide.action"), self)
        action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))  # F1
        action.triggered.connect(self.show_guide)
        return action

    def about_action(self) -> QAction:
        action = QAction(tr("action.about"), self)
        action.triggered.connect(self.show_about)
        return action

    def show_guide(self) -> None:
        if self.guide is None:
            from ipsfidelity.ui.help.guide import GuideWindow

            self.guide = GuideWindow(self.host.parent_widget())
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()

    def show_about(self) -> None:
        from ipsfidelity.ui.help.about import AboutDialog

        self.about = AboutDialog(self.host.parent_widget(), self.db_url)
        self.about.finished.connect(self._about_closed)
        self.host.show_dialog(self.about, lambda: None)

    def _about_closed(self) -> None:
        self.about = None
