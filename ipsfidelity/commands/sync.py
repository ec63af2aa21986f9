from __future__ import annotations

import argparse

from ipsfidelity.commands.common import EXIT_OK, add_teams_flag, open_store_from, team_ids_from
from ipsfidelity.i18n import tr


def register(add_command) -> None:  # type: ignore[no-untyped-def]
    p = add_command("sync", tr("sync.help.sync"), run)
    p.add_argument("server", metavar="URL", help=tr("sync.help.server"))
    add_teams_flag(p)
    p.add_argument("--dry-run", action="store_true", help=tr("sync.help.dry_run"))
    p.add_argument("--keep", choices=("local", "server"), help=tr("sync.help.keep_server"))
    p.add_argument("--reopen-reason", metavar=tr("cli.metavar.reason"), help=tr("sync.help.reopen"))


def run(args: argparse.Namespace) -> int:
    from ipsfidelity.commands.exchange_common import print_preview, refuse_conflicts
    from ipsfidelity.exchange.sync import apply_sync, preview_sync

    store = open_store_from(args, create=True)
    team_ids = team_ids_from(store, args)
    preview = preview_sync(store, args.server, team_ids)
    if args.dry_run:
        print(tr("sync.cli.to_server"))
        print_preview(preview.send)
        print(tr("sync.cli.from_server"))
        print_preview(preview.fetch)
        return EXIT_OK
    keep = {"local": "local", "server": "incoming", None: None}[args.keep]
    refuse_conflicts(preview.fetch, keep, "--keep local|server")
    refuse_conflicts(preview.send, keep, "--keep local|server")
    result = apply_sync(store, preview, keep=keep, reopen_reason=args.reopen_reason)  # type: ignore[arg-type]
    print(
        tr(
            "sync.cli.done",
            server=preview.server_url,
            sent=result.sent.created + result.sent.updated,
            fetched=result.fetched.created + result.fetched.updated,
        )
    )
    return EXIT_OK
