"""The report family on the main window: export as PDF (Ctrl+E) and print (Ctrl+P) the
report of the open assessment, else of the one selected on the home screen.

Imported on the way to the first window: the export and print code load when first used.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

from ipsfidelity.i18n import tr
from ipsfidelity.ui.common.actions import add_actions

# "true": reports name the consultants; otherwise "Konsulent 1, 2, …" (staff are not
# named in a steering-group report unless the user asks for it).
NAME_CONSULTANTS_KEY = "report/name_consultants"

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from ipsfidelity.store.views import AssessmentInfo
    from ipsfidelity.ui.common.host import Host
    from ipsfidelity.ui.report.common import ReportTarget
    from ipsfidelity.ui.report.export import ReportExport
    from ipsfidelity.ui.report.printing import ReportPrint


class ReportController:
    def __init__(self, host: Host, selected: Callable[[], AssessmentInfo | None]) -> None:
        self.host = host
        self.selected = selected  # the assessment selected on the home screen
        self._export: ReportExport | None = None  # built on first use
        self._printing: ReportPrint | None = None

    def add_actions(self, menu: QMenu) -> None:
        rows = (
            (tr("action.export_pdf"), self.export_pdf, "Ctrl+E"),
            (tr("action.print"), self.print_report, QKeySequence.StandardKey.Print),
        )
        self.export_action, self.print_action = add_actions(menu, self.host.parent_widget(), rows)
        # A checkbox in the menu, kept between sessions: export and print both follow it.
        self.name_consultants_action = QAction(
            tr("report.detail.name_consultants"), self.host.parent_widget()
        )
        self.name_consultants_action.setObjectName("name_consultants_action")
        self.name_consultants_action.setCheckable(True)
        self.name_consultants_action.setChecked(self.names_consultants())
        self.name_consultants_action.setToolTip(tr("report.detail.name_consultants_tip"))
        self.name_consultants_action.toggled.connect(
            lambda on: self.host.settings.setValue(NAME_CONSULTANTS_KEY, "true" if on else "false")
        )
        menu.addAction(self.name_consultants_action)

    def names_consultants(self) -> bool:
        """Whether reports name the consultants (the menu's checkbox); off by default."""
        return str(self.host.settings.value(NAME_CONSULTANTS_KEY, "false")).lower() == "true"

    def target(self) -> ReportTarget | None:
        """The open assessment, else the one selected on the home screen."""
        from ipsfidelity.ui.report.common import ReportTarget

        review = self.host.open_review()
        info = review.info if review is not None else self.selected()
        team = review.team if review is not None else self.host.selected_team()
        if info is None or team is None:
            return None
        finished = info.state == "finished"  # signed off and locked: not a draft
        return ReportTarget(
            info.id, team.name, info.period, finished, name_consultants=self.names_consultants()
        )

    @property
    def export(self) -> ReportExport:
        if self._export is None:
            from ipsfidelity.ui.report.export import ReportExport

            self._export = ReportExport(self.host)
        return self._export

    @property
    def printing(self) -> ReportPrint:
        if self._printing is None:
            from ipsfidelity.ui.report.printing import ReportPrint

            self._printing = ReportPrint(self.host)
        return self._printing

    def export_pdf(self) -> None:
        self._ask_then(lambda: self.export.start)

    def print_report(self) -> None:
        self._ask_then(lambda: self.printing.start)

    def _ask_then(self, start: Callable[[], Callable[[ReportTarget], None]]) -> None:
        self.host.commit_edits()  # queued before the report reads
        target = self.target()
        if target is None:
            self.host.statusBar().showMessage(tr("report.no_assessment"), 5000)
            return
        from ipsfidelity.ui.report.personal_data import ask_about_personal_data

        ask_about_personal_data(self.host, target, start())

    def wait(self) -> None:
        """Let a print under way finish (the window is closing)."""
        if self._printing is not None:
            self._printing.wait()
