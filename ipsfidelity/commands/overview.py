"""`overview [--period P] [--kind independent|self] [--json | --csv FILE | --xlsx FILE]`:
every team at a glance."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from ipsfidelity.commands.common import EXIT_OK, open_store_from, print_json, print_table
from ipsfidelity.commands.compare import add_kind_flag, result_cells, score_header
from ipsfidelity.commands.writing import add_output_flags, export_file
from ipsfidelity.i18n import tr

if TYPE_CHECKING:
    from ipsfidelity.analysis import OverviewRow


def register(add_command) -> None:  # type: ignore[no-untyped-def]
    p = add_command("overview", tr("cli.help.overview"), run)
    p.add_argument("--period", metavar="2026-Q4", help=tr("overview.help.period"))
    add_kind_flag(p)
    add_output_flags(p, csv_help=tr("overview.help.csv"), xlsx_help=tr("overview.help.xlsx"))


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
        "state": row.state,
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
        return export_file(
            args,
            target,
            lambda: personal_data_places(rows),
            lambda mask: write(rows, target, mask_personal_data=mask),
        )
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
                *result_cells(r.overall, r.change, r.verdict, r.caseload),
            ]
            for r in rows
        ],
        [tr("common.team"), tr("common.municipality"), *score_header(principles)],
    )
    if any(r.stale for r in rows):
        print(tr("overview.stale_note"))
