"""Printing a preview and refusing conflicts, shared by `import` and `sync`."""

from __future__ import annotations

from ipsfidelity.errors import UserError
from ipsfidelity.exchange.preview import Preview, ReviewRow, Status
from ipsfidelity.i18n import tr
from ipsfidelity.wording import date_text

# A review's status in a preview, in words.
_STATUS_KEYS = {
    Status.NEW: "sync.status.new",
    Status.UPDATED: "sync.status.updated",
    Status.UNCHANGED: "sync.status.unchanged",
    Status.LOCAL_NEWER: "sync.status.local_newer",
    Status.CONFLICT: "sync.status.conflict",
    Status.DELETED: "sync.status.deleted",
    Status.REFUSED: "sync.status.refused",
}


def status_text(status: Status) -> str:
    return tr(_STATUS_KEYS[status])


def _line(row: ReviewRow) -> str:
    what = f"{row.team_name} {date_text(row.date)} ({row.period})"
    line = f"{status_text(row.status)}: {what}"
    if row.reason:
        line += f" – {row.reason}"
    if row.applied:
        line += " – " + tr("sync.cli.applied", elements=", ".join(row.applied))
    return line


def print_preview(preview: Preview) -> None:
    for team in preview.teams:
        if team.status == "created":
            print(tr("sync.cli.team_created", name=team.name))
        if team.applied:
            fields = ", ".join(team.applied)
            print(tr("sync.team_agreement_updated", name=team.name, fields=fields))
    for row in preview.reviews:
        print(_line(row))
        for c in row.conflicts:
            print(
                "  "
                + tr(
                    "sync.cli.conflict",
                    label=c.label,
                    local=c.local or "–",
                    incoming=c.incoming or "–",
                    base=c.base or "?",
                )
            )


def refuse_conflicts(preview: Preview, keep: str | None, keep_flag: str) -> None:
    """Conflicts on the command line: one line pointing to the app or to the flag."""
    count = len(preview.conflicts)
    locked = sum(1 for c in preview.conflicts if c.locked)
    if count and keep is None:
        if locked:
            raise UserError(
                tr("sync.cli.conflicts_locked_one", flag=keep_flag)
                if count == 1
                else tr("sync.cli.conflicts_locked", count=count, locked=locked, flag=keep_flag)
            )
        raise UserError(
            tr("sync.cli.conflicts_one", flag=keep_flag)
            if count == 1
            else tr("sync.cli.conflicts", count=count, flag=keep_flag)
        )


def refuse_refused(preview: Preview) -> None:
    for row in preview.refused:
        raise UserError(tr("import.refused", origin=row.origin, why=row.reason))
