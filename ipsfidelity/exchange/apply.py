"""Writing a preview: all or nothing, in one transaction.

The merged reviews go through the same bulk writer as new ones (importer.write_plan), so a
bundle of many reviews writes at the speed of a plain import.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import delete

from ipsfidelity.errors import UserError
from ipsfidelity.exchange import elements as el
from ipsfidelity.exchange.import_plan import AgreementWrite, ImportPlan
from ipsfidelity.exchange.importer import (
    ANALYZE_AFTER,
    _refuse_action_id_clashes,
    agreement_candidates,
    plan_agreements,
    write_plan,
)
from ipsfidelity.exchange.lifecycle_import import review_entry
from ipsfidelity.exchange.merge import Merged, MergePlan
from ipsfidelity.exchange.preview import ApplyResult, Preview, Resolution, Status, TeamStatus
from ipsfidelity.exchange.progress import Progress, report
from ipsfidelity.exchange.schema import AssessmentDoc, TeamDoc
from ipsfidelity.i18n import tr
from ipsfidelity.store import lifecycle_rules as rules
from ipsfidelity.store import models as m
from ipsfidelity.store.bulk import BulkWriter
from ipsfidelity.store.bulk_tables import chunks
from ipsfidelity.store.history import os_user
from ipsfidelity.store.repository import Store


class UnresolvedConflicts(UserError):
    """Conflicts without an answer: nothing was written."""

    def __init__(self, count: int) -> None:
        super().__init__(
            tr("sync.unresolved_one") if count == 1 else tr("sync.unresolved", count=count)
        )
        self.count = count


class ReopenNeeded(UserError):
    """A finished review would change: a reason for reopening it is needed."""

    def __init__(self) -> None:
        super().__init__(tr("sync.reopen_needed"))


def choices_for(
    preview: Preview, resolutions: Mapping[str, Resolution] | None, keep: Resolution | None
) -> dict[str, Resolution]:
    """Every conflict's answer; UnresolvedConflicts when one has none."""
    answers: dict[str, Resolution] = {}
    missing = 0
    for c in preview.conflicts:
        answer = (resolutions or {}).get(c.id, keep)
        if answer not in ("local", "incoming"):
            missing += 1
            continue
        answers[c.id] = answer
    if missing:
        raise UnresolvedConflicts(missing)
    return answers


def apply_import(
    store: Store,
    preview: Preview,
    resolutions: Mapping[str, Resolution] | None = None,
    *,
    keep: Resolution | None = None,
    reopen_reason: str | None = None,
    progress: Progress | None = None,
) -> ApplyResult:
    """Write what `preview` found, in one transaction.

    - `resolutions` maps `Conflict.id` to "local" (keep this laptop's value) or "incoming";
      `keep` answers every conflict not in `resolutions` the same way.
    - A conflict left without an answer raises `UnresolvedConflicts` (a UserError) before
      anything is written.
    - Taking "incoming" for a conflict with `locked=True` reopens the finished review: it needs
      `reopen_reason` (else `ReopenNeeded`), recorded as a reopening and in the history.
    - Refused rows are skipped. If the database changed since the preview, nothing is
      written and UserError says to preview again.
    """
    choices = choices_for(preview, resolutions, keep)
    reason = reason_for_reopening(reopens(preview, choices), reopen_reason)
    with store.bulk_writing() as writer:
        result = apply_in(writer, preview, choices, reason, store.active_reviewer, progress)
    if result.created + result.updated >= ANALYZE_AFTER:
        store.analyze_after_import()
    return result


def reopens(preview: Preview, choices: Mapping[str, Resolution]) -> bool:
    """Whether `choices` take the incoming value of a finished review's element."""
    return any(c.locked and choices[c.id] == "incoming" for c in preview.conflicts)


def reason_for_reopening(reopening: bool, given: str | None) -> str | None:
    """The reason recorded when a write reopens a finished review; ReopenNeeded if none."""
    if not reopening:
        return None
    if given is None or not given.strip():
        raise ReopenNeeded()
    return rules.clean_reason(given)


