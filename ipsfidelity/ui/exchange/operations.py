"""The exchange family's named operations, run on the serial database worker: read and
preview files, apply an import, export, and the server sync's preview and apply.

A thin adapter over `ipsfidelity.exchange`: the core decides and writes; this turns its
preview into the dialogs' plain data (`preview_data`), its `progress(done, total)` into
the progress dialog's steps, and hands the user's choices back to it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from ipsfidelity.i18n import tr
from ipsfidelity.ui.exchange.preview_data import (
    Applied,
    ConflictRow,
    Direction,
    ImportPreview,
    Outcome,
    Resolution,
    ReviewLine,
    TeamLine,
)

if TYPE_CHECKING:
    from ipsfidelity.exchange.preview import ApplyResult, Preview, Status
    from ipsfidelity.exchange.progress import Progress
    from ipsfidelity.store import Store


class Steps(Protocol):
    """The progress a job reports to (ui/exchange/progress.JobProgress)."""

    def __call__(self, percent: int, message: str) -> None: ...

    def cancel_requested(self) -> bool: ...

    def writing(self) -> None: ...


# apply_import or apply_sync: what Apply in the preview runs.
ApplyJob = Callable[["Store", ImportPreview, Resolution, Steps], Applied]
Written = TypeVar("Written")  # what the core says it wrote (an import's or a sync's)


def _counting(steps: Steps, first: int, last: int, message: str) -> Progress:
    """The core's `progress(done, total)` as a stretch [first, last] of the bar."""

    def progress(done: int, total: int) -> None:
        share = done / total if total > 0 else 0.0
        steps(first + round((last - first) * min(share, 1.0)), message)

    return progress


def _outcome(status: Status) -> Outcome:
    from ipsfidelity.exchange.preview import Status

    match status:
        case Status.NEW:
            return "new"
        case Status.UPDATED:
            return "updated"
        case Status.UNCHANGED:
            return "unchanged"
        case Status.LOCAL_NEWER:
            return "kept_local"
        case Status.CONFLICT:
            return "conflict"
        case Status.DELETED:
            return "deleted"
        case _:
            return "refused"


def _reason(outcome: Outcome, reason: str, applied: Sequence[str], kept: Sequence[str]) -> str:
    parts = [reason] if reason else []
    if applied and outcome in ("updated", "conflict"):
        parts.append(tr("xui.reason.applied", labels=", ".join(applied)))
    if kept:
        parts.append(tr("xui.reason.kept", labels=", ".join(kept)))
    return " · ".join(parts)


def shown_preview(preview: Preview, direction: Direction = "") -> ImportPreview:
    """The core's preview as the dialogs show it."""
    from ipsfidelity.exchange.preview import TeamStatus
    from ipsfidelity.review_words import state_word

    lines: list[ReviewLine] = []
    title: dict[str, str] = {}
    packs: dict[str, tuple[str, str] | None] = {}
    for r in preview.reviews:
        outcome = _outcome(r.status)
        title[r.assessment_id] = f"{r.team_name} · {r.period}"
        packs[r.assessment_id] = r.instrument
        lines.append(
            ReviewLine(
                r.assessment_id,
                r.team_name,
                r.period,
                outcome,
                _reason(outcome, r.reason, r.applied, r.kept),
                Path(r.origin).name if r.origin else "",
                r.locked,
                direction,
                r.date,
                state_word(r.state) if r.state else "",
            )
        )
    teams: list[TeamLine] = []
    names: dict[str, str] = {}
    for t in preview.teams:
        names[t.team_id] = t.name
        refused = t.reason or "-" if t.status == TeamStatus.REFUSED else ""
        created = t.status == TeamStatus.CREATED
        teams.append(TeamLine(t.name, created, refused, () if created else t.applied))
    conflicts = []
    for c in preview.conflicts:
        # The core gives every value in words (a rating in its pack's scale).
        conflicts.append(
            ConflictRow(
                c.id,
                c.assessment_id or c.team_id,
                title.get(c.assessment_id or "", "")
                if c.assessment_id
                else tr("xui.merge.agreement_of", team=names.get(c.team_id, "")),
                c.label,
                c.local,
                c.incoming,
                c.base,
                c.locked,
                _element_text(c.element, packs.get(c.assessment_id or "")),
            )
        )
    return ImportPreview(lines, teams, conflicts, plan=preview, changes=preview.has_changes)


def _element_text(key: str, pack: tuple[str, str] | None) -> str:
    """The element's own words from its pack for a rating's key ("rating:P3.1",
    "own:Anna:P3.1"); "" for any other row or a pack not shipped here."""
    from ipsfidelity.errors import UserError
    from ipsfidelity.i18n import pick
    from ipsfidelity.packs import get_pack

    kind, _, rest = key.partition(":")
    if kind not in ("rating", "own") or pack is None:
        return ""
    element_id = rest.rpartition(":")[2]
    try:
        elements = {e.id: e for e in get_pack(*pack).elements}
    except UserError:
        return ""
    element = elements.get(element_id)
    return pick(element.text) if element is not None else ""


