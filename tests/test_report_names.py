"""A citizen's name in a note, an action or the agreement is personal data like a CPR
number: `report` refuses it without a flag, masks it as N.N. with --mask-personal-data,
and leaves the staff's names (reviewers, consultants) as typed. The exchange file and the
actions CSV do the same with their free texts."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from ipsfidelity.demo import fill_demo
from ipsfidelity.store import open_store
from tests.test_report import pdf_text

CITIZEN = "Jens Jensen"
OTHER = "Anne-Marie Østergaard"


@pytest.fixture
def named_db(db_path: Path) -> tuple[str, str, str]:
    """A demo review whose first note names a citizen and one of its own reviewers, and
    whose action plan names another citizen. (assessment, element, reviewer)"""
    store = open_store(str(db_path))
    fill_demo(store)
    team = store.find_team("IPS Hillerød")
    aid = store.list_assessments(team.id)[0].id
    data = store.get_assessment(aid)
    element = next(iter(data.ratings))
    reviewer = data.info.reviewers[0]
    store.reopen(aid, "Note tilføjet")  # the demo's reviews are finished
    note = f"Talte med {CITIZEN} om praktik; aftalt med {reviewer} at følge op"
    store.set_rating(aid, element, note=note)
    store.add_action_item(aid, f"Ny samtale med {OTHER} om job")
    store.close()
    return aid, element, reviewer


def _run(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "ipsfidelity", "--db", str(db), *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


def test_report_refuses_a_name_without_a_flag(
    db_path: Path, named_db: tuple[str, str, str], tmp_path: Path
) -> None:
    aid, element, _ = named_db
    out = tmp_path / "r.pdf"
    result = _run(db_path, "report", aid, "--out", str(out))
    assert result.returncode == 2
    (line,) = result.stderr.strip().splitlines()
    assert "borgeres navne" in line and f"noten til {element}" in line
    assert "handleplanens punkt" in line
    assert CITIZEN not in line  # the refusal names where, never the name itself
    assert not out.exists()


def test_report_masks_names_but_not_the_staff(
    db_path: Path, named_db: tuple[str, str, str], tmp_path: Path
) -> None:
    aid, _, reviewer = named_db
    out = tmp_path / "r.pdf"
    result = _run(db_path, "report", aid, "--out", str(out), "--mask-personal-data")
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    assert CITIZEN not in text and OTHER not in text
    assert "Talte med N.N. om praktik" in text
    assert f"aftalt med {reviewer} at følge op" in text  # a colleague, printed as typed
    assert "Ny samtale med N.N. om job" in text


def test_report_prints_names_when_allowed(
    db_path: Path, named_db: tuple[str, str, str], tmp_path: Path
) -> None:
    aid, _, _ = named_db
    out = tmp_path / "r.pdf"
    result = _run(db_path, "report", aid, "--out", str(out), "--allow-personal-data")
    assert result.returncode == 0, result.stderr
    assert f"Talte med {CITIZEN} om praktik" in pdf_text(out)


def test_export_masks_names_in_free_texts_only(
    db_path: Path, named_db: tuple[str, str, str], tmp_path: Path
) -> None:
    aid, _, reviewer = named_db
    out = tmp_path / "r.json"
    refused = _run(db_path, "export", aid, str(out))
    assert refused.returncode == 2 and "ratings" in refused.stderr and not out.exists()
    result = _run(db_path, "export", aid, str(out), "--mask-personal-data")
    assert result.returncode == 0, result.stderr
    written = out.read_text(encoding="utf-8")
    assert CITIZEN not in written and OTHER not in written
    doc = json.loads(written)["assessment"]
    assert reviewer in doc["reviewers"]  # a name field keeps its name
    notes = [r["note"] for r in doc["ratings"]]
    assert f"Talte med N.N. om praktik; aftalt med {reviewer} at følge op" in notes


def test_actions_csv_masks_names_in_the_action(
    db_path: Path, named_db: tuple[str, str, str], tmp_path: Path
) -> None:
    out = tmp_path / "a.csv"
    refused = _run(db_path, "actions", "--csv", str(out))
    assert refused.returncode == 2 and not out.exists()
    result = _run(db_path, "actions", "--csv", str(out), "--mask-personal-data")
    assert result.returncode == 0, result.stderr
    written = out.read_text(encoding="utf-8-sig")
    assert OTHER not in written and "Ny samtale med N.N. om job" in written
    assert "Lone Kjær" in written  # an owner in the demo data: staff, kept


def test_a_consultant_named_in_a_note_is_staff_also_when_the_report_numbers_them(
    db_path: Path,
) -> None:
    from ipsfidelity.report.content import gather, masked, personal_data_places

    store = open_store(str(db_path))
    fill_demo(store)
    team = store.find_team("IPS Hillerød")
    aid = store.list_assessments(team.id)[0].id
    data = store.get_assessment(aid)
    consultant = data.caseload[0].consultant
    element = next(iter(data.ratings))
    store.reopen(aid, "Note tilføjet")
    store.set_rating(aid, element, note=f"Aftalt med {consultant} og {CITIZEN}")
    try:
        for named in (False, True):
            content = gather(store, aid, name_consultants=named)
            shown = [e.consultant for e in content.data.caseload]
            assert (consultant in shown) is named
            places = personal_data_places(content)
            assert any(element in p for p in places)  # the citizen is still found
            note = masked(content).data.ratings[element].note
            assert note == f"Aftalt med {consultant} og N.N."
    finally:
        store.close()