def apply_in(
    writer: BulkWriter,
    preview: Preview,
    choices: Mapping[str, Resolution],
    reopen_reason: str | None,
    reviewer: str,
    progress: Progress | None = None,
) -> ApplyResult:
    """The write itself, inside the caller's transaction (sync holds two open)."""
    plan: MergePlan = preview.plan
    if writer.fingerprints(sorted(plan.seen)) != plan.seen:
        raise UserError(tr("sync.changed_since"))
    now = m.utcnow()
    create = list(plan.new)
    update: list[AssessmentDoc] = []
    extra_history: list[dict[str, Any]] = []
    reopenings: list[dict[str, Any]] = []
    reopened = 0
    for merged in plan.merged:
        doc, reopen = _merged_document(merged, choices, reopen_reason, reviewer, now)
        update.append(doc)
        if reopen is not None:
            reopened += 1
            reopenings.append(reopen)
            extra_history.append(
                review_entry(
                    doc.id.lower(),
                    doc.team.id.lower(),
                    "reason",
                    now,
                    entity="reopening",
                    new=reopen_reason,
                    reviewer=reviewer,
                )
            )
    for _aid, (doc, cid) in plan.revive.items():
        if choices[cid] == "incoming":
            create.append(doc)
    doomed = [
        aid for aid, cid in plan.deletions.items() if cid is None or choices[cid] == "incoming"
    ]
    report(progress, 0, len(create) + len(update))
    import_plan = ImportPlan(create=create, update=update)
    _plan_teams(preview, plan, import_plan)
    origins = {r.assessment_id: r.origin for r in preview.reviews}
    _refuse_action_id_clashes(writer.conn, import_plan, origins)
    candidates = agreement_candidates(
        [(origins.get(d.id.lower(), ""), d) for d in import_plan.writes]
    )
    candidates = [c for c in candidates if c[1].doc.id.lower() not in plan.agreements_gone]
    plan_agreements(writer.conn, [*candidates, *bundle_agreements(plan)], import_plan)
    for merge in plan.agreements:
        doc = merge.document(choices)
        import_plan.updated_agreements.append(AgreementWrite(merge.team_id, doc, merge.updated_at))
    write_plan(writer, import_plan)
    writer.insert(m.Reopening, reopenings)
    writer.insert(m.HistoryEntry, extra_history)
    _team_history(writer, plan)  # carries the tombstones of agreements deleted there
    _delete_agreements(writer, plan, choices)
    deleted = _delete(writer, doomed, reviewer, now)
    report(progress, len(create) + len(update), len(create) + len(update))
    return ApplyResult(
        created=len(create),
        updated=len(update),
        unchanged=preview.count(Status.UNCHANGED),
        kept_local=preview.count(Status.LOCAL_NEWER),
        deleted=deleted,
        reopened=reopened,
        teams_created=len(import_plan.new_teams),
        refused=preview.count(Status.REFUSED),
    )


def _merged_document(
    merged: Merged,
    choices: Mapping[str, Resolution],
    reason: str | None,
    reviewer: str,
    now: Any,
) -> tuple[AssessmentDoc, dict[str, Any] | None]:
    flat = dict(merged.flat_local)
    taken = set(merged.take)
    taken.update(c.element for cid, c in merged.conflicts.items() if choices[cid] == "incoming")
    for key in taken:
        flat[key] = merged.flat_incoming.get(key)
    incoming = merged.doc.model_dump(mode="json")
    a = el.unflatten(merged.local, flat)
    a["team"] = incoming["team"]  # the agreement it carries is planned by its own stamp
    if "assessment:state" in taken:
        a["finished_at"] = incoming.get("finished_at")
    a["history"] = _union(merged.local.get("history", ()), incoming.get("history", ()), "id")
    a["reopenings"] = _union(
        merged.local.get("reopenings", ()), incoming.get("reopenings", ()), "at"
    )
    a["updated_at"] = max(merged.doc.updated_at, _parse(merged.local["updated_at"])).isoformat()
    reopen = None
    if any(c.locked and choices[cid] == "incoming" for cid, c in merged.conflicts.items()):
        reopen = {
            "id": m.new_id(),
            "assessment_id": merged.doc.id.lower(),
            "reason": reason,
            "reviewer": reviewer,
            "os_user": os_user(),
            "at": now,
        }
        if a["state"] == rules.FINISHED and incoming.get("state") != rules.FINISHED:
            raters = {r["reviewer"] for r in a["reviewer_ratings"] if r["ratings"]}
            a["state"] = rules.state_after_reopening(raters)
            a["finished_at"] = None
            a["signoffs"] = []
    return AssessmentDoc.model_validate(a), reopen


