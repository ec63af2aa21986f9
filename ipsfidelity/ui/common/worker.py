"""One serial database worker: every read and write runs on it, in order, off the UI thread.

Results come back to the UI thread through `Relay`, the app's one way back to it, so no
widget is ever touched from the worker (Picard's rule) and SQLite only ever sees one
writer (Anki's). SQLAlchemy is imported on the worker, so the first window never waits.
"""

from __future__ import annotations

import logging
import queue
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal, Slot

from ipsfidelity.errors import UserError

if TYPE_CHECKING:
    from ipsfidelity.store import Store
    from ipsfidelity.store.access import Access

log = logging.getLogger("ipsfidelity.ui.common.worker")

Job = Callable[["Store"], Any]
Done = Callable[[Any], None]
Failed = Callable[[str], None]
FileJob = Callable[[Path | None], Any]  # runs on the worker with no store open


class Relay(QObject):
    """Calls posted from any thread run on the UI thread, in order: the one way back to it.

    The Python values travel in a Python queue and the signal carries nothing: PySide6
    6.12 loses a reference on every emit of some value-carrying signals (a Signal(bool)
    emit frees True). `one_per_wake`: a burst of posts still lets paint and input events
    in between (progress); otherwise everything waiting runs at once (the worker's results).
    """

    _wake = Signal()

    def __init__(self, parent: QObject | None = None, *, one_per_wake: bool = True) -> None:
        super().__init__(parent)
        self._one = one_per_wake
        self._calls: queue.SimpleQueue[tuple[Callable[..., Any], tuple[Any, ...]]] = (
            queue.SimpleQueue()
        )
        self._wake.connect(self._drain, Qt.ConnectionType.QueuedConnection)

    def post(self, fn: Callable[..., Any], *args: Any) -> None:
        if not shiboken6.isValid(self):
            return  # the window went away (a language switch) while a worker was busy
        self._calls.put((fn, args))
        self._wake.emit()

    @Slot()
    def _drain(self) -> None:
        while True:
            try:
                fn, args = self._calls.get_nowait()
            except queue.Empty:
                return
            fn(*args)
            if self._one:
                return


@dataclass(frozen=True)
class _Reopen:
    """Close the store, run `job` on the file (a restore, a recovery), open the store again."""

    job: FileJob
    done: Done | None
    failed: Failed | None


