"""Deleted cooperation agreements travel like deleted reviews (docs/exchange-bundle.md,
"Special cases"): the agreement's `deleted` entry in the team's history is its tombstone,
and a bundle carries the team's history.

- Deleted on the other side, still here: deleted when this side knows every change the
  deleting side knew (preview: the team is *updated*); a conflict when it was changed here
  since; nothing when this side already knows the deletion and kept the agreement.
- Deleted here, brought by a file: left out, unless a bundle brings changes to it that this
  side never saw (then it is added again, and the preview says so).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from sqlalchemy import Connection

from ipsfidelity.exchange.incoming import TeamPart
from ipsfidelity.exchange.preview import Conflict, TeamRow, TeamStatus
from ipsfidelity.exchange.schema import AssessmentDoc, HistoryDoc
from ipsfidelity.i18n import tr
from ipsfidelity.store.repository import Store
from ipsfidelity.store.sync_reads import deleted_agreements, team_history
from ipsfidelity.wording import date_text


def _about(history: Iterable[HistoryDoc], agreement_id: str) -> set[str]:
    return {
        h.id.lower()
        for h in history
        if h.entity == "agreement" and h.entity_id.lower() == agreement_id
    }


def gone_here(
    conn: Connection, docs: Sequence[AssessmentDoc], parts: Sequence[TeamPart]
) -> set[str]:
    """The agreements the files carry that were deleted here and stay deleted."""
    carried = {ag.id.lower() for d in docs if (ag := d.team.agreement) is not None}
    carried |= {ag.id.lower() for p in parts for ag in p.agreements}
    deleted = deleted_agreements(conn, sorted(carried))
    revived = {
        aid
        for p in parts
        for ag in p.agreements
        if (aid := ag.id.lower()) in deleted and _about(p.history, aid) - deleted[aid]
    }
    return set(deleted) - revived


def deletions(
    store: Store, parts: Sequence[TeamPart], rows: dict[str, TeamRow]
) -> dict[str, tuple[str, str | None]]:
    """Agreements here that a bundle says were deleted: id -> (team id, conflict id or None
    to delete without a question). Updates `rows` (applied labels, conflicts)."""
    out: dict[str, tuple[str, str | None]] = {}
    for part in parts:
        tid = part.id.lower()
        row = rows.get(tid)
        dead = {
            h.entity_id.lower()
            for h in part.history
            if h.entity == "agreement" and h.field == "deleted"
        }
        if row is None or row.status == TeamStatus.REFUSED or not dead:
            continue
        here = {a.id: a for a in store.agreements(tid) if a.id in dead}
        if not here:
            continue
        local = team_history(store, tid)
        applied, conflicts = list(row.applied), list(row.conflicts)
        for aid, info in sorted(here.items()):
            mine = {h.id.lower() for h in local if h.entity_id.lower() == aid}
            theirs = _about(part.history, aid)
            start = date_text(info.start_date)
            if mine <= theirs:
                out[aid] = (tid, None)
                applied.append(tr("sync.agreement_deleted", start=start))
            elif not theirs <= mine:
                cid = f"{tid}|agreement:{aid}:deleted"
                out[aid] = (tid, cid)
                label = tr("sync.label.agreement_whole", start=start)
                conflicts.append(
                    Conflict(cid, tid, None, f"agreement:{aid}:deleted", label,
                             tr("sync.value.exists"), None, None)
                )  # fmt: skip
        status = TeamStatus.UPDATED if len(applied) > len(row.applied) else row.status
        rows[tid] = replace(row, status=status, applied=tuple(applied), conflicts=tuple(conflicts))
    return out
