"""Files to import: single-review files (format versions 1 and 2) and bundles, read and
validated in full before anything is compared or written."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ipsfidelity.exchange.progress import IsCancelled, Progress
from ipsfidelity.exchange.schema import AgreementDoc, AssessmentDoc, HistoryDoc


@dataclass(frozen=True)
class TeamPart:
    """A team as a bundle carries it: all its cooperation agreements and their history."""

    id: str
    name: str
    municipality: str = ""
    psychiatry: str = ""
    clinics: str = ""
    agreements: tuple[AgreementDoc, ...] = ()
    history: tuple[HistoryDoc, ...] = ()  # the team's own entries (team, agreement)


@dataclass(frozen=True)
class Tombstone:
    """A review deleted where the file was made: its id and the history ids it had then."""

    id: str
    team_id: str
    at: dt.datetime
    known: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Incoming:
    """One file's contents. A single-review file has one review and no team parts."""

    origin: str  # the path as given, for messages
    kind: str  # "assessment" (single-review file) or "bundle"
    reviews: tuple[AssessmentDoc, ...] = ()
    teams: tuple[TeamPart, ...] = ()
    deleted: tuple[Tombstone, ...] = field(default_factory=tuple)


def read_files(
    paths: Sequence[Path],
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> list[Incoming]:
    """Read and validate every file; a folder stands for the *.json files in it (sorted).

    Raises UserError naming the first file that is not a valid exchange file or bundle."""
    raise NotImplementedError
