"""Files to import: single-review files (format versions 1 and 2) and bundles, read and
validated in full before anything is compared or written."""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ipsfidelity.errors import UserError
from ipsfidelity.exchange.bundle_schema import BUNDLE_FORMAT
from ipsfidelity.exchange.progress import IsCancelled, Progress, check, report
from ipsfidelity.exchange.reader import (
    _describe as describe,
)
from ipsfidelity.exchange.reader import (
    check_against_pack,
    parse_exchange_bytes,
    read_bytes,
)
from ipsfidelity.exchange.schema import AgreementDoc, AssessmentDoc, HistoryDoc
from ipsfidelity.i18n import tr

BUNDLE_MARK = b'"ipsfidelity-bundle"'
# A bundle of a region's reviews: tens of megabytes at most.
MAX_BUNDLE_BYTES = 512 * 1024 * 1024


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
    *,
    folders: bool = True,
) -> list[Incoming]:
    """Read and validate every file; a folder stands for the regular *.json files in it
    (sorted). With `folders=False` (the CLI: the shell expands `dir/*.json`) a folder is
    refused like any other non-file.

    Raises UserError naming the first file that is not a valid exchange file or bundle."""
    files: list[Path] = []
    for p in paths:
        path = Path(p)
        if folders and path.is_dir():
            files.extend(sorted(f for f in path.glob("*.json") if f.is_file()))
        else:
            files.append(path)
    out: list[Incoming] = []
    enabled = gc.isenabled()
    gc.disable()  # many small objects, no cycles: see merge.preview_import
    try:
        for i, f in enumerate(files):
            check(cancelled)
            report(progress, i, len(files))
            out.append(read_one(f))
    finally:
        if enabled:
            gc.enable()
    report(progress, len(files), len(files))
    return out


def read_one(path: Path) -> Incoming:
    """A single-review file or a bundle, validated in full."""
    origin = str(path) if str(path).isprintable() else repr(str(path))
    data = read_bytes(path, origin, MAX_BUNDLE_BYTES)
    if BUNDLE_MARK not in data[:4096] and BUNDLE_MARK not in data:
        return Incoming(origin, "assessment", (parse_exchange_bytes(data, origin),))
    return parse_bundle_bytes(data, origin)


def parse_bundle_bytes(data: bytes, origin: str) -> Incoming:
    from pydantic import ValidationError

    from ipsfidelity.exchange.bundle_schema import BundleFile

    try:
        bundle = BundleFile.model_validate_json(data)
    except ValidationError as exc:
        if not _is_bundle(data):
            # Not a bundle after all (a review whose text names the format): the single path.
            return Incoming(origin, "assessment", (parse_exchange_bytes(data, origin),))
        raise UserError(
            tr("import.refused", origin=origin, why=tr("import.invalid", detail=describe(exc)))
        ) from None
    for d in bundle.assessments:
        check_against_pack(d, origin)
    teams = tuple(
        TeamPart(
            id=t.id.lower(),
            name=t.name,
            municipality=t.municipality,
            psychiatry=t.psychiatry,
            clinics=t.clinics,
            agreements=tuple(t.agreements),
            history=tuple(t.history),
        )
        for t in bundle.teams
    )
    deleted = tuple(
        Tombstone(t.id.lower(), t.team_id.lower(), t.at, frozenset(k.lower() for k in t.known))
        for t in bundle.deleted
    )
    return Incoming(origin, "bundle", tuple(bundle.assessments), teams, deleted)


def _is_bundle(data: bytes) -> bool:
    import json

    try:
        raw = json.loads(data.decode("utf-8-sig"))
    except (ValueError, RecursionError):
        return False
    return isinstance(raw, dict) and raw.get("format") == BUNDLE_FORMAT
