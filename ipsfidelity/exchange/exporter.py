"""Writing one assessment as an exchange file."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from ipsfidelity import __version__
from ipsfidelity.exchange.schema import FORMAT, FORMAT_VERSION
from ipsfidelity.fileio import atomic_write
from ipsfidelity.instrument import get_pack
from ipsfidelity.person_names import contains_personal_data, masked_free_text, staff_names
from ipsfidelity.privacy import contains_cpr, mask_cpr
from ipsfidelity.store.agreements import signatories_to_json
from ipsfidelity.store.followup import AGREEMENT_FIELDS, ActionItemInfo, AgreementInfo, FollowUpData
from ipsfidelity.store.repository import Store
from ipsfidelity.store.views import AssessmentData


def agreement_document(agreement: AgreementInfo) -> dict[str, Any]:
    doc: dict[str, Any] = {"id": agreement.id}
    for key in AGREEMENT_FIELDS:
        doc[key] = getattr(agreement, key)
    doc["start_date"] = agreement.start_date.isoformat()
    doc["signatories"] = signatories_to_json(agreement.signatories)
    if agreement.updated_at is not None:
        doc["updated_at"] = agreement.updated_at.isoformat()
    return doc


def action_item_fields(i: ActionItemInfo) -> dict[str, Any]:
    """An action item's own fields as the exchange file writes them (`actions --json` too)."""
    return {
        "text": i.text,
        "elements": list(i.elements),
        "party": i.party,
        "owner": i.owner,
        "deadline": i.deadline.isoformat(),
        "status": i.status,
        "follow_up": i.follow_up,
        "origin": i.origin_item_id,
    }


def _add_follow_up(assessment: dict[str, Any], follow_up: FollowUpData) -> None:
    if follow_up.agreement is not None:
        assessment["team"]["agreement"] = agreement_document(follow_up.agreement)
    assessment["action_plan"] = [
        {"id": i.id, **action_item_fields(i), "updated_at": i.updated_at.isoformat()}
        for i in follow_up.action_plan
    ]
    # Written even when empty (`[]`, `null`): a file without the keys keeps what is stored.
    outcomes = follow_up.outcomes
    assessment["outcomes"] = (
        None
        if outcomes is None
        else {
            "participants": outcomes.participants,
            "in_job_or_education": outcomes.in_job_or_education,
        }
    )


def export_document(data: AssessmentData, follow_up: FollowUpData | None = None) -> dict[str, Any]:
    """The exchange document; with `follow_up`, also the agreement, action plan and outcomes."""
    info, team = data.info, data.team
    order = {
        e: i
        for i, e in enumerate(get_pack(info.instrument_id, info.instrument_version).element_ids)
    }
    ratings = sorted(data.ratings.values(), key=lambda r: order.get(r.element_id, len(order)))
    doc: dict[str, Any] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "generator": f"ipsfidelity {__version__}",
        "assessment": {
            "id": info.id,
            "instrument": {"id": info.instrument_id, "version": info.instrument_version},
            "team": {
                "id": team.id,
                "name": team.name,
                "municipality": team.municipality,
                "psychiatry": team.psychiatry,
                "clinics": team.clinics,
            },
            "date": info.date.isoformat(),
            "period": info.period,
            "reviewers": list(info.reviewers),
            "ratings": [
                {
                    "element": r.element_id,
                    "rating": r.rating,
                    "note": r.note,
                    "evidence": list(r.evidence),
                }
                for r in ratings
            ],
            "caseload": [
                {
                    "consultant": c.consultant,
                    "fte": c.fte,
                    "ips_cases": c.ips_cases,
                    "other_cases": c.other_cases,
                }
                # A row carried over and not confirmed holds last quarter's counts; the file
                # has no mark for it, so it stays out rather than count as entered there.
                for c in data.caseload
                if not c.carried
            ],
            "updated_at": info.updated_at.isoformat(),
        },
    }
    if follow_up is not None:
        _add_follow_up(doc["assessment"], follow_up)
    return doc


