"""`rate`: one element's rating, as a named reviewer's own (--as) or as the consensus."""

from __future__ import annotations

import argparse

from ipsfidelity.commands.common import EXIT_OK, open_assessment
from ipsfidelity.commands.review_common import acting, add_as, rating_word, say_voided
from ipsfidelity.i18n import tr


def register(add_command) -> None:  # type: ignore[no-untyped-def]
    p = add_command("rate", tr("cli.help.rate"), run)
    p.add_argument("assessment", metavar="ASSESSMENT", help=tr("cli.help.assessment_ref"))
    p.add_argument("element", metavar="ELEMENT", help=tr("cli.help.element"))
    p.add_argument("rating", metavar="RATING", nargs="?", help=tr("cli.help.rating"))
    p.add_argument("--note", help=tr("cli.help.note"))
    p.add_argument("--evidence", nargs="*", metavar="SOURCE", help=tr("cli.help.evidence"))
    p.add_argument("--consensus", action="store_true", help=tr("cli.help.rate_consensus"))
    add_as(p)


def run(args: argparse.Namespace) -> int:
    store, aid = open_assessment(args)
    with acting(store, args):
        if args.reviewer and not args.consensus:
            info = store.set_reviewer_rating(
                aid,
                args.reviewer,
                args.element,
                args.rating,
                note=args.note,
                evidence=args.evidence,
            )
        else:
            info = store.set_consensus(aid, args.element, args.rating, note=args.note)
            if args.evidence is not None:
                info = store.set_rating(aid, args.element, evidence=args.evidence)
    print(f"{info.element_id}: {rating_word(store, aid, info.rating)}")
    say_voided(store, aid)
    return EXIT_OK
