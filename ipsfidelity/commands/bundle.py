from __future__ import annotations

import argparse
from pathlib import Path

from ipsfidelity.commands.common import EXIT_OK, add_teams_flag, open_store_from, team_ids_from
from ipsfidelity.commands.writing import add_personal_data_flags, personal_data_answer, writing_to
from ipsfidelity.i18n import tr


def register(add_command) -> None:  # type: ignore[no-untyped-def]
    p = add_command("bundle", tr("sync.help.bundle"), run)
    p.add_argument("file", metavar="FILE", type=Path)
    add_teams_flag(p)
    add_personal_data_flags(p)


def run(args: argparse.Namespace) -> int:
    from ipsfidelity.exchange.bundle import export_bundle

    store = open_store_from(args)
    team_ids = team_ids_from(store, args)
    with writing_to(args.file):
        result = export_bundle(
            store, args.file, team_ids=team_ids, personal_data=personal_data_answer(args)
        )
    reviews = (
        tr("sync.count.reviews_one")
        if result.reviews == 1
        else tr("sync.count.reviews", count=result.reviews)
    )
    teams = (
        tr("sync.count.teams_one")
        if result.teams == 1
        else tr("sync.count.teams", count=result.teams)
    )
    print(tr("sync.cli.bundle_done", path=args.file, reviews=reviews, teams=teams))
    return EXIT_OK
