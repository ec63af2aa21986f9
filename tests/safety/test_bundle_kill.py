"""kill -9 during a bundle import leaves nothing half-imported: all its reviews or none."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from ipsfidelity.exchange.bundle import bundle_document
from ipsfidelity.store import open_store

REVIEWS = 1500
pytestmark = pytest.mark.slow


def _bundle(tmp_path: Path) -> Path:
    source = open_store(str(tmp_path / "source.sqlite3"))
    team = source.create_team("IPS Køge")
    review = source.create_assessment(team.id, __import__("datetime").date(2026, 3, 1))
    for e in list(source.pack_for(review).element_ids):
        source.set_rating(review.id, e, "met", note="ok")
    doc = bundle_document(source)
    source.close()
    (template,) = doc["assessments"]
    doc["assessments"] = []
    for _ in range(REVIEWS):
        copy = json.loads(json.dumps(template))
        copy["id"] = str(uuid.uuid4())
        for h in copy["history"]:
            h["id"] = str(uuid.uuid4())
        doc["assessments"].append(copy)
    path = tmp_path / "bundle.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def _counts(db: Path) -> tuple[int, int, str]:
    with sqlite3.connect(db) as conn:
        return (
            conn.execute("SELECT count(*) FROM assessment").fetchone()[0],
            conn.execute("SELECT count(*) FROM rating").fetchone()[0],
            conn.execute("PRAGMA integrity_check").fetchone()[0],
        )


def test_kill_during_a_bundle_import_leaves_all_or_nothing(tmp_path: Path) -> None:
    bundle = _bundle(tmp_path)
    killed_midway = 0
    for i, delay in enumerate((0.2, 0.6, 1.0, 1.4, 1.8, 2.4)):
        db = tmp_path / f"laptop{i}.sqlite3"
        open_store(str(db)).close()  # the schema is there before the clock starts
        proc = subprocess.Popen(
            [sys.executable, "-m", "ipsfidelity", "--db", str(db), "import", str(bundle)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(delay)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        assessments, ratings, integrity = _counts(db)
        assert integrity == "ok"
        assert (assessments, ratings) in ((0, 0), (REVIEWS, ratings)) and (
            assessments == 0 or ratings % REVIEWS == 0
        )
        if proc.returncode == -signal.SIGKILL:
            killed_midway += 1
    assert killed_midway  # at least one run was cut off, not finished before the kill
