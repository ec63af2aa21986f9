"""The reviews stored here in the exchange document's shape, many at a time (the preview
compares them with incoming ones; exporter.full_document reads one review at a time)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from ipsfidelity.packs import get_pack
from ipsfidelity.store.repository import Store
from ipsfidelity.store.sync_reads import review_rows

_ITEM_FIELDS = ("text", "elements", "party", "owner", "status", "follow_up")
_HISTORY_FIELDS = (
    *("entity", "entity_id", "element_id", "subject", "field", "old_value", "new_value"),
    *("reviewer", "os_user", "db_user"),
)


def _iso(value: Any) -> Any:
    """As pydantic writes it in JSON mode (UTC as "Z"), so the two sides compare equal."""
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _rating(r: dict[str, Any]) -> dict[str, Any]:
    return {
        "element": r["element_id"],
        "rating": r["rating"],
        "note": r["note"],
        "evidence": list(r["evidence"]),
    }


def _document(tables: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    (a,) = tables["assessment"]
    order = {
        e: i
        for i, e in enumerate(get_pack(a["instrument_id"], a["instrument_version"]).element_ids)
    }
    ratings = sorted(tables.get("rating", []), key=lambda r: order.get(r["element_id"], 999))
    own: dict[str, dict[str, Any]] = {}
    for r in sorted(
        tables.get("reviewer_rating", []), key=lambda r: order.get(r["element_id"], 999)
    ):
        own.setdefault(r["reviewer"], {"reviewer": r["reviewer"], "ratings": [], "caseload": None})
        own[r["reviewer"]]["ratings"].append(_rating(r))
    for c in tables.get("reviewer_caseload", []):
        own.setdefault(c["reviewer"], {"reviewer": c["reviewer"], "ratings": [], "caseload": None})
        own[c["reviewer"]]["caseload"] = c["entries"]
    outcome = tables.get("outcome")
    return {
        "id": a["id"],
        "instrument": {"id": a["instrument_id"], "version": a["instrument_version"]},
        "team": {
            "id": a["team_id"],
            "name": a["team_name"],
            "municipality": a["team_municipality"],
            "psychiatry": a["team_psychiatry"],
            "clinics": a["team_clinics"],
        },
        "date": _iso(a["date"]),
        "period": a["period"],
        "reviewers": list(a["reviewers"] or []),
        "ratings": [_rating(r) for r in ratings],
        "caseload": [
            {k: c[k] for k in ("consultant", "fte", "ips_cases", "other_cases")}
            for c in sorted(tables.get("caseload_entry", []), key=lambda c: c["position"])
        ],
        "action_plan": [
            {
                "id": i["id"],
                **{k: i[k] for k in _ITEM_FIELDS},
                "deadline": _iso(i["deadline"]),
                "origin": i["origin_item_id"],
                "updated_at": _iso(i["updated_at"]),
            }
            for i in sorted(tables.get("action_item", []), key=lambda i: i["position"])
        ],
        "outcomes": None
        if not outcome
        else {k: outcome[0][k] for k in ("participants", "in_job_or_education")},
        "updated_at": _iso(a["updated_at"]),
        "contents": "review",
        "kind": a["kind"],
        "state": a["state"],
        "caseload_unavailable": a["caseload_unavailable"],
        "finished_at": _iso(a["finished_at"]),
        "reviewer_ratings": [own[name] for name in sorted(own)],
        "signoffs": [
            {"reviewer": s["reviewer"], "signed_on": _iso(s["signed_on"])}
            for s in tables.get("signoff", [])
        ],
        "reopenings": [
            {k: _iso(o[k]) for k in ("reason", "reviewer", "os_user", "at")}
            for o in sorted(tables.get("reopening", []), key=lambda o: o["at"])
        ],
        "history": [
            {"id": h["id"], "at": _iso(h["at"]), **{k: h[k] for k in _HISTORY_FIELDS}}
            for h in sorted(tables.get("history", []), key=lambda h: (h["at"], h["entity"]))
        ],
    }


def local_documents(store: Store, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Stored reviews by id, as exchange documents dumped in JSON mode. Not validated again:
    they were when stored (validating 1,000 reviews' texts alone takes a second); a merged
    document is validated before it is written."""
    with store.read_connection() as conn:
        rows = review_rows(conn, ids)
    return {aid: _document(tables) for aid, tables in rows.items() if "assessment" in tables}