# Keys whose values are identifiers, dates or codes, never free text: a UUID can hold a
# stretch of digits that looks like a CPR number, and masking it would break the file.
_NOT_TEXT = frozenset(
    {"id", "origin", "format", "format_version", "generator", "instrument", "element"}
    | {"date", "deadline", "start_date", "signed_on", "updated_at", "period", "rating"}
    | {"party", "status", "elements", "kind", "state", "contents", "finished_at", "at"}
    | {"entity", "entity_id", "element_id", "field"}
    | {"exported_at", "known", "team_id"}  # bundles
)


def _texts(node: Any, path: str) -> Iterator[tuple[str, str]]:
    """(JSON path, text) for every free text in an exchange document."""
    if isinstance(node, str):
        yield path, node
    elif isinstance(node, list):
        for i, item in enumerate(node):
            yield from _texts(item, f"{path}[{i}]")
    elif isinstance(node, dict):
        for key, value in node.items():
            if key not in _NOT_TEXT:
                yield from _texts(value, f"{path}.{key}" if path else key)


# Texts that name someone of the staff (or a team, a role): a name there is what belongs
# there, so only a CPR number in one is flagged; every other text is checked for names too.
_NAME_KEYS = frozenset(
    {"name", "owner", "consultant", "reviewer", "reviewers", "role", "os_user", "subject"}
)


def _field(path: str) -> str:
    """The key a text stands under: "consultant" for "assessment.caseload[2].consultant"."""
    return re.sub(r"(\[\d+\])+$", "", path).rsplit(".", 1)[-1]


def _staff(doc: dict[str, Any]) -> frozenset[tuple[str, ...]]:
    return staff_names(text for path, text in _texts(doc, "") if _field(path) in _NAME_KEYS)


def personal_data_fields(doc: dict[str, Any]) -> list[str]:
    """The fields ("assessment.team.name") whose text looks like it holds a CPR number, or
    (a free text, not a name field) a name that is none of the staff's in the document."""
    people = _staff(doc)
    return [
        path
        for path, text in _texts(doc, "")
        if (
            contains_cpr(text)
            if _field(path) in _NAME_KEYS
            else contains_personal_data(text, people)
        )
    ]


def masked_document(
    node: Any, key: str = "", people: frozenset[tuple[str, ...]] | None = None
) -> Any:
    """`node` (an exchange document) with CPR-like numbers masked in every text, and names
    that are none of the staff's in every free text."""
    if people is None:
        people = _staff(node) if isinstance(node, dict) else frozenset()
    if key in _NOT_TEXT:
        return node
    if isinstance(node, str):
        return mask_cpr(node) if key in _NAME_KEYS else masked_free_text(node, people)
    if isinstance(node, list):
        return [masked_document(item, key, people) for item in node]
    if isinstance(node, dict):
        return {k: masked_document(v, k, people) for k, v in node.items()}
    return node


def full_document(store: Store, assessment_id: str) -> dict[str, Any]:
    """The whole review: consensus, follow-up and (version 2) its lifecycle and history."""
    from ipsfidelity.exchange.lifecycle_doc import add_lifecycle

    with store.reading():  # one snapshot, one transaction for all its parts
        data = store.get_assessment(assessment_id)
        doc = export_document(data, store.follow_up(assessment_id))
        pack = get_pack(data.info.instrument_id, data.info.instrument_version)
        order = {e: i for i, e in enumerate(pack.element_ids)}
        add_lifecycle(doc["assessment"], store, assessment_id, order)
    return doc


def export_assessment(
    store: Store,
    assessment_id: str,
    path: Path,
    *,
    reviewer: str | None = None,
    personal_data: Callable[[list[str]], bool] | None = None,
) -> None:
    """Write the review; with `reviewer`, only that reviewer's own ratings (to be merged
    into the same assessment on another machine). `personal_data` is asked with the fields
    that look like they hold CPR numbers (when any do) and says whether to mask them; it may
    refuse by raising. Without it the texts are written as stored."""
    doc = full_document(store, assessment_id)
    if reviewer is not None:
        from ipsfidelity.exchange.lifecycle_doc import reviewer_only
        from ipsfidelity.store.lifecycle_rules import check_reviewer

        name = check_reviewer(reviewer, doc["assessment"]["reviewers"])
        doc = reviewer_only(doc, name)
    flagged = personal_data_fields(doc)
    if flagged and personal_data is not None and personal_data(flagged):
        doc = masked_document(doc)
    payload = json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
    atomic_write(Path(path), payload)
