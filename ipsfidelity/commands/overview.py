"""`overview [--period P] [--kind independent|self] [--json | --csv FILE | --xlsx FILE]`:
every team at a glance."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ipsfidelity.commands.common import (
    EXIT_OK,
    add_personal_data_flags,
    mask_personal_data,
    open_store_from,
    print_json,
    print_table,
)
from ipsfidelity.commands.compare import add_kind_flag, arrow
from ipsfidelity.errors import UserError
from ipsfidelity.fileio import os_reason
from ipsfidelity.i18n import tr
from ipsfidelity.wording import caseload_status_text, verdict_short_text

if TYPE_CHECKING:
    from ipsfidelity.analysis import OverviewRow


def register(add_command) -> None:  # type: ignore[no-untyped-def]
    p = add_command("overview", tr("cli.help.overview"), run)
    p.add_argument("--period", metavar="2026-Q4", help=tr("overview.help.period"))
    add_kind_flag(p)
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help=tr("cli.help.json"))
    out.add_argument("--csv", metavar="FILE", type=Path, help=tr("overview.help.csv"))
    out.add_argument("--xlsx", metavar="FILE", type=Path, help=tr("overview.help.xlsx"))
    add_personal_data_flags(p)


def row_json(row: OverviewRow) -> dict[str, Any]:
    s = row.score
    return {
        "team": {
            "id": row.team_id,
            "name": row.team,
            "municipality": row.municipality,
            "psychiatry": row.psychiatry,
        },
        "assessment": None if s is None else s.id,
        "period": row.period,
        "date": None if s is None else s.date.isoformat(),
        "kind": row.kind,
        "instrument": None if s is None else {"id": s.instrument[0], "version": s.instrument[1]},
        "principles": [] if s is None else [{"id": k, "score": v} for k, v in s.principles.items()],
        "overall": row.overall,
        # The change since the team's review before (of the same kind with --kind).
        "previous": None if row.previous is None else row.previous.id,
        "change": row.change,
        "verdict": row.verdict,
        "caseload": row.caseload,
        "last_review": None if row.last_review is None else row.last_review.isoformat(),
        "stale": row.stale,
    }


def run(args: argparse.Namespace) -> int:
    from ipsfidelity.analysis import overview
    from ipsfidelity.analysis.export import personal_data_places, write_csv, write_xlsx

    store = open_store_from(args)
    rows = overview(store, args.period, kind=args.kind)
    if args.json:
        print_json([row_json(r) for r in rows])
        return EXIT_OK
    target, write = (args.csv, write_csv) if args.csv else (args.xlsx, write_xlsx)
    if target is not None:
        mask = mask_personal_data(args, lambda: personal_data_places(rows))
        try:
            write(rows, target, mask_personal_data=mask)
        except OSError as exc:
            raise UserError(tr("cli.export.failed", path=target, why=os_reason(exc))) from None
        print(tr("cli.export.done", path=target))
        return EXIT_OK
    if not rows:
        print(tr("cli.teams.none"))
        return EXIT_OK
    _print_text(rows)
    return EXIT_OK


def _print_text(rows: list[OverviewRow]) -> None:
    from ipsfidelity.analysis import principle_columns
    from ipsfidelity.review_words import kind_word
    from ipsfidelity.wording import number

    principles = principle_columns(rows)
    print_table(
        [
            [
                r.team + (" !" if r.stale else ""),
                r.municipality,
                r.period or "–",
                "–" if r.date is None else r.date.isoformat(),
                "–" if r.kind is None else kind_word(r.kind),
                *(number(r.principle(pid)) for pid in principles),
                number(r.overall),
                arrow(r.change),
                "–" if r.verdict is None else verdict_short_text(r.verdict),
                "–" if r.caseload is None else caseload_status_text(r.caseload),
            ]
            for r in rows
        ],
        [
            tr("common.team"),
            tr("common.municipality"),
            tr("common.period"),
            tr("common.date"),
            tr("compare.col.kind"),
            *principles,
            tr("common.overall"),
            tr("common.change"),
            tr("common.result"),
            tr("common.caseload"),
        ],
    )
    if any(r.stale for r in rows):
        print(tr("overview.stale_note"))
