"""Three-way merge of incoming reviews with the copies here; the base is found in the
history trail (elements.py; docs/exchange-bundle.md, "Merge"). Reads only."""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from ipsfidelity.exchange import agreement_tombstones
from ipsfidelity.exchange import elements as el
from ipsfidelity.exchange.incoming import Incoming, TeamPart, Tombstone
from ipsfidelity.exchange.incoming_reviews import gather_reviews
from ipsfidelity.exchange.labels import (
    element_label,
    item_names,
    new_items,
    scale_words,
    show_value,
    summary_labels,
)
from ipsfidelity.exchange.local_docs import local_documents
from ipsfidelity.exchange.preview import (
    Conflict,
    Preview,
    ReviewRow,
    Status,
    TeamRow,
    TeamStatus,
)
from ipsfidelity.exchange.progress import IsCancelled, Progress, check, report
from ipsfidelity.exchange.schema import AssessmentDoc
from ipsfidelity.i18n import tr
from ipsfidelity.store import sync_reads as reads
from ipsfidelity.store.bulk import fingerprints
from ipsfidelity.store.lifecycle_rules import FINISHED
from ipsfidelity.store.repository import Store
from ipsfidelity.store.sync_reads import StoredReview
from ipsfidelity.textcheck import name_key

DELETED_KEY = "review:deleted"


@dataclass
class Merged:
    """One review that exists on both sides and differs: what apply needs."""

    doc: AssessmentDoc  # the incoming document
    local: dict[str, Any]  # the local document (JSON mode)
    flat_local: dict[str, Any]
    flat_incoming: dict[str, Any]
    take: set[str]  # keys taken from the incoming side without a question
    conflicts: dict[str, Conflict]  # conflict id -> conflict
    locked: bool


@dataclass
class MergePlan:
    new: list[AssessmentDoc] = field(default_factory=list)
    merged: list[Merged] = field(default_factory=list)
    # Reviews the file says were deleted: id -> conflict id (None: delete without a question)
    deletions: dict[str, str | None] = field(default_factory=dict)
    # Reviews deleted here that the file brings back, if the user says so: id -> (doc, conflict)
    revive: dict[str, tuple[AssessmentDoc, str]] = field(default_factory=dict)
    teams: list[TeamPart] = field(default_factory=list)  # bundle team parts (agreements)
    # Agreements of teams here that a bundle changes (merge_agreements.py).
    agreements: list[Any] = field(default_factory=list)
    agreements_here: set[str] = field(default_factory=set)
    # Deleted agreements (agreement_tombstones.py): those deleted here that the files carry,
    # and those here the bundle deleted: id -> (team id, conflict id or None).
    agreements_gone: set[str] = field(default_factory=set)
    agreement_deletions: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    locals: dict[str, dict[str, Any]] = field(default_factory=dict)  # stored copies, JSON mode
    known: set[str] = field(default_factory=set)  # reviews the file brings nothing new to
    # What the database looked like: apply refuses if it changed meanwhile.
    seen: dict[str, tuple[str, int]] = field(default_factory=dict)


def _stamp(value: dt.datetime | None) -> str:
    return "" if value is None else value.astimezone(dt.UTC).isoformat()


