"""`actions`: the action plans' items across teams, overdue ones flagged.

An item carried over into a later plan is shown once, through its latest copy.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ipsfidelity.commands.common import EXIT_OK, open_store_from, print_json, print_table
from ipsfidelity.errors import UserError
from ipsfidelity.fileio import atomic_write, os_reason
from ipsfidelity.i18n import tr
from ipsfidelity.wording import action_status_text, party_text

if TYPE_CHECKING:
    from ipsfidelity.store.followup import ActionItemInfo

OVERDUE_MARK = "!"
TEXT_WIDTH = 60
# A cell Excel would read as a formula; written with a leading apostrophe instead.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def register(add_command) -> None:  # type: ignore[no-untyped-def]
    p = add_command("actions", tr("cli.help.actions"), run)
    p.add_argument("--team", metavar=tr("cli.metavar.name"), help=tr("cli.help.actions_team"))
    p.add_argument("--open", action="store_true", help=tr("cli.help.open"))
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help=tr("cli.help.json"))
    out.add_argument("--csv", metavar="FILE", type=Path, help=tr("cli.help.csv"))


def run(args: argparse.Namespace) -> int:
    store = open_store_from(args)
    team_id = store.find_team(args.team).id if args.team else None
    items = store.action_items(team_id, open_only=args.open)
    today = dt.date.today()
    if args.json:
        print_json([_as_json(i, today) for i in items])
        return EXIT_OK
    if args.csv is not None:
        _write_csv(args.csv, items, today)
        if len(items) == 1:
            print(tr("cli.actions.written_one", path=args.csv, count=1))
        else:
            print(tr("cli.actions.written", path=args.csv, count=len(items)))
        return EXIT_OK
    if not items:
        print(tr("cli.actions.none"))
        return EXIT_OK
    print_table(
        [
            [
                OVERDUE_MARK if i.is_overdue(today) else "",
                i.team_name,
                i.period,
                _short(i.text),
                _elements(i.elements),
                party_text(i.party),
                i.owner,
                i.deadline.isoformat(),
                action_status_text(i.status),
            ]
            for i in items
        ],
        [
            "",
            tr("common.team"),
            tr("common.period"),
            tr("cli.col.action"),
            tr("common.element"),
            tr("common.party"),
            tr("common.owner"),
            tr("common.deadline"),
            tr("common.status"),
        ],
    )
    overdue = sum(1 for i in items if i.is_overdue(today))
    if overdue:
        if overdue == 1:
            print(tr("cli.actions.overdue_one", count=1))
        else:
            print(tr("cli.actions.overdue", count=overdue))
    return EXIT_OK


def _short(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= TEXT_WIDTH else line[: TEXT_WIDTH - 1] + "…"


def _elements(elements: tuple[str, ...]) -> str:
    return ", ".join(tr("common.caseload") if e == "caseload" else e for e in elements)


def _as_json(i: ActionItemInfo, today: dt.date) -> dict[str, Any]:
    return {
        "id": i.id,
        "team": {"id": i.team_id, "name": i.team_name},
        "assessment": {
            "id": i.assessment_id,
            "period": i.period,
            "date": i.review_date.isoformat(),
        },
        "position": i.position,
        "text": i.text,
        "elements": list(i.elements),
        "party": i.party,
        "owner": i.owner,
        "deadline": i.deadline.isoformat(),
        "status": i.status,
        "follow_up": i.follow_up,
        "origin": i.origin_item_id,
        "overdue": i.is_overdue(today),
        "updated_at": i.updated_at.isoformat(),
    }


def _cell(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


def _write_csv(path: Path, items: list[ActionItemInfo], today: dt.date) -> None:
    """Semicolon-separated UTF-8 with BOM: what Danish Excel opens correctly by double-click."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(
        [
            tr("common.team"),
            tr("common.period"),
            tr("common.date"),
            tr("cli.col.action"),
            tr("common.element"),
            tr("common.party"),
            tr("common.owner"),
            tr("common.deadline"),
            tr("common.status"),
            tr("common.follow_up"),
            tr("common.overdue"),
        ]
    )
    for i in items:
        writer.writerow(
            [
                _cell(i.team_name),
                i.period,
                i.review_date.isoformat(),
                _cell(i.text),
                _elements(i.elements),
                party_text(i.party),
                _cell(i.owner),
                i.deadline.isoformat(),
                action_status_text(i.status),
                _cell(i.follow_up),
                tr("common.yes") if i.is_overdue(today) else tr("common.no"),
            ]
        )
    try:
        atomic_write(path, buffer.getvalue().encode("utf-8-sig"))
    except OSError as exc:
        raise UserError(tr("cli.export.failed", path=path, why=os_reason(exc))) from None
