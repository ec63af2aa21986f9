"""Element keys and values in words, for the preview and the merge view."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from functools import cache
from types import MappingProxyType
from typing import Any

from ipsfidelity.errors import UserError
from ipsfidelity.i18n import language, pick, tr, tr_in
from ipsfidelity.store.followup import agreement_label

# An element key's last part in words: an action item's field, the assessment's own fields.
_ITEM_FIELD_KEYS = {
    "text": "history.field.text",
    "elements": "history.field.elements",
    "party": "sync.item.party",
    "owner": "sync.item.owner",
    "deadline": "history.field.deadline",
    "status": "history.field.status",
    "follow_up": "history.field.follow_up",
}
_ASSESSMENT_FIELD_KEYS = {
    "date": "common.date",
    "period": "common.period",
    "reviewers": "sync.field.reviewers",
    "kind": "compare.col.kind",
    "state": "common.status",
}


def _item_field(field: str) -> str:
    if field in _ITEM_FIELD_KEYS:
        return tr(_ITEM_FIELD_KEYS[field])
    return tr("sync.item.origin")


def _assessment_field(field: str) -> str:
    if field in _ASSESSMENT_FIELD_KEYS:
        return tr(_ASSESSMENT_FIELD_KEYS[field])
    return tr("sync.field.caseload_unavailable")


_ITEM_TEXT_SHOWN = 40  # characters of an action's text that name it when it has no element


def item_names(*flats: Mapping[str, Any]) -> dict[str, str]:
    """Each action item of flattened documents (`elements.flatten`) in words for a label: the
    elements it is about (»om P1.1«), else the start of its text. Its id means nothing to a
    reader; the first document that names the item wins."""
    about: dict[str, str] = {}
    texts: dict[str, str] = {}
    for flat in flats:
        for key, value in flat.items():
            kind, _, rest = key.partition(":")
            item, _, field = rest.rpartition(":")
            if kind != "item" or not value:
                continue
            if field == "elements" and isinstance(value, list):
                about.setdefault(item, tr("sync.item.about", elements=", ".join(map(str, value))))
            elif field == "text" and isinstance(value, str):
                short = " ".join(value.split())
                if len(short) > _ITEM_TEXT_SHOWN:
                    short = short[: _ITEM_TEXT_SHOWN - 1].rstrip() + "…"
                texts.setdefault(item, tr("sync.item.quoted", text=short))
    return {**texts, **about}


def new_items(local: Mapping[str, Any], incoming: Mapping[str, Any]) -> frozenset[str]:
    """The action items of `incoming` that `local` (both flattened) does not have at all."""

    def ids(flat: Mapping[str, Any]) -> set[str]:
        return {k.split(":")[1] for k in flat if k.startswith("item:")}

    return frozenset(ids(incoming) - ids(local))


def summary_labels(
    keys: Sequence[str], items: Mapping[str, str], new: frozenset[str] = frozenset()
) -> tuple[str, ...]:
    """`element_label` of each key, an action item's fields gathered in one label
    (»Handling om P1.1: tekst, frist«) instead of one label per field; an item in `new`
    (from `new_items`) is one »Ny handling om P1.1«, not a list of all its fields."""
    fields: dict[str, list[str]] = {}
    order: list[str] = []
    for key in keys:
        kind, _, rest = key.partition(":")
        item, _, field = rest.rpartition(":")
        if kind == "item":
            if item not in fields:
                fields[item] = []
                order.append(f"item:{item}")
            fields[item].append(_item_field(field))
        else:
            order.append(key)
    labels = []
    for key in order:
        item = key.removeprefix("item:")
        if key.startswith("item:") and item in fields:
            name = items.get(item, item[:8])
            if item in new:
                labels.append(tr("sync.label.item_new", item=name))
            else:
                labels.append(tr("sync.label.item", item=name, field=", ".join(fields[item])))
        else:
            labels.append(element_label(key, items))
    return tuple(dict.fromkeys(labels))


def element_label(key: str, items: Mapping[str, str] | None = None) -> str:
    """A flattened key in words; `items` (from `item_names`) names the action items."""
    kind, _, rest = key.partition(":")
    match kind:
        case "assessment":
            return _assessment_field(rest)
        case "rating":
            return tr("sync.label.rating", element=rest)
        case "own":
            reviewer, _, element = rest.rpartition(":")
            return tr("sync.label.own", element=element, reviewer=reviewer)
        case "owncaseload":
            return tr("sync.label.own_caseload", reviewer=rest)
        case "caseload":
            return tr("common.caseload")
        case "signoff":
            return tr("sync.label.signoff", reviewer=rest)
        case "item":
            item, _, field = rest.rpartition(":")
            name = (items or {}).get(item, item[:8])
            return tr("sync.label.item", item=name, field=_item_field(field))
        case "outcome":
            return tr("common.outcome_figures")
        case "agreement":
            _agreement, _, field = rest.rpartition(":")
            return tr("sync.label.agreement", field=agreement_label(field))
    return tr("sync.label.review")


def scale_words(instrument_id: str, version: str) -> Mapping[str, str]:
    """A pack's rating codes (`partial`) in words ("Delvist opfyldt"); the default pack's
    when the review's pack is not shipped here (its file is refused later anyway)."""
    return _scale_words(instrument_id, version, language())


@cache
def _scale_words(instrument_id: str, version: str, lang: str) -> Mapping[str, str]:
    from ipsfidelity.instrument import NOT_RATED, default_pack
    from ipsfidelity.packs import get_pack

    try:
        pack = get_pack(instrument_id, version)
    except UserError:
        pack = default_pack()
    words = {option.id: pick(option.label, lang) for option in pack.scale}
    words[NOT_RATED] = tr_in(lang, "report.not_rated")
    return MappingProxyType(words)


def show_value(key: str, value: Any, scale: Mapping[str, str] | None = None) -> str | None:
    """A value as the merge view shows it; None stays None (absent / unknown). A rating's
    code is put in the words of `scale` (from `scale_words`)."""
    if value is None:
        return None
    if isinstance(value, dict) and "rating" in value:
        code = str(value.get("rating", ""))
        parts = [scale.get(code, code) if scale else code]
        if value.get("note"):
            parts.append(str(value["note"]))
        if value.get("evidence"):
            parts.append(", ".join(value["evidence"]))
        return " – ".join(parts)
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)
