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

from ipsfidelity.cells import inert
from ipsfidelity.commands.common import (
    EXIT_OK,
    add_personal_data_flags,
    mask_personal_data,
    open_store_from,
    print_json,
    print_table,
)
from ipsfidelity.errors import UserError
from ipsfidelity.fileio import atomic_write, os_reason
from ipsfidelity.i18n import tr
from ipsfidelity.privacy import contains_cpr, mask_cpr
from ipsfidelity.wording import action_status_text, party_text

if TYPE_CHECKING:
    from ipsfidelity.store.followup import ActionItemInfo

OVERDUE_MARK = "!"
TEXT_WIDTH = 60


def register(add_command) -> None:  # type: ignore[no-untyped-def]
    p = add_command("actions", tr("cli.help.actions"), run)
    p.add_argument("--team", metavar=tr("cli.metavar.name"), help=tr("cli.help.actions_team"))
    p.add_argument("--open", action="store_true", help=tr("cli.help.open"))
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help=tr("cli.help.json"))
    out.add_argument("--csv", metavar="FILE", type=Path, help=tr("cli.help.csv"))
    add_personal_data_flags(p)


def run(args: argparse.Namespace) -> int:
    store = open_store_from(args)
    team_id = store.find_team(args.team).id if args.team else None
    items = store.action_items(team_id, open_only=args.open)
    today = dt.date.today()
    if args.json:
        print_json([_as_json(i, today) for i in items])
        return EXIT_OK
    if args.csv is not None:
        header, rows = _csv_rows(items, today)
        mask = mask_personal_data(args, lambda: _personal_data_places(header, rows))
        _write_csv(args.csv, header, rows, mask=mask)
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
                *_plan_cells(i, _short(i.text)),
            ]
            for i in items
        ],
        ["", tr("common.team"), tr("common.period"), *_plan_header()],
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


def _plan_header() -> list[str]:
    """The columns the table and the CSV share: the action, and who does what by when."""
    return [
        tr("cli.col.action"),
        tr("common.element"),
        tr("common.party"),
        tr("common.owner"),
        tr("common.deadline"),
        tr("common.status"),
    ]


def _plan_cells(i: ActionItemInfo, text: str) -> list[str]:
    """An item's cells under `_plan_header`, with its text as given (whole or shortened)."""
    return [
        text,
        _elements(i.elements),
        party_text(i.party),
        i.owner,
        i.deadline.isoformat(),
        action_status_text(i.status),
    ]


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


def _csv_rows(items: list[ActionItemInfo], today: dt.date) -> tuple[list[str], list[list[str]]]:
    header = [
        tr("common.team"),
        tr("common.period"),
        tr("common.date"),
        *_plan_header(),
        tr("common.follow_up"),
        tr("common.overdue"),
    ]
    rows = [
        [
            i.team_name,
            i.period,
            i.review_date.isoformat(),
            *_plan_cells(i, i.text),
            i.follow_up,
            tr("common.yes") if i.is_overdue(today) else tr("common.no"),
        ]
        for i in items
    ]
    return header, rows


def _personal_data_places(header: list[str], rows: list[list[str]]) -> list[str]:
    return [
        tr("export.place.cell", row=n, column=header[c])
        for n, row in enumerate(rows, 1)
        for c, cell in enumerate(row)
        if contains_cpr(cell)
    ]


def _write_csv(path: Path, header: list[str], rows: list[list[str]], *, mask: bool) -> None:
    """Semicolon-separated UTF-8 with BOM: what Danish Excel opens correctly by double-click;
    no cell can start a formula (`cells.inert`), CPR-like numbers masked when asked."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow([inert(h) for h in header])
    for row in rows:
        writer.writerow([inert(mask_cpr(c) if mask else c) for c in row])
    try:
        atomic_write(path, buffer.getvalue().encode("utf-8-sig"))
    except OSError as exc:
        raise UserError(tr("cli.export.failed", path=path, why=os_reason(exc))) from None
