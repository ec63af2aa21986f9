"""`finish`: sign off and finish a review in one step; refused with every missing piece."""

from __future__ import annotations

import argparse

from ipsfidelity.commands.common import EXIT_OK, open_assessment
from ipsfidelity.commands.review_common import acting, add_as, add_sign_date, sign_date
from ipsfidelity.i18n import tr


def register(add_command) -> None:  # type: ignore[no-untyped-def]
    p = add_command("finish", tr("cli.help.finish"), run)
    p.add_argument("assessment", metavar="ASSESSMENT", help=tr("cli.help.assessment_ref"))
    p.add_argument(
        "--sign",
        action="append",
        default=[],
        metavar=tr("cli.metavar.name"),
        help=tr("cli.help.sign"),
    )
    add_sign_date(p)
    p.add_argument(
        "--caseload-unavailable",
        metavar=tr("cli.metavar.reason"),
        help=tr("cli.help.caseload_unavailable"),
    )
    add_as(p)


def run(args: argparse.Namespace) -> int:
    store, aid = open_assessment(args)
    day = sign_date(args)
    with acting(store, args):
        if args.caseload_unavailable is not None:
            store.mark_caseload_unavailable(aid, args.caseload_unavailable)
        life = store.finish(aid, [(name, day) for name in args.sign])
    store.take_voided_signoffs(aid)  # a caseload reason given here: signed again just now
    from ipsfidelity.wording import date_text

    names = ", ".join(s.reviewer for s in life.signoffs)
    assert life.finished_at is not None
    print(
        tr(
            "lifecycle.finished_on_by",
            date=date_text(life.finished_at.astimezone().date()),
            names=names,
        )
    )
    return EXIT_OK
