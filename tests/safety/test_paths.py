"""Where data, logs and backups go: the user's folders, or beside a portable app."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from ipsfidelity import backup, logs, paths
from ipsfidelity.store import open_store
from ipsfidelity.store.database import default_database_path, resolve_url


def as_frozen_app(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """What PyInstaller's bootloader sets: sys.frozen, and sys.executable = the app's binary."""
    folder.mkdir(parents=True, exist_ok=True)
    exe = folder / "ipsfidelity"
    exe.touch()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))


def test_from_source_everything_is_in_the_users_folders(tmp_path: Path) -> None:
    # conftest points XDG_DATA_HOME into a temporary home
    assert paths.portable_root() is None
    assert paths.data_dir().name == "ipsfidelity"
    assert default_database_path() == paths.data_dir() / "ipsfidelity.sqlite3"
    assert paths.backup_dir() == paths.data_dir() / "backups"


def test_frozen_without_marker_is_not_portable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    as_frozen_app(monkeypatch, tmp_path / "app")
    assert paths.portable_root() is None
    assert not default_database_path().is_relative_to(tmp_path / "app")


def test_marker_beside_the_executable_keeps_everything_beside_the_app(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = tmp_path / "usb" / "ipsfidelity"
    as_frozen_app(monkeypatch, app)
    (app / paths.PORTABLE_MARKER).touch()
    monkeypatch.delenv("IPSFIDELITY_DB")
    monkeypatch.delenv(logs.ENV_VAR)

    assert paths.is_portable()
    assert default_database_path() == app / "data" / "ipsfidelity.sqlite3"
    assert resolve_url(None) == "sqlite:///" + str(app / "data" / "ipsfidelity.sqlite3")
    assert logs.log_dir() == app / "data" / "logs"

    store = open_store()
    store.create_team("IPS Bornholm")
    store.close()
    made = backup.backup_now(default_database_path())
    assert made is not None
    assert made.path.parent == app / "data" / "backups" / "ipsfidelity"
    assert logs.log_file().is_relative_to(app / "data")
    # The whole of the data lives under the app's folder.
    assert {p.name for p in (app / "data").iterdir()} >= {"ipsfidelity.sqlite3", "backups"}


def test_explicit_locations_still_win_in_portable_mode(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = tmp_path / "usb"
    as_frozen_app(monkeypatch, app)
    (app / paths.PORTABLE_MARKER).touch()
    elsewhere = tmp_path / "elsewhere.sqlite3"
    assert resolve_url(str(elsewhere)) == "sqlite:///" + str(elsewhere)
    monkeypatch.setenv("IPSFIDELITY_DB", str(elsewhere))
    assert resolve_url(None) == "sqlite:///" + str(elsewhere)
