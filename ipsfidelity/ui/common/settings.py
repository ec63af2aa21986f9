"""User preferences and window state, kept in one INI file in the user's config folder.

An explicit file (not QSettings' native lookup) so the path follows XDG_CONFIG_HOME
at the moment it is opened, which keeps test runs away from real settings.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

ORGANISATION = "ipsfidelity"
APPLICATION = "ipsfidelity"


def settings_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_config_dir(APPLICATION, appauthor=False)) / "ui.ini"


def open_settings() -> QSettings:
    return QSettings(str(settings_path()), QSettings.Format.IniFormat)


def chosen_language(argv: list[str], settings: QSettings) -> str | None:
    """The saved language, unless `--lang` or IPSFIDELITY_LANG already chose one."""
    explicit = any(a == "--lang" or a.startswith("--lang=") for a in argv)
    if explicit or os.environ.get("IPSFIDELITY_LANG"):
        return None
    value = settings.value("language", "da")
    return value if value in ("da", "en") else "da"
