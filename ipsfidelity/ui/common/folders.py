"""Where a file dialog opens: the folder last used for that kind of file, else Documents."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths


def start_folder(settings: QSettings, key: str) -> str:
    """The folder saved under `key` while it exists, else Documents, else the home folder."""
    saved = str(settings.value(key, "") or "")
    if saved and Path(saved).is_dir():
        return saved
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    # A Documents folder that does not exist would send Qt's dialog to the working folder.
    return documents if documents and Path(documents).is_dir() else str(Path.home())
