"""Shared bits for command modules."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
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


def light_reader_from(args: argparse.Namespace) -> SQLiteReader | None:
    """A read-only reader without SQLAlchemy, when the database `--db` (or
    IPSFIDELITY_DB, or the default file) names is a current SQLite file; else None,
    and the command opens the store as usual."""
    from ipsfidelity.store.location import plain_sqlite_file, resolve_url
    from ipsfidelity.store.sqlite_reader import open_current

    path = plain_sqlite_file(resolve_url(getattr(args, "db", None)))
    return None if path is None else open_current(path)


def add_personal_data_flags(p: argparse.ArgumentParser) -> None:
    """--allow-personal-data / --mask-personal-data, for a command that writes a report or
    an export: one that would write a CPR-like number refuses without either."""
    personal = p.add_mutually_exclusive_group()
    personal.add_argument(
        "--allow-personal-data", action="store_true", help=tr("cli.help.allow_personal_data")
    )
    personal.add_argument(
        "--mask-personal-data", action="store_true", help=tr("cli.help.mask_personal_data")
    )


def mask_personal_data(args: argparse.Namespace, places: Callable[[], list[str]]) -> bool:
    """Whether to mask CPR-like numbers in what the command writes. Never writes a
    citizen's CPR number without the user saying so: when `places()` names any and
    neither flag is given, the command is refused, naming where."""
    if getattr(args, "mask_personal_data", False):
        return True
    if not getattr(args, "allow_personal_data", False) and (found := places()):
        raise UserError(tr("report.personal_data", places=", ".join(found)))
    return False


def print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def print_table(rows: list[list[str]], header: list[str]) -> None:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, ["-" * w for w in widths], *rows]:
        print("  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
