from __future__ import annotations

import argparse

from ipsfidelity.commands.common import EXIT_OK, open_store_from, print_json, print_table
from ipsfidelity.i18n import tr
from ipsfidelity.wording import verdict_short_text


def register(add_command) -> None:  # type: ignore[no-untyped-def]
    p = add_command("assessments", tr("cli.help.assessments"), run)
    p.add_argument("--team", metavar=tr("cli.metavar.name"), help=tr("cli.help.team"))
    p.add_argument("--json", action="store_true", help=tr("cli.help.json"))


def run(args: argparse.Namespace) -> int:
    from ipsfidelity.analysis.screens import scored_assessments
    from ipsfidelity.review_words import kind_short, state_word
    from ipsfidelity.wording import number

    store = open_store_from(args)
    team_id = store.find_team(args.team).id if args.team else None
    # Scored in SQL, all in one read: a fixed number of statements for any region.
    rows = [(r.info, r.score) for r in scored_assessments(store, team_id)]
    if args.json:
        print_json(
            [
                {
                    "id": i.id,
                    "team": {"id": i.team_id, "name": i.team_name},
                    "date": i.date.isoformat(),
                    "period": i.period,
                    "instrument": {"id": i.instrument_id, "version": i.instrument_version},
                    "reviewers": list(i.reviewers),
                    "rated": i.rated,
                    "elements": s.elements,
                    "overall": s.overall,
                    "verdict": s.verdict,
                    "kind": i.kind,
                    "state": i.state,
                    "updated_at": i.updated_at.isoformat(),
                }
                for i, s in rows
            ]
        )
        return EXIT_OK
    if not rows:
        print(tr("cli.assessments.none"))
        return EXIT_OK
    print_table(
        [
            [
                i.id[:8],
                i.team_name,
                i.period,
                i.date.isoformat(),
                kind_short(i.kind),
                state_word(i.state),
                f"{i.rated}/{s.elements}",
                number(s.overall),
                verdict_short_text(s.verdict),
            ]
            for i, s in rows
        ],
        [
            tr("cli.col.id"),
            tr("common.team"),
            tr("common.period"),
            tr("common.date"),
            tr("compare.col.kind"),
            tr("common.status"),
            tr("common.rated"),
            tr("common.overall"),
            tr("common.result"),
        ],
    )
    return EXIT_OK
