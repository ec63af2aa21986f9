"""bundle_import: one bundle of 1,000 reviews (50 teams x 20) read, previewed and applied,
against the same raw sqlite3 floor as import_bulk; bundle_preview: the preview of 1,000
reviews: new to this database, already here (re-import: unchanged), and each changed
elsewhere (every one compared element by element)."""

from __future__ import annotations

import json
import time
import uuid
from pathlib import Path

from bench_import import make_files, raw_floor

from ipsfidelity.exchange.apply import apply_import
from ipsfidelity.exchange.bundle import export_bundle
from ipsfidelity.exchange.incoming import read_files
from ipsfidelity.exchange.merge import preview_import
from ipsfidelity.store import open_store

TEAMS, PERIODS = 50, 20


def _bundle(path: Path, files: list[bytes]) -> Path:
    docs = [json.loads(f)["assessment"] for f in files]
    teams = {d["team"]["id"]: d["team"] for d in docs}
    bundle = {
        "format": "ipsfidelity-bundle",
        "format_version": 1,
        "teams": list(teams.values()),
        "assessments": docs,
    }
    path.write_text(json.dumps(bundle), encoding="utf-8")
    return path


def _import(db: Path, bundle: Path) -> tuple[float, float]:
    store = open_store(str(db))
    start = time.perf_counter()
    incoming = read_files([bundle])
    preview = preview_import(store, incoming)
    previewed = time.perf_counter() - start
    apply_import(store, preview)
    elapsed = time.perf_counter() - start
    store.close()
    return elapsed, previewed


def _preview(db: Path, bundle: Path, changes: bool = False) -> float:
    store = open_store(str(db))
    start = time.perf_counter()
    preview = preview_import(store, read_files([bundle]))
    elapsed = time.perf_counter() - start
    assert preview.has_changes == changes
    store.close()
    return elapsed


def _changed(exported: Path, path: Path) -> Path:
    """The same reviews, each with one rating changed elsewhere (and recorded there)."""
    doc = json.loads(exported.read_text(encoding="utf-8"))
    for a in doc["assessments"]:
        r = a["ratings"][0]
        r["rating"] = "not_met" if r["rating"] != "not_met" else "met"
        a["history"].append(
            {
                "id": str(uuid.uuid4()),
                "at": "2030-01-01T00:00:00+00:00",
                "entity": "rating",
                "element_id": r["element"],
                "field": "rating",
                "new_value": json.dumps(r["rating"]),
            }
        )
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def metrics(workdir: Path) -> dict[str, dict]:
    files = make_files(TEAMS, PERIODS, seed=2)
    bundle = _bundle(workdir / "bundle.json", files)
    runs = []
    for i in range(3):
        runs.append(
            (
                *_import(workdir / f"bundle{i}.sqlite3", bundle),
                raw_floor(workdir / f"bundle_raw{i}.sqlite3", files),
            )
        )
    value = min(r[0] for r in runs)
    new_preview = min(r[1] for r in runs)
    floor = min(r[2] for r in runs)
    # A bundle written by the app (with its history), previewed where it came from.
    exported = workdir / "exported.json"
    source = open_store(str(workdir / "bundle0.sqlite3"))
    export_bundle(source, exported)
    source.close()
    again = min(_preview(workdir / "bundle0.sqlite3", exported) for _ in range(3))
    changed_file = _changed(exported, workdir / "changed.json")
    changed = min(_preview(workdir / "bundle0.sqlite3", changed_file, True) for _ in range(3))
    worst = max(new_preview, again, changed)
    return {
        "bundle_import": {
            "value": round(value * 1000, 1),
            "unit": "ms",
            "floor": round(floor * 1000, 1),
            "ratio": round(value / floor, 2),
            "target": "ratio <= 3",
            "met": value / floor <= 3,
            "rows": {"assessments": len(files), "ratings": len(files) * 14},
        },
        "bundle_preview": {
            "value": round(worst * 1000, 1),
            "unit": "ms",
            "new": round(new_preview * 1000, 1),
            "unchanged": round(again * 1000, 1),
            "changed": round(changed * 1000, 1),
            "target": "<= 2000 ms for 1,000 reviews",
            "met": worst <= 2.0,
        },
    }
