from __future__ import annotations

import argparse
from pathlib import Path

from ipsfidelity.commands.common import (
    EXIT_OK,
    add_personal_data_flags,
    mask_personal_data,
    open_store_from,
)
from ipsfidelity.errors import UserError
from ipsfidelity.fileio import os_reason
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

    store = open_store_from(args)
    aid = store.resolve_assessment(args.assessment)
    try:
        export_assessment(
            store,
            aid,
            args.file,
            reviewer=args.reviewer,
            personal_data=lambda fields: mask_personal_data(args, lambda: fields),
        )
    except OSError as exc:
        raise UserError(tr("cli.export.failed", path=args.file, why=os_reason(exc))) from None
    print(tr("cli.export.done", path=args.file))
    return EXIT_OK
