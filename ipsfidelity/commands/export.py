from __future__ import annotations

import argparse
from pathlib import Path

from ipsfidelity.commands.common import EXIT_OK, open_assessment
from ipsfidelity.commands.writing import add_personal_data_flags, personal_data_answer, writing_to
from ipsfidelity.i18n import tr


def register(add_command) -> None:  # type: ignore[no-untyped-def]
    p = add_command("export", tr("cli.help.export"), run)
    p.add_argument("assessment", metavar="ASSESSMENT", help=tr("cli.help.assessment_ref"))
    p.add_argument("file", metavar="FILE", type=Path)
    add_personal_data_flags(p)
    p.add_argument(
        "--reviewer", metavar=tr("cli.metavar.name"), help=tr("cli.help.export_reviewer")
    )


def run(args: argparse.Namespace) -> int:
    from ipsfidelity.exchange import export_assessment

    store, aid = open_assessment(args)
    with writing_to(args.file):
        export_assessment(
            store, aid, args.file, reviewer=args.reviewer, personal_data=personal_data_answer(args)
        )
    print(tr("cli.export.done", path=args.file))
    return EXIT_OK
