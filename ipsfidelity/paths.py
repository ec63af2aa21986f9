"""Where the database, logs and backups live: the user's folders, or beside a portable app.

Portable mode (for a USB stick): a file named `ipsfidelity-portable` beside the
executable of a frozen build puts everything in a `data` folder next to it, so
nothing is left behind on the clinic's laptop.
"""

from __future__ import annotations

import sys
from pathlib import Path

APP = "ipsfidelity"
PORTABLE_MARKER = "ipsfidelity-portable"
PORTABLE_DATA = "data"
DATABASE_NAME = "ipsfidelity.sqlite3"


def executable_dir() -> Path | None:
    """The folder holding the app's executable, for a frozen build only."""
    if not getattr(sys, "frozen", False):
        return None
    return Path(sys.executable).resolve().parent


def portable_root() -> Path | None:
    """The portable data folder when the marker file sits beside the executable, else None."""
    folder = executable_dir()
    if folder is not None and (folder / PORTABLE_MARKER).is_file():
        return folder / PORTABLE_DATA
    return None


def is_portable() -> bool:
    return portable_root() is not None


def data_dir() -> Path:
    root = portable_root()
    if root is not None:
        return root
    import platformdirs

    return Path(platformdirs.user_data_dir(APP, appauthor=False))


def log_dir() -> Path:
    root = portable_root()
    if root is not None:
        return root / "logs"
    import platformdirs

    return Path(platformdirs.user_log_dir(APP, appauthor=False))


def backup_dir() -> Path:
    return data_dir() / "backups"


def default_database_path() -> Path:
    return data_dir() / DATABASE_NAME
