"""The review's lifecycle in an exchange file (format version 2): written here, read back by
lifecycle_import.py. See docs/exchange-format.md."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ipsfidelity.store.lifecycle_views import HistoryInfo
from ipsfidelity.store.views import CaseloadInfo, RatingInfo

if TYPE_CHECKING:
    from ipsfidelity.store.repository import Store


def _ratings(by_element: dict[str, RatingInfo], order: dict[str, int]) -> list[dict[str, Any]]:
    ordered = sorted(by_element.values(), key=lambda r: order.get(r.element_id, len(order)))
    return [
        {"element": r.element_id, "rating": r.rating, "note": r.note, "evidence": list(r.evidence)}
        for r in ordered
    ]


def _caseload(entries: tuple[CaseloadInfo, ...]) -> list[dict[str, Any]]:
    return [
        {
            "consultant": c.consultant,
            "fte": c.fte,
            "ips_cases": c.ips_cases,
            "other_cases": c.other_cases,
        }
        for c in entries
    ]


def history_document(h: HistoryInfo) -> dict[str, Any]:
    return {
        "id": h.id,
        "at": h.at.isoformat(),
        "entity": h.entity,
        "entity_id": h.entity_id,
        "element_id": h.element_id,
        "subject": h.subject,
        "field": h.field,
        "old_value": h.old_value,
        "new_value": h.new_value,
        "reviewer": h.reviewer,
        "os_user": h.os_user,
        "db_user": h.db_user,
    }


def add_lifecycle(
    assessment: dict[str, Any], store: Store, assessment_id: str, order: dict[str, int]
) -> None:
    """Kind, state, the reviewers' own ratings, sign-offs, reopenings and the history."""
    life = store.lifecycle(assessment_id)
    own = store.reviewer_ratings(assessment_id)
    caseloads = store.reviewer_caseloads(assessment_id)
    assessment.update(
        {
            "contents": "review",
            "kind": life.kind,
            "state": life.state,
            "caseload_unavailable": life.caseload_unavailable,
            "finished_at": None if life.finished_at is None else life.finished_at.isoformat(),
            "reviewer_ratings": [
                {
                    "reviewer": name,
                    "ratings": _ratings(own.get(name, {}), order),
                    "caseload": _caseload(caseloads[name]) if name in caseloads else None,
                }
                for name in sorted(set(own) | set(caseloads))
            ],
            "signoffs": [
                {"reviewer": s.reviewer, "signed_on": s.signed_on.isoformat()}
                for s in life.signoffs
            ],
            "reopenings": [
                {
                    "reason": r.reason,
                    "reviewer": r.reviewer,
                    "os_user": r.os_user,
                    "at": r.at.isoformat(),
                }
                for r in life.reopenings
            ],
            "history": [history_document(h) for h in store.history(assessment_id)],
        }
    )


def reviewer_only(doc: dict[str, Any], reviewer: str) -> dict[str, Any]:
    """The same file narrowed to one reviewer's own ratings and their history: no consensus,
    no follow-up, no sign-offs. Imported elsewhere, it is merged into the same assessment."""
    a = doc["assessment"]
    own = [r for r in a["reviewer_ratings"] if r["reviewer"] == reviewer]
    if not own:
        own = [{"reviewer": reviewer, "ratings": [], "caseload": None}]
    narrowed = {
        key: a[key]
        for key in ("id", "instrument", "date", "period", "reviewers", "updated_at", "kind")
    }
    narrowed["team"] = {k: v for k, v in a["team"].items() if k != "agreement"}
    # That reviewer's own changes travel too: the base for merging them (exchange-bundle.md).
    history = [
        h
        for h in a.get("history", ())
        if h["entity"] in ("reviewer_rating", "reviewer_caseload") and h["subject"] == reviewer
    ]
    narrowed.update(contents="reviewer", reviewer_ratings=own, history=history)
    return {**{k: v for k, v in doc.items() if k != "assessment"}, "assessment": narrowed}
