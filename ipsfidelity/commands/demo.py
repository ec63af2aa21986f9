from __future__ import annotations

import argparse

from ipsfidelity.commands.common import EXIT_OK, open_store_from
from ipsfidelity.i18n import tr


def register(add_command) -> None:  # type: ignore[no-untyped-def]
    add_command("demo", tr("cli.help.demo"), run)


def run(args: argparse.Namespace) -> int:
    from ipsfidelity.demo import fill_demo

    plan = fill_demo(open_store_from(args, create=True))
    print(
        tr(
            "cli.demo.done",
            created=len(plan.create),
            teams=len(plan.new_teams),
            unchanged=len(plan.unchanged),
        )
    )
    return EXIT_OK
