"""One lookup for bundled resources, from the source tree and from a frozen build alike."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The folder holding `instruments/`, `schemas/` and friends.

    A PyInstaller build unpacks data under `sys._MEIPASS`; from source (and an
    editable install) it is the repository's `resources/` folder.
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
