from __future__ import annotations

import argparse

from ipsfidelity.commands.common import EXIT_OK, open_assessment, print_json, print_table
from ipsfidelity.i18n import pick, tr


def register(add_command) -> None:  # type: ignore[no-untyped-def]
    p = add_command("score", tr("cli.help.score"), run)
    p.add_argument("assessment", metavar="ASSESSMENT", help=tr("cli.help.assessment_ref"))
    p.add_argument("--json", action="store_true", help=tr("cli.help.json"))


def run(args: argparse.Namespace) -> int:
    from ipsfidelity.store.views import score_data
    from ipsfidelity.wording import caseload_status_text, number, verdict_sentence

    store, aid = open_assessment(args)
    data = store.get_assessment(aid)
    score = score_data(data)
    if args.json:
        print_json(score.to_json(aid))
        return EXIT_OK
    pack = store.pack_for(data.info)
    print(f"{data.team.name} · {data.info.period} · {data.info.date.isoformat()} · {pack.label()}")
    print_table(
        [
            [p.id, pick(pr.short), number(p.score), f"{p.rated}/{p.elements}"]
            for p, pr in zip(score.principles, pack.principles, strict=True)
        ],
        [tr("common.principle"), tr("cli.col.title"), tr("common.score"), tr("common.rated")],
    )
    print(f"{tr('common.overall')}: {number(score.overall)}")
    loads = ", ".join(f"{c.consultant} {number(c.load)}" for c in score.caseload.consultants)
    status = caseload_status_text(score.caseload.status)
    print(f"{tr('common.caseload')}: {status}" + (f" ({loads})" if loads else ""))
    print(verdict_sentence(score))
    return EXIT_OK
