from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ipsfidelity.commands.common import EXIT_OK, light_reader_from, open_store_from
from ipsfidelity.commands.review_common import parse_day
from ipsfidelity.commands.writing import add_personal_data_flags, mask_personal_data
from ipsfidelity.i18n import language, tr

if TYPE_CHECKING:
    from ipsfidelity.store.report_source import ReportSource


def register(add_command) -> None:  # type: ignore[no-untyped-def]
    p = add_command("report", tr("cli.help.report"), run)
    p.add_argument("assessment", metavar="ASSESSMENT", help=tr("cli.help.assessment_ref"))
    p.add_argument(
        "--out", metavar="FILE.pdf", type=Path, required=True, help=tr("cli.help.report_out")
    )
    add_personal_data_flags(p)
    p.add_argument(
        "--name-consultants",
        action="store_true",
        help=tr("report.detail.cli_name_consultants"),
    )
    p.add_argument("--overdue-on", metavar="YYYY-MM-DD", help=tr("report.detail.cli_overdue_on"))


def run(args: argparse.Namespace) -> int:
    # A current SQLite file is read without SQLAlchemy (most of this command's start-up);
    # anything else, or any SQLite error on the way, goes through the store, which
    # migrates, refuses or explains as every other command does. Nothing is written
    # before the report is complete, so starting over leaves no trace.
    import sqlite3

    reader = light_reader_from(args)
    if reader is not None:
        try:
            with reader:
                return _report(reader, args)
        except sqlite3.Error:
            pass
    return _report(open_store_from(args), args)


def _report(store: ReportSource, args: argparse.Namespace) -> int:
    from ipsfidelity.report.build import render_pdf, save_pdf
    from ipsfidelity.report.content import gather, masked, personal_data_places

    overdue_on = parse_day(args.overdue_on) if args.overdue_on else None
    with store.reading():  # one transaction for all of it
        aid = store.resolve_assessment(args.assessment)
        content = gather(  # read once: checked, then laid out
            store,
            aid,
            language(),
            name_consultants=args.name_consultants,
            overdue_on=overdue_on,
        )
    if mask_personal_data(args, lambda: personal_data_places(content)):
        content = masked(content)
    path = save_pdf(render_pdf(content), args.out, language())
    print(tr("report.done", path=path))
    return EXIT_OK
