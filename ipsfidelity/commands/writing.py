"""Shared by the commands that write a file: the output and personal-data flags, whether to
mask CPR-like numbers, and a failed write as one line."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from ipsfidelity.commands.common import EXIT_OK
from ipsfidelity.errors import UserError
from ipsfidelity.fileio import os_reason
from ipsfidelity.i18n import tr

# Where CPR-like numbers stand in what a command would write ("row 2, column Team").
Places = Callable[[], list[str]]
# Writes the file, masking CPR-like numbers when given True.
Writer = Callable[[bool], None]


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


def add_output_flags(
    p: argparse.ArgumentParser, *, csv_help: str, xlsx_help: str | None = None
) -> None:
    """`--json | --csv FILE [| --xlsx FILE]` and the personal-data flags, for a command that
    prints a listing or writes it as a spreadsheet."""
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help=tr("cli.help.json"))
    out.add_argument("--csv", metavar="FILE", type=Path, help=csv_help)
    if xlsx_help is not None:
        out.add_argument("--xlsx", metavar="FILE", type=Path, help=xlsx_help)
    add_personal_data_flags(p)


def mask_personal_data(args: argparse.Namespace, places: Places) -> bool:
    """Whether to mask CPR-like numbers in what the command writes. Never writes a
    citizen's CPR number without the user saying so: when `places()` names any and
    neither flag is given, the command is refused, naming where."""
    if getattr(args, "mask_personal_data", False):
        return True
    if not getattr(args, "allow_personal_data", False) and (found := places()):
        raise UserError(tr("report.personal_data", places=", ".join(found)))
    return False


def personal_data_answer(args: argparse.Namespace) -> Callable[[list[str]], bool]:
    """`mask_personal_data` for a writer that finds the places itself (`personal_data=`):
    given where CPR-like numbers stand, whether to mask them."""
    return lambda places: mask_personal_data(args, lambda: places)


@contextmanager
def writing_to(path: Path) -> Iterator[None]:
    """A failed write of `path` (an OSError) as one line naming the file and why."""
    try:
        yield
    except OSError as exc:
        raise UserError(tr("cli.export.failed", path=path, why=os_reason(exc))) from None


def write_file(args: argparse.Namespace, target: Path, places: Places, write: Writer) -> None:
    """`write(mask)` to `target`, masking CPR-like numbers as the flags say (refused when
    `places()` names any and neither flag is given); a failed write as one line."""
    mask = mask_personal_data(args, places)
    with writing_to(target):
        write(mask)


def export_file(args: argparse.Namespace, target: Path, places: Places, write: Writer) -> int:
    """`write_file`, then say where the file went."""
    write_file(args, target, places, write)
    print(tr("cli.export.done", path=target))
    return EXIT_OK