def _parse(value: str) -> Any:
    return dt.datetime.fromisoformat(value)


def _union(ours: Any, theirs: Any, key: str) -> list[Any]:
    seen: dict[str, Any] = {}
    for item in [*ours, *theirs]:
        value = str(item[key]).lower()
        if key == "at":  # the same moment, written with another offset
            value = _parse(item[key]).astimezone(dt.UTC).isoformat()
        seen.setdefault(value, item)
    return list(seen.values())


def _plan_teams(preview: Preview, plan: MergePlan, import_plan: ImportPlan) -> None:
    parts = {t.id.lower(): t for t in plan.teams}
    written = {d.team.id.lower(): d.team for d in import_plan.writes}
    for row in preview.teams:
        if row.status != TeamStatus.CREATED:
            continue
        team = written.get(row.team_id)
        part = parts.get(row.team_id)
        if team is None and part is not None:  # the bundle's team, without its agreements
            team = TeamDoc.model_validate(part, from_attributes=True)
        if team is not None:
            import_plan.new_teams[row.team_id] = team


def _team_history(writer: BulkWriter, plan: MergePlan) -> None:
    rows = [
        {**h.model_dump(), "id": h.id.lower(), "team_id": part.id.lower(), "assessment_id": None}
        for part in plan.teams
        for h in part.history
    ]
    if not rows:
        return
    known = writer.known_history([r["id"] for r in rows])
    writer.insert(m.HistoryEntry, [r for r in rows if r["id"] not in known])


def _delete_agreements(
    writer: BulkWriter, plan: MergePlan, choices: Mapping[str, Resolution]
) -> None:
    doomed = [
        aid
        for aid, (_team, cid) in plan.agreement_deletions.items()
        if cid is None or choices[cid] == "incoming"
    ]
    for chunk in chunks(doomed):
        writer.conn.execute(delete(m.Agreement).where(m.Agreement.id.in_(chunk)))


def _delete(writer: BulkWriter, ids: list[str], reviewer: str, now: Any) -> int:
    """Reviews deleted on the other side; their history stays (it is the tombstone)."""
    if not ids:
        return 0
    rows = writer.assessment_teams(ids)
    writer.delete_assessments([aid for aid, _ in rows])
    writer.insert(
        m.HistoryEntry,
        [review_entry(aid, team_id, "deleted", now, reviewer=reviewer) for aid, team_id in rows],
    )
    return len(rows)


def bundle_agreements(plan: MergePlan) -> list[tuple[str, AgreementWrite]]:
    """Agreements a bundle carries (all versions) that are not here yet: added. Those here
    are merged field by field (merge_agreements.py)."""
    return [
        (part.name, AgreementWrite(part.id.lower(), ag, ag.updated_at or _LONG_AGO))
        for part in plan.teams
        for ag in part.agreements
        if ag.id.lower() not in plan.agreements_here | plan.agreements_gone
    ]


# An agreement without a stamp is older than any stored copy: added if missing, never
# replacing one (bundles written here always carry the stamp).
_LONG_AGO = dt.datetime(1900, 1, 1, tzinfo=dt.UTC)


__all__ = ["agreement_candidates", "apply_import", "plan_agreements"]
