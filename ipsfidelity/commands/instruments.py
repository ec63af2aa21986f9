from __future__ import annotations

import argparse

from ipsfidelity.commands.common import EXIT_OK, print_json, print_table
from ipsfidelity.i18n import pick, tr


def register(add_command) -> None:  # type: ignore[no-untyped-def]
    p = add_command("instruments", tr("cli.help.instruments"), run)
    p.add_argument("--json", action="store_true", help=tr("cli.help.json"))


def run(args: argparse.Namespace) -> int:
    from ipsfidelity.instrument import available_packs

    packs = available_packs()
    if args.json:
        print_json(
            [
                {
                    "id": p.id,
                    "version": p.version,
                    "title": p.title,
                    "elements": len(p.elements),
                    "principles": [
                        {"id": pr.id, "title": pr.title, "elements": [e.id for e in pr.elements]}
                        for pr in p.principles
                    ],
                }
                for p in packs
            ]
        )
        return EXIT_OK
    print_table(
        [
            [p.id, p.version, pick(p.title), str(len(p.principles)), str(len(p.elements))]
            for p in packs
        ],
        [
            tr("cli.col.id"),
            tr("cli.col.version"),
            tr("cli.col.title"),
            tr("cli.col.principles"),
            tr("cli.col.elements"),
        ],
    )
    return EXIT_OK
