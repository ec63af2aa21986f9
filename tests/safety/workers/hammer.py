"""One of two app instances writing to the same SQLite file at once.

Usage: hammer.py DB NAME COUNT START. Waits until the wall-clock time START so both
processes open (and, on a new file, migrate) the database at the same moment, then
waits for the other's `ready-*` file so their writes overlap.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

from ipsfidelity.store import open_store


def main() -> int:
    db, name, count, start = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
    time.sleep(max(0.0, start - time.time()))
    store = open_store(db)
    # Second rendezvous: both have opened (and maybe migrated) the file; now write.
    ready = Path(db).with_name(f"ready-{name}")
    ready.touch()
    deadline = time.time() + 60
    while len(list(ready.parent.glob("ready-*"))) < 2:
        if time.time() > deadline:
            return 3  # the other instance never came up
        time.sleep(0.005)
    began = time.time()
    team = store.create_team(name)
    assessment = store.create_assessment(team.id, dt.date(2026, 11, 22))
    pack = store.pack_for(assessment)
    elements, scale = pack.element_ids, list(pack.scale_values)
    for i in range(count):
        if i % 3 == 0:
            store.create_team(f"{name} {i}")
        else:
            store.set_rating(
                assessment.id, elements[i % len(elements)], scale[i % len(scale)], note=str(i)
            )
        if i % 10 == 0:
            store.list_assessments()  # readers interleave with the other writer too
    store.close()
    print(f"done {began} {time.time()}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
