"""Cooperation agreements from a bundle, merged field by field with the copies here; the base
from the team's history (the agreement's changes are recorded there, no review attached)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from ipsfidelity.exchange import elements as el
from ipsfidelity.exchange.incoming import TeamPart
from ipsfidelity.exchange.labels import element_label, show_value
from ipsfidelity.exchange.lifecycle_doc import history_document
from ipsfidelity.exchange.preview import Conflict, TeamRow, TeamStatus
from ipsfidelity.exchange.schema import AgreementDoc
from ipsfidelity.i18n import tr
from ipsfidelity.store.followup import agreement_label
from ipsfidelity.store.repository import Store
from ipsfidelity.store.sync_reads import team_history
from ipsfidelity.wording import date_text


@dataclass
class AgreementMerge:
    team_id: str
    local: dict[str, Any]
    flat_local: dict[str, Any]
    flat_incoming: dict[str, Any]
    take: set[str]
    conflicts: dict[str, Conflict]
    updated_at: dt.datetime

    def document(self, choices: dict[str, str]) -> AgreementDoc:
        flat = dict(self.flat_local)
        chosen = {c.element for cid, c in self.conflicts.items() if choices[cid] == "incoming"}
        for key in self.take | chosen:
            flat[key] = self.flat_incoming.get(key)
        values = {key.rsplit(":", 1)[1]: value for key, value in flat.items()}
        values.update(id=self.local["id"], updated_at=self.updated_at.isoformat())
        return AgreementDoc.model_validate(values)


def _local_document(info: Any) -> dict[str, Any]:
    from ipsfidelity.exchange.exporter import agreement_document

    return AgreementDoc.model_validate(agreement_document(info)).model_dump(mode="json")


def merge_agreements(
    store: Store, parts: list[TeamPart], rows: dict[str, TeamRow], gone: set[str]
) -> tuple[list[AgreementMerge], set[str]]:
    """Per matched team: its agreements that differ here, decided field by field, and the ids
    of the bundle's agreements already here (`gone`: deleted here, left out). Updates `rows`
    with the conflicts and, as `applied`, what will be taken (fields, and agreements new
    here, which the importer adds)."""
    merges: list[AgreementMerge] = []
    here_ids: set[str] = set()
    for part in parts:
        tid = part.id.lower()
        row = rows.get(tid)
        if row is None or row.status != TeamStatus.MATCHED or not part.agreements:
            continue
        here = {a.id: a for a in store.agreements(tid)}
        local_history = el.Revisions([history_document(h) for h in team_history(store, tid)])
        incoming_history = el.Revisions([h.model_dump() for h in part.history])
        conflicts: list[Conflict] = []
        applied: list[str] = []
        for ag in part.agreements:
            info = here.get(ag.id.lower())
            if info is None:
                if ag.id.lower() in gone:  # deleted here: stays deleted
                    continue
                applied.append(tr("sync.agreement_new", start=date_text(ag.start_date)))
                continue
            here_ids.add(info.id)
            local = _local_document(info)
            incoming = ag.model_dump(mode="json")
            flat_local, flat_in = el.flatten_agreement(local), el.flatten_agreement(incoming)
            stamps = (
                (info.updated_at or dt.datetime.min.replace(tzinfo=dt.UTC)).isoformat(),
                (ag.updated_at or dt.datetime.min.replace(tzinfo=dt.UTC)).isoformat(),
            )
            take: set[str] = set()
            found: dict[str, Conflict] = {}
            for key in flat_local:
                lv, iv = flat_local[key], flat_in.get(key)
                decision = el.decide(
                    lv, iv, local_history.of(key), incoming_history.of(key), stamps
                )
                if decision == "incoming":
                    take.add(key)
                elif decision == "conflict":
                    cid = f"{tid}|{key}"
                    base = el.base_value(key, local_history, incoming_history)
                    found[cid] = Conflict(
                        cid, tid, None, key, element_label(key),
                        show_value(key, lv), show_value(key, iv), show_value(key, base),
                    )  # fmt: skip
            if take or found:
                newest = max(x for x in (info.updated_at, ag.updated_at) if x is not None)
                merges.append(AgreementMerge(tid, local, flat_local, flat_in, take, found, newest))
                conflicts.extend(found.values())
                applied.extend(agreement_label(key.rsplit(":", 1)[1]) for key in sorted(take))
        if conflicts or applied:
            status = TeamStatus.UPDATED if applied else row.status
            rows[tid] = replace(
                row,
                status=status,
                conflicts=tuple(conflicts),
                applied=tuple(dict.fromkeys(applied)),
            )
    return merges, here_ids
