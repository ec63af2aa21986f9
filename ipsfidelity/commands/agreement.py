"""`agreement`: how far the reviewers' own ratings agree (exact %, weighted kappa or alpha)."""

from __future__ import annotations

import argparse
from typing import Any

from ipsfidelity.commands.common import EXIT_OK, open_assessment, print_json
from ipsfidelity.i18n import tr


def register(add_command) -> None:  # type: ignore[no-untyped-def]
    p = add_command("agreement", tr("cli.help.agreement"), run)
    p.add_argument("assessment", metavar="ASSESSMENT", help=tr("cli.help.assessment_ref"))
    p.add_argument("--json", action="store_true", help=tr("cli.help.json"))


def as_json(aid: str, agreement: Any) -> dict[str, Any]:
    return {
        "assessment": aid,
        "reviewers": agreement.reviewers,
        "elements": agreement.elements,
        "exact": agreement.exact,
        "statistic": agreement.statistic,
        "value": agreement.value,  # null also when it would mean nothing: see no_variation
        "no_variation": agreement.no_variation,
        "band": agreement.band,  # the value on its statistic's usual scale; null without one
        "few_elements": agreement.few_elements,
    }


def run(args: argparse.Namespace) -> int:
    store, aid = open_assessment(args)
    agreement = store.agreement(aid)
    if args.json:
        print_json(as_json(aid, agreement))
        return EXIT_OK
    from ipsfidelity.review_words import agreement_lines

    for line in agreement_lines(agreement):
        print(line)
    return EXIT_OK
