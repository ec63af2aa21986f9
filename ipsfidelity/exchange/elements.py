"""A review as a flat map of elements, and the three-way decision per element. Pure.

Element keys (docs/exchange-bundle.md, "Merge"):
  assessment:<field>   date, period, reviewers, kind, state, caseload_unavailable
  rating:<element>     the consensus rating of one element (rating, note, evidence)
  caseload             the whole caseload table
  own:<reviewer>:<el>  one reviewer's own rating of one element
  owncaseload:<rev>    one reviewer's own caseload reading
  signoff:<reviewer>   a sign-off
  item:<id>:<field>    one field of one action-plan item
  outcome              the outcome figures
  agreement:<id>:<f>   one field of one cooperation agreement (team level)

The base: every change is in the append-only history, and the history travels with the
review. The entries that touched an element on each side are its *revision set*. If the
incoming set is inside the local one, this side has everything the file knows (local kept);
if the local set is inside the incoming one, only the file changed (applied); if each has
entries the other lacks, both changed: a conflict, whose base is the value after the latest
entry both sides share.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any, Literal

from ipsfidelity.store.followup import AGREEMENT_FIELDS

Decision = Literal["same", "local", "incoming", "conflict"]

ASSESSMENT_FIELDS = ("date", "period", "reviewers", "kind", "state", "caseload_unavailable")
ITEM_FIELDS = ("text", "elements", "party", "owner", "deadline", "status", "follow_up", "origin")
# Elements a finished review's lock covers (history.LOCKED_CHILDREN and the assessment row);
# the action plan and outcome figures stay editable after a review is finished.
LOCKED_PREFIXES = ("assessment:", "rating:", "caseload", "own:", "owncaseload:", "signoff:")


def flatten(a: Mapping[str, Any]) -> dict[str, Any]:
    """Element key -> value of a review (an AssessmentDoc dumped in JSON mode)."""
    out: dict[str, Any] = {f"assessment:{f}": a.get(f) for f in ASSESSMENT_FIELDS}
    for r in a.get("ratings", ()):
        out[f"rating:{r['element']}"] = _rating(r)
    out["caseload"] = list(a.get("caseload", ())) or None
    for own in a.get("reviewer_ratings", ()):
        name = own["reviewer"]
        for r in own.get("ratings", ()):
            out[f"own:{name}:{r['element']}"] = _rating(r)
        if own.get("caseload") is not None:
            out[f"owncaseload:{name}"] = own["caseload"]
    for s in a.get("signoffs", ()):
        out[f"signoff:{s['reviewer']}"] = s["signed_on"]
    for item in a.get("action_plan", ()):
        if item.get("id"):
            for f in ITEM_FIELDS:
                out[f"item:{item['id'].lower()}:{f}"] = item.get(f)
    out["outcome"] = a.get("outcomes")
    return out


def _rating(r: Mapping[str, Any]) -> dict[str, Any]:
    return {"rating": r["rating"], "note": r.get("note", ""), "evidence": list(r["evidence"])}


def flatten_agreement(ag: Mapping[str, Any]) -> dict[str, Any]:
    aid = ag["id"].lower()
    return {f"agreement:{aid}:{f}": ag.get(f) for f in AGREEMENT_FIELDS}


def history_key(h: Mapping[str, Any]) -> str | None:
    """The element a history entry changed; `item:<id>:*` for a deleted item; None when it
    is about none (imports, reopenings)."""
    entity, field = h["entity"], h["field"]
    match entity:
        case "rating":
            return f"rating:{h['element_id']}"
        case "reviewer_rating":
            return f"own:{h['subject']}:{h['element_id']}"
        case "reviewer_caseload":
            return f"owncaseload:{h['subject']}"
        case "caseload":
            return "caseload"
        case "signoff":
            return f"signoff:{h['subject']}"
        case "outcome":
            return "outcome"
        case "assessment":
            if field in ASSESSMENT_FIELDS:
                return f"assessment:{field}"
            return "review:deleted" if field == "deleted" else None
        case "action_item":
            item = str(h["entity_id"]).lower()
            return f"item:{item}:*" if field == "deleted" else f"item:{item}:{field}"
        case "agreement":
            aid = str(h["entity_id"]).lower()
            return f"agreement:{aid}:*" if field == "deleted" else f"agreement:{aid}:{field}"
    return None


class Revisions:
    """History entry ids per element key, and each entry's time and new value."""

    def __init__(self, history: Iterable[Mapping[str, Any]]) -> None:
        self.by_key: dict[str, set[str]] = {}
        self.entries: dict[str, Mapping[str, Any]] = {}
        for h in history:
            hid = str(h["id"]).lower()
            self.entries[hid] = h
            key = history_key(h)
            if key is not None:
                self.by_key.setdefault(key, set()).add(hid)

    def of(self, key: str) -> frozenset[str]:
        found = set(self.by_key.get(key, ()))
        if key.startswith(("item:", "agreement:")):
            found |= self.by_key.get(key.rsplit(":", 1)[0] + ":*", set())
        return frozenset(found)


