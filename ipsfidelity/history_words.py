"""A review's history in words, Danish or English: what changed ("Konsensus P3.2 ·
bedømmelse"), who, when, and the old and new values as a person reads them ("Delvist
opfyldt", "4. dec. 2026", "Anna Holm, Bo Lund"). Shared by Historik, the CLI's `history`
table and its CSV. Stored codes are mapped with `match`, never a key built at run time.

CPR-like numbers in the values are masked unless the caller allows them.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ipsfidelity.i18n import language, tr_in
from ipsfidelity.wording import date_text, number

if TYPE_CHECKING:
    from ipsfidelity.instrument import Instrument
    from ipsfidelity.store.lifecycle_views import HistoryInfo

# Entries written by migration 0003 carry this subject (store/migrations/versions/0003...).
UPGRADE = "upgrade"


# The review's own consensus record, set jointly at the consensus step (ui/consensus), and
# its sign-offs and reopenings: written with no single reviewer when it has two or more.
JOINT_ENTITIES = frozenset({"rating", "caseload", "signoff", "reopening"})
# The review's state: finished when every reviewer has signed, reopened from its result.
JOINT_FIELDS = frozenset({("assessment", "state")})


@dataclass(frozen=True)
class PackWords:
    """The review's pack in words: its scale and evidence sources (id -> label); and, with
    two or more reviewers, their names, who made the consensus decisions jointly."""

    scale: Mapping[str, str]
    evidence: Mapping[str, str]
    reviewers: tuple[str, ...] = ()


def pack_words(
    pack: Instrument | None, lang: str | None = None, reviewers: Sequence[str] = ()
) -> PackWords:
    if pack is None:
        return PackWords({}, {}, tuple(reviewers))
    from ipsfidelity.i18n import pick

    lang = lang or language()
    return PackWords(
        {s.id: pick(s.label, lang) for s in pack.scale},
        {e.id: pick(e.label, lang) for e in pack.evidence_sources},
        tuple(reviewers),
    )


def who_decided(entry: HistoryInfo, reviewers: Sequence[str], lang: str) -> str:
    """The entry's reviewer; a consensus decision, a sign-off, a reopening or a change of
    state recorded with none, in a review with two or more reviewers, as theirs jointly
    ('Fælles (Anna, Bo)')."""
    joint = entry.entity in JOINT_ENTITIES or (entry.entity, entry.field) in JOINT_FIELDS
    if entry.reviewer or len(reviewers) < 2 or not joint:
        return entry.reviewer
    return tr_in(lang, "rater.joint", names=", ".join(reviewers))


@dataclass(frozen=True)
class HistoryRow:
    """One entry as shown: every cell already in words (and masked unless allowed)."""

    when: str
    reviewer: str
    os_user: str
    db_user: str
    what: str
    old: str
    new: str

    @property
    def who(self) -> str:
        """The active reviewer, the OS user and (PostgreSQL) the database role."""
        parts = [self.reviewer or "–", self.os_user or "–"]
        if self.db_user:
            parts.append(self.db_user)
        return " / ".join(parts)


def history_rows(
    entries: list[HistoryInfo],
    pack: PackWords | None = None,
    *,
    allow_personal: bool = False,
    lang: str | None = None,
    when: Callable[[dt.datetime], str] | None = None,
) -> list[HistoryRow]:
    lang = lang or language()
    words = pack or PackWords({}, {})
    stamp = when or (lambda at: when_text(at, lang))
    return [
        HistoryRow(
            when=stamp(h.at),
            reviewer=who_decided(h, words.reviewers, lang),
            os_user=h.os_user,
            db_user=h.db_user or "",
            what=history_what(h, lang),
            old=_masked(value_text(h, h.old_value, words, lang), allow_personal),
            new=_masked(value_text(h, h.new_value, words, lang), allow_personal),
        )
        for h in entries
    ]


def when_text(at: dt.datetime, lang: str | None = None) -> str:
    """'4. dec. 2026 14:03' in local time."""
    local = at.astimezone()
    return f"{date_text(local.date(), lang, short=True)} {local:%H:%M}"


def _masked(text: str, allow_personal: bool) -> str:
    if allow_personal:
        return text
    from ipsfidelity.privacy import mask_cpr

    return mask_cpr(text)


# -- what changed ------------------------------------------------------------------------


def history_what(entry: HistoryInfo, lang: str | None = None) -> str:
    """'Konsensus P3.2 · bedømmelse', 'Egen bedømmelse, Anna P1.1 · note'."""
    lang = lang or language()
    record = entity_text(entry.entity, entry.subject, lang)
    if entry.element_id:
        record = f"{record} {entry.element_id}"
    field = field_text(entry.entity, entry.field, lang)
    if entry.subject == UPGRADE:
        field = f"{field} ({tr_in(lang, 'history.by_upgrade')})"
    return f"{record} · {field}" if field else record


# What each stored entity and field is called; an entity or field from a newer version
# shows as stored.
_ENTITY_KEYS = {
    "rating": "common.consensus",
    "caseload": "common.caseload",
    "assessment": "history.entity.assessment",
    "reopening": "history.entity.reopening",
    "action_item": "cli.col.action",
    "agreement": "report.field.agreement",
    "outcome": "common.outcome_figures",
    "team": "common.team",
}
_NAMED_ENTITY_KEYS = {
    "reviewer_rating": "history.entity.own_rating",
    "reviewer_caseload": "history.entity.own_caseload",
    "signoff": "history.entity.signoff",
}
_FIELD_KEYS = {
    "deleted": "history.field.deleted",
    "voided": "history.field.voided",
    "imported": "history.field.imported",
    "rating": "history.field.rating",
    "note": "history.field.note",
    "evidence": "history.field.evidence",
    "elements": "history.field.elements",
    "entries": "history.field.consultants",
    "date": "history.field.date",
    "signed_on": "history.field.signed_on",
    "period": "history.field.period",
    "reviewers": "history.field.reviewers",
    "kind": "history.field.kind",
    "state": "history.field.state",
    "caseload_unavailable": "history.field.caseload_unavailable",
    "reason": "history.field.reason",
    "text": "history.field.text",
    "party": "history.field.party",
    "owner": "history.field.owner",
    "deadline": "history.field.deadline",
    "status": "history.field.status",
    "follow_up": "history.field.follow_up",
    "participants": "history.field.participants",
    "in_job_or_education": "history.field.in_job",
    "name": "history.field.name",
}
_TEAM_FIELD_KEYS = {
    "municipality": "history.field.municipality",
    "psychiatry": "history.field.psychiatry",
    "clinics": "history.field.clinics",
}


def entity_text(entity: str, subject: str, lang: str) -> str:
    if entity in _NAMED_ENTITY_KEYS:
        return tr_in(lang, _NAMED_ENTITY_KEYS[entity], name=subject)
    if entity in _ENTITY_KEYS:
        return tr_in(lang, _ENTITY_KEYS[entity])
    return entity


def field_text(entity: str, field: str, lang: str) -> str:
    if field == "deleted" and entity == "signoff":
        return tr_in(lang, "history.field.signoff_withdrawn")
    if field in _FIELD_KEYS:
        return tr_in(lang, _FIELD_KEYS[field])
    if entity == "team" and field in _TEAM_FIELD_KEYS:
        return tr_in(lang, _TEAM_FIELD_KEYS[field])
    if entity == "agreement":
        from ipsfidelity.store.followup import agreement_label

        try:
            return agreement_label(field, lang).lower()
        except ValueError:
            return field
    return field


# -- the values ----------------------------------------------------------------------------


def value_text(entry: HistoryInfo, text: str | None, pack: PackWords, lang: str) -> str:
    """A stored JSON value as a person reads it, in words where it is a code."""
    if text is None:
        return "–"
    try:
        value = json.loads(text)
    except ValueError:
        value = text
    if entry.field in ("deleted", "voided", "imported") and isinstance(value, dict):
        kept = [
            (name, _field_value(entry.entity, name, v, pack, lang))
            for name, v in sorted(value.items())
            if name != "updated_at" and v not in (None, "", [])
        ]
        if entry.entity == "signoff" or entry.field == "imported":
            return " · ".join(text for _name, text in kept) or "–"
        return " · ".join(f"{field_text(entry.entity, n, lang)}: {text}" for n, text in kept) or "–"
    return _field_value(entry.entity, entry.field, value, pack, lang)


def _field_value(entity: str, field: str, value: Any, pack: PackWords, lang: str) -> str:
    if value is None or value == "" or value == []:
        return "–"
    match field:
        case "rating":
            if value == "not_rated":
                return tr_in(lang, "report.not_rated")
            return pack.scale.get(value, str(value))
        case "evidence":
            return ", ".join(pack.evidence.get(v, str(v)) for v in value)
        case "state":
            from ipsfidelity.review_words import state_word

            return _or_raw(state_word, value, lang)
        case "kind":
            from ipsfidelity.review_words import kind_word

            return kind_word(value, lang)
        case "party" if entity == "action_item":
            from ipsfidelity.wording import party_text

            return _or_raw(party_text, value, lang)
        case "status" if entity == "action_item":
            from ipsfidelity.wording import action_status_text

            return _or_raw(action_status_text, value, lang)
        case "date" | "signed_on" | "deadline" | "start_date":
            try:
                return date_text(dt.date.fromisoformat(value), lang, short=True)
            except (TypeError, ValueError):
                return str(value)
        case "entries":
            if not isinstance(value, list):
                return str(value)
            return "; ".join(_consultant(e, lang) for e in value)
    if value is True:
        return tr_in(lang, "common.yes")
    if value is False:
        return tr_in(lang, "common.no")
    if isinstance(value, str):
        return value
    if isinstance(value, int | float):
        return number(value, lang) if isinstance(value, float) else str(value)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return ", ".join(value)
    return json.dumps(value, ensure_ascii=False)


def _consultant(entry: Any, lang: str) -> str:
    if not isinstance(entry, dict):
        return str(entry)
    return tr_in(
        lang,
        "history.consultant",
        name=entry.get("consultant", ""),
        fte=number(entry.get("fte"), lang),
        ips=entry.get("ips_cases", 0),
        other=entry.get("other_cases", 0),
    )


def _or_raw(word: Callable[[str, str], str], value: Any, lang: str) -> str:
    try:
        return word(str(value), lang)
    except ValueError:
        return str(value)