def _applied(result: ApplyResult, sent: int = 0) -> Applied:
    return Applied(
        result.created,
        result.updated,
        result.unchanged,
        result.kept_local,
        result.deleted,
        result.reopened,
        sent,
    )


# -- import ------------------------------------------------------------------------------


def preview_import(store: Store, paths: Sequence[Path], steps: Steps) -> ImportPreview:
    """Read `paths` (files or folders) and compare them with the database; reads only."""
    from ipsfidelity.exchange.incoming import read_files
    from ipsfidelity.exchange.merge import preview_import as compare

    steps(2, tr("xui.step.reading"))
    incoming = read_files(
        paths, _counting(steps, 2, 60, tr("xui.step.reading")), steps.cancel_requested
    )
    if not any(i.reviews or i.teams or i.deleted for i in incoming):
        from ipsfidelity.errors import UserError

        raise UserError(tr("xui.no_files"))
    steps(60, tr("xui.step.comparing"))
    preview = compare(
        store, incoming, _counting(steps, 60, 100, tr("xui.step.comparing")), steps.cancel_requested
    )
    return shown_preview(preview)


def _apply_chosen(
    apply: Callable[..., Written],
    store: Store,
    preview: ImportPreview,
    resolution: Resolution,
    steps: Steps,
) -> Written:
    """`apply` (an import's or a sync's) with the choices made in the merge view."""
    steps.writing()  # the last moment Cancel is honoured
    return apply(
        store,
        preview.plan,
        dict(resolution.choices),
        reopen_reason=resolution.reopen_reason or None,
        progress=_counting(steps, 0, 100, tr("xui.step.writing")),
    )


def apply_import(
    store: Store, preview: ImportPreview, resolution: Resolution, steps: Steps
) -> Applied:
    """The import the user saw in the preview, with their choices: one transaction."""
    from ipsfidelity.exchange.apply import apply_import as apply

    return _applied(_apply_chosen(apply, store, preview, resolution, steps))


# -- export ------------------------------------------------------------------------------


def export(
    store: Store,
    scope: str,
    path: Path,
    mask: bool,
    review_id: str | None,
    team_ids: Sequence[str],
    steps: Steps,
    reviewer: str | None = None,
) -> int:
    """Write the chosen reviews to `path` (atomically); how many reviews it holds. With
    `reviewer`, only that reviewer's own ratings of the review. A file that cannot be
    written is a UserError in words, never the crash dialog."""
    from ipsfidelity.errors import UserError
    from ipsfidelity.fileio import os_reason

    def personal(_fields: list[str]) -> bool:
        return mask  # the export dialog asked (hiding is the default)

    try:
        steps(2, tr("xui.step.collecting"))
        if scope == "review" and review_id is not None:
            from ipsfidelity.exchange import export_assessment

            steps.writing()  # raises Cancelled when the user has cancelled meanwhile
            export_assessment(store, review_id, path, reviewer=reviewer, personal_data=personal)
            return 1
        from ipsfidelity.exchange.bundle import export_bundle

        result = export_bundle(
            store,
            path,
            team_ids=list(team_ids) if scope in ("team", "teams") else None,
            personal_data=personal,
            progress=_counting(steps, 2, 100, tr("xui.step.collecting")),
            cancelled=steps.cancel_requested,
        )
        return result.reviews
    except OSError as exc:
        raise UserError(tr("cli.export.failed", path=str(path), why=os_reason(exc))) from None


# -- sync --------------------------------------------------------------------------------


def sync_preview(
    store: Store, url: str, send_team_ids: Sequence[str], steps: Steps
) -> ImportPreview:
    """Both sides compared; nothing written on either."""
    from ipsfidelity.exchange.sync import preview_sync

    steps(2, tr("xui.step.connecting"))
    both = preview_sync(
        store,
        url,
        list(send_team_ids),
        _counting(steps, 2, 100, tr("xui.step.comparing")),
        steps.cancel_requested,
    )
    fetch = shown_preview(both.fetch, "fetch")
    send = shown_preview(both.send, "send")
    # Conflicts are listed once, in `fetch` (local = this computer, incoming = the server).
    names = {t.name: t for t in [*fetch.teams, *send.teams]}
    return ImportPreview(
        [*send.reviews, *fetch.reviews],
        list(names.values()),
        fetch.conflicts,
        both,
        sync=True,
        changes=both.send.has_changes or both.fetch.has_changes,
    )


def apply_sync(
    store: Store, preview: ImportPreview, resolution: Resolution, steps: Steps
) -> Applied:
    """Both sides written; a failure before the server's commit leaves both as they were."""
    from ipsfidelity.exchange.sync import apply_sync as apply

    result = _apply_chosen(apply, store, preview, resolution, steps)
    sent = result.sent.created + result.sent.updated
    return _applied(result.fetched, sent)
