"""`sign`: a reviewer's sign-off ahead of finishing (each on their own laptop, or one at a
time); a later change to the ratings or the caseload takes it back, and says so."""

from __future__ import annotations

import argparse

from ipsfidelity.commands.common import EXIT_OK, open_assessment
from ipsfidelity.commands.review_common import acting, add_as, add_sign_date, sign_date
from ipsfidelity.i18n import tr


def register(add_command) -> None:  # type: ignore[no-untyped-def]
    p = add_command("sign", tr("lifecycle.sign.help"), run)
    p.add_argument("assessment", metavar="ASSESSMENT", help=tr("cli.help.assessment_ref"))
    p.add_argument("names", nargs="+", metavar=tr("cli.metavar.name"), help=tr("cli.help.sign"))
    add_sign_date(p)
    add_as(p)


def run(args: argparse.Namespace) -> int:
    from ipsfidelity.wording import date_text

    store, aid = open_assessment(args)
    day = sign_date(args)
    with acting(store, args):
        for name in args.names:
            store.sign_off(aid, name, day)
    signed = ", ".join(s.reviewer for s in store.lifecycle(aid).signoffs)
    print(tr("lifecycle.sign.done", names=signed, date=date_text(day)))
    problems = store.finish_problems(aid)
    if problems:
        print(tr("lifecycle.sign.missing", problems="; ".join(problems)))
    return EXIT_OK
