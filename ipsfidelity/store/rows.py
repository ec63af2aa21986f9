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
    @property
    def id(self) -> str: ...
    @property
    def team_id(self) -> str: ...
    @property
    def date(self) -> dt.date: ...
    @property
    def period(self) -> str: ...
    @property
    def instrument_id(self) -> str: ...
    @property
    def instrument_version(self) -> str: ...
    @property
    def reviewers(self) -> list[str]: ...
    @property
    def kind(self) -> str: ...
    @property
    def state(self) -> str: ...
    @property
    def last_element(self) -> str | None: ...
    @property
    def created_at(self) -> dt.datetime: ...
    @property
    def updated_at(self) -> dt.datetime: ...


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
    @property
    def id(self) -> str: ...
    @property
    def team_id(self) -> str: ...
    @property
    def start_date(self) -> dt.date: ...
    @property
    def signatories(self) -> list[dict[str, Any]]: ...
    @property
    def created_at(self) -> dt.datetime: ...
    @property
    def updated_at(self) -> dt.datetime: ...

    # and every field of AGREEMENT_TEXT_FIELDS and AGREEMENT_COUNT_FIELDS


class ActionItemRow(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def assessment_id(self) -> str: ...
    @property
    def position(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def elements(self) -> list[str]: ...
    @property
    def party(self) -> str: ...
    @property
    def owner(self) -> str: ...
    @property
    def deadline(self) -> dt.date: ...
    @property
    def status(self) -> str: ...
    @property
    def follow_up(self) -> str: ...
    @property
    def origin_item_id(self) -> str | None: ...
    @property
    def created_at(self) -> dt.datetime: ...
    @property
    def updated_at(self) -> dt.datetime: ...


class OutcomeRow(Protocol):
    @property
    def participants(self) -> int: ...
    @property
    def in_job_or_education(self) -> int: ...
    @property
    def updated_at(self) -> dt.datetime: ...


# -- teams and assessments --------------------------------------------------------


def team_info(t: TeamRow) -> TeamInfo:
    return TeamInfo(t.id, t.name, t.municipality, t.psychiatry, t.clinics, t.updated_at)


def assessment_info(a: AssessmentRow, team_name: str, rated: int = 0) -> AssessmentInfo:
    return AssessmentInfo(
        id=a.id,
        team_id=a.team_id,
        team_name=team_name,
        date=a.date,
        period=a.period,
        instrument_id=a.instrument_id,
        instrument_version=a.instrument_version,
        reviewers=tuple(a.reviewers or ()),
        last_element=a.last_element,
        created_at=a.created_at,
        updated_at=a.updated_at,
        rated=rated,
        kind=a.kind,
        state=a.state,
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


def assessment_not_found(assessment_id: str) -> UserError:
    return UserError(tr("assessment.not_found", ref=assessment_id))


def team_not_found(team_id: str) -> UserError:
    return UserError(tr("team.not_found", name=team_id))


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
    values: dict[str, Any] = {f: getattr(row, f) for f in AGREEMENT_TEXT_FIELDS}
    values.update({f: getattr(row, f) for f in AGREEMENT_COUNT_FIELDS})
    return AgreementInfo(
        id=row.id,
        team_id=row.team_id,
        start_date=row.start_date,
        signatories=signatories_from_json(row.signatories),
        created_at=row.created_at,
        updated_at=row.updated_at,
        **values,
    )


def outcome_info(row: OutcomeRow, a: AssessmentRow) -> OutcomeInfo:
    return OutcomeInfo(
        assessment_id=a.id,
        date=a.date,
        period=a.period,
        participants=row.participants,
        in_job_or_education=row.in_job_or_education,
        updated_at=row.updated_at,
    )


def action_item_info(
    item: ActionItemRow, a: AssessmentRow, team_name: str, continued_by: str | None
) -> ActionItemInfo:
    return ActionItemInfo(
        id=item.id,
        assessment_id=item.assessment_id,
        team_id=a.team_id,
        team_name=team_name,
        period=a.period,
        review_date=a.date,
        position=item.position,
        text=item.text,
        elements=tuple(item.elements or ()),
        party=item.party,
        owner=item.owner,
        deadline=item.deadline,
        status=item.status,
        follow_up=item.follow_up,
        origin_item_id=item.origin_item_id,
        continued_by=continued_by,
        created_at=item.created_at,
        updated_at=item.updated_at,
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
    )
