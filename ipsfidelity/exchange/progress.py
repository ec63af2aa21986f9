"""Progress and cancelling for long imports, exports and syncs (the app runs them off the
UI thread and shows a bar; the CLI passes nothing).

- `progress(done, total)` is called now and then while files are read, reviews compared or
  written; `total` may grow while folders are expanded.
- `cancelled()` is polled between files and reviews *before* the write starts; once the
  single write transaction has begun, the work is finished (or rolled back as a whole).
"""

from __future__ import annotations

from collections.abc import Callable

from ipsfidelity.errors import UserError
from ipsfidelity.i18n import tr

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]


class ImportCancelled(UserError):
    """The user cancelled before anything was written."""

    def __init__(self) -> None:
        super().__init__(tr("sync.cancelled"))


def report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


def check(cancelled: IsCancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelled()
