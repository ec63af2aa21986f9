"""`compare --team NAME [--kind independent|self] [--json | --csv FILE | --xlsx FILE]`: a
team's assessments side by side, with what moved; or its series as a spreadsheet."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from ipsfidelity.commands.common import EXIT_OK, open_store_from, print_json, print_table
from ipsfidelity.commands.writing import add_output_flags, export_file
from ipsfidelity.i18n import pick, tr
from ipsfidelity.wording import caseload_status_text, verdict_short_text

if TYPE_CHECKING:
    from pathlib import Path

    from ipsfidelity.analysis import AssessmentScore, RatingChange, Step


def register(add_command) -> None:  # type: ignore[no-untyped-def]
    p = add_command("compare", tr("cli.help.compare"), run)
    p.add_argument(
        "--team", metavar=tr("cli.metavar.name"), required=True, help=tr("compare.help.team")
    )
    add_kind_flag(p)
    add_output_flags(
        p, csv_help=tr("compare.help.trend_csv"), xlsx_help=tr("compare.help.trend_xlsx")
    )


def add_kind_flag(p: argparse.ArgumentParser) -> None:
    """`--kind independent|self`: only reviews of that kind (overview and compare)."""
    p.add_argument("--kind", choices=("independent", "self"), help=tr("compare.help.kind"))


def arrow(change: float | None) -> str:
    """↑ / ↓ / = and the size of a change, Danish style; empty when there is none."""
    from ipsfidelity.wording import number

    if change is None:
        return ""
    if change == 0:
        return "="
    return ("↑ " if change > 0 else "↓ ") + number(abs(change))


def score_header(principles: list[str]) -> list[str]:
    """The columns of a review's scores in `compare` and `overview`: when, which kind, each
    principle, and the result."""
    return [
        tr("common.period"),
        tr("common.date"),
        tr("compare.col.kind"),
        *principles,
        tr("common.overall"),
        tr("common.change"),
        tr("common.result"),
        tr("common.caseload"),
    ]


def result_cells(
    overall: float | None, change: float | None, verdict: str | None, caseload: str | None
) -> list[str]:
    """The last four cells under `score_header`; "–" for a team with no review."""
    from ipsfidelity.wording import number

    return [
        number(overall),
        arrow(change),
        "–" if verdict is None else verdict_short_text(verdict),
        "–" if caseload is None else caseload_status_text(caseload),
    ]


def run(args: argparse.Namespace) -> int:
    from ipsfidelity.analysis import of_kind, steps, trend
    from ipsfidelity.analysis.trend import changes_along

    store = open_store_from(args)
    with store.reading():  # one snapshot; a fixed number of statements for any history
        team = store.find_team(args.team)
        scores = of_kind(trend(store, team.id), args.kind)
        history = steps(scores)
        changes = changes_along(store, team.id, history)
    target = args.csv or args.xlsx
    if target is not None:
        return _export(team.name, scores, target, "csv" if args.csv else "xlsx", args)
    if args.json:
        print_json(
            {
                "team": {
                    "id": team.id,
                    "name": team.name,
                    "municipality": team.municipality,
                    "psychiatry": team.psychiatry,
                },
                "assessments": [_step_json(s, c) for s, c in zip(history, changes, strict=True)],
            }
        )
        return EXIT_OK
    if not history:
        print(tr("compare.none", team=team.name))
        return EXIT_OK
    _print_text(team.name, history, changes)
    return EXIT_OK


def _export(
    team: str, scores: list[AssessmentScore], target: Path, kind: str, args: argparse.Namespace
) -> int:
    from ipsfidelity.analysis.export import trend_table, write_trend

    return export_file(
        args,
        target,
        lambda: trend_table(team, scores).personal_data_places(),
        lambda mask: write_trend(team, scores, target, kind, mask_personal_data=mask),
    )


def _step_json(step: Step, changes: list[RatingChange]) -> dict[str, Any]:
    s, prev = step.score, step.previous
    return {
        "assessment": s.id,
        "date": s.date.isoformat(),
        "period": s.period,
        "kind": s.kind,
        "state": s.state,
        "instrument": {"id": s.instrument[0], "version": s.instrument[1]},
        "principles": [
            {"id": pid, "score": score, "delta": step.principle_delta(pid)}
            for pid, score in s.principles.items()
        ],
        "overall": s.overall,
        "overall_delta": step.overall_delta,
        "verdict": s.verdict,
        "caseload": s.caseload,
        "rated": s.rated,
        "elements": s.elements,
        "changes": [{"element": c.element, "from": c.before, "to": c.after} for c in changes],
        # Before and after for the two things that decide the verdict besides the elements:
        # null for the first assessment.
        "caseload_change": _change(prev and prev.caseload, s.caseload),
        "verdict_change": _change(prev and prev.verdict, s.verdict),
    }


def _change(before: str | None, after: str) -> dict[str, Any] | None:
    if before is None:
        return None
    return {"from": before, "to": after, "changed": before != after}


def _caseload_line(before: str, after: str) -> str:
    """'Caseload: i orden → over grænsen', or 'Caseload: i orden (uændret)'."""
    if before == after:
        return tr("compare.caseload_same", status=caseload_status_text(after))
    return tr(
        "compare.caseload", before=caseload_status_text(before), after=caseload_status_text(after)
    )


def _verdict_line(before: str, after: str) -> str:
    if before == after:
        return tr("compare.verdict_same", status=verdict_short_text(after))
    return tr("compare.verdict", before=verdict_short_text(before), after=verdict_short_text(after))


def _print_text(team: str, history: list[Step], changes: list[list[RatingChange]]) -> None:
    from ipsfidelity.analysis import principle_ids
    from ipsfidelity.instrument import get_pack
    from ipsfidelity.review_words import kind_word
    from ipsfidelity.wording import number

    principles = principle_ids(s.score.instrument for s in history)
    print(team)
    print_table(
        [
            [
                s.score.period,
                s.score.date.isoformat(),
                kind_word(s.score.kind),
                *(number(s.score.principles.get(pid)) for pid in principles),
                *result_cells(s.score.overall, s.overall_delta, s.score.verdict, s.score.caseload),
            ]
            for s in history
        ],
        score_header(principles),
    )
    for before, step, changed in zip(history, history[1:], changes[1:], strict=False):
        moved = [
            f"{pid} {arrow(step.principle_delta(pid))}"
            for pid in step.score.principles
            if step.principle_delta(pid)
        ]
        pack = get_pack(*step.score.instrument)
        labels = {s.id: pick(s.label) for s in pack.scale}
        elements = [
            f"{c.element} {labels.get(c.before, '–')} → {labels.get(c.after, '–')}" for c in changed
        ]
        print()
        print(tr("compare.step", period=step.score.period, previous=before.score.period))
        print("  " + tr("compare.principles", moved=", ".join(moved) or tr("compare.nothing")))
        print("  " + tr("compare.elements", changed="; ".join(elements) or tr("compare.nothing")))
        # The caseload decides the verdict too: a flip with no element change reads here.
        old, new = before.score, step.score
        print("  " + _caseload_line(old.caseload, new.caseload))
        print("  " + _verdict_line(old.verdict, new.verdict))
