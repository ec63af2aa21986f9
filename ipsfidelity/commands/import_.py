from __future__ import annotations

import argparse
from pathlib import Path

from ipsfidelity.commands.common import EXIT_OK, open_store_from
from ipsfidelity.i18n import tr


def register(add_command) -> None:  # type: ignore[no-untyped-def]
    p = add_command("import", tr("cli.help.import"), run)
    p.add_argument("files", nargs="+", metavar="FILE", type=Path)
    p.add_argument("--dry-run", action="store_true", help=tr("sync.help.dry_run"))
    p.add_argument("--keep", choices=("local", "incoming"), help=tr("sync.help.keep"))
    p.add_argument("--reopen-reason", metavar=tr("cli.metavar.reason"), help=tr("sync.help.reopen"))


def run(args: argparse.Namespace) -> int:
    from ipsfidelity.commands.exchange_common import (
        print_preview,
        refuse_conflicts,
        refuse_refused,
    )
    from ipsfidelity.exchange.apply import apply_import
    from ipsfidelity.exchange.incoming import read_files
    from ipsfidelity.exchange.merge import preview_import

    # Every file is read and validated before the database is even opened.
    incoming = read_files(args.files, folders=False)
    store = open_store_from(args, create=not args.dry_run)
    preview = preview_import(store, incoming)
    if args.dry_run:
        print_preview(preview)
        return EXIT_OK
    refuse_refused(preview)
    refuse_conflicts(preview, args.keep, "--keep local|incoming")
    result = apply_import(store, preview, keep=args.keep, reopen_reason=args.reopen_reason)
    merged = sum(1 for inc in incoming for d in inc.reviews if d.contents == "reviewer")
    if merged:
        print(tr("cli.import.merged_one") if merged == 1 else tr("cli.import.merged", count=merged))
    print(
        tr(
            "cli.import.done",
            created=result.created,
            updated=result.updated,
            unchanged=result.unchanged + result.kept_local,
        )
    )
    if result.deleted or result.kept_local or result.reopened:
        print(
            tr(
                "sync.cli.more",
                kept=result.kept_local,
                deleted=result.deleted,
                reopened=result.reopened,
            )
        )
    return EXIT_OK
