"""The crash path: an unexpected exception goes to the rotating log, then to a dialog naming it.

Edits are committed as they are made, so after a crash the data entered is intact;
the dialog says so, and the app keeps running.
"""

from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from ipsfidelity.i18n import tr
from ipsfidelity.logs import log_dir, log_file, setup_logging
from ipsfidelity.privacy import mask_cpr

log = logging.getLogger("ipsfidelity.ui")
_open_dialogs: list[QMessageBox] = []


def _log_to_current_file() -> Path | None:
    """setup_logging keeps the first file it opened; follow IPSFIDELITY_LOG_DIR if it moved
    (one process, several test homes), so the dialog never names a file that was not written."""
    root = logging.getLogger("ipsfidelity")
    target = str(log_file().resolve())
    for handler in list(root.handlers):
        if isinstance(handler, RotatingFileHandler) and handler.baseFilename != target:
            root.removeHandler(handler)
            handler.close()
    return setup_logging()


def report_crash(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None
) -> QMessageBox | None:
    path = _log_to_current_file()
    log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, value, tb)))
    if QApplication.instance() is None:
        return None
    what = f"{kind.__name__}: {mask_cpr(str(value))[:200]}"
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        tr("crash.title"),
        tr("crash.text", what=what, log=path)
        if path is not None
        else tr("crash.text_no_log", what=what, folder=log_dir()),
        QMessageBox.StandardButton.Close,
        QApplication.activeWindow(),
    )
    box.setObjectName("crash_dialog")
    _open_dialogs.append(box)
    box.finished.connect(lambda _r: _open_dialogs.remove(box) if box in _open_dialogs else None)
    box.open()  # not exec(): a crash inside a nested event loop must not stack up loops
    return box


def install_excepthook() -> None:
    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        report_crash(kind, value, tb)

    sys.excepthook = hook


def open_crash_dialogs() -> list[QMessageBox]:
    return list(_open_dialogs)