def preview_import(
    store: Store,
    incoming: Sequence[Incoming],
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> Preview:
    """Compare every incoming review and team with this database; reads only.

    Raises UserError for problems with the files as a whole (the same review twice with
    different contents); problems with one review make it a refused row."""
    # Many small objects and no cycles among them: the cyclic collector's passes over a
    # growing heap took a third of the time for 1,000 reviews.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _preview(store, incoming, progress, cancelled)
    finally:
        if enabled:
            gc.enable()


def _preview(
    store: Store,
    incoming: Sequence[Incoming],
    progress: Progress | None,
    cancelled: IsCancelled | None,
) -> Preview:
    reviews, reviewer_docs = gather_reviews(incoming)
    tombstones = [(inc.origin, t) for inc in incoming for t in inc.deleted]
    teams_in = {t.id.lower(): t for inc in incoming for t in inc.teams}
    ids = sorted(
        set(reviews) | {d.id.lower() for _, d in reviewer_docs} | {t.id for _, t in tombstones}
    )
    plan = MergePlan(teams=list(teams_in.values()))
    preview = Preview(plan=plan)
    with store.read_connection() as conn:
        stored = reads.stored_reviews(conn, ids)
        history = reads.history_ids(conn, ids)
        plan.seen = fingerprints(conn, ids)
        deleted_here = {aid for aid in reads.deleted_ids(conn, ids) if aid not in stored}
        team_rows = _teams(conn, reviews, reviewer_docs, teams_in)
        docs = [d for _, d in [*reviews.values(), *reviewer_docs]]
        plan.agreements_gone = agreement_tombstones.gone_here(conn, docs, plan.teams)
    from ipsfidelity.exchange.merge_agreements import merge_agreements

    plan.agreements, plan.agreements_here = merge_agreements(
        store, plan.teams, team_rows, plan.agreements_gone
    )
    plan.agreement_deletions = agreement_tombstones.deletions(store, plan.teams, team_rows)
    preview.teams = list(team_rows.values())
    refused_teams = {t for t, row in team_rows.items() if row.status == TeamStatus.REFUSED}
    total = len(reviews) + len(reviewer_docs) + len(tombstones)
    done = 0
    # The stored copies to compare with, read together: one read per review takes seconds.
    plan.known = {
        aid
        for aid, (_, d) in reviews.items()
        if aid in stored and _unchanged(store, d, stored[aid], history)
    }
    need = [aid for aid in reviews if aid in stored and aid not in plan.known]
    need += [d.id.lower() for _, d in reviewer_docs if d.id.lower() in stored]
    plan.locals = local_documents(store, need)
    for aid, (origin, d) in reviews.items():
        check(cancelled)
        preview.reviews.append(
            _review_row(
                store, plan, origin, d, stored.get(aid), history, deleted_here, refused_teams
            )
        )
        done += 1
        if done % 50 == 0:
            report(progress, done, total)
    for origin, d in reviewer_docs:
        check(cancelled)
        preview.reviews.append(
            _reviewer_row(store, plan, origin, d, stored.get(d.id.lower()), refused_teams)
        )
        done += 1
    for origin, t in tombstones:
        row = _tombstone_row(store, plan, origin, t, stored.get(t.id), history)
        if row is not None:
            preview.reviews.append(row)
        done += 1
    report(progress, total, total)
    return preview


def _teams(
    conn: Connection,
    reviews: dict[str, tuple[str, AssessmentDoc]],
    reviewer_docs: list[tuple[str, AssessmentDoc]],
    parts: dict[str, TeamPart],
) -> dict[str, TeamRow]:
    named: dict[str, str] = {}
    names: dict[str, set[str]] = {}  # every name the files give each team
    for _, d in [*reviews.values(), *reviewer_docs]:
        named.setdefault(d.team.id.lower(), d.team.name)
        names.setdefault(d.team.id.lower(), set()).add(d.team.name)
    for tid, part in parts.items():
        named.setdefault(tid, part.name)
        names.setdefault(tid, set()).add(part.name)
    known = reads.team_names(conn, sorted(named))
    taken = {name_key(n): tid for tid, n in reads.team_names(conn).items()}
    rows: dict[str, TeamRow] = {}
    for tid, name in named.items():
        if tid in known:
            rows[tid] = TeamRow(tid, known[tid], TeamStatus.MATCHED)
            continue
        if len(names[tid]) > 1:  # a new team must come with one name (as for single files)
            why = tr("import.team_renamed", name=name)
            rows[tid] = TeamRow(tid, name, TeamStatus.REFUSED, why)
            continue
        other = taken.get(name_key(name))
        if other is not None and other != tid:
            rows[tid] = TeamRow(
                tid, name, TeamStatus.REFUSED, tr("import.team_name_taken", name=name)
            )
        else:
            taken[name_key(name)] = tid
            rows[tid] = TeamRow(tid, name, TeamStatus.CREATED)
    return rows


def _row(
    d: AssessmentDoc, origin: str, status: Status, team_name: str | None = None, **extra: Any
) -> ReviewRow:
    return ReviewRow(
        assessment_id=d.id.lower(),
        team_id=d.team.id.lower(),
        team_name=team_name or d.team.name,
        date=d.date,
        period=d.period,
        origin=origin,
        status=status,
        state=d.state,
        instrument=(d.instrument.id, d.instrument.version),
        **extra,
    )


def local_document(store: Store, aid: str) -> dict[str, Any]:
    from ipsfidelity.exchange.exporter import full_document

    raw = full_document(store, aid)["assessment"]
    return AssessmentDoc.model_validate(raw).model_dump(mode="json")


def _unchanged(
    store: Store, d: AssessmentDoc, here: StoredReview, history: dict[str, set[str]]
) -> bool:
    """Known here already: every entry of the file is here, and the rest are about no element."""
    incoming_ids = {h.id.lower() for h in d.history}
    local_ids = history.get(d.id.lower(), set())
    return bool(
        incoming_ids
        and incoming_ids <= local_ids
        and here.updated_at >= d.updated_at
        and _only_keyless(store, d.id.lower(), local_ids - incoming_ids)
    )


def _review_row(
    store: Store,
    plan: MergePlan,
    origin: str,
    d: AssessmentDoc,
    here: StoredReview | None,
    history: dict[str, set[str]],
    deleted_here: set[str],
    refused_teams: set[str],
) -> ReviewRow:
    aid, team_id = d.id.lower(), d.team.id.lower()
    refusal = _team_refusal(d, origin, here, refused_teams)
    if refusal is not None:
        return refusal
    incoming_ids = {h.id.lower() for h in d.history}
    if here is None:
        if aid in deleted_here:
            if _only_keyless_entries(d, incoming_ids - history.get(aid, set())):
                return _row(d, origin, Status.REFUSED, reason=tr("sync.deleted_here"))
            conflict = _deleted_conflict(team_id, aid, deleted_here=True, locked=False)
            plan.revive[aid] = (d, conflict.id)
            return _row(d, origin, Status.CONFLICT, conflicts=(conflict,))
        plan.new.append(d)
        return _row(d, origin, Status.NEW)
    if aid in plan.known:
        return _row(d, origin, Status.UNCHANGED, here.team_name)
    local = plan.locals.get(aid) or local_document(store, aid)
    incoming = d.model_dump(mode="json")
    return _compare(plan, origin, d, here, local, incoming, None)


def _team_refusal(
    d: AssessmentDoc, origin: str, here: StoredReview | None, refused_teams: set[str]
) -> ReviewRow | None:
    """A refused row when the review's team is refused or the review moved to another team."""
    team_id = d.team.id.lower()
    if team_id in refused_teams:
        return _row(
            d, origin, Status.REFUSED, reason=tr("import.team_name_taken", name=d.team.name)
        )
    if here is not None and here.team_id != team_id:
        why = tr("import.team_moved", stored=here.team_name, name=d.team.name)
        return _row(d, origin, Status.REFUSED, reason=why)
    return None


def _deleted_conflict(team_id: str, aid: str, *, deleted_here: bool, locked: bool) -> Conflict:
    """Whether a review deleted on one side stays deleted: the side that deleted it shows
    no value, the other (and the base) that it exists."""
    exists = tr("sync.value.exists")
    return Conflict(
        f"{aid}|{DELETED_KEY}",
        team_id,
        aid,
        DELETED_KEY,
        tr("sync.label.review"),
        None if deleted_here else exists,
        exists if deleted_here else None,
        exists,
        locked,
    )


def _only_keyless_entries(d: AssessmentDoc, extra: set[str]) -> bool:
    """Whether the file's entries unknown here are about no element."""
    return all(el.history_key(h.model_dump()) is None for h in d.history if h.id.lower() in extra)


def _only_keyless(store: Store, aid: str, extra: set[str]) -> bool:
    """Whether the entries only this side has are about no element (imports, reopenings)."""
    if not extra:
        return True
    with store.read_connection() as conn:
        rows = reads.history_entries(conn, sorted(extra))
    return all(el.history_key(r) is None for r in rows)


def _compare(
    plan: MergePlan,
    origin: str,
    d: AssessmentDoc,
    here: StoredReview,
    local: dict[str, Any],
    incoming: dict[str, Any],
    only: set[str] | None,
) -> ReviewRow:
    """Element by element. `only`: reviewer-only files, whose keys are those reviewers'."""
    aid, team_id = d.id.lower(), d.team.id.lower()
    flat_local, flat_in = el.flatten(local), el.flatten(incoming)
    if only is not None:
        mine = tuple(p for name in only for p in (f"own:{name}:", f"owncaseload:{name}"))
        flat_in = {**flat_local, **{k: v for k, v in flat_in.items() if k.startswith(mine)}}
    rev_local = el.Revisions(local.get("history", ()))
    rev_in = el.Revisions(incoming.get("history", ()))
    stamps = (_stamp(here.updated_at), _stamp(d.updated_at))
    locked = here.state == FINISHED
    take: set[str] = set()
    kept: list[str] = []
    applied: list[str] = []
    conflicts: dict[str, Conflict] = {}
    scale = scale_words(d.instrument.id, d.instrument.version)
    items = item_names(flat_local, flat_in)
    for key in dict.fromkeys([*flat_local, *flat_in]):
        lv, iv = flat_local.get(key), flat_in.get(key)
        ls, is_ = rev_local.of(key), rev_in.of(key)
        if only is not None and not key.startswith(("own:", "owncaseload:")):
            continue
        decision = _decide(lv, iv, ls, is_, stamps)
        if decision == "same":
            continue
        if decision == "local":
            kept.append(key)
            continue
        if decision == "incoming" and not (locked and el.is_locked_key(key)):
            take.add(key)
            applied.append(key)
            continue
        cid = f"{aid}|{key}"
        conflicts[cid] = Conflict(
            id=cid,
            team_id=team_id,
            assessment_id=aid,
            element=key,
            label=element_label(key, items),
            local=show_value(key, lv, scale),
            incoming=show_value(key, iv, scale),
            base=show_value(key, el.base_value(key, rev_local, rev_in), scale),
            locked=locked and el.is_locked_key(key),
        )
    kept_labels = summary_labels(kept, items)
    if not take and not conflicts:
        status = Status.LOCAL_NEWER if kept else Status.UNCHANGED
        reason = tr("sync.local_newer") if kept else ""
        return _row(
            d, origin, status, here.team_name, reason=reason, kept=kept_labels, locked=locked
        )
    plan.merged.append(Merged(d, local, flat_local, flat_in, take, conflicts, locked))
    return _row(
        d,
        origin,
        Status.CONFLICT if conflicts else Status.UPDATED,
        here.team_name,
        applied=summary_labels(applied, items, new_items(flat_local, flat_in)),
        kept=kept_labels,
        conflicts=tuple(conflicts.values()),
        locked=locked,
    )


def _decide(
    lv: Any, iv: Any, ls: frozenset[str], is_: frozenset[str], stamps: tuple[str, str]
) -> el.Decision:
    # Absent and never recorded on one side: that side never had it (an older file, a
    # reviewer who has not rated yet), so the other side's value stands.
    if lv is None and not ls and iv is not None:
        return "incoming"
    if iv is None and not is_ and lv is not None:
        return "local"
    return el.decide(lv, iv, ls, is_, stamps)


def _reviewer_row(
    store: Store,
    plan: MergePlan,
    origin: str,
    d: AssessmentDoc,
    here: StoredReview | None,
    refused_teams: set[str],
) -> ReviewRow:
    """One reviewer's own ratings from another laptop: merged into the same review."""
    refusal = _team_refusal(d, origin, here, refused_teams)
    if refusal is not None:
        return refusal
    names = {own.reviewer for own in d.reviewer_ratings}
    if here is None:
        plan.new.append(d)
        return _row(d, origin, Status.NEW)
    local = plan.locals.get(d.id.lower()) or local_document(store, d.id.lower())
    return _compare(plan, origin, d, here, local, d.model_dump(mode="json"), names)


def _tombstone_row(
    store: Store,
    plan: MergePlan,
    origin: str,
    t: Tombstone,
    here: StoredReview | None,
    history: dict[str, set[str]],
) -> ReviewRow | None:
    if here is None:
        return None
    row = ReviewRow(
        assessment_id=t.id,
        team_id=here.team_id,
        team_name=here.team_name,
        date=here.date,
        period=here.period,
        origin=origin,
        status=Status.DELETED,
        reason=tr("sync.deleted_there"),
        locked=here.state == FINISHED,
        state=here.state,
    )
    local_ids = history.get(t.id, set())
    unknown = local_ids - t.known
    if here.state != FINISHED and _only_keyless(store, t.id, unknown):
        plan.deletions[t.id] = None
        return row
    conflict = _deleted_conflict(
        here.team_id, t.id, deleted_here=False, locked=here.state == FINISHED
    )
    plan.deletions[t.id] = conflict.id
    return ReviewRow(**{**row.__dict__, "status": Status.CONFLICT, "conflicts": (conflict,)})
