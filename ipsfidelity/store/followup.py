"""Follow-up after a review: plain views and the rules shared by the store, importer and CLI.

Parties and statuses are stored as ASCII ids; their Danish labels (Kommune / Psykiatri /
Fælles, Åben / I gang / Afsluttet) come from `wording.party_text` and `wording.action_status_text`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from ipsfidelity.errors import UserError
from ipsfidelity.i18n import CodeWords, language, tr, tr_in
from ipsfidelity.wording import party_text

__all__ = [
    "ACTION_STATUSES",
    "AGREEMENT_FIELD_LIST",
    "CASELOAD_REF",
    "DEFAULT_DEADLINE",
    "DONE",
    "INKLUSION_SHARE",
    "PARTIES",
    "ActionDraft",
    "ActionItemInfo",
    "ActionPlanRow",
    "AgreementField",
    "AgreementInfo",
    "FollowUpData",
    "OutcomeInfo",
    "Signatory",
    "agreement_rows",
    "check_outcome_counts",
    "default_deadline",
    "municipality_name",
    "suggested_party",
]

# Stored ids of who carries an action item and how far it has come (`ActionItem` in models.py).
PARTIES = ("kommune", "psykiatri", "faelles")
ACTION_STATUSES = ("aaben", "i_gang", "afsluttet")
DONE = "afsluttet"
# Linked "element" of an item about the caseload rule, which is not an element of the pack.
CASELOAD_REF = "caseload"
DEFAULT_DEADLINE = dt.timedelta(weeks=6)
# Share of participants in job or education in the Danish Inklusion research project
# (forskningsprojektet Inklusion, seed 001), in %.
INKLUSION_SHARE = 59.5

# Who usually carries a fix, by principle of the dk-minimum pack, after seed 001's split into
# Kommune / Psykiatri / Fælles. Integration with treatment (P3) and access to IPS (P1) need
# both sides; the rest is the consultants' own practice, and the municipality employs them.
# A suggestion only: the team changes it. Unknown packs and principles get "faelles".
_SUGGESTED_PARTY = {
    ("dk-minimum", "P1"): "faelles",
    ("dk-minimum", "P2"): "kommune",
    ("dk-minimum", "P3"): "faelles",
    ("dk-minimum", "P4"): "kommune",
    ("dk-minimum", "P5"): "kommune",
    ("dk-minimum", "P6"): "kommune",
    ("dk-minimum", "P7"): "kommune",
    ("dk-minimum", "P8"): "kommune",
}
CASELOAD_PARTY = "kommune"  # the municipality staffs the consultants


def suggested_party(pack_id: str, principle_id: str) -> str:
    return _SUGGESTED_PARTY.get((pack_id, principle_id), "faelles")


def default_deadline(review_date: dt.date) -> dt.date:
    return review_date + DEFAULT_DEADLINE


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def check_outcome_counts(participants: object, in_job_or_education: object) -> None:
    """Whole numbers from 0, and no more in job or education than take part."""
    if not (_whole(participants) and _whole(in_job_or_education)):
        raise UserError(tr("outcome.not_whole"))
    assert isinstance(participants, int) and isinstance(in_job_or_education, int)
    if in_job_or_education > participants:
        raise UserError(
            tr("outcome.too_many", in_job=in_job_or_education, participants=participants)
        )


@dataclass(frozen=True)
class Signatory:
    name: str
    role: str = ""
    party: str = ""  # "kommune", "psykiatri" or "" (another signatory)
    signed_on: dt.date | None = None


@dataclass(frozen=True)
class AgreementInfo:
    id: str
    team_id: str
    start_date: dt.date
    municipality: str = ""
    psychiatry: str = ""
    clinics: str = ""
    target_age: str = ""
    target_clinics: str = ""
    target_motivation: str = ""
    target_benefits: str = ""
    target_other: str = ""
    startup: str = ""
    target_participants: int | None = None
    target_referrals: int | None = None
    target_in_job: int | None = None
    follow_up_cadence: str = ""
    referral: str = ""
    presence_place: str = ""
    presence_times: str = ""
    presence_conferences: str = ""
    leadership: str = ""
    duration: str = ""
    signatories: tuple[Signatory, ...] = ()
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None


@dataclass(frozen=True)
class AgreementField:
    """One field of the cooperation agreement, as the template (seed 000) lists it."""

    key: str
    kind: Literal["date", "line", "text", "count", "signatories"]  # line: one line on the form
    group: str  # the template's section: `agreement.group.<group>` names it
    short: bool = False  # at most 200 characters (the others MAX_TEXT)
    # Its label: agreement_label(key).


# The agreement's fields, once, in the order of seed 000: parties, target group, start-up,
# targets, referral, presence, leaders. Everything else is derived from this list.
AGREEMENT_FIELD_LIST = (
    AgreementField("start_date", "date", "parties"),
    AgreementField("municipality", "line", "parties", short=True),
    AgreementField("psychiatry", "line", "parties", short=True),
    AgreementField("clinics", "line", "parties"),
    AgreementField("target_age", "line", "target", short=True),
    AgreementField("target_clinics", "line", "target"),
    AgreementField("target_motivation", "line", "target"),
    AgreementField("target_benefits", "line", "target"),
    AgreementField("target_other", "line", "target"),
    AgreementField("startup", "text", "startup"),
    AgreementField("target_participants", "count", "figures"),
    AgreementField("target_referrals", "count", "figures"),
    AgreementField("target_in_job", "count", "figures"),
    AgreementField("follow_up_cadence", "line", "figures"),
    AgreementField("referral", "text", "referral"),
    AgreementField("presence_place", "line", "presence"),
    AgreementField("presence_times", "line", "presence"),
    AgreementField("presence_conferences", "text", "presence"),
    AgreementField("leadership", "text", "leadership"),
    AgreementField("duration", "text", "duration"),
    AgreementField("signatories", "signatories", "signatures"),
)
AGREEMENT_ORDER = tuple(f.key for f in AGREEMENT_FIELD_LIST)
AGREEMENT_TEXT_FIELDS = tuple(f.key for f in AGREEMENT_FIELD_LIST if f.kind in ("line", "text"))
AGREEMENT_SHORT_FIELDS = tuple(f.key for f in AGREEMENT_FIELD_LIST if f.short)
AGREEMENT_COUNT_FIELDS = tuple(f.key for f in AGREEMENT_FIELD_LIST if f.kind == "count")
AGREEMENT_FIELDS = (*AGREEMENT_TEXT_FIELDS, *AGREEMENT_COUNT_FIELDS, "start_date", "signatories")


_AGREEMENT_LABEL_KEYS = {
    "start_date": "agreement.field.start_date",
    "municipality": "common.municipality",
    "psychiatry": "common.psychiatry",
    "clinics": "agreement.field.clinics",
    "target_age": "agreement.field.target_age",
    "target_clinics": "agreement.field.target_clinics",
    "target_motivation": "agreement.field.target_motivation",
    "target_benefits": "agreement.field.target_benefits",
    "target_other": "agreement.field.target_other",
    "startup": "agreement.field.startup",
    "target_participants": "agreement.field.target_participants",
    "target_referrals": "agreement.field.target_referrals",
    "target_in_job": "agreement.field.target_in_job",
    "follow_up_cadence": "agreement.field.follow_up_cadence",
    "referral": "agreement.field.referral",
    "presence_place": "agreement.field.presence_place",
    "presence_times": "agreement.field.presence_times",
    "presence_conferences": "agreement.field.presence_conferences",
    "leadership": "agreement.field.leadership",
    "duration": "agreement.field.duration",
    "signatories": "agreement.field.signatories",
}


# The label of one of the agreement's fields (AGREEMENT_ORDER).
agreement_label = CodeWords(_AGREEMENT_LABEL_KEYS, "agreement field")


def municipality_name(name: str, lang: str | None = None) -> str:
    """'Albertslund Kommune' for 'Albertslund' (as written when it already says so); ''
    for none."""
    name = name.strip()
    if not name or "kommune" in name.lower() or "municipality" in name.lower():
        return name
    return tr_in(lang or language(), "party.municipality_named", name=name)


def agreement_rows(
    agreement: AgreementInfo,
    lang: str | None = None,
    date_text: Callable[[dt.date], str] = dt.date.isoformat,
) -> list[tuple[str, str]]:
    """(label, text) for each filled-in field, in the template's order: the report's annex
    and the app's read-only view. Labels (`agreement_label`) in `lang`, by default the
    current language; dates through `date_text` (the report passes its "1. marts 2025").
    A signatory's party is named by the agreement's own municipality or psychiatry unit
    ("Albertslund Kommune"), the generic party only when that field is empty."""
    lang = lang or language()
    names = {
        "kommune": municipality_name(agreement.municipality, lang),
        "psykiatri": agreement.psychiatry.strip(),
    }

    def party(key: str) -> str:
        return (names.get(key) or party_text(key, lang)) if key else ""

    rows = []
    for key in AGREEMENT_ORDER:
        value = getattr(agreement, key)
        if key == "start_date":
            text = date_text(value)
        elif key == "signatories":
            text = "\n".join(
                ", ".join(
                    part
                    for part in (
                        s.name,
                        s.role,
                        party(s.party),
                        date_text(s.signed_on) if s.signed_on else "",
                    )
                    if part
                )
                for s in value
            )
        else:
            text = "" if value is None else str(value)
        if text:
            rows.append((agreement_label(key, lang), text))
    return rows


@dataclass(frozen=True)
class ActionDraft:
    """An item not yet written: what `action_suggestions` proposes."""

    text: str
    elements: tuple[str, ...]
    party: str
    deadline: dt.date
    owner: str = ""


@dataclass(frozen=True)
class ActionItemInfo:
    id: str
    assessment_id: str
    team_id: str
    team_name: str
    period: str
    review_date: dt.date
    position: int
    text: str
    elements: tuple[str, ...]
    party: str
    owner: str
    deadline: dt.date
    status: str
    follow_up: str
    origin_item_id: str | None
    # The item in a later assessment that continues this one (carried over), if any.
    continued_by: str | None
    created_at: dt.datetime
    updated_at: dt.datetime

    @property
    def is_open(self) -> bool:
        return self.status != DONE

    def is_overdue(self, today: dt.date) -> bool:
        """Open and past its deadline, and not handed on to a later plan (where its copy
        is the one to follow up)."""
        return self.is_open and self.deadline < today and self.continued_by is None


@dataclass(frozen=True)
class ActionPlanRow:
    """One row of the report's action-plan table, labels already in the current language."""

    item: str
    element: str
    party: str
    owner: str
    deadline: dt.date
    status: str
    overdue: bool
    carried: bool = False  # continues an open item of the team's previous plan
    # Carried on into a later plan: followed up there, so not overdue here.
    continued: bool = False
    follow_up: str = ""  # the team's note on how it went
    # The ids `element` names (element ids, or the caseload's reference), for the report to
    # set each beside its current rating.
    elements: tuple[str, ...] = ()


@dataclass(frozen=True)
class OutcomeInfo:
    assessment_id: str
    date: dt.date
    period: str
    participants: int
    in_job_or_education: int
    updated_at: dt.datetime

    @property
    def share(self) -> float | None:
        """Per cent in ordinary job or education; None when nobody takes part."""
        if not self.participants:
            return None
        return 100.0 * self.in_job_or_education / self.participants


@dataclass(frozen=True)
class FollowUpData:
    """What follows one assessment: the agreement in force on its date, its plan, its figures."""

    agreement: AgreementInfo | None = None
    action_plan: tuple[ActionItemInfo, ...] = ()
    outcomes: OutcomeInfo | None = None
