"""A damaged database file is refused with one clear line and left byte for byte as it was."""

from __future__ import annotations

import hashlib
import random
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from ipsfidelity.store import open_store
from ipsfidelity.store.integrity import DamagedDatabase, check_database_file

PAGE = 4096


@pytest.fixture(scope="module")
def healthy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo database, checkpointed so the whole of it is in the one file."""
    from ipsfidelity.demo import fill_demo

    path = tmp_path_factory.mktemp("healthy") / "demo.sqlite3"
    store = open_store(str(path))
    fill_demo(store)
    store.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    assert path.stat().st_size >= 10 * PAGE
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def damaged_variants(healthy: Path) -> dict[str, bytes]:
    data = healthy.read_bytes()
    rng = random.Random(7)
    variants: dict[str, bytes] = {}
    for length in (1, 15, 16, 50, 99, 100, 512, PAGE, PAGE + 1, 3 * PAGE, len(data) // 2):
        variants[f"truncated-{length}"] = data[:length]
    variants["truncated-last-page"] = data[: len(data) - PAGE]
    variants["truncated-one-byte"] = data[:-1]
    for page in (1, 2, len(data) // PAGE - 1):
        start = page * PAGE
        variants[f"zero-page-{page}"] = data[:start] + bytes(PAGE) + data[start + PAGE :]
    variants["zero-header"] = bytes(100) + data[100:]
    variants["garbage"] = rng.randbytes(len(data))
    variants["garbage-after-header"] = data[:100] + rng.randbytes(len(data) - 100)
    variants["pdf"] = b"%PDF-1.7\n" + rng.randbytes(2000)
    variants["text"] = "Ikke en database, bare noter om IPS Ålholm\n".encode() * 50
    return variants


def test_every_damaged_variant_is_refused_without_a_write(healthy: Path, tmp_path: Path) -> None:
    for name, content in damaged_variants(healthy).items():
        path = tmp_path / f"{name}.sqlite3"
        path.write_bytes(content)
        before = digest(path)
        with pytest.raises(DamagedDatabase) as caught:
            open_store(str(path))
        assert caught.value.path == path, name
        assert "beskadiget" in str(caught.value), name
        assert "\n" not in str(caught.value), name
        assert digest(path) == before, f"{name} was changed"


def test_healthy_and_empty_files_pass(healthy: Path, tmp_path: Path) -> None:
    check_database_file(healthy)
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    check_database_file(empty)  # a 0-byte file is a valid, empty SQLite database
    store = open_store(str(empty))
    assert store.list_teams() == []
    store.close()


def test_copy_with_live_wal_is_not_mistaken_for_damage(tmp_path: Path) -> None:
    """Pages that are still in the -wal file (after a crash) make the main file look short."""
    path = tmp_path / "live.sqlite3"
    store = open_store(str(path))
    for i in range(40):
        store.create_team(f"IPS team {i}", "Kommune", "Psykiatri", "x" * 2000)
    # Copy the file and its WAL while the store is open: what a crash leaves behind.
    crashed = tmp_path / "crashed.sqlite3"
    shutil.copyfile(path, crashed)
    shutil.copyfile(path.with_name(path.name + "-wal"), crashed.with_name(crashed.name + "-wal"))
    store.close()
    check_database_file(crashed)
    reopened = open_store(str(crashed))
    assert len(reopened.list_teams()) == 40
    reopened.close()


@pytest.mark.parametrize(
    "variant", ["truncated-last-page", "zero-page-2", "garbage", "truncated-50"]
)
def test_cli_exits_2_with_one_line_and_leaves_the_file(
    healthy: Path, tmp_path: Path, variant: str
) -> None:
    path = tmp_path / "broken.sqlite3"
    path.write_bytes(damaged_variants(healthy)[variant])
    before = digest(path)
    done = subprocess.run(
        [sys.executable, "-m", "ipsfidelity", "--db", str(path), "teams"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("ipsfidelity: ") and str(path) in lines[0]
    assert "beskadiget" in lines[0]
    assert "Traceback" not in done.stderr and done.stdout == ""
    assert digest(path) == before


@pytest.mark.parametrize("held", [0.5, 1.5], ids=["released-in-time", "held-too-long"])
def test_a_lock_held_by_another_instance_is_not_damage(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, held: float
) -> None:
    """Another instance holding the file locked is waited for, and never called damage."""
    import threading
    import time

    from ipsfidelity.store import integrity

    monkeypatch.setattr(integrity, "LOCK_WAIT", 1.0)
    path = tmp_path / "locked.sqlite3"
    holder = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")  # a rollback-journal file, so a lock blocks readers
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("INSERT INTO t VALUES (1)")
    release = threading.Timer(held, lambda: holder.execute("COMMIT"))
    release.start()
    started = time.monotonic()
    try:
        check_database_file(path)  # no DamagedDatabase, whether the lock went or not
    finally:
        release.join()
        holder.close()
    assert time.monotonic() - started >= min(held, 1.0) - 0.1
