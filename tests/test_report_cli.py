"""`ipsfidelity report`: end to end, and one-line errors with exit status 2."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from ipsfidelity.cli import main
from ipsfidelity.demo import fill_demo
from ipsfidelity.store import open_store


@pytest.fixture
def demo_db(db_path: Path) -> str:
    store = open_store(str(db_path))
    fill_demo(store)
    aid = store.list_assessments(store.find_team("IPS Hillerød").id)[0].id
    store.close()
    return aid


def test_report_command_end_to_end(db_path: Path, demo_db: str, tmp_path: Path) -> None:
    out = tmp_path / "rapport.pdf"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "ipsfidelity",
            "--db",
            str(db_path),
            "report",
            demo_db[:8],
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert str(out) in result.stdout
    text = subprocess.run(
        ["pdftotext", str(out), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "IPS Hillerød" in text and "side 1 af" in text


def test_report_command_english(
    db_path: Path, demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "report.pdf"
    code = main(["--db", str(db_path), "report", demo_db, "--out", str(out), "--lang", "en"])
    assert code == 0
    assert "Report saved" in capsys.readouterr().out
    text = subprocess.run(
        ["pdftotext", str(out), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "page 1 of" in text


@pytest.mark.parametrize(
    ("ref", "out_name", "expected"),
    [
        ("ffffffff", "r.pdf", "Ingen vurdering har id"),
        (None, "missing-folder/r.pdf", "mappen findes ikke"),
        (None, "", "det er en mappe"),
    ],
)
def test_report_command_errors(
    db_path: Path,
    demo_db: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    ref: str | None,
    out_name: str,
    expected: str,
) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / out_name if out_name else out_dir
    code = main(["--db", str(db_path), "report", ref or demo_db, "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 2
    assert expected in err and len(err.strip().splitlines()) == 1
    assert list(out_dir.rglob("*")) == []  # no partial or temporary file


def test_report_command_names_consultants_only_when_asked(
    db_path: Path, demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = open_store(str(db_path))
    names = [e.consultant for e in store.get_assessment(demo_db).caseload]
    store.close()
    assert names
    plain, named = tmp_path / "plain.pdf", tmp_path / "named.pdf"
    assert main(["--db", str(db_path), "report", demo_db, "--out", str(plain)]) == 0
    args = ["--db", str(db_path), "report", demo_db, "--out", str(named), "--name-consultants"]
    assert main(args) == 0
    capsys.readouterr()

    def text(path: Path) -> str:
        out = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True)
        return " ".join(out.stdout.decode().split())

    assert not any(n in text(plain) for n in names) and "Konsulent 1" in text(plain)
    assert all(n in text(named) for n in names)


def test_report_command_counts_overdue_from_a_given_date(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = open_store(str(db_path))
    fill_demo(store)
    aid = store.list_assessments(store.find_team("IPS Albertslund").id)[0].id
    deadlines = sorted(i.deadline for i in store.action_plan(aid) if i.deadline)
    store.close()
    late = deadlines[-1] + dt.timedelta(days=1)  # after every deadline
    if late == dt.date.today():  # the command's printing date: not a chosen one
        late += dt.timedelta(days=1)
    out = tmp_path / "r.pdf"
    args = ["--db", str(db_path), "report", aid, "--out", str(out)]
    assert main([*args, "--overdue-on", late.isoformat()]) == 0
    text = subprocess.run(["pdftotext", str(out), "-"], check=True, capture_output=True)
    words = " ".join(text.stdout.decode().split())
    day = f"{late.day}. "
    assert f"overskredet pr. {day}" in words and "den valgte skæringsdato" in words
    assert main([*args, "--overdue-on", "31-12-2026"]) == 2
    assert "31-12-2026" in capsys.readouterr().err
