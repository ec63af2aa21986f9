"""`consensus`: every element with each reviewer's own rating beside the consensus,
disagreements first; --accept-agreed sets the consensus where all reviewers agree."""

from __future__ import annotations

import argparse
from typing import Any

from ipsfidelity.commands.common import EXIT_OK, open_assessment, print_json, print_table
from ipsfidelity.commands.review_common import acting, add_as, say_voided
from ipsfidelity.i18n import tr


def register(add_command) -> None:  # type: ignore[no-untyped-def]
    p = add_command("consensus", tr("cli.help.consensus"), run)
    p.add_argument("assessment", metavar="ASSESSMENT", help=tr("cli.help.assessment_ref"))
    p.add_argument("--accept-agreed", action="store_true", help=tr("cli.help.accept_agreed"))
    p.add_argument("--json", action="store_true", help=tr("cli.help.json"))
    add_as(p)


def rows(store: Any, aid: str) -> tuple[list[str], list[dict[str, Any]]]:
    """Reviewer names and one row per element: own ratings, consensus, agreed or not."""
    data = store.get_assessment(aid)
    own = store.reviewer_ratings(aid)
    reviewers = [r for r in data.info.reviewers if r in own] + sorted(
        r for r in own if r not in data.info.reviewers
    )
    out = []
    for element_id in store.pack_for(data.info).element_ids:
        ratings = {r: own[r][element_id].rating for r in reviewers if element_id in own[r]}
        consensus = data.ratings.get(element_id)
        out.append(
            {
                "element": element_id,
                "reviewers": ratings,
                "agreed": len(ratings) == len(reviewers) and len(set(ratings.values())) == 1,
                "disagree": len(set(ratings.values())) > 1,
                "consensus": None if consensus is None else consensus.rating,
                "note": "" if consensus is None else consensus.note,
            }
        )
    out.sort(key=lambda r: not r["disagree"])  # disagreements first, pack order kept within
    return reviewers, out


def run(args: argparse.Namespace) -> int:
    store, aid = open_assessment(args)
    if args.accept_agreed:
        with acting(store, args):
            done = store.accept_agreed(aid)
        print(
            tr("cli.consensus.accepted_one")
            if len(done) == 1
            else tr("cli.consensus.accepted", count=len(done))
        )
        say_voided(store, aid)
    reviewers, table = rows(store, aid)
    if args.json:
        print_json({"assessment": aid, "reviewers": reviewers, "elements": table})
        return EXIT_OK
    from ipsfidelity.i18n import pick

    pack = store.pack_for(store.get_assessment(aid).info)
    label = {s.id: pick(s.label) for s in pack.scale}
    print_table(
        [
            [
                r["element"],
                *(label.get(r["reviewers"].get(name, ""), "-") for name in reviewers),
                label.get(r["consensus"] or "", "-"),
                "≠" if r["disagree"] else "",
            ]
            for r in table
        ],
        [tr("common.element"), *reviewers, tr("common.consensus"), ""],
    )
    return EXIT_OK
