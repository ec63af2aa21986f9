"""Shape of exchange format version 2 (version 1 files still read: every key added in
version 2 is optional). Pack-dependent checks live in reader.py."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    create_model,
)
from pydantic_core import PydanticCustomError

from ipsfidelity.scoring.caseload import MIN_FTE
from ipsfidelity.store.followup import AGREEMENT_FIELD_LIST, AgreementField
from ipsfidelity.textcheck import first_bad_char, name_problem, normalise_name, text_problem

FORMAT = "ipsfidelity-assessment"
FORMAT_VERSION = 2
READABLE_VERSIONS = (1, 2)
# Dates and times outside these years are typing errors, and near year 1 or 9999 a time
# zone shift overflows Python's datetime.
FIRST_YEAR, LAST_YEAR = 1900, 2999

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_DATETIME = re.compile(
    r"\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?([Zz]|[+-]\d{2}(:?\d{2})?)?"
)


def _iso_date(value: Any) -> Any:
    # pydantic's lax mode reads Unix numbers (0, -1, 1.5, "1") as dates; ours are ISO 8601.
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        raise PydanticCustomError("iso_date", "not an ISO 8601 date")
    return value


def _iso_datetime(value: Any) -> Any:
    if not isinstance(value, str) or not _ISO_DATETIME.fullmatch(value):
        raise PydanticCustomError("iso_datetime", "not an ISO 8601 date and time")
    return value


def _date_in_range(value: dt.date) -> dt.date:
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise PydanticCustomError(
            "date_range", "year out of range", {"first": FIRST_YEAR, "last": LAST_YEAR}
        )
    return value


def _datetime_in_range(value: dt.datetime) -> dt.datetime:
    try:
        _date_in_range(value.astimezone(dt.UTC).date())
    except OverflowError:
        raise PydanticCustomError(
            "date_range", "year out of range", {"first": FIRST_YEAR, "last": LAST_YEAR}
        ) from None
    return _date_in_range(value)  # type: ignore[return-value]


def _checked(multiline: bool) -> BeforeValidator:
    # Before pydantic strips white space: a trailing form feed is refused, not trimmed away.
    def check(value: Any) -> Any:
        problem = text_problem(value, multiline=multiline) if isinstance(value, str) else None
        if problem is not None:
            raise PydanticCustomError(
                f"text_{problem}",
                "refused character",
                {"char": first_bad_char(value, multiline=multiline)},
            )
        return value

    return BeforeValidator(check)


def _team_name(value: str) -> str:
    name = normalise_name(value)  # NFC on the way in: NFD "Tårnby" is the same team
    problem = name_problem(name)
    if problem is not None:
        raise PydanticCustomError(f"text_{problem}", "refused name", {"char": first_bad_char(name)})
    return name


def _whole_int(value: Any) -> Any:
    # true and 1.0 are not the format version 1.
    if type(value) is not int:
        raise PydanticCustomError("literal_error", "not a supported value")
    return value


IsoDate = Annotated[dt.date, BeforeValidator(_iso_date), AfterValidator(_date_in_range)]
IsoDateTime = Annotated[
    AwareDatetime, BeforeValidator(_iso_datetime), AfterValidator(_datetime_in_range)
]

Uuid = Annotated[
    str,
    StringConstraints(
        pattern=r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
    ),
]
Name = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=200),
    _checked(multiline=False),
]
TeamName = Annotated[Name, AfterValidator(_team_name)]
ShortText = Annotated[str, StringConstraints(max_length=200), _checked(multiline=False)]
LongText = Annotated[str, StringConstraints(max_length=20_000), _checked(multiline=True)]
Ident = Annotated[str, StringConstraints(min_length=1, max_length=32), _checked(multiline=False)]
WholeCount = Annotated[int, Field(strict=True, ge=0, le=100_000)]
ItemText = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=20_000),
    _checked(multiline=True),
]

# A history value is JSON text as stored: control characters in it arrive escaped.
HistoryValue = Annotated[str, StringConstraints(max_length=100_000), _checked(multiline=True)]


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
    signed_on: IsoDate | None = None


def _agreement_field(f: AgreementField) -> tuple[Any, Any]:
    """(type, default) of one of the agreement's fields in the file."""
    match f.kind:
        case "date":
            return IsoDate, ...
        case "line" | "text":
            return (ShortText if f.short else LongText), ""
        case "count":
            return WholeCount | None, None
        case "signatories":
            return Annotated[list[SignatoryDoc], Field(max_length=20)], []


if TYPE_CHECKING:
    _AgreementFields = _Doc
else:  # the fields come from the one list in store/followup.py
    _AgreementFields = create_model(
        "_AgreementFields",
        __base__=_Doc,
        id=(Uuid, ...),
        **{f.key: _agreement_field(f) for f in AGREEMENT_FIELD_LIST},
        updated_at=(IsoDateTime | None, None),  # absent: the assessment's updated_at
    )


class AgreementDoc(_AgreementFields):
    """The team's cooperation agreement in force on the review date (samarbejdsaftale)."""


class TeamFields(_Doc):
    """A team as both formats carry it (the bundle's team part adds every agreement)."""

    id: Uuid
    name: TeamName
    municipality: ShortText = ""
    psychiatry: ShortText = ""
    clinics: LongText = ""


class TeamDoc(TeamFields):
    agreement: AgreementDoc | None = None


