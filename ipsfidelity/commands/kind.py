"""`kind`: show or set (while a draft) whether a review is independent or a self-assessment."""

from __future__ import annotations

import argparse

from ipsfidelity.commands.common import EXIT_OK, open_assessment
from ipsfidelity.commands.review_common import (
    acting,
    add_as,
    kind_word,
    say_voided,
    state_word,
)
from ipsfidelity.i18n import tr


def register(add_command) -> None:  # type: ignore[no-untyped-def]
    p = add_command("kind", tr("cli.help.kind"), run)
    p.add_argument("assessment", metavar="ASSESSMENT", help=tr("cli.help.assessment_ref"))
    p.add_argument("kind", nargs="?", choices=("independent", "self"), help=tr("cli.help.kind"))
    add_as(p)


def run(args: argparse.Namespace) -> int:
    store, aid = open_assessment(args)
    if args.kind:
        with acting(store, args):
            store.set_kind(aid, args.kind)
    life = store.lifecycle(aid)
    print(f"{kind_word(life.kind)} · {state_word(life.state)}")
    say_voided(store, aid)
    return EXIT_OK
