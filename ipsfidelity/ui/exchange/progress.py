"""The progress dialog of a long import, export or sync, and the job that reports to it.

The job runs on the serial database worker. Its progress callback posts each step back
through a `Relay` (the one way to the UI thread); once the user has pressed Cancel, the
callback raises `Cancelled` at the job's next step. Every job steps before its write
starts and never after, so a cancel always leaves the database and the files as they were.
"""

from __future__ import annotations

import gc
import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

import shiboken6
from PySide6.QtWidgets import QWidget

from ipsfidelity.errors import UserError
from ipsfidelity.i18n import tr
from ipsfidelity.ui.common.progress import WorkProgress
from ipsfidelity.ui.common.worker import Relay
from ipsfidelity.ui.exchange.preview_data import whole

if TYPE_CHECKING:
    from ipsfidelity.store import Store
    from ipsfidelity.ui.common.host import Host

T = TypeVar("T")
log = logging.getLogger("ipsfidelity.ui.exchange")


class Cancelled(Exception):
    """Raised in the worker's progress callback once the user has cancelled."""


@dataclass(frozen=True)
class Crash:
    """An unexpected exception on the worker, carried back to the UI thread's crash path."""

    error: BaseException


@dataclass(frozen=True)
class WasCancelled:
    """The job stopped at a step before anything was written."""


class ExchangeProgress(WorkProgress):
    """Cancel (or Escape) sets `cancel_event`, read on the worker until the write starts."""

    def __init__(self, title: str, parent: QWidget) -> None:
        super().__init__("exchange_progress", title, tr("common.cancel"), parent)
        self.rejected.connect(self.cancel_event.set)  # Escape
        self.step(0, tr("xui.starting"))

    def worker_callback(self, relay: Relay) -> JobProgress:
        return JobProgress(self, relay)

    def writing_if_open(self) -> None:
        """The write has started: it is all or nothing now, so Cancel goes away."""
        if shiboken6.isValid(self):
            self.setCancelButton(None)


class JobProgress:
    """The `progress(percent, message)` a job calls on the worker. Raises `Cancelled` once
    the user has cancelled, until `writing()` says the write has begun."""

    def __init__(self, dialog: ExchangeProgress, relay: Relay) -> None:
        self._dialog = dialog
        self._relay = relay
        self._cancel = dialog.cancel_event
        self.writing_started = False

    def __call__(self, percent: int, message: str) -> None:
        if self._cancel.is_set() and not self.writing_started:
            raise Cancelled
        self._relay.post(self._dialog.step_if_open, percent, message)

    def cancel_requested(self) -> bool:
        """The core's `cancelled()`: polled between files and reviews before the write."""
        return self._cancel.is_set() and not self.writing_started

    def writing(self) -> None:
        if self.cancel_requested():  # the last moment a cancel is honoured
            raise Cancelled
        self.writing_started = True
        self._relay.post(self._dialog.writing_if_open)


@contextmanager
def collector_paused() -> Iterator[None]:
    """No garbage collection while an import, export or sync runs; when it ends, one
    collection of what the job made, then what is alive is kept out of later collections.

    A full collection stops every Python thread, the UI thread too, while it walks the
    heap: with the app's modules, Qt's wrappers, SQLAlchemy and a thousand reviews on it,
    passes triggered in the middle of a bundle's import blocked the UI for 100 to 250 ms.
    So the collector is paused for the job. With it paused, everything the job made and
    kept stays in the youngest generation, so collecting that generation at the end walks
    only the job's own objects (25-60 ms for 1,000 reviews; a full walk of the heap there
    took 120-180 ms): it frees the cycles the job made (some 10,000 objects for a preview
    of 1,000 reviews), which would otherwise be frozen for good and grow with every
    import. What is alive is then frozen, out of the full collections the app's own work
    would trigger later. Left over: an object frozen while alive that later becomes part
    of a garbage cycle stays (some ten objects an import, measured, not growing with the
    number of reviews).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        begun = time.perf_counter()
        found = gc.collect(0)
        log.debug("collected %d objects in %.1f ms", found, (time.perf_counter() - begun) * 1e3)
        gc.freeze()
        if was_enabled:
            gc.enable()


def run_with_progress(
    host: Host,
    relay: Relay,
    title: str,
    job: Callable[[Store, JobProgress], T],
    done: Callable[[T | Crash | WasCancelled], None],
    refused: Callable[[str], None],
    *,
    write: bool = False,
) -> ExchangeProgress:
    """Show the progress dialog and run `job(store, progress)` on the worker. `done` gets
    the result, a `WasCancelled` or a `Crash`; a UserError goes to `refused`."""
    dialog = ExchangeProgress(title, host.parent_widget())
    dialog.show()
    callback = dialog.worker_callback(relay)

    def guarded(store: Store) -> T | Crash | WasCancelled:  # on the database worker
        # Imported here, on the worker: the core pulls in SQLAlchemy, which the first
        # window never waits for.
        from ipsfidelity.exchange.progress import ImportCancelled

        try:
            with collector_paused():
                # Babel reads its locale data on the first count it writes (35 ms): here,
                # not on the UI thread when the preview shows.
                whole(1000)
                return job(store, callback)
        except (Cancelled, ImportCancelled):
            return WasCancelled()
        except UserError:
            raise
        except Exception as exc:
            log.exception("%s failed", title)
            return Crash(exc)

    def close_then(then: Callable[[Any], None]) -> Callable[[Any], None]:
        def handler(value: Any) -> None:
            if shiboken6.isValid(dialog):
                dialog.close()
                dialog.deleteLater()
            then(value)

        return handler

    if write:
        host.worker.write(guarded, close_then(done), close_then(refused))
    else:
        host.worker.read(guarded, close_then(done), close_then(refused))
    return dialog
