"""Stored rows into the plain views (`views.py`, `followup.py`).

Shared by the SQLAlchemy repository and the read-only SQLite reader (`sqlite_reader.py`),
so both hand out the very same values and messages. A row is anything with the table's
columns as attributes, already in Python types: an ORM object, or a converted sqlite3 row.
No SQLAlchemy here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Protocol

from ipsfidelity.errors import UserError
from ipsfidelity.i18n import tr, tr_in
from ipsfidelity.packs import NOT_RATED
from ipsfidelity.store.followup import (
    AGREEMENT_COUNT_FIELDS,
    AGREEMENT_TEXT_FIELDS,
    CASELOAD_REF,
    ActionItemInfo,
    ActionPlanRow,
    AgreementInfo,
    OutcomeInfo,
    Signatory,
)
from ipsfidelity.store.lifecycle_views import LifecycleInfo, ReopeningInfo, SignOffInfo
from ipsfidelity.store.views import (
    AssessmentData,
    AssessmentInfo,
    CaseloadInfo,
    RatingInfo,
    TeamInfo,
)
from ipsfidelity.wording import action_status_text, party_text

# -- stored timestamps ----------------------------------------------------------


def utc_for_storage(value: dt.datetime) -> dt.datetime:
    """An aware time as the naive UTC time stored (portable across SQLite and PostgreSQL)."""
    if value.tzinfo is None:
        raise ValueError("naive datetime given; use an aware one")
    return value.astimezone(dt.UTC).replace(tzinfo=None)


def utc_from_storage(value: dt.datetime | str) -> dt.datetime:
    """A stored time (naive UTC, or SQLite's text of one) read back timezone-aware."""
    stamp = dt.datetime.fromisoformat(value) if isinstance(value, str) else value
    return stamp.replace(tzinfo=dt.UTC) if stamp.tzinfo is None else stamp.astimezone(dt.UTC)


# -- what the conversions read of a row -----------------------------------------

# The columns a view takes over from its row as they are, by name (the SQLite reader
# selects these and the few that are converted).
ASSESSMENT_COLUMNS = (
    "id",
    "team_id",
    "date",
    "period",
    "instrument_id",
    "instrument_version",
    "last_element",
    "created_at",
    "updated_at",
    "kind",
    "state",
)
ACTION_ITEM_COLUMNS = (
    "id",
    "assessment_id",
    "position",
    "text",
    "party",
    "owner",
    "deadline",
    "status",
    "follow_up",
    "origin_item_id",
    "created_at",
    "updated_at",
)
AGREEMENT_COLUMNS = (
    "id",
    "team_id",
    "start_date",
    *AGREEMENT_TEXT_FIELDS,
    *AGREEMENT_COUNT_FIELDS,
    "created_at",
    "updated_at",
)
OUTCOME_COLUMNS = ("participants", "in_job_or_education", "updated_at")


def columns(row: object, names: Iterable[str]) -> dict[str, Any]:
    """`row`'s attributes `names`, by name: what a view takes over from its row unchanged."""
    return {name: getattr(row, name) for name in names}


class TeamRow(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def municipality(self) -> str: ...
    @property
    def psychiatry(self) -> str: ...
    @property
    def clinics(self) -> str: ...
    @property
    def updated_at(self) -> dt.datetime: ...


class AssessmentRow(Protocol):
    """An assessment's row: ASSESSMENT_COLUMNS, and what is read of it by name."""

    @property
    def id(self) -> str: ...
    @property
    def team_id(self) -> str: ...
    @property
    def date(self) -> dt.date: ...
    @property
    def period(self) -> str: ...
    @property
    def reviewers(self) -> list[str]: ...
    @property
    def kind(self) -> str: ...
    @property
    def state(self) -> str: ...


class RatingRow(Protocol):
    @property
    def element_id(self) -> str: ...
    @property
    def rating(self) -> str: ...
    @property
    def note(self) -> str: ...
    @property
    def evidence(self) -> list[str]: ...


class CaseloadRow(Protocol):
    @property
    def fte(self) -> float: ...
    @property
    def ips_cases(self) -> int: ...
    @property
    def other_cases(self) -> int: ...
    @property
    def carried(self) -> int: ...


class AgreementRow(Protocol):
    """An agreement's row: AGREEMENT_COLUMNS, and its signatories as stored."""

    @property
    def signatories(self) -> list[dict[str, Any]]: ...


class ActionItemRow(Protocol):
    """An action item's row: ACTION_ITEM_COLUMNS, and its elements as stored."""

    @property
    def elements(self) -> list[str]: ...


# -- teams and assessments --------------------------------------------------------


def team_info(t: TeamRow) -> TeamInfo:
    return TeamInfo(t.id, t.name, t.municipality, t.psychiatry, t.clinics, t.updated_at)


def assessment_info(a: AssessmentRow, team_name: str, rated: int = 0) -> AssessmentInfo:
    return AssessmentInfo(
        **columns(a, ASSESSMENT_COLUMNS),
        team_name=team_name,
        reviewers=tuple(a.reviewers or ()),
        rated=rated,
    )


def assessment_data(
    a: AssessmentRow,
    team: TeamRow,
    ratings: Iterable[RatingRow],
    caseload: Iterable[tuple[CaseloadRow, str]],
) -> AssessmentData:
    """One assessment with its ratings and its caseload rows (each with its consultant's
    name, in the table's order)."""
    by_element = {
        r.element_id: RatingInfo(r.element_id, r.rating, r.note, tuple(r.evidence or ()))
        for r in ratings
    }
    rated = sum(1 for r in by_element.values() if r.rating != NOT_RATED)
    return AssessmentData(
        info=assessment_info(a, team.name, rated),
        team=team_info(team),
        ratings=by_element,
        caseload=tuple(
            CaseloadInfo(name, c.fte, c.ips_cases, c.other_cases, bool(c.carried))
            for c, name in caseload
        ),
    )


def lifecycle_info(
    a: AssessmentRow,
    caseload_unavailable: str | None,
    finished_at: dt.datetime | None,
    signoffs: Iterable[SignOffInfo],
    reopenings: Iterable[ReopeningInfo],
) -> LifecycleInfo:
    """The review's lifecycle; sign-offs (read by date) in the order of its named
    reviewers, anyone else's last."""
    order = {name: i for i, name in enumerate(a.reviewers or ())}
    return LifecycleInfo(
        assessment_id=a.id,
        kind=a.kind,
        state=a.state,
        caseload_unavailable=caseload_unavailable,
        finished_at=finished_at,
        signoffs=tuple(sorted(signoffs, key=lambda o: order.get(o.reviewer, len(order)))),
        reopenings=tuple(reopenings),
    )


_UUID_CHARS = frozenset("0123456789abcdef-")


def resolve_assessment_ref(ref: str, matching: Callable[[str], Sequence[str]]) -> str:
    """An assessment id from a full uuid or a unique prefix of one. `matching(pattern)`
    gives at most two ids `LIKE` the pattern."""
    ref = ref.strip().lower()
    if len(ref) < 4:
        raise UserError(tr("assessment.prefix_short", ref=ref))
    # Ids are uuids: anything but hex digits and "-" matches none (and a "%" or "_" must not
    # reach LIKE as a wildcard).
    ids = matching(ref + "%") if set(ref) <= _UUID_CHARS else []
    if not ids:
        raise UserError(tr("assessment.not_found", ref=ref))
    if len(ids) > 1:
        raise UserError(tr("assessment.ambiguous", ref=ref))
    return ids[0]


# What a row that is not there is called, by its table: "Ingen vurdering har id »…«".
_NOT_FOUND_KEYS = {
    "team": "team.not_found",
    "assessment": "assessment.not_found",
    "action_item": "action.not_found",
    "agreement": "agreement.not_found",
}


def not_found(table: str, ref: str) -> UserError:
    """The one-line refusal for `ref` (an id, or a team's name) that `table` lacks."""
    return UserError(tr(_NOT_FOUND_KEYS[table], ref=ref))


# -- follow-up --------------------------------------------------------------------


def signatories_to_json(signatories: Sequence[Signatory]) -> list[dict[str, Any]]:
    return [
        {
            "name": s.name,
            "role": s.role,
            "party": s.party,
            "signed_on": s.signed_on.isoformat() if s.signed_on else None,
        }
        for s in signatories
    ]


def signatories_from_json(raw: object) -> tuple[Signatory, ...]:
    out = []
    for item in raw if isinstance(raw, list) else []:
        signed = item.get("signed_on")
        out.append(
            Signatory(
                name=item.get("name", ""),
                role=item.get("role", ""),
                party=item.get("party", ""),
                signed_on=dt.date.fromisoformat(signed) if signed else None,
            )
        )
    return tuple(out)


def agreement_info(row: AgreementRow) -> AgreementInfo:
    return AgreementInfo(
        **columns(row, AGREEMENT_COLUMNS),
        signatories=signatories_from_json(row.signatories),
    )


def outcome_info(row: object, a: AssessmentRow) -> OutcomeInfo:
    """An outcome's row (OUTCOME_COLUMNS) with its assessment's date and period."""
    return OutcomeInfo(
        assessment_id=a.id, date=a.date, period=a.period, **columns(row, OUTCOME_COLUMNS)
    )


def action_item_info(
    item: ActionItemRow, a: AssessmentRow, team_name: str, continued_by: str | None
) -> ActionItemInfo:
    return ActionItemInfo(
        **columns(item, ACTION_ITEM_COLUMNS),
        team_id=a.team_id,
        team_name=team_name,
        period=a.period,
        review_date=a.date,
        elements=tuple(item.elements or ()),
        continued_by=continued_by,
    )


def action_plan_row(item: ActionItemInfo, today: dt.date, lang: str) -> ActionPlanRow:
    """The report's row for one item, labels in `lang`; overdue as of `today`."""
    return ActionPlanRow(
        item=item.text,
        element=", ".join(
            tr_in(lang, "common.caseload") if e == CASELOAD_REF else e for e in item.elements
        ),
        party=party_text(item.party, lang),
        owner=item.owner,
        deadline=item.deadline,
        status=action_status_text(item.status, lang),
        overdue=item.is_overdue(today),
        carried=item.origin_item_id is not None,
        continued=item.continued_by is not None,
        follow_up=item.follow_up,
        elements=tuple(item.elements),
    )
