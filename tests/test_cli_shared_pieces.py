"""The pieces the commands share: writing a file (the personal-data flags, a failed write as
one line), a table or its "none" line, and the tables of words for stored codes."""

from __future__ import annotations

import argparse
import errno
from pathlib import Path

import pytest

from ipsfidelity.commands.common import print_rows
from ipsfidelity.commands.exchange_common import status_text
from ipsfidelity.commands.writing import add_output_flags, export_file, write_file, writing_to
from ipsfidelity.errors import UserError
from ipsfidelity.exchange.preview import Status
from ipsfidelity.fileio import atomic_write, os_reason
from ipsfidelity.i18n import set_language, tr
from ipsfidelity.textcheck import first_bad_char, problem_text, text_problem


def _args(*argv: str) -> argparse.Namespace:
    p = argparse.ArgumentParser()
    add_output_flags(p, csv_help="csv", xlsx_help="xlsx")
    return p.parse_args(list(argv))


def test_a_failed_write_is_one_line_naming_the_file_and_why(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "out.csv"
    with pytest.raises(UserError) as caught, writing_to(target):
        atomic_write(target, b"x")
    assert str(caught.value) == tr("cli.export.failed", path=target, why="mappen findes ikke")
    assert "\n" not in str(caught.value)


def test_write_file_refuses_cpr_numbers_unless_a_flag_says_what_to_do(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    masks: list[bool] = []

    def write(mask: bool) -> None:
        masks.append(mask)
        atomic_write(target, b"masked" if mask else b"as is")

    with pytest.raises(UserError, match="række 1"):
        write_file(_args("--csv", str(target)), target, lambda: ["række 1"], write)
    assert not target.exists() and masks == []

    write_file(_args("--csv", str(target), "--mask-personal-data"), target, lambda: ["x"], write)
    assert target.read_bytes() == b"masked"
    write_file(_args("--csv", str(target), "--allow-personal-data"), target, lambda: ["x"], write)
    assert target.read_bytes() == b"as is"
    write_file(_args("--csv", str(target)), target, list, write)  # nothing found: as is
    assert masks == [True, False, False]


def test_export_file_says_where_the_file_went(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out.xlsx"
    args = _args("--xlsx", str(target))
    assert export_file(args, target, list, lambda mask: atomic_write(target, b"x")) == 0
    assert capsys.readouterr().out == tr("cli.export.done", path=target) + "\n"


def test_print_rows_prints_a_table_or_the_none_line(capsys: pytest.CaptureFixture[str]) -> None:
    print_rows([], ["A", "B"], none="Ingen")
    assert capsys.readouterr().out == "Ingen\n"
    print_rows([["1", "22"]], ["A", "B"], none="Ingen")
    assert capsys.readouterr().out.splitlines() == ["A  B", "-  --", "1  22"]


def test_os_reason_in_words_for_what_a_user_can_act_on() -> None:
    assert os_reason(FileNotFoundError(errno.ENOENT, "No such file")) == "mappen findes ikke"
    assert os_reason(PermissionError(errno.EPERM, "Not permitted")) == "ingen adgang"
    assert os_reason(OSError(errno.ENOTDIR, "Not a directory")) == tr("os.not_a_folder")
    assert os_reason(OSError(errno.EIO, "Input/output error")) == "Input/output error"
    set_language("en")
    assert os_reason(OSError(errno.ENOSPC, "No space left")) == "the disk is full"


def test_every_preview_status_has_its_words() -> None:
    words = {status: status_text(status) for status in Status}
    assert words[Status.LOCAL_NEWER] == tr("sync.status.local_newer")
    assert len(set(words.values())) == len(Status)  # no two statuses read alike


def test_a_refused_text_names_its_character_and_a_blank_name_says_so() -> None:
    for value in ("a\u202eb", "a\x00b"):
        problem = text_problem(value)
        assert problem is not None
        char = first_bad_char(value)
        assert char in problem_text(problem, char)
    assert problem_text("invisible_name", "") == tr("text.invisible_name")
