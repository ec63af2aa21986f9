from __future__ import annotations

import argparse

from ipsfidelity.commands.common import EXIT_OK, open_store_from, print_json, print_table
from ipsfidelity.i18n import tr


def register(add_command) -> None:  # type: ignore[no-untyped-def]
    p = add_command("teams", tr("cli.help.teams"), run)
    p.add_argument("--json", action="store_true", help=tr("cli.help.json"))


def run(args: argparse.Namespace) -> int:
    store = open_store_from(args)
    teams = store.list_teams()
    counts: dict[str, int] = {}
    for a in store.list_assessments():
        counts[a.team_id] = counts.get(a.team_id, 0) + 1
    if args.json:
        print_json(
            [
                {
                    "id": t.id,
                    "name": t.name,
                    "municipality": t.municipality,
                    "psychiatry": t.psychiatry,
                    "clinics": t.clinics,
                    "assessments": counts.get(t.id, 0),
                }
                for t in teams
            ]
        )
        return EXIT_OK
    if not teams:
        print(tr("cli.teams.none"))
        return EXIT_OK
    print_table(
        [[t.name, t.municipality, t.psychiatry, str(counts.get(t.id, 0)), t.id[:8]] for t in teams],
        [
            tr("common.team"),
            tr("common.municipality"),
            tr("common.psychiatry"),
            tr("common.assessments"),
            tr("cli.col.id"),
        ],
    )
    return EXIT_OK
