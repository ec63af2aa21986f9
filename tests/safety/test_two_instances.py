"""Two app instances on one SQLite file both get every write in, never "database is locked"."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ipsfidelity.store import open_store

WORKER = Path(__file__).resolve().parent / "workers" / "hammer.py"
WRITES = 300


def run_pair(path: Path) -> None:
    start = time.time() + 1.5  # both interpreters are up by then
    procs = [
        subprocess.Popen(
            [sys.executable, str(WORKER), str(path), name, str(WRITES), str(start)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("IPS Nord", "IPS Syd")
    ]
    results = [(proc, *proc.communicate(timeout=150)) for proc in procs]
    report = "\n".join(f"exit {p.returncode}: {err.strip()[-1500:]}" for p, _, err in results)
    spans = []
    for proc, out, err in results:
        assert "locked" not in err.lower(), report
        assert proc.returncode == 0, report  # 3: the other instance never came up
        word, began, ended = out.split()
        assert word == "done"
        spans.append((float(began), float(ended)))
    # The two really wrote at the same time, not one after the other.
    assert max(s[0] for s in spans) < min(s[1] for s in spans)


def check_all_writes_landed(path: Path) -> None:
    store = open_store(str(path))
    names = {t.name for t in store.list_teams()}
    for name in ("IPS Nord", "IPS Syd"):
        assert name in names
        assert {f"{name} {i}" for i in range(0, WRITES, 3)} <= names
        (assessment,) = store.list_assessments(store.find_team(name).id)
        ratings = store.get_assessment(assessment.id).ratings
        elements = store.pack_for(assessment).element_ids
        # The last note written to each element is the one stored.
        for i in range(WRITES):
            if i % 3:
                last = max(
                    j for j in range(WRITES) if j % 3 and j % len(elements) == i % len(elements)
                )
                assert ratings[elements[i % len(elements)]].note == str(last)
    store.close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()


@pytest.mark.slow
@pytest.mark.parametrize("fresh", [True, False], ids=["new-file", "existing-file"])
def test_two_processes_write_at_once(db_path: Path, fresh: bool) -> None:
    if not fresh:
        open_store(str(db_path)).close()  # an existing, migrated database
    run_pair(db_path)
    check_all_writes_landed(db_path)