class Worker(QObject):
    ready = Signal()
    # The team list read before the store opens (see `_preview`): `preview_teams` holds it.
    previewed = Signal()
    open_failed = Signal(str)
    damaged = Signal()  # the file is damaged: `damage` says how (see ui/recovery_dialog.py)
    backed_up = Signal()  # the start-up backup was made: `last_backup` says where
    write_started = Signal()
    saved = Signal()  # a write committed
    write_refused = Signal(str)  # a UserError from a write that had no own handler

    def __init__(self, url: str | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store: Store | None = None
        self.pending = 0
        self.damage: Any = None  # (DamagedDatabase, RecoveryOptions | None) while damaged
        self.last_backup: Any = None  # the start-up backup's BackupInfo
        self.preview_teams: list[Any] = []
        # What the connected user's role allows (store/access.py): read on the worker when
        # the store opens, so the screens can mirror the server's rules without a query.
        from ipsfidelity.store.access import EVERYTHING

        self.access: Access = EVERYTHING
        self._jobs: queue.Queue[tuple[Job, Done | None, Failed | None, bool] | _Reopen | None] = (
            queue.Queue()
        )
        self._relay = Relay(self, one_per_wake=False)  # results back to the UI thread
        self._closed = False
        self._live: Store | None = None  # the worker's store; `store` lags it by one delivery
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

    def reopen(self, job: FileJob, done: Done | None = None, failed: Failed | None = None) -> None:
        """Run `job(path)` with the store closed, then open it again (`ready` fires once more).

        Also the way out of a damaged file: after `damaged`, the worker waits for this."""
        self.pending += 2  # the job and the open after it
        self.write_started.emit()
        self._jobs.put(_Reopen(job, done, failed))

    @property
    def busy(self) -> bool:
        return self.pending > 0

    def close(self) -> None:
        """Finish every queued write, then stop the worker. Nothing queued is dropped."""
        self._closed = True
        if self._thread.is_alive():
            self._jobs.put(None)
            self._thread.join()
        if self._live is not None:
            self._live.close()
            self._live = None
        self.store = None

    def _submit(self, job: Job, done: Done | None, failed: Failed | None, write: bool) -> None:
        self.pending += 1
        if write:
            self.write_started.emit()
        self._jobs.put((job, done, failed, write))

    def _deliver(self, kind: str, callback: Any, value: Any, write: bool) -> None:
        self.pending -= 1
        if kind == "opened":
            self.store = value
            self.access = value.access()  # read on the worker by _open: no query here
            self.ready.emit()
        elif kind == "open_failed":
            self.open_failed.emit(value)
        elif kind == "damaged":
            self.store = None
            self.damage = value
            self.damaged.emit()
        elif kind == "preview":
            self.pending += 1  # not a queued job: nothing was counted for it
            if self.store is None and self.damage is None:
                self.preview_teams = value
                self.previewed.emit()
        elif kind == "backed_up":
            self.pending += 1  # not a queued job: nothing was counted for it
            self.last_backup = value
            self.backed_up.emit()
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
        self._relay.post(self._deliver, kind, callback, value, write)

    def _open(self, url: str | None, *, starting: bool = False) -> Store | None:
        """Open the store, or report why not; None when it did not open. `starting`: the
        first open, where a missing or empty file that has backups is asked about."""
        from ipsfidelity.store import open_store
        from ipsfidelity.store.integrity import DamagedDatabase

        if starting and self._missing_with_backups(url):
            return None
        try:
            store = open_store(url)
        except DamagedDatabase as exc:
            from ipsfidelity.recovery import recovery_options

            # Never opened read-write: the file is exactly as it was found.
            self._post("damaged", None, (exc, recovery_options(exc.path)), False)
            return None
        except UserError as exc:
            self._post("open_failed", None, str(exc), False)
            return None
        except Exception as exc:
            log.exception("could not open the database")
            self._post("open_failed", None, f"{type(exc).__name__}: {exc}", False)
            return None
        try:
            store.access()  # the user's roles, read here, not on the UI thread
        except UserError as exc:
            store.close()
            self._post("open_failed", None, str(exc), False)
            return None
        self._post("opened", None, store, False)
        return store

    def _preview(self, url: str | None) -> None:
        """Read the team list with the standard library before SQLAlchemy is loaded (about
        a third of a second), so the window lists the teams while the store opens. Only
        for a current, sound SQLite file; anything else waits for the store, which opens,
        upgrades or says what is wrong as always."""
        try:
            from ipsfidelity.store.location import plain_sqlite_file, resolve_url
            from ipsfidelity.store.sqlite_reader import open_current

            path = plain_sqlite_file(resolve_url(url))
            reader = None if path is None else open_current(path)
            if reader is None:
                return
            with reader:
                teams = reader.list_teams()
        except Exception:  # a preview never stands in the way of opening the store
            log.warning("no team list before the store opened", exc_info=True)
            return
        self._post("preview", None, teams, False)

    def _missing_with_backups(self, url: str | None) -> bool:
        from ipsfidelity.store.location import plain_sqlite_file, resolve_url

        path = plain_sqlite_file(resolve_url(url))
        if path is None or (path.exists() and path.stat().st_size > 0):
            return False
        from ipsfidelity.backup import newest_backup
        from ipsfidelity.i18n import tr
        from ipsfidelity.recovery import RecoveryOptions
        from ipsfidelity.store.integrity import MissingDatabase

        newest = newest_backup(path)
        if newest is None:
            return False  # a first start: nothing to miss
        why = tr("db.file_empty") if path.exists() else tr("os.no_such_file")
        options = RecoveryOptions(path, why, newest)
        self._post("damaged", None, (MissingDatabase(path, why), options), False)
        return True

    def _backup_soon(self, store: Store) -> None:
        """The start-up backup, on its own thread: it reads through its own read-only
        connection, so the team list does not wait for the copy."""
        from ipsfidelity.backup import startup_backup

        def run() -> None:
            made = startup_backup(store)
            if made is not None and not self._closed:
                self._post("backed_up", None, made, False)

        threading.Thread(target=run, daemon=True, name="ipsfidelity-backup").start()

    def _run_reopen(self, item: _Reopen, store: Store | None, url: str | None) -> Store | None:
        from ipsfidelity.store.database import sqlite_path

        path = None
        if store is not None:
            path = sqlite_path(str(store.engine.url))
            store.close()
        elif self.damage is not None:
            path = self.damage[0].path
        try:
            value = item.job(path)
        except UserError as exc:
            self._post("refused", item.failed, str(exc), True)
        except Exception as exc:
            log.exception("database file job failed")
            self._post("crashed", None, exc, True)
        else:
            self._post("ok", item.done, value, True)
        return self._open(url)

    def _loop(self, url: str | None) -> None:
        self._preview(url)
        store = self._live = self._open(url, starting=True)
        if store is not None:
            self._backup_soon(store)
        while True:
            item = self._jobs.get()
            if item is None:
                return
            if isinstance(item, _Reopen):
                store = self._live = self._run_reopen(item, store, url)
                continue
            if store is None:  # damaged or failed: only a reopen can help
                self._post("refused", item[2], "no database", item[3])
                continue
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
