"""kill -9 at random moments during 1,000 rating edits loses no edit reported as saved."""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ipsfidelity.store import open_store

WORKER = Path(__file__).resolve().parent / "workers" / "edit_ratings.py"
EDITS = 1000
ROUNDS = 6


def prepare(path: Path) -> list[tuple[str, str]]:
    store = open_store(str(path))
    team = store.create_team("IPS Crashtest", "Ballerup", "Psykiatrisk Center Ballerup")
    for i in range(10):
        store.create_assessment(team.id, dt.date(2026, 1, 1) + dt.timedelta(days=40 * i))
    assessments = sorted(a.id for a in store.list_assessments())
    elements = store.pack_for(store.list_assessments()[0]).element_ids
    store.close()
    return [(a, e) for a in assessments for e in elements]


def run_and_kill(path: Path, round_id: int, rng: random.Random) -> int:
    """Start the worker, SIGKILL it after a random number of edits; the last edit it reported."""
    kill_after = rng.randrange(-1, EDITS)  # -1: kill while it is still starting up
    proc = subprocess.Popen(
        [sys.executable, str(WORKER), str(path), str(round_id), str(EDITS)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    reported = -1
    if kill_after >= 0:
        for line in proc.stdout:
            reported = int(line.split()[1])
            if reported >= kill_after:
                break
    # Land somewhere inside the next transaction, not just between two.
    time.sleep(rng.uniform(0, 0.004))
    os.kill(proc.pid, signal.SIGKILL)
    # Lines already written to the pipe were reported as saved too.
    for line in proc.stdout:
        reported = int(line.split()[1])
    proc.wait(timeout=30)
    if kill_after < EDITS - 1:
        assert proc.returncode == -signal.SIGKILL, "the worker finished before it was killed"
    return reported


@pytest.mark.slow
def test_sigkill_never_loses_a_saved_edit(db_path: Path) -> None:
    slots = prepare(db_path)
    rng = random.Random(20261122)
    for round_id in range(ROUNDS):
        last = run_and_kill(db_path, round_id, rng)

        conn = sqlite3.connect(db_path)
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        notes = {
            (a, e): note
            for a, e, note in conn.execute("SELECT assessment_id, element_id, note FROM rating")
        }
        conn.close()

        for slot_index, slot in enumerate(slots):
            # The newest edit of this slot the worker reported saved this round...
            saved = range(slot_index, last + 1, len(slots))
            if not saved:
                continue
            # ...must be there, or the one edit after it that was in flight at the kill.
            allowed = {f"r{round_id} e{saved[-1]}"}
            if (last + 1) % len(slots) == slot_index:
                allowed.add(f"r{round_id} e{last + 1}")
            assert notes.get(slot) in allowed, (round_id, last, slot, notes.get(slot))
