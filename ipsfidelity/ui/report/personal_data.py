"""Before a report is made: ask when its text looks like personal data (CPR numbers)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QMessageBox

from ipsfidelity.i18n import language, tr

if TYPE_CHECKING:
    from ipsfidelity.store import Store
    from ipsfidelity.ui.common.host import Host
    from ipsfidelity.ui.report.common import ReportTarget


def ask_about_personal_data(
    host: Host, target: ReportTarget, go: Callable[[ReportTarget], None]
) -> None:
    """Call `go(target)` at once when no text the report prints looks like personal data
    (rating notes, action plan, agreement); otherwise ask: hide the numbers (the default),
    include them anyway, or cancel."""
    aid = target.assessment_id
    lang = language()  # read here: the job runs on the database thread

    def flagged(store: Store) -> list[str]:
        from ipsfidelity.report.content import personal_data_notes

        return personal_data_notes(store, aid, lang, name_consultants=target.name_consultants)

    def decide(places: list[str]) -> None:
        if not places:
            go(target)
            return
        box = QMessageBox(host.parent_widget())
        box.setObjectName("personal_data_dialog")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("privacy.report_title"))
        box.setText(tr("privacy.report_text", places=", ".join(places)))
        box.setMinimumWidth(520)
        mask = box.addButton(tr("privacy.mask"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(tr("privacy.keep"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(mask)
        box.setEscapeButton(cancel)

        def clicked(button: Any) -> None:
            if button is mask:
                go(dataclasses.replace(target, mask_personal_data=True))
            elif button is keep:
                go(target)

        box.buttonClicked.connect(clicked)
        host.show_dialog(box, lambda: None)

    host.worker.read(flagged, decide)
