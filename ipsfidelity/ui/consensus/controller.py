"""The lifecycle family on the main window: finish, reopen, the consensus step, the history.

It knows the open review only by id and what the window hands it; after a change of state
the window opens the review again, so the walk-through shows the lock (or its absence).
Imported on the way to the first window, so it imports no screen at module level.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ipsfidelity.i18n import tr
from ipsfidelity.ui.common.host import warn
from ipsfidelity.ui.consensus import operations as ops

if TYPE_CHECKING:
    from ipsfidelity.store.lifecycle_views import LifecycleInfo
    from ipsfidelity.ui.common.host import Host


class LifecycleController:
    def __init__(self, host: Host) -> None:
        self.host = host

    def finish(
        self,
        assessment_id: str,
        reviewers: Sequence[str],
        caseload_missing: bool,
        acting: str,
    ) -> None:
        from ipsfidelity.ui.consensus.dialogs import FinishDialog

        host = self.host
        host.commit_edits()
        dialog = FinishDialog(reviewers, caseload_missing, host.parent_widget())

        def accepted() -> None:
            ops.finish(
                host.worker,
                assessment_id,
                dialog.signoffs(),
                dialog.caseload_reason(),
                acting,
                self._reload(assessment_id),
                self._refused(tr("lifecycle.ui.finish_refused"), "finish_refused"),
            )

        host.show_dialog(dialog, accepted)

    def reopen(self, assessment_id: str, acting: str) -> None:
        from ipsfidelity.ui.consensus.dialogs import ReopenDialog

        host = self.host
        dialog = ReopenDialog(host.parent_widget())

        def accepted() -> None:
            ops.reopen(
                host.worker,
                assessment_id,
                dialog.reason(),
                acting,
                self._reload(assessment_id),
                self._refused(tr("lifecycle.ui.reopen_refused"), "reopen_refused"),
            )

        host.show_dialog(dialog, accepted)

    def _reload(self, assessment_id: str) -> Callable[[LifecycleInfo], None]:
        def done(_life: LifecycleInfo) -> None:
            self.host.open_assessment(assessment_id)
            self.host.refresh_assessments()

        return done

    def _refused(self, title: str, name: str) -> Callable[[str], None]:
        return lambda why: warn(self.host, title, why, name)
