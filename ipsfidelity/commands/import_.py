from __future__ import annotations

import argparse
from pathlib import Path

from ipsfidelity.commands.common import EXIT_OK, open_store_from
from ipsfidelity.i18n import tr


def register(add_command) -> None:  # type: ignore[no-untyped-def]
    p = add_command("import", tr("cli.help.import"), run)
    p.add_argument("files", nargs="+", metavar="FILE", type=Path)


def run(args: argparse.Namespace) -> int:
    from ipsfidelity.exchange import read_exchange_file
    from ipsfidelity.exchange.lifecycle_import import import_all

    # Every file is read and validated before the database is even opened.
    docs = [(str(f), read_exchange_file(f)) for f in args.files]
    plan, merged = import_all(open_store_from(args, create=True), docs)
    if merged:
        print(tr("cli.import.merged", count=merged))
    print(
        tr(
            "cli.import.done",
            created=len(plan.create),
            updated=len(plan.update),
            unchanged=len(plan.unchanged),
        )
    )
    return EXIT_OK
