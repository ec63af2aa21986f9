"""The bundle: many reviews, their teams and cooperation agreements in one file
(docs/exchange-bundle.md; JSON Schema in resources/schemas/bundle-v1.schema.json)."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ipsfidelity import __version__
from ipsfidelity.exchange.bundle_schema import BUNDLE_FORMAT, BUNDLE_VERSION
from ipsfidelity.exchange.exporter import (
    agreement_document,
    full_document,
    masked_document,
    personal_data_fields,
)
from ipsfidelity.exchange.lifecycle_doc import history_document
from ipsfidelity.exchange.progress import IsCancelled, Progress, check, report
from ipsfidelity.fileio import atomic_write
from ipsfidelity.store import models as m
from ipsfidelity.store.repository import Store
from ipsfidelity.store.sync_reads import deleted_reviews, team_history


@dataclass(frozen=True)
class ExportResult:
    path: Path
    reviews: int
    teams: int
    deleted: int  # tombstones carried


def bundle_document(
    store: Store,
    *,
    team_ids: Sequence[str] | None = None,
    assessment_ids: Sequence[str] | None = None,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> dict[str, Any]:
    """The bundle as a JSON-ready dict (export_bundle writes it; sync sends it)."""
    everything = team_ids is None and assessment_ids is None
    chosen_teams = {t.lower() for t in team_ids or ()}
    ids: list[str] = []
    for info in store.list_assessments():
        if everything or info.team_id in chosen_teams:
            ids.append(info.id)
    ids.extend(a.lower() for a in assessment_ids or () if a.lower() not in ids)
    reviews: list[dict[str, Any]] = []
    teams_seen: set[str] = set(chosen_teams)
    for i, aid in enumerate(ids):
        check(cancelled)
        doc = full_document(store, aid)["assessment"]
        doc["team"].pop("agreement", None)  # all versions travel with the team below
        teams_seen.add(doc["team"]["id"])
        reviews.append(doc)
        if i % 50 == 0:
            report(progress, i, len(ids))
    if everything:
        teams_seen |= {t.id for t in store.list_teams()}
    teams = []
    for tid in sorted(teams_seen):
        team = store.get_team(tid)
        teams.append(
            {
                "id": team.id,
                "name": team.name,
                "municipality": team.municipality,
                "psychiatry": team.psychiatry,
                "clinics": team.clinics,
                "agreements": [agreement_document(a) for a in store.agreements(tid)],
                "history": [history_document(h) for h in team_history(store, tid)],
            }
        )
    tombstones = deleted_reviews(store, None if everything else sorted(teams_seen))
    report(progress, len(ids), len(ids))
    return {
        "format": BUNDLE_FORMAT,
        "format_version": BUNDLE_VERSION,
        "generator": f"ipsfidelity {__version__}",
        "exported_at": m.utcnow().isoformat(),
        "teams": teams,
        "assessments": reviews,
        "deleted": [
            {"id": t.id, "team_id": t.team_id, "at": t.at.isoformat(), "known": list(t.known)}
            for t in tombstones
        ],
    }


def export_bundle(
    store: Store,
    path: Path,
    *,
    team_ids: Sequence[str] | None = None,
    assessment_ids: Sequence[str] | None = None,
    personal_data: Callable[[list[str]], bool] | None = None,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> ExportResult:
    """Write a bundle of the given teams (all their reviews) and/or reviews; both None: all.

    `personal_data` is asked, as for a single export, with the fields that look like they
    hold CPR numbers and says whether to mask them (it may refuse by raising). Written
    atomically; `cancelled` is polled while reviews are read."""
    doc = bundle_document(
        store,
        team_ids=team_ids,
        assessment_ids=assessment_ids,
        progress=progress,
        cancelled=cancelled,
    )
    flagged = personal_data_fields(doc)
    if flagged and personal_data is not None and personal_data(flagged):
        doc = masked_document(doc)
    payload = json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8") + b"\n"
    atomic_write(Path(path), payload)
    return ExportResult(Path(path), len(doc["assessments"]), len(doc["teams"]), len(doc["deleted"]))
