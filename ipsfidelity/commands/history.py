"""`history`: a review's recorded changes (who, when, what: old -> new), filterable, as a
table, JSON or CSV. Personal data (CPR-like numbers) in values is masked unless asked for."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ipsfidelity.commands.common import EXIT_OK, open_assessment, print_json, print_rows
from ipsfidelity.commands.review_common import parse_day
from ipsfidelity.commands.writing import writing_to
from ipsfidelity.i18n import tr

if TYPE_CHECKING:
    from ipsfidelity.analysis.export import Cell
    from ipsfidelity.history_words import PackWords
    from ipsfidelity.store.lifecycle_views import HistoryInfo

VALUE_WIDTH = 40


def register(add_command) -> None:  # type: ignore[no-untyped-def]
    p = add_command("history", tr("cli.help.history"), run)
    p.add_argument("assessment", metavar="ASSESSMENT", help=tr("cli.help.assessment_ref"))
    p.add_argument(
        "--reviewer", metavar=tr("cli.metavar.name"), help=tr("cli.help.history_reviewer")
    )
    p.add_argument("--element", metavar="ELEMENT", help=tr("cli.help.element"))
    p.add_argument("--entity", help=tr("cli.help.history_entity"))
    p.add_argument("--since", metavar="YYYY-MM-DD", help=tr("cli.help.since"))
    p.add_argument(
        "--allow-personal-data", action="store_true", help=tr("cli.help.allow_personal_data")
    )
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help=tr("cli.help.json"))
    out.add_argument("--csv", metavar="FILE", type=Path, help=tr("cli.help.csv"))


def _value(text: str | None, allow_personal: bool) -> str | None:
    if text is None or allow_personal:
        return text
    from ipsfidelity.privacy import mask_cpr

    return mask_cpr(text)


def as_json(h: HistoryInfo, allow_personal: bool = False) -> dict[str, Any]:
    out = h.to_json()
    out["old_value"] = _value(h.old_value, allow_personal)
    out["new_value"] = _value(h.new_value, allow_personal)
    return out


def run(args: argparse.Namespace) -> int:
    import datetime as dt

    store, aid = open_assessment(args)
    since = None
    if args.since:
        since = dt.datetime.combine(parse_day(args.since), dt.time(), dt.UTC)
    entries = store.history(
        aid, entity=args.entity, reviewer=args.reviewer, element_id=args.element, since=since
    )
    allow = args.allow_personal_data
    if args.json:
        print_json([as_json(h, allow) for h in entries])
        return EXIT_OK
    if args.csv is not None:
        write_csv(args.csv, entries, allow, words(store, aid))
        print(
            tr("cli.history.written_one", path=args.csv)
            if len(entries) == 1
            else tr("cli.history.written", path=args.csv, count=len(entries))
        )
        return EXIT_OK
    from ipsfidelity.history_words import history_rows

    print_rows(
        [
            [r.when, r.who, r.what, _short(r.old), _short(r.new)]
            for r in history_rows(entries, words(store, aid), allow_personal=allow)
        ],
        [
            tr("cli.col.when"),
            tr("cli.col.who"),
            tr("cli.col.what"),
            tr("cli.col.old"),
            tr("cli.col.new"),
        ],
        none=tr("cli.history.none"),
    )
    return EXIT_OK


def words(store: Any, aid: str) -> PackWords:
    """The review's scale and evidence sources in words, for its history's values."""
    from ipsfidelity.history_words import pack_words

    info = store.get_assessment(aid).info
    return pack_words(store.pack_for(info), reviewers=info.reviewers)


def _short(text: str | None) -> str:
    if text is None:
        return "–"
    line = " ".join(text.split())
    return line if len(line) <= VALUE_WIDTH else line[: VALUE_WIDTH - 1] + "…"


def write_csv(
    path: Path, entries: list[HistoryInfo], allow: bool, pack: PackWords | None = None
) -> None:
    """Semicolon-separated UTF-8 with BOM, as `actions --csv`: the entries in words, as in
    Historik (the local time as 2026-12-04 14:03:05, which a spreadsheet reads as a time;
    `--json` keeps the stored codes and values)."""
    from ipsfidelity.analysis.export import Table, table_csv
    from ipsfidelity.history_words import history_rows

    header = [
        tr("cli.col.when"),
        tr("history.col.reviewer"),
        tr("history.col.os_user"),
        tr("history.col.db_user"),
        tr("cli.col.what"),
        tr("cli.col.old"),
        tr("cli.col.new"),
    ]
    rows = history_rows(
        entries, pack, allow_personal=allow, when=lambda at: f"{at.astimezone():%Y-%m-%d %H:%M:%S}"
    )
    body: list[list[Cell]] = [
        [r.when, r.reviewer, r.os_user, r.db_user, r.what, r.old, r.new] for r in rows
    ]
    with writing_to(path):
        table_csv(Table(header, body), path)
