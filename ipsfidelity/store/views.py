"""Plain snapshots the repository hands out: safe to pass between threads, no lazy loading."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from ipsfidelity.errors import UserError
from ipsfidelity.i18n import tr
from ipsfidelity.packs import get_pack
from ipsfidelity.scoring import CaseloadEntry as ScoringEntry
from ipsfidelity.scoring import Score, score_assessment
from ipsfidelity.scoring.caseload import validate_entry


@dataclass(frozen=True)
class TeamInfo:
    id: str
    name: str
    municipality: str
    psychiatry: str
    clinics: str
    updated_at: dt.datetime


@dataclass(frozen=True)
class AssessmentInfo:
    id: str
    team_id: str
    team_name: str
    date: dt.date
    period: str
    instrument_id: str
    instrument_version: str
    reviewers: tuple[str, ...]
    last_element: str | None
    created_at: dt.datetime
    updated_at: dt.datetime
    rated: int = 0
    kind: str = "independent"  # or "self" (docs/review-lifecycle.md)
    state: str = "draft"  # "consensus", "finished"


@dataclass(frozen=True)
class RatingInfo:
    element_id: str
    rating: str
    note: str = ""
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class CaseloadInfo:
    consultant: str
    fte: float
    ips_cases: int
    other_cases: int
    carried: bool = False  # from the previous review, counts not yet confirmed


@dataclass(frozen=True)
class AssessmentData:
    info: AssessmentInfo
    team: TeamInfo
    ratings: dict[str, RatingInfo] = field(default_factory=dict)
    caseload: tuple[CaseloadInfo, ...] = ()

    @property
    def rating_values(self) -> dict[str, str]:
        return {k: r.rating for k, r in self.ratings.items()}


def score_data(data: AssessmentData) -> Score:
    """The assessment's score under its own pack (loaded on first use)."""
    pack = get_pack(data.info.instrument_id, data.info.instrument_version)
    entries = [
        ScoringEntry(c.consultant, c.fte, c.ips_cases, c.other_cases, confirmed=not c.carried)
        for c in data.caseload
    ]
    for entry in entries:
        try:
            validate_entry(entry)
        except ValueError:  # stored by an older version (fte 1e-320 was once let in)
            raise invalid_entry(entry) from None
    return score_assessment(pack, data.rating_values, entries)


def invalid_entry(entry: CaseloadInfo | ScoringEntry) -> UserError:
    """The refusal of a caseload row that breaks the scoring module's limits."""
    return UserError(
        tr(
            "caseload.invalid",
            consultant=entry.consultant,
            fte=entry.fte,
            ips=entry.ips_cases,
            other=entry.other_cases,
        )
    )


def check_caseload(entries: Sequence[CaseloadInfo]) -> None:
    """Refuse a caseload table before it is stored: a row without a name or beyond the
    scoring module's limits, or a consultant named twice."""
    for entry in entries:
        if not entry.consultant.strip():
            raise UserError(tr("caseload.no_name"))
        try:
            validate_entry(
                ScoringEntry(entry.consultant, entry.fte, entry.ips_cases, entry.other_cases)
            )
        except ValueError:
            raise invalid_entry(entry) from None
    names = [e.consultant.strip() for e in entries]
    if len(set(names)) != len(names):
        raise UserError(tr("caseload.duplicate_consultant"))
