"""The Hjælp menu: Vejledning (F1), Tastaturgenveje and Om; one guide window, kept while
the app runs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from ipsfidelity.i18n import tr
from ipsfidelity.ui.common.actions import add_actions

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

    def add_actions(self, menu: QMenu) -> None:
        help_contents = QKeySequence.StandardKey.HelpContents  # F1
        rows = (
            (tr("help.guide.action"), self.show_guide, help_contents),
            (tr("action.shortcuts"), self.show_shortcuts, None),
            (tr("action.about"), self.show_about, None),
        )
        add_actions(menu, self, rows)

    def show_guide(self) -> None:
        if self.guide is None:
            from ipsfidelity.ui.help.guide import GuideWindow

            self.guide = GuideWindow(self.host.parent_widget())
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()

    def show_shortcuts(self) -> None:
        from ipsfidelity.ui.common.widgets import shortcuts_dialog

        self.host.show_dialog(shortcuts_dialog(self.host.parent_widget()), lambda: None)

    def show_about(self) -> None:
        from ipsfidelity.ui.help.about import AboutDialog

        self.about = AboutDialog(self.host.parent_widget(), self.db_url)
        self.about.finished.connect(self._about_closed)
        self.host.show_dialog(self.about, lambda: None)

    def _about_closed(self) -> None:
        self.about = None
