from __future__ import annotations

import argparse
from pathlib import Path

from ipsfidelity.commands.common import EXIT_OK, open_store_from
from ipsfidelity.i18n import language, tr


def register(add_command) -> None:  # type: ignore[no-untyped-def]
    p = add_command("report", run)
    p.add_argument("assessment", metavar="ASSESSMENT", help=tr("cli.help.assessment_ref"))
    p.add_argument(
        "--out", metavar="FILE.pdf", type=Path, required=True, help=tr("cli.help.report_out")
    )


def run(args: argparse.Namespace) -> int:
    from ipsfidelity.report import write_report

    store = open_store_from(args)
    aid = store.resolve_assessment(args.assessment)
    path = write_report(store, aid, args.out, language())
    print(tr("report.done", path=path))
    return EXIT_OK
