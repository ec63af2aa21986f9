"""One serial database worker: every read and write runs on it, in order, off the UI thread.

Results come back to the UI thread through a queued signal, so no widget is ever
touched from the worker (Picard's rule) and SQLite only ever sees one writer
(Anki's). SQLAlchemy is imported on the worker, so the first window never waits for it.
"""

from __future__ import annotations

import logging
import queue
import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

from ipsfidelity.errors import UserError

if TYPE_CHECKING:
    from ipsfidelity.store import Store

log = logging.getLogger("ipsfidelity.ui.database")

Job = Callable[["Store"], Any]
Done = Callable[[Any], None]
Failed = Callable[[str], None]


class Database(QObject):
    ready = Signal()
    open_failed = Signal(str)
    write_started = Signal()
    saved = Signal()  # a write committed
    write_refused = Signal(str)  # a UserError from a write that had no own handler

    _wake = Signal()  # carries nothing: outcomes travel in a plain queue (see _loop)

    def __init__(self, url: str | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store: Store | None = None
        self.pending = 0
        self._jobs: queue.Queue[tuple[Job, Done | None, Failed | None, bool] | None] = queue.Queue()
        self._outcomes: queue.Queue[tuple[str, Any, Any, bool]] = queue.Queue()
        self._wake.connect(self._drain, Qt.ConnectionType.QueuedConnection)
        self._closed = False
        self._thread = threading.Thread(
            target=self._loop, args=(url,), daemon=True, name="ipsfidelity-db"
        )

    def start(self) -> None:
        """Open the database on the worker. Called once the first window is on screen, so
        importing SQLAlchemy there does not compete with drawing it."""
        if self._thread.ident is None and not self._closed:
            self.pending += 1  # the open itself
            self._thread.start()

    # -- called on the UI thread ---------------------------------------------

    def read(self, job: Job, done: Done | None = None, failed: Failed | None = None) -> None:
        self._submit(job, done, failed, write=False)

    def write(self, job: Job, done: Done | None = None, failed: Failed | None = None) -> None:
        self._submit(job, done, failed, write=True)

    def write_quietly(self, job: Job) -> None:
        """Bookkeeping (where the reviewer is) that the "Gemt" indicator leaves out: only
        what the reviewer entered is announced. Still queued and committed in order."""
        self._submit(job, None, None, write=False)

    @property
    def busy(self) -> bool:
        return self.pending > 0

    def close(self) -> None:
        """Finish every queued write, then stop the worker. Nothing queued is dropped."""
        self._closed = True
        if self._thread.is_alive():
            self._jobs.put(None)
            self._thread.join()
        if self.store is not None:
            self.store.close()
            self.store = None

    def _submit(self, job: Job, done: Done | None, failed: Failed | None, write: bool) -> None:
        self.pending += 1
        if write:
            self.write_started.emit()
        self._jobs.put((job, done, failed, write))

    @Slot()
    def _drain(self) -> None:
        while True:
            try:
                outcome = self._outcomes.get_nowait()
            except queue.Empty:
                return
            self._deliver(*outcome)

    def _deliver(self, kind: str, callback: Any, value: Any, write: bool) -> None:
        self.pending -= 1
        if kind == "opened":
            self.store = value
            self.ready.emit()
        elif kind == "open_failed":
            self.open_failed.emit(value)
        elif kind == "ok":
            if write:
                self.saved.emit()
            if callback is not None:
                callback(value)
        elif kind == "refused":
            if callback is not None:
                callback(value)
            else:
                self.write_refused.emit(value)
        elif kind == "crashed":
            # Re-raised here so the crash path (excepthook -> log -> dialog) runs on
            # the UI thread; the worker carries on with the next job.
            sys.excepthook(type(value), value, value.__traceback__)

    # -- the worker thread ---------------------------------------------------

    def _post(self, kind: str, callback: Any, value: Any, write: bool) -> None:
        # Python objects stay in a Python queue; the signal only wakes the UI thread.
        # Signals carrying Python values are avoided here: PySide6 6.12 loses a
        # reference on every emit of some of them (a Signal(bool) emit frees True).
        self._outcomes.put((kind, callback, value, write))
        self._wake.emit()

    def _loop(self, url: str | None) -> None:
        from ipsfidelity.store import open_store

        try:
            store = open_store(url)
        except UserError as exc:
            self._post("open_failed", None, str(exc), False)
            return
        except Exception as exc:
            log.exception("could not open the database")
            self._post("open_failed", None, f"{type(exc).__name__}: {exc}", False)
            return
        self._post("opened", None, store, False)
        while True:
            item = self._jobs.get()
            if item is None:
                return
            job, done, failed, write = item
            try:
                value = job(store)
            except UserError as exc:
                self._post("refused", failed, str(exc), write)
            except Exception as exc:
                log.exception("database job failed")
                self._post("crashed", None, exc, write)
            else:
                self._post("ok", done, value, write)
