from __future__ import annotations

import argparse
from pathlib import Path

from ipsfidelity.commands.common import EXIT_OK, open_store_from
from ipsfidelity.i18n import tr


def register(add_command) -> None:  # type: ignore[no-untyped-def]
    p = add_command("import", tr("cli.help.import"), run)
    p.add_argument("files", nargs="+", metavar="FILE", type=Path)


def run(args: argparse.Namespace) -> int:
    from ipsfidelity.exchange import import_documents, read_exchange_file

    # Every file is read and validated before the database is even opened.
    docs = [(str(f), read_exchange_file(f)) for f in args.files]
    plan = import_documents(open_store_from(args, create=True), docs)
    print(
        tr(
            "cli.import.done",
            created=len(plan.create),
            updated=len(plan.update),
            unchanged=len(plan.unchanged),
        )
    )
    return EXIT_OK
