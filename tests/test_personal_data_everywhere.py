"""A CPR number in any text that reaches a report or an export: the command refuses without
a flag (exit 2, one line naming where), masks every digit of it with --mask-personal-data,
and prints it with --allow-personal-data. Real CLI, real SQLite file, real PDF (pdftotext)."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from ipsfidelity.demo import demo_documents
from ipsfidelity.exchange.schema import FORMAT, FORMAT_VERSION
from ipsfidelity.store.followup import AGREEMENT_TEXT_FIELDS
from tests.test_report import pdf_text


class Numbers:
    """A different valid CPR number for each field, so a leak names its field."""

    def __init__(self) -> None:
        self.by_field: dict[str, str] = {}

    def __call__(self, field: str) -> str:
        n = len(self.by_field)
        # Day 10-27, month 1-12, born 19xx (7th digit 2), last digits unlike any date or score.
        number = f"{10 + n % 18:02d}{1 + n % 12:02d}{41 + n % 50:02d}-{2700 + 37 * n:04d}"
        self.by_field[field] = number
        return number


def _document_with_cpr_everywhere(numbers: Numbers) -> dict[str, Any]:
    """The newest demo review with an agreement and a plan, every printed text carrying a CPR."""
    doc = [d for d in demo_documents() if d.team.agreement is not None and d.action_plan][-1]
    a = doc.model_dump(mode="json")
    team = a["team"]
    for key in ("name", "municipality", "psychiatry", "clinics"):
        team[key] = f"{team[key]} {numbers('team.' + key)}"
    a["reviewers"] = [f"{r} {numbers(f'reviewer.{i}')}" for i, r in enumerate(a["reviewers"])]
    for i, entry in enumerate(a["caseload"]):
        entry["consultant"] = f"{entry['consultant']} {numbers(f'consultant.{i}')}"
    a["ratings"][0]["note"] = f"Borger {numbers('note')} nævnt"
    for i, item in enumerate(a["action_plan"]):
        item["origin"] = None  # the one review imported: no earlier plan to point at
        item["text"] = f"Tal med {numbers(f'action.{i}.text')}"
        item["owner"] = f"Ejer {numbers(f'action.{i}.owner')}"
        item["follow_up"] = f"Fulgt op {numbers(f'action.{i}.follow_up')}"
    agreement = team["agreement"]
    for key in AGREEMENT_TEXT_FIELDS:
        agreement[key] = f"{agreement[key]} {numbers('agreement.' + key)}".strip()
    for i, person in enumerate(agreement["signatories"]):
        person["name"] = f"{person['name']} {numbers(f'signatory.{i}.name')}"
        person["role"] = f"{person['role']} {numbers(f'signatory.{i}.role')}"
    return {"format": FORMAT, "format_version": FORMAT_VERSION, "assessment": a}


def _cli(db: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "ipsfidelity", "--lang", "da", "--db", str(db), *map(str, args)]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=180)


@pytest.fixture
def everywhere(db_path: Path, tmp_path: Path) -> tuple[str, Numbers]:
    numbers = Numbers()
    doc = _document_with_cpr_everywhere(numbers)
    source = tmp_path / "cpr.json"
    source.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    imported = _cli(db_path, "import", source)
    assert imported.returncode == 0, imported.stderr
    return doc["assessment"]["id"], numbers


def _digit_parts(number: str) -> tuple[str, str]:
    return number[:6], number[7:]


def test_report_refuses_names_every_place_masks_every_digit_and_prints_when_allowed(
    db_path: Path, tmp_path: Path, everywhere: tuple[str, Numbers]
) -> None:
    aid, numbers = everywhere
    assert len(numbers.by_field) >= 30
    out = tmp_path / "r.pdf"

    # Consultants named (by default the report prints "Konsulent 1, 2, …", never their names).
    unnamed = _cli(db_path, "report", aid, "--out", out)
    assert unnamed.returncode == 2 and "sagsbelastningen" not in unnamed.stderr
    refused = _cli(db_path, "report", aid, "--out", out, "--name-consultants")
    assert refused.returncode == 2 and not out.exists()
    line = refused.stderr.strip()
    assert "\n" not in line and "Traceback" not in line
    for place in (
        "holdets navn",
        "Kommune",
        "Psykiatri",
        "Ambulatorier og afdelinger",
        "Bedømmere",
        "noten til P1.1",
        "konsulent 1 i sagsbelastningen",
        "handleplanens punkt 1",
        "samarbejdsaftalen: Den gode opstart",
    ):
        assert place in line, place
    for number in numbers.by_field.values():
        assert number not in line  # the refusal says where, never what

    masked = _cli(
        db_path, "report", aid, "--out", out, "--mask-personal-data", "--name-consultants"
    )
    assert masked.returncode == 0, masked.stderr
    text = pdf_text(out)
    squeezed = text.replace(" ", "")
    leaks = {
        f: n for f, n in numbers.by_field.items() if any(p in squeezed for p in _digit_parts(n))
    }
    assert leaks == {}
    assert squeezed.count("XXXXXX-XXXX") >= len(numbers.by_field) - 2  # a few share a line
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True)
    assert numbers.by_field["team.name"][:6] not in info.stdout  # the PDF's own title too

    allowed = _cli(
        db_path, "report", aid, "--out", out, "--allow-personal-data", "--name-consultants"
    )
    assert allowed.returncode == 0, allowed.stderr
    squeezed = pdf_text(out).replace(" ", "")
    missing = [f for f, n in numbers.by_field.items() if n not in squeezed]
    assert missing == []


def test_exports_refuse_mask_and_allow(
    db_path: Path, tmp_path: Path, everywhere: tuple[str, Numbers]
) -> None:
    aid, numbers = everywhere
    team_number = numbers.by_field["team.name"]
    outputs: list[tuple[str, Path, list[str]]] = [
        ("export", tmp_path / "a.json", ["export", aid]),
        ("overview", tmp_path / "o.csv", ["overview", "--csv"]),
        ("overview", tmp_path / "o.xlsx", ["overview", "--xlsx"]),
        ("actions", tmp_path / "a.csv", ["actions", "--csv"]),
    ]
    team = json.loads(_cli(db_path, "teams", "--json").stdout)[0]["name"]
    outputs += [  # the team's series: its name holds a number as well
        ("compare", tmp_path / "t.csv", ["compare", "--team", team, "--csv"]),
        ("compare", tmp_path / "t.xlsx", ["compare", "--team", team, "--xlsx"]),
    ]
    for _name, path, args in outputs:
        refused = _cli(db_path, *args, path)
        assert refused.returncode == 2, (args, refused.stdout)
        assert "--mask-personal-data" in refused.stderr and "\n" not in refused.stderr.strip()
        assert not path.exists()

        assert _cli(db_path, *args, path, "--mask-personal-data").returncode == 0
        written = _readable(path)
        assert "XXXXXX-XXXX" in written
        assert not any(n in written for n in numbers.by_field.values()), args

        assert _cli(db_path, *args, path, "--allow-personal-data").returncode == 0
        assert team_number in _readable(path)


def test_a_masked_exchange_file_still_imports(
    db_path: Path, tmp_path: Path, everywhere: tuple[str, Numbers]
) -> None:
    """Masking touches free texts only: ids, dates and codes stay, so the file is valid."""
    aid, _ = everywhere
    path = tmp_path / "masked.json"
    assert _cli(db_path, "export", aid, path, "--mask-personal-data").returncode == 0
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["assessment"]["id"] == aid
    other = tmp_path / "other.sqlite3"
    result = _cli(other, "import", path)
    assert result.returncode == 0, result.stderr


def _readable(path: Path) -> str:
    if path.suffix == ".xlsx":
        from openpyxl import load_workbook

        book = load_workbook(path)
        return "\n".join(
            str(c.value) for sheet in book for row in sheet.iter_rows() for c in row if c.value
        )
    if path.suffix == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as fh:
            return "\n".join(";".join(row) for row in csv.reader(fh, delimiter=";"))
    return path.read_text(encoding="utf-8")
