"""Shape of exchange format version 2 (version 1 files still read: every key added in
version 2 is optional). Pack-dependent checks live in reader.py."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, StringConstraints

FORMAT = "ipsfidelity-assessment"
FORMAT_VERSION = 2
READABLE_VERSIONS = (1, 2)

Uuid = Annotated[
    str,
    StringConstraints(
        pattern=r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
    ),
]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
ShortText = Annotated[str, StringConstraints(max_length=200)]
LongText = Annotated[str, StringConstraints(max_length=20_000)]
Ident = Annotated[str, StringConstraints(min_length=1, max_length=32)]
WholeCount = Annotated[int, Field(strict=True, ge=0, le=100_000)]
ItemText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=20_000)]


class _Doc(BaseModel):
    # Unknown keys are ignored so newer files still import; known keys are strict.
    model_config = ConfigDict(extra="ignore", frozen=True, allow_inf_nan=False)


class InstrumentRef(_Doc):
    id: Ident
    version: Ident


class SignatoryDoc(_Doc):
    name: Name
    role: ShortText = ""
    party: Literal["", "kommune", "psykiatri"] = ""
    signed_on: dt.date | None = None


class AgreementDoc(_Doc):
    """The team's cooperation agreement in force on the review date (samarbejdsaftale)."""

    id: Uuid
    start_date: dt.date
    municipality: ShortText = ""
    psychiatry: ShortText = ""
    clinics: LongText = ""
    target_age: ShortText = ""
    target_clinics: LongText = ""
    target_motivation: LongText = ""
    target_benefits: LongText = ""
    target_other: LongText = ""
    startup: LongText = ""
    target_participants: WholeCount | None = None
    target_referrals: WholeCount | None = None
    target_in_job: WholeCount | None = None
    follow_up_cadence: LongText = ""
    referral: LongText = ""
    presence_place: LongText = ""
    presence_times: LongText = ""
    presence_conferences: LongText = ""
    leadership: LongText = ""
    duration: LongText = ""
    signatories: Annotated[list[SignatoryDoc], Field(max_length=20)] = []
    updated_at: AwareDatetime | None = None  # absent: the assessment's updated_at


class TeamDoc(_Doc):
    id: Uuid
    name: Name
    municipality: ShortText = ""
    psychiatry: ShortText = ""
    clinics: LongText = ""
    agreement: AgreementDoc | None = None


class RatingDoc(_Doc):
    element: Ident
    rating: Ident
    note: LongText = ""
    evidence: Annotated[list[Ident], Field(max_length=20)] = []


class CaseloadDoc(_Doc):
    consultant: Name
    fte: Annotated[float, Field(strict=True, gt=0, le=1)]
    ips_cases: WholeCount
    other_cases: WholeCount


class ActionItemDoc(_Doc):
    """One item of the action plan (aftale- og handleplan)."""

    id: Uuid | None = None  # absent: a new id is made on import
    text: ItemText
    elements: Annotated[list[Ident], Field(max_length=50)] = []  # element ids or "caseload"
    party: Literal["kommune", "psykiatri", "faelles"] = "faelles"
    owner: ShortText = ""
    deadline: dt.date | None = None  # absent: the review date + 6 weeks
    status: Literal["aaben", "i_gang", "afsluttet"] = "aaben"
    follow_up: LongText = ""
    origin: Uuid | None = None  # the item in the previous assessment this one continues
    updated_at: AwareDatetime | None = None  # absent: the assessment's updated_at


class OutcomesDoc(_Doc):
    """Counts only: participants in IPS, and of them in ordinary job or education."""

    participants: WholeCount
    in_job_or_education: WholeCount


class ReviewerDoc(_Doc):
    """One reviewer's own ratings (and caseload reading, if entered)."""

    reviewer: Name
    ratings: Annotated[list[RatingDoc], Field(max_length=1000)] = []
    caseload: Annotated[list[CaseloadDoc], Field(max_length=500)] | None = None
    updated_at: AwareDatetime | None = None


class SignOffDoc(_Doc):
    reviewer: Name
    signed_on: dt.date


class ReopeningDoc(_Doc):
    reason: ItemText
    reviewer: ShortText = ""
    os_user: ShortText = ""
    at: AwareDatetime


class HistoryDoc(_Doc):
    """One recorded change; values are JSON text, as stored."""

    id: Uuid
    at: AwareDatetime
    entity: Ident
    entity_id: Annotated[str, StringConstraints(max_length=36)] = ""
    element_id: Annotated[str, StringConstraints(max_length=32)] = ""
    subject: ShortText = ""
    field: Annotated[str, StringConstraints(min_length=1, max_length=64)]
    old_value: Annotated[str, StringConstraints(max_length=100_000)] | None = None
    new_value: Annotated[str, StringConstraints(max_length=100_000)] | None = None
    reviewer: ShortText = ""
    os_user: ShortText = ""
    db_user: ShortText | None = None


class AssessmentDoc(_Doc):
    id: Uuid
    instrument: InstrumentRef
    team: TeamDoc
    date: dt.date
    period: Annotated[str, StringConstraints(pattern=r"^\d{4}-Q[1-4]$")]
    reviewers: Annotated[list[Name], Field(max_length=50)] = []
    ratings: Annotated[list[RatingDoc], Field(max_length=1000)] = []
    caseload: Annotated[list[CaseloadDoc], Field(max_length=500)] = []
    action_plan: Annotated[list[ActionItemDoc], Field(max_length=500)] = []
    outcomes: OutcomesDoc | None = None
    updated_at: AwareDatetime
    # Version 2: the review's lifecycle (docs/review-lifecycle.md). "reviewer" contents:
    # one reviewer's own ratings travelling alone, merged into the same assessment.
    contents: Literal["review", "reviewer"] = "review"
    kind: Literal["independent", "self"] = "independent"
    state: Literal["draft", "consensus", "finished"] = "draft"
    caseload_unavailable: LongText | None = None
    finished_at: AwareDatetime | None = None
    reviewer_ratings: Annotated[list[ReviewerDoc], Field(max_length=50)] = []
    signoffs: Annotated[list[SignOffDoc], Field(max_length=50)] = []
    reopenings: Annotated[list[ReopeningDoc], Field(max_length=500)] = []
    history: Annotated[list[HistoryDoc], Field(max_length=20_000)] = []


class ExchangeFile(_Doc):
    format: Literal["ipsfidelity-assessment"]
    format_version: Literal[1, 2]
    assessment: AssessmentDoc


def json_schema() -> dict[str, object]:
    """The JSON Schema published in resources/schemas/ (a test keeps the file in step)."""
    schema = ExchangeFile.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://ipsfidelity.invalid/schemas/exchange-v2.schema.json"
    schema["title"] = "ipsfidelity assessment exchange file, format version 2"
    schema["description"] = (
        "One IPS fidelity assessment. Unknown keys are ignored on import. Checks that depend on "
        "the instrument pack (known element ids, scale, evidence sources) are made by the importer."
        " Optional follow-up keys: assessment.team.agreement, assessment.action_plan, "
        "assessment.outcomes."
    )
    return schema


if __name__ == "__main__":
    import json
    import sys

    json.dump(json_schema(), sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
