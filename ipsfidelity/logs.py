"""A rotating log file in the user's log folder, for errors nobody expected."""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
from pathlib import Path

ENV_VAR = "IPSFIDELITY_LOG_DIR"


def log_dir() -> Path:
    override = os.environ.get(ENV_VAR)
    if override:
        return Path(override)
    from ipsfidelity.paths import log_dir as default_log_dir

    return default_log_dir()  # the user's log folder, or beside a portable app


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log created readable by the user only (0600): a traceback can quote
    what was typed, and on a shared clinic PC the log must not be readable by others."""

    def _open(self):  # type: ignore[no-untyped-def]
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.chmod(self.baseFilename, 0o600)  # the mode above does not apply to an old file
        return open(fd, self.mode, encoding=self.encoding, errors=self.errors)


# PostgreSQL's DETAIL line quotes the row or key a statement failed on ("Failing row
# contains (..., the note, ...)", "Key (name)=(...) already exists").
_SERVER_DETAIL = re.compile(r"^DETAIL:.*$", re.MULTILINE)


class MaskingFormatter(logging.Formatter):
    """Every line written to the log, traceback included, without what a user typed that an
    exception's text can quote: PostgreSQL's DETAIL lines are dropped and CPR-like numbers
    masked. (SQL parameters never get this far: every engine has `hide_parameters=True`.)"""

    def format(self, record: logging.LogRecord) -> str:
        from ipsfidelity.privacy import mask_cpr

        text = _SERVER_DETAIL.sub("DETAIL: (hidden)", super().format(record))
        return mask_cpr(text, escaped=True)  # a traceback quotes values as repr()


def log_file() -> Path:
    return log_dir() / "ipsfidelity.log"


def setup_logging() -> Path | None:
    """The log file in use, or None when the log folder cannot be written: then nothing
    is logged (and nothing falls back to stderr: a user sees one line, never a traceback)."""
    path = log_file()
    root = logging.getLogger("ipsfidelity")
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            handler = PrivateRotatingFileHandler(
                path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
            )
        except OSError:
            # Logging must never stop the app; without a handler of its own, Python would
            # print the records (tracebacks) on stderr instead.
            if not any(isinstance(h, logging.NullHandler) for h in root.handlers):
                root.addHandler(logging.NullHandler())
            return None
        handler.setFormatter(MaskingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(logging.INFO)
    return path
