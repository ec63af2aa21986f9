"""A SQLite file that is not ours is refused before anything writes to it: it stays byte
for byte the same (its journal mode and change counter included), as the message says."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from ipsfidelity.errors import UserError
from ipsfidelity.store import open_store


def _foreign(path: Path) -> str:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE patients (name TEXT)")
    conn.execute("INSERT INTO patients VALUES ('someone else''s data')")
    conn.commit()
    conn.close()
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _unchanged(path: Path, digest: str) -> None:
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    assert path.read_bytes()[18:20] == b"\x01\x01"  # still a rollback journal, not WAL
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # no -wal, -shm, .bak


def test_open_store_leaves_a_foreign_file_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    digest = _foreign(path)
    with pytest.raises(UserError, match="røres ikke"):
        open_store(str(path))
    _unchanged(path, digest)


@pytest.mark.parametrize(
    "args",
    [
        ["teams"],
        ["overview"],
        ["assessments"],
        ["report", "x", "--out", "r.pdf"],
        ["import", "x.json"],
        ["demo"],
    ],
)
def test_every_command_leaves_a_foreign_file_untouched(tmp_path: Path, args: list[str]) -> None:
    folder = tmp_path / "db"
    folder.mkdir()
    path = folder / "other.sqlite3"
    digest = _foreign(path)
    (tmp_path / "x.json").write_text("{}", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "ipsfidelity", "--lang", "da", "--db", str(path), *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "\n" not in result.stderr.strip()
    _unchanged(path, digest)
