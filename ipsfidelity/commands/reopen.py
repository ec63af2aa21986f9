"""`reopen`: open a finished review again, with a reason (kept, and shown in the report)."""

from __future__ import annotations

import argparse

from ipsfidelity.commands.common import EXIT_OK, open_assessment
from ipsfidelity.commands.review_common import acting, add_as, state_word
from ipsfidelity.i18n import tr


def register(add_command) -> None:  # type: ignore[no-untyped-def]
    p = add_command("reopen", tr("cli.help.reopen"), run)
    p.add_argument("assessment", metavar="ASSESSMENT", help=tr("cli.help.assessment_ref"))
    p.add_argument(
        "--reason", required=True, metavar=tr("cli.metavar.reason"), help=tr("cli.help.reason")
    )
    add_as(p)


def run(args: argparse.Namespace) -> int:
    store, aid = open_assessment(args)
    with acting(store, args):
        life = store.reopen(aid, args.reason)
    print(tr("cli.reopen.done", state=state_word(life.state)))
    return EXIT_OK
