"""`caseload`: each reviewer's own caseload reading beside the review's; `--entry` sets a
reading (with `--as NAME` that reviewer's own, else the review's), `--take NAME` makes a
reviewer's own reading the review's caseload (the consensus step's choice)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ipsfidelity.commands.common import EXIT_OK, open_assessment, print_table
from ipsfidelity.commands.review_common import acting, add_as, say_voided
from ipsfidelity.errors import UserError
from ipsfidelity.i18n import tr

if TYPE_CHECKING:
    from ipsfidelity.store.views import CaseloadInfo


def register(add_command) -> None:  # type: ignore[no-untyped-def]
    p = add_command("caseload", tr("lifecycle.caseload.help"), run)
    p.add_argument("assessment", metavar="ASSESSMENT", help=tr("cli.help.assessment_ref"))
    how = p.add_mutually_exclusive_group()
    how.add_argument(
        "--entry",
        action="append",
        metavar=tr("lifecycle.caseload.entry_metavar"),
        help=tr("lifecycle.caseload.entry_help"),
    )
    how.add_argument("--take", metavar=tr("cli.metavar.name"), help=tr("lifecycle.caseload.take"))
    add_as(p)


def parse_entry(text: str) -> CaseloadInfo:
    """'Kim Berg:1,0:15:0' (consultant, FTE, IPS cases, other cases; decimal comma or point)."""
    from ipsfidelity.store.views import CaseloadInfo

    parts = [p.strip() for p in text.split(":")]
    try:
        name, fte, ips, other = parts
        return CaseloadInfo(name, float(fte.replace(",", ".")), int(ips), int(other))
    except ValueError:
        raise UserError(tr("lifecycle.caseload.bad_entry", entry=text)) from None


def run(args: argparse.Namespace) -> int:
    store, aid = open_assessment(args)
    with acting(store, args):
        if args.take:
            store.adopt_caseload(aid, args.take)
            print(tr("lifecycle.ui.caseload_taken", name=args.take))
        elif args.entry:
            entries = [parse_entry(e) for e in args.entry]
            if args.reviewer:
                store.set_reviewer_caseload(aid, args.reviewer, entries)
            else:
                store.set_caseload(aid, entries)
    say_voided(store, aid)
    from ipsfidelity.review_words import caseload_reading

    data = store.get_assessment(aid)
    readings = store.reviewer_caseloads(aid)
    rows = [[name, caseload_reading(readings.get(name))] for name in data.info.reviewers]
    rows.append([tr("common.consensus"), caseload_reading(data.caseload or None)])
    print_table(rows, [tr("lifecycle.caseload.col_who"), tr("common.caseload")])
    return EXIT_OK
