"""Where the export and import file dialogs open (ui/common/folders.py)."""

from __future__ import annotations

from pathlib import Path

from ipsfidelity.ui.common.folders import start_folder
from ipsfidelity.ui.common.settings import open_settings


def test_the_last_folder_while_it_exists_else_an_existing_one(tmp_path: Path) -> None:
    settings = open_settings()
    used = tmp_path / "rapporter"
    used.mkdir()
    settings.setValue("test/folder", str(used))
    assert start_folder(settings, "test/folder") == str(used)

    used.rmdir()  # moved or deleted since: never a folder that is gone
    fallback = start_folder(settings, "test/folder")
    assert fallback != str(used) and Path(fallback).is_dir()
    settings.remove("test/folder")
    assert start_folder(settings, "test/folder") == fallback  # nothing saved: the same place
