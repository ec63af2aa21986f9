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
    p = add_command("bundle", tr("sync.help.bundle"), run)
    p.add_argument("file", metavar="FILE", type=Path)
    p.add_argument(
        "--team", action="append", metavar=tr("cli.metavar.name"), help=tr("sync.help.team")
    )
    add_personal_data_flags(p)


def run(args: argparse.Namespace) -> int:
    from ipsfidelity.exchange.bundle import export_bundle

    store = open_store_from(args)
    team_ids = None if not args.team else [store.find_team(name).id for name in args.team]
    try:
        result = export_bundle(
            store,
            args.file,
            team_ids=team_ids,
            personal_data=lambda fields: mask_personal_data(args, lambda: fields),
        )
    except OSError as exc:
        raise UserError(tr("cli.export.failed", path=args.file, why=os_reason(exc))) from None
    print(tr("sync.cli.bundle_done", path=args.file, reviews=result.reviews, teams=result.teams))
    return EXIT_OK