def decide(
    local: Any,
    incoming: Any,
    local_set: frozenset[str],
    incoming_set: frozenset[str],
    stamps: tuple[str, str],
) -> Decision:
    """The three-way rule for one element. `stamps` (local, incoming updated_at, ISO UTC)
    decide only when neither side recorded a change (files and rows from before the
    history existed): the newer one wins, as version 1 did."""
    if local == incoming:
        return "same"
    if incoming_set < local_set:
        return "local"
    if local_set < incoming_set:
        return "incoming"
    if local_set == incoming_set:
        if stamps[1] > stamps[0]:
            return "incoming"
        if stamps[1] < stamps[0]:
            return "local"
    return "conflict"


def base_value(key: str, local: Revisions, incoming: Revisions) -> Any:
    """The value after the latest history entry both sides share, or None (unknown)."""
    common = local.of(key) & incoming.of(key)
    if not common:
        return None
    latest: dict[str, Mapping[str, Any]] = {}
    for hid in common:
        h = local.entries[hid]
        field = h["field"]
        if field not in latest or str(h["at"]) > str(latest[field]["at"]):
            latest[field] = h
    values = {f: _json(h.get("new_value")) for f, h in latest.items()}
    if key.startswith(("rating:", "own:")):
        return {f: values.get(f) for f in ("rating", "note", "evidence") if f in values}
    if len(values) == 1:
        return next(iter(values.values()))
    return values


def _json(text: Any) -> Any:
    if text is None:
        return None
    try:
        return json.loads(text)
    except (TypeError, ValueError):
        return text


def is_locked_key(key: str) -> bool:
    return key.startswith(LOCKED_PREFIXES)


def unflatten(template: Mapping[str, Any], flat: Mapping[str, Any]) -> dict[str, Any]:
    """A review document with the chosen element values (`template` gives the rest)."""
    a = dict(template)
    for f in ASSESSMENT_FIELDS:
        a[f] = flat.get(f"assessment:{f}")
    ratings, own, own_caseload, signoffs = [], {}, {}, []
    items: dict[str, dict[str, Any]] = {}
    for key, value in flat.items():
        kind, _, rest = key.partition(":")
        if kind == "rating" and value is not None:
            ratings.append({"element": rest, **value})
        elif kind == "own" and value is not None:
            name, _, element = rest.rpartition(":")
            own.setdefault(name, []).append({"element": element, **value})
        elif kind == "owncaseload" and value is not None:
            own_caseload[rest] = value
        elif kind == "signoff" and value is not None:
            signoffs.append({"reviewer": rest, "signed_on": value})
        elif kind == "item":
            item_id, _, field = rest.rpartition(":")
            items.setdefault(item_id, {"id": item_id})[field] = value
    a["ratings"] = ratings
    a["caseload"] = flat.get("caseload") or []
    a["reviewer_ratings"] = [
        {"reviewer": name, "ratings": own.get(name, []), "caseload": own_caseload.get(name)}
        for name in sorted(set(own) | set(own_caseload))
    ]
    a["signoffs"] = signoffs
    # An item whose text is gone was deleted (the text is required while it exists).
    a["action_plan"] = [
        {k: v for k, v in item.items() if v is not None}
        for item in items.values()
        if item.get("text") is not None
    ]
    a["outcomes"] = flat.get("outcome")
    return a
