"""Two real app processes on one database work beside each other.

The choice (docs/packaging.md): a second window on the same file is allowed, not handed
over. SQLite in WAL mode with a busy timeout lets both write; each instance's serial
worker commits at once, so neither ever reports "database is locked" and nothing typed
in either window is lost. (The store-level two-writer test is test_two_instances.py.)
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from ipsfidelity.store import open_store

WORKER = Path(__file__).resolve().parent / "workers" / "app_instance.py"
WRITES = 120


def test_two_app_windows_write_the_same_file_at_once(db_path: Path) -> None:
    open_store(str(db_path)).close()  # an existing database, as on an ambassador's laptop
    start = time.time() + 2.0
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    procs = [
        subprocess.Popen(
            [sys.executable, str(WORKER), str(db_path), name, str(WRITES), str(start)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=Path(__file__).resolve().parents[2],
        )
        for name in ("IPS Nord", "IPS Syd")
    ]
    results = [(p, *p.communicate(timeout=180)) for p in procs]
    report = "\n".join(f"exit {p.returncode}: {err.strip()[-1500:]}" for p, _, err in results)
    spans = []
    for proc, out, err in results:
        assert "locked" not in err.lower(), report
        assert proc.returncode == 0, report
        word, saved, began, ended = out.split()
        assert (word, saved) == ("done", str(WRITES)), report  # every write reported saved
        spans.append((float(began), float(ended)))
    # The two windows really wrote at the same time, not one after the other.
    assert max(s[0] for s in spans) < min(s[1] for s in spans)

    store = open_store(str(db_path))
    names = {t.name for t in store.list_teams()}
    for name in ("IPS Nord", "IPS Syd"):
        assert {name} | {f"{name} {i}" for i in range(1, WRITES - 1, 2)} <= names
        (info,) = store.list_assessments(store.find_team(name).id)
        assert len(store.get_assessment(info.id).ratings) > 0
    store.close()
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()
