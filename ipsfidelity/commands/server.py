"""`server`: set up a regional PostgreSQL server (schema, roles, row-level security) and
grant or revoke a user's role in the region (docs/server.md)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ipsfidelity.commands.common import EXIT_OK, open_store_from, print_json, print_table
from ipsfidelity.i18n import tr
from ipsfidelity.store.server_rules import ROLES

if TYPE_CHECKING:
    from ipsfidelity.store.server_setup import Grant


def register(add_command) -> None:  # type: ignore[no-untyped-def]
    p = add_command("server", tr("server.help.server"), run)
    actions = p.add_subparsers(dest="server_action", required=True, metavar="ACTION")
    setup = actions.add_parser("setup", help=tr("server.help.setup"))
    setup.add_argument("--sql", action="store_true", help=tr("server.help.sql"))
    for name, help_text in (
        ("grant", tr("server.help.grant")),
        ("revoke", tr("server.help.revoke")),
    ):
        a = actions.add_parser(name, help=help_text)
        a.add_argument("user", metavar="USER", help=tr("server.help.user"))
        a.add_argument("role", choices=ROLES, help=tr("server.help.role"))
        a.add_argument(
            "--municipality", action="append", default=[], help=tr("server.help.municipality")
        )
        a.add_argument("--unit", action="append", default=[], help=tr("server.help.unit"))
        a.add_argument("--team", action="append", default=[], help=tr("server.help.team"))
    show = actions.add_parser("access", help=tr("server.help.access"))
    show.add_argument("--json", action="store_true", help=tr("cli.help.json"))


def run(args: argparse.Namespace) -> int:
    if args.server_action == "setup" and args.sql:
        from ipsfidelity.store.server_rules import setup_script

        print(setup_script(), end="")
        return EXIT_OK
    from ipsfidelity.store import server_setup
    from ipsfidelity.store.access import role_word

    store = open_store_from(args, create=args.server_action == "setup")
    try:
        match args.server_action:
            case "setup":
                count = server_setup.setup_server(store)
                print(tr("server.setup_done", count=count))
            case "grant" | "revoke":
                scopes = server_setup.scopes_for(
                    store, args.user, args.role, args.municipality, args.unit, args.team
                )
                role = role_word(args.role)
                if args.server_action == "grant":
                    server_setup.grant(store, args.user, args.role, scopes)
                    print(tr("server.granted", user=args.user, role=role))
                else:
                    removed = server_setup.revoke(store, args.user, args.role, scopes)
                    print(tr("server.revoked", user=args.user, role=role, count=removed))
            case _:
                _show(server_setup.list_grants(store), args.json)
    finally:
        store.close()
    return EXIT_OK


def _show(grants: list[Grant], as_json: bool) -> None:
    if as_json:
        print_json([g.__dict__ for g in grants])
        return
    from ipsfidelity.store.access import role_word

    print_table(
        [
            [g.db_user, role_word(g.role), g.municipality, g.psychiatry, g.team_id[:8]]
            for g in grants
        ],
        [
            tr("server.col.user"),
            tr("server.col.role"),
            tr("common.municipality"),
            tr("common.psychiatry"),
            tr("common.team"),
        ],
    )
