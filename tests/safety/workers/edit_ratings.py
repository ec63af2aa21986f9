"""Scripted rating edits for the crash test: prints "saved N" after each committed edit.

Usage: edit_ratings.py DB ROUND COUNT. Edit n goes to slot n % slots (an assessment
and element), with the note "r<ROUND> e<n>", so the test can tell which edit a row holds.
"""

from __future__ import annotations

import sys

from ipsfidelity.store import open_store


def slots(store) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    assessments = sorted(a.id for a in store.list_assessments())
    elements = list(store.pack_for(store.list_assessments()[0]).element_ids)
    return [(a, e) for a in assessments for e in elements]


def main() -> int:
    db, round_id, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    store = open_store(db)
    targets = slots(store)
    scale = list(store.pack_for(store.list_assessments()[0]).scale_values)
    for n in range(count):
        assessment, element = targets[n % len(targets)]
        store.set_rating(assessment, element, scale[n % len(scale)], note=f"r{round_id} e{n}")
        print(f"saved {n}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
