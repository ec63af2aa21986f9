"""The report family on the main window: export as PDF (Ctrl+E) and print (Ctrl+P) the
report of the open assessment, else of the one selected on the home screen.

Imported on the way to the first window: the export and print code load when first used.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ipsfidelity.i18n import tr

if TYPE_CHECKING:
    from ipsfidelity.ui.common.host import Host
    from ipsfidelity.ui.report.common import ReportTarget
    from ipsfidelity.ui.report.export import ReportExport
    from ipsfidelity.ui.report.printing import ReportPrint


class ReportController:
    def __init__(self, host: Host, target: Callable[[], ReportTarget | None]) -> None:
        self.host = host
        self.target = target  # the assessment a report would be made for now
        self._export: ReportExport | None = None  # built on first use
        self._printing: ReportPrint | None = None

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
