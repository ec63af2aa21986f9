"""`ipsfidelity report`: end to end, and one-line errors with exit status 2."""

from __future__ import annotations

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
