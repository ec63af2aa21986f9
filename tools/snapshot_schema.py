"""Write tests/safety/schema_snapshots/<head>.sql: a SQLite dump of demo data at today's head.

Run this whenever you add a migration, *after* the new revision is head, so the
upgrade test keeps a database of every schema version with data in it:

    .venv/bin/python tools/snapshot_schema.py
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOTS = ROOT / "tests" / "safety" / "schema_snapshots"


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from ipsfidelity.demo import fill_demo
    from ipsfidelity.store import open_store
    from ipsfidelity.store.migrations_config import head_revision
    from ipsfidelity.store.views import CaseloadInfo

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "snapshot.sqlite3"
        store = open_store(str(path))
        fill_demo(store)
        # Awkward values the demo does not have: quotes, newlines, non-Latin text.
        team = store.create_team("IPS \"Ø\" 'test'", "Aabenraa", "Psykiatrien Syd", "a\nb")
        a = store.create_assessment(team.id, dt.date(2026, 1, 5), reviewers=["Åse", "李"])
        store.set_rating(a.id, "P1.1", "met", note='linje 1\nlinje 2 "citat"', evidence=[])
        store.set_caseload(a.id, [CaseloadInfo("Bo Ærø", 0.5, 9, 1)])
        # From 0005_carry on: a caseload carried over, waiting to be confirmed.
        later = store.create_assessment(team.id, dt.date(2026, 4, 5), reviewers=["Åse"])
        store.carry_caseload(later.id)
        store.close()
        conn = sqlite3.connect(path)
        dump = "\n".join(conn.iterdump()) + "\n"
        conn.close()
    SNAPSHOTS.mkdir(parents=True, exist_ok=True)
    target = SNAPSHOTS / f"{head_revision()}.sql"
    target.write_text(dump, encoding="utf-8")
    print(f"wrote {target.relative_to(ROOT)} ({len(dump) // 1024} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
