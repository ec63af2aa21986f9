"""What export and printing share: the assessment a report is for, the report job on the
worker, and the progress dialog. (Calls come back to the UI thread through common.worker.Relay.)
"""

from __future__ import annotations

import gc
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ipsfidelity.errors import UserError
from ipsfidelity.i18n import tr
from ipsfidelity.ui.common.progress import WorkProgress
from ipsfidelity.ui.common.worker import Relay

if TYPE_CHECKING:
    from ipsfidelity.report.content import GatherOptions
    from ipsfidelity.store import Store
    from ipsfidelity.ui.common.host import Host

T = TypeVar("T")
log = logging.getLogger("ipsfidelity.ui.report")


@dataclass(frozen=True)
class ReportTarget:
    """The assessment a report is made for, and what the UI says about it."""

    assessment_id: str
    team: str
    period: str
    finished: bool
    mask_personal_data: bool = False  # the user chose to hide CPR-like numbers in notes
    name_consultants: bool = False  # the menu's "name the consultants" is checked

    def title(self) -> str:
        return f"{self.team} · {self.period}"

    def options(self) -> GatherOptions:
        """What the user chose for this report, as the report's `gather` takes it."""
        return {
            "mask_personal_data": self.mask_personal_data,
            "name_consultants": self.name_consultants,
        }

    def file_name(self) -> str:
        """`Vurdering <team> <period>.pdf` (team names already say IPS), with characters no
        file system accepts removed."""
        name = tr("report.file_name", team=self.team, period=self.period).strip()
        name = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', "-", name).strip(" .")
        return f"{name or tr('report.file_name', team='', period='').strip()}.pdf"


_core_ready = False


def prepare_core() -> None:
    """Import the report code and load its fonts; runs on the worker before the first report.

    The garbage collector stops every Python thread, the UI thread too, while it walks
    the heap: one full collection triggered by these imports blocked the UI for 70 ms.
    So it is paused while they run, and what they created (modules, fonts, metrics,
    all kept for the life of the process) is then frozen out of later full collections,
    which only walk what reports create and throw away.
    """
    global _core_ready
    if _core_ready:
        return
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        import ipsfidelity.report  # noqa: F401  (the import is the point)
        from ipsfidelity.report.fonts import register_fonts

        register_fonts()
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()
    _core_ready = True


@dataclass(frozen=True)
class Crash:
    """An unexpected exception from the worker, carried back to the UI thread's crash path."""

    error: BaseException


def guarded_report_job(make: Callable[[Any], T], failure: str) -> T | Crash | None:
    """Run the report core's work on the database worker: `make` gets the report package.
    None when the user cancelled; a UserError passes through to the worker's refusal path;
    anything else becomes a Crash for the UI thread's crash path."""
    try:
        prepare_core()  # first: it does the heavy imports with the collector paused
        from ipsfidelity import report

        return make(report)
    except Cancelled:
        return None
    except UserError:
        raise
    except Exception as exc:
        log.exception(failure)
        return Crash(exc)


class ReportJob(QObject):
    """What export and printing share: one report at a time, built on the worker behind a
    progress dialog; `done` when it ended (written or printed, refused, cancelled, crashed)."""

    done = Signal()

    def __init__(self, host: Host) -> None:
        super().__init__(host.parent_widget())
        self.host = host
        self.relay = Relay(self)
        self.busy = False
        self.progress: ReportProgress | None = None
        self.last_error: str | None = None

    def busy_now(self) -> bool:
        """True, said in the status bar, while a report is still under way."""
        if self.busy:
            self.host.statusBar().showMessage(tr("report.busy"), 5000)
        return self.busy

    def run(
        self,
        title: str,
        target: ReportTarget,
        make: Callable[[Any, Store, Callable[[int, str], None]], T],
        failure: str,
        done: Callable[[T | Crash | None], None],
        refused: Callable[[str], None],
        share: float = 1.0,
    ) -> None:
        """Show the progress dialog and run `make(report, store, progress)` on the worker;
        the result (None when cancelled, a Crash) goes to `done`, a UserError to `refused`."""
        self.busy = True
        self.last_error = None
        self.progress = progress = ReportProgress(title, target, self.host.parent_widget())
        progress.show()
        callback = progress.worker_callback(self.relay, share)

        def job(store: Store) -> T | Crash | None:  # on the database worker
            return guarded_report_job(lambda report: make(report, store, callback), failure)

        self.host.worker.read(job, done, refused)


class Cancelled(Exception):
    """Raised inside a worker's progress callback once the user has cancelled."""


class ReportProgress(WorkProgress):
    """Progress with the core's translated messages; Cancel sets `cancel_event`, which the
    worker's progress callback turns into `Cancelled` at its next step."""

    def __init__(self, title: str, target: ReportTarget, parent: QWidget) -> None:
        super().__init__("report_progress", title, tr("common.cancel"), parent)
        self.draft_note = "" if target.finished else tr("report.draft_note")
        self.step(0, tr("report.starting"))

    def label(self, message: str) -> str:
        return f"{self.draft_note}\n\n{message}" if self.draft_note else message

    def worker_callback(self, relay: Relay, share: float = 1.0) -> Callable[[int, str], None]:
        """The `progress` argument for the core, called on a worker thread; its 0-100
        fills the first `share` of the bar (printing needs the rest for the pages)."""
        cancelled = self.cancel_event

        def progress(percent: int, message: str) -> None:
            if cancelled.is_set() and percent < 100:
                raise Cancelled
            relay.post(self.step_if_open, round(percent * share), message)

        return progress
