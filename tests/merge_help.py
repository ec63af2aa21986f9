"""Two laptops (two real SQLite files) and moving bundles between them through the API."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ipsfidelity.exchange.apply import apply_import
from ipsfidelity.exchange.bundle import export_bundle
from ipsfidelity.exchange.incoming import read_files
from ipsfidelity.exchange.merge import preview_import
from ipsfidelity.exchange.preview import ApplyResult, Preview
from ipsfidelity.store import Store

TODAY = dt.date.today()


def shared_review(a: Store, b: Store, folder: Path) -> tuple[str, list[str]]:
    """A review made on laptop A, rated on four elements, with one action item; copied to B."""
    team = a.create_team("IPS Køge", "Køge")
    review = a.create_assessment(team.id, TODAY - dt.timedelta(days=2), reviewers=["Anna"])
    elements = list(a.pack_for(review).element_ids)
    for e in elements[:4]:
        a.set_rating(review.id, e, "met", note=f"om {e}")
    a.add_action_item(review.id, "Ugentlig sparring", owner="Leder")
    move(a, b, folder / "start.json")
    return review.id, elements


def preview_from(source: Store, target: Store, path: Path) -> Preview:
    export_bundle(source, path)
    return preview_import(target, read_files([path]))


def move(
    source: Store,
    target: Store,
    path: Path,
    resolutions: Mapping[str, Any] | None = None,
    **kwargs: Any,
) -> ApplyResult:
    return apply_import(target, preview_from(source, target, path), resolutions, **kwargs)


def record(store: Store, aid: str) -> dict[str, Any]:
    """What a review holds, comparable across two databases."""
    data = store.get_assessment(aid)
    plan = store.action_plan(aid)
    return {
        "ratings": {k: (r.rating, r.note, tuple(r.evidence)) for k, r in data.ratings.items()},
        "caseload": data.caseload,
        "reviewers": data.info.reviewers,
        "own": {
            who: {e: (r.rating, r.note) for e, r in by.items()}
            for who, by in store.reviewer_ratings(aid).items()
        },
        "items": sorted((i.id, i.text, i.owner, i.status) for i in plan),
        "state": store.lifecycle(aid).state,
    }
