"""The bundle: many reviews, their teams and cooperation agreements in one file
(docs/exchange-bundle.md; JSON Schema in resources/schemas/bundle-v1.schema.json)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ipsfidelity.exchange.progress import IsCancelled, Progress
from ipsfidelity.store.repository import Store


@dataclass(frozen=True)
class ExportResult:
    path: Path
    reviews: int
    teams: int
    deleted: int  # tombstones carried


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
    raise NotImplementedError
