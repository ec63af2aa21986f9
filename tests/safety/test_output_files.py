"""Where outputs go and what they hold: a path that exists and is not a regular file is
refused (never replaced), a symlink is written through to its target, spreadsheet cells
never start a formula, and every output is readable by the user only.

FIFOs, sockets and links are made in tmp_path, never in /dev."""

from __future__ import annotations

import csv
import datetime as dt
import os
import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from ipsfidelity.cells import inert
from ipsfidelity.fileio import NotRegularFileError, atomic_write
from ipsfidelity.store import open_store

posix_only = pytest.mark.skipif(os.name != "posix", reason="FIFOs, sockets, POSIX modes")

INJECTIONS = ['=HYPERLINK("http://x.invalid","klik")', "+1+2", "-3+4", "@SUM(1)"]


def _cli(db: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "ipsfidelity", "--lang", "da", "--db", str(db), *map(str, args)]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


@pytest.fixture
def one_review(db_path: Path) -> str:
    store = open_store(str(db_path))
    team = store.create_team("IPS Gladsaxe", "Gladsaxe", "Psykiatrisk Center Ballerup")
    aid = store.create_assessment(team.id, dt.date(2026, 1, 15), reviewers=["Mette"]).id
    store.add_action_item(aid, "Fast mødetid med behandlerne", owner="Leder")
    store.close()
    return aid


def _outputs(aid: str, path: Path) -> list[list[str | Path]]:
    return [
        ["report", aid, "--out", path],
        ["export", aid, path],
        ["overview", "--csv", path],
        ["overview", "--xlsx", path],
        ["actions", "--csv", path],
    ]


# -- paths that are not regular files ------------------------------------------


@posix_only
def test_atomic_write_refuses_a_fifo_without_opening_it(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(NotRegularFileError):
        atomic_write(fifo, b"data")  # opening a FIFO for reading would block: it returns
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["pipe"]  # no temporary file left


@posix_only
def test_every_output_command_refuses_a_fifo_a_socket_a_folder_and_a_device(
    db_path: Path, tmp_path: Path, one_review: str
) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    sock_path = tmp_path / "s"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(sock_path))
    folder = tmp_path / "folder"
    folder.mkdir()
    device = tmp_path / "to-null"  # a link made here; /dev/null itself is only looked at
    device.symlink_to(os.devnull)
    kinds = {fifo: stat.S_ISFIFO, sock_path: stat.S_ISSOCK, folder: stat.S_ISDIR}
    try:
        for target in (fifo, sock_path, folder, device):
            for args in _outputs(one_review, target):
                result = _cli(db_path, *args)
                assert result.returncode == 2, (args, result.stdout)
                line = result.stderr.strip()
                assert "\n" not in line and "Traceback" not in line, line
                assert str(target) in line
                if target is folder:
                    assert "mappe" in line
                else:
                    assert "ikke en almindelig fil" in line, line
        for path, is_kind in kinds.items():
            assert is_kind(path.lstat().st_mode), path  # still what it was
        assert device.is_symlink() and stat.S_ISCHR(os.stat(os.devnull).st_mode)
        assert list(folder.iterdir()) == []
    finally:
        server.close()


@posix_only
def test_a_symlink_is_written_through_and_stays_a_link(
    db_path: Path, tmp_path: Path, one_review: str
) -> None:
    """Documented in docs/privacy.md: the link's target is replaced atomically, 0600."""
    real = tmp_path / "real" / "report.pdf"
    real.parent.mkdir()
    real.write_bytes(b"old")
    real.chmod(0o644)
    link = tmp_path / "link.pdf"
    link.symlink_to(real)
    result = _cli(db_path, "report", one_review, "--out", link)
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and link.resolve() == real.resolve()
    assert real.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(real.stat().st_mode) == 0o600
    # A link to a link: the final target is written.
    chain = tmp_path / "chain.pdf"
    chain.symlink_to(link)
    atomic_write(chain, b"new")
    assert chain.is_symlink() and link.is_symlink() and real.read_bytes() == b"new"
    # A dangling link: its target is created.
    dangling = tmp_path / "dangling.json"
    dangling.symlink_to(tmp_path / "real" / "new.json")
    atomic_write(dangling, b"{}")
    assert dangling.is_symlink() and (tmp_path / "real" / "new.json").read_bytes() == b"{}"


# -- spreadsheet formula injection -------------------------------------------


def test_inert_prefixes_every_formula_start() -> None:
    for start in ("=", "+", "-", "@", "\t", "\r"):
        assert inert(start + "x") == "'" + start + "x"
    assert inert("IPS Gladsaxe") == "IPS Gladsaxe" and inert("") == ""
    assert inert("a=b") == "a=b"


def test_no_spreadsheet_cell_can_start_a_formula(db_path: Path, tmp_path: Path) -> None:
    store = open_store(str(db_path))
    for i, text in enumerate(INJECTIONS):
        team = store.create_team(text, f"{text} kommune {i}", f"{text} psykiatri")
        aid = store.create_assessment(team.id, dt.date(2026, 1, 15)).id
        store.add_action_item(aid, text, owner=text)
    store.close()

    written = {
        "overview.csv": ["overview", "--csv"],
        "overview.xlsx": ["overview", "--xlsx"],
        "actions.csv": ["actions", "--csv"],
    }
    for name, args in written.items():
        result = _cli(db_path, *args, tmp_path / name)
        assert result.returncode == 0, result.stderr

    from openpyxl import load_workbook

    sheet = load_workbook(tmp_path / "overview.xlsx").active
    assert sheet is not None
    texts = [c for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    assert {c.data_type for c in texts} == {"s"}
    assert all(not str(c.value).startswith(("=", "+", "-", "@")) for c in texts)
    names = {c.value for c in texts}
    assert {"'" + t for t in INJECTIONS} <= names

    for name in ("overview.csv", "actions.csv"):
        with (tmp_path / name).open(encoding="utf-8-sig", newline="") as fh:
            cells = [c for row in csv.reader(fh, delimiter=";") for c in row]
        assert all(not c.startswith(("=", "+", "-", "@", "\t", "\r")) for c in cells), name
        assert {"'" + t for t in INJECTIONS} <= set(cells), name


# -- permissions ------------------------------------------------------------


@posix_only
def test_every_output_is_user_only(db_path: Path, tmp_path: Path, one_review: str) -> None:
    old = os.umask(0o022)
    try:
        for n, suffix in enumerate(["pdf", "json", "csv", "xlsx", "csv"]):
            path = tmp_path / f"out{n}.{suffix}"
            args = _outputs(one_review, path)[n]
            result = _cli(db_path, *args)
            assert result.returncode == 0, (args, result.stderr)
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, args
    finally:
        os.umask(old)