class RatingDoc(_Doc):
    element: Ident
    rating: Ident
    note: LongText = ""
    evidence: Annotated[list[Ident], Field(max_length=20)] = []


class CaseloadDoc(_Doc):
    consultant: Name
    fte: Annotated[float, Field(strict=True, ge=MIN_FTE, le=1)]
    ips_cases: WholeCount
    other_cases: WholeCount


class ActionItemDoc(_Doc):
    """One item of the action plan (aftale- og handleplan)."""

    id: Uuid | None = None  # absent: a new id is made on import
    text: ItemText
    elements: Annotated[list[Ident], Field(max_length=50)] = []  # element ids or "caseload"
    party: Literal["kommune", "psykiatri", "faelles"] = "faelles"
    owner: ShortText = ""
    deadline: IsoDate | None = None  # absent: the review date + 6 weeks
    status: Literal["aaben", "i_gang", "afsluttet"] = "aaben"
    follow_up: LongText = ""
    origin: Uuid | None = None  # the item in the previous assessment this one continues
    updated_at: IsoDateTime | None = None  # absent: the assessment's updated_at


class OutcomesDoc(_Doc):
    """Counts only: participants in IPS, and of them in ordinary job or education."""

    participants: WholeCount
    in_job_or_education: WholeCount


class ReviewerDoc(_Doc):
    """One reviewer's own ratings (and caseload reading, if entered)."""

    reviewer: Name
    ratings: Annotated[list[RatingDoc], Field(max_length=1000)] = []
    caseload: Annotated[list[CaseloadDoc], Field(max_length=500)] | None = None
    updated_at: IsoDateTime | None = None


class SignOffDoc(_Doc):
    reviewer: Name
    signed_on: IsoDate


class ReopeningDoc(_Doc):
    reason: ItemText
    reviewer: ShortText = ""
    os_user: ShortText = ""
    at: IsoDateTime


class HistoryDoc(_Doc):
    """One recorded change; values are JSON text, as stored."""

    id: Uuid
    at: IsoDateTime
    entity: Ident
    entity_id: Annotated[str, StringConstraints(max_length=36), _checked(multiline=False)] = ""
    element_id: Annotated[str, StringConstraints(max_length=32), _checked(multiline=False)] = ""
    subject: ShortText = ""
    field: Annotated[str, StringConstraints(min_length=1, max_length=64), _checked(multiline=False)]
    old_value: HistoryValue | None = None
    new_value: HistoryValue | None = None
    reviewer: ShortText = ""
    os_user: ShortText = ""
    db_user: ShortText | None = None


class AssessmentDoc(_Doc):
    id: Uuid
    instrument: InstrumentRef
    team: TeamDoc
    date: IsoDate
    period: Annotated[str, StringConstraints(pattern=r"^\d{4}-Q[1-4]$")]
    reviewers: Annotated[list[Name], Field(max_length=50)] = []
    ratings: Annotated[list[RatingDoc], Field(max_length=1000)] = []
    caseload: Annotated[list[CaseloadDoc], Field(max_length=500)] = []
    action_plan: Annotated[list[ActionItemDoc], Field(max_length=500)] = []
    outcomes: OutcomesDoc | None = None
    updated_at: IsoDateTime
    # Version 2: the review's lifecycle (docs/review-lifecycle.md). "reviewer" contents:
    # one reviewer's own ratings travelling alone, merged into the same assessment.
    contents: Literal["review", "reviewer"] = "review"
    kind: Literal["independent", "self"] = "independent"
    state: Literal["draft", "consensus", "finished"] = "draft"
    caseload_unavailable: LongText | None = None
    finished_at: IsoDateTime | None = None
    reviewer_ratings: Annotated[list[ReviewerDoc], Field(max_length=50)] = []
    signoffs: Annotated[list[SignOffDoc], Field(max_length=50)] = []
    reopenings: Annotated[list[ReopeningDoc], Field(max_length=500)] = []
    history: Annotated[list[HistoryDoc], Field(max_length=20_000)] = []


class ExchangeFile(_Doc):
    format: Literal["ipsfidelity-assessment"]
    format_version: Annotated[Literal[1, 2], BeforeValidator(_whole_int)]
    assessment: AssessmentDoc


def json_schema() -> dict[str, object]:
    """The JSON Schema published in resources/schemas/ (a test keeps the file in step)."""
    return published_schema(
        ExchangeFile,
        "exchange-v2.schema.json",
        "ipsfidelity assessment exchange file, format version 2",
        "One IPS fidelity assessment. Unknown keys are ignored on import. Checks that depend on "
        "the instrument pack (known element ids, scale, evidence sources) are made by the importer."
        " Optional follow-up keys: assessment.team.agreement, assessment.action_plan, "
        "assessment.outcomes.",
    )


def published_schema(
    model: type[BaseModel], file_name: str, title: str, description: str
) -> dict[str, object]:
    """`model`'s JSON Schema as resources/schemas/`file_name` publishes it."""
    schema = model.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://ipsfidelity.invalid/schemas/{file_name}"
    schema["title"] = title
    schema["description"] = description
    return schema


def print_schema(schema: dict[str, object]) -> None:
    """Write a schema as its file in resources/schemas/ holds it (`python -m <module>`)."""
    import json
    import sys

    json.dump(schema, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    print_schema(json_schema())
