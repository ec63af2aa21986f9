"""Shared bits for command modules."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from ipsfidelity.errors import UserError
from ipsfidelity.i18n import tr

if TYPE_CHECKING:
    from ipsfidelity.store.sqlite_reader import SQLiteReader

EXIT_OK, EXIT_ERROR = 0, 2


def open_store_from(args: argparse.Namespace, *, create: bool = False) -> Any:
    """The store `--db` (or IPSFIDELITY_DB, or the default file) names. Only commands that
    add data (`create`) may start a new SQLite file: a mistyped path to read from says so,
    instead of answering from a new, empty database made on the spot."""
    from ipsfidelity.store import open_store
    from ipsfidelity.store.location import plain_sqlite_file, resolve_url

    db = getattr(args, "db", None)
    path = plain_sqlite_file(resolve_url(db))
    if not create and path is not None and not path.exists():
        raise UserError(tr("db.missing", path=str(path)))
    return open_store(db)


def open_assessment(args: argparse.Namespace) -> tuple[Any, str]:
    """The store and the id of the review `ASSESSMENT` names (a uuid or a prefix of one)."""
    store = open_store_from(args)
    return store, store.resolve_assessment(args.assessment)


def add_teams_flag(p: argparse.ArgumentParser) -> None:
    """`--team NAME`, repeatable: only those teams (bundle and sync)."""
    p.add_argument(
        "--team", action="append", metavar=tr("cli.metavar.name"), help=tr("sync.help.team")
    )


def team_ids_from(store: Any, args: argparse.Namespace) -> list[str] | None:
    """The ids of the teams `--team` names; None (every team) without the flag."""
    return None if not args.team else [store.find_team(name).id for name in args.team]


def light_reader_from(args: argparse.Namespace) -> SQLiteReader | None:
    """A read-only reader without SQLAlchemy, when the database `--db` (or
    IPSFIDELITY_DB, or the default file) names is a current SQLite file; else None,
    and the command opens the store as usual."""
    from ipsfidelity.store.location import plain_sqlite_file, resolve_url
    from ipsfidelity.store.sqlite_reader import open_current

    path = plain_sqlite_file(resolve_url(getattr(args, "db", None)))
    return None if path is None else open_current(path)


def print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def print_rows(rows: list[list[str]], header: list[str], *, none: str) -> None:
    """The rows as a table, or the line `none` when there are none."""
    if rows:
        print_table(rows, header)
    else:
        print(none)


def print_table(rows: list[list[str]], header: list[str]) -> None:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, ["-" * w for w in widths], *rows]:
        print("  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
