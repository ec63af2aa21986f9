"""`actions`: the action plans' items across teams, overdue ones flagged.

An item carried over into a later plan is shown once, through its latest copy.
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING, Any

from ipsfidelity.commands.common import EXIT_OK, open_store_from, print_json, print_rows
from ipsfidelity.commands.writing import add_output_flags, write_file
from ipsfidelity.i18n import tr
from ipsfidelity.wording import action_status_text, party_text

if TYPE_CHECKING:
    from ipsfidelity.analysis.export import Cell, Table
    from ipsfidelity.store.followup import ActionItemInfo

OVERDUE_MARK = "!"
TEXT_WIDTH = 60


def register(add_command) -> None:  # type: ignore[no-untyped-def]
    p = add_command("actions", tr("cli.help.actions"), run)
    p.add_argument("--team", metavar=tr("cli.metavar.name"), help=tr("cli.help.actions_team"))
    p.add_argument("--open", action="store_true", help=tr("cli.help.open"))
    add_output_flags(p, csv_help=tr("cli.help.csv"))


def run(args: argparse.Namespace) -> int:
    store = open_store_from(args)
    team_id = store.find_team(args.team).id if args.team else None
    items = store.action_items(team_id, open_only=args.open)
    today = dt.date.today()
    if args.json:
        print_json([_as_json(i, today) for i in items])
        return EXIT_OK
    if args.csv is not None:
        from ipsfidelity.analysis.export import table_csv

        table = _csv_table(items, today)
        write_file(
            args,
            args.csv,
            table.personal_data_places,
            lambda mask: table_csv(table.masked() if mask else table, args.csv),
        )
        if len(items) == 1:
            print(tr("cli.actions.written_one", path=args.csv, count=1))
        else:
            print(tr("cli.actions.written", path=args.csv, count=len(items)))
        return EXIT_OK
    print_rows(
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
        none=tr("cli.actions.none"),
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
    from ipsfidelity.exchange.exporter import action_item_fields

    return {
        "id": i.id,
        "team": {"id": i.team_id, "name": i.team_name},
        "assessment": {
            "id": i.assessment_id,
            "period": i.period,
            "date": i.review_date.isoformat(),
        },
        "position": i.position,
        **action_item_fields(i),
        "overdue": i.is_overdue(today),
        "updated_at": i.updated_at.isoformat(),
    }


def _csv_table(items: list[ActionItemInfo], today: dt.date) -> Table:
    """The items as a spreadsheet: semicolon-separated UTF-8 with BOM, what Danish Excel
    opens correctly by double-click; no cell can start a formula (`analysis.export`)."""
    from ipsfidelity.analysis.export import Table

    header = [
        tr("common.team"),
        tr("common.period"),
        tr("common.date"),
        *_plan_header(),
        tr("common.follow_up"),
        tr("common.overdue"),
    ]
    rows: list[list[Cell]] = [
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
    # The action and its follow-up note are free texts; the owner is one of the staff.
    free = {header.index(tr("cli.col.action")), header.index(tr("common.follow_up"))}
    return Table(header, rows, free_text=free, staff={header.index(tr("common.owner"))})
