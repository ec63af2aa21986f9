"""`ipsfidelity report` and notes that look like CPR numbers: refused (exit 2, one line)
unless --allow-personal-data or --mask-personal-data; masking in the gather step."""

from __future__ import annotations

import stat
import subprocess
import sys
from pathlib import Path

import pytest

from ipsfidelity.demo import fill_demo
from ipsfidelity.store import open_store
from tests.test_report import pdf_text

CPR = "2512841234"


@pytest.fixture
def flagged_db(db_path: Path) -> tuple[str, str]:
    store = open_store(str(db_path))
    fill_demo(store)
    aid = store.list_assessments(store.find_team("IPS Hillerød").id)[0].id
    element = next(iter(store.get_assessment(aid).ratings))
    store.reopen(aid, "Note tilføjet")  # the demo's reviews are finished
    store.set_rating(aid, element, note=f"Jf. journal for {CPR}")
    store.close()
    return aid, element


def _report(db: Path, aid: str, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "ipsfidelity", "--db", str(db), "report", aid, "--out", str(out)]
    return subprocess.run([*cmd, *extra], capture_output=True, text=True, timeout=120)


def test_refused_without_a_flag(db_path: Path, flagged_db: tuple[str, str], tmp_path: Path) -> None:
    aid, element = flagged_db
    out = tmp_path / "r.pdf"
    result = _report(db_path, aid, out)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert element in lines[0] and "--mask-personal-data" in lines[0]
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_masked_on_request(db_path: Path, flagged_db: tuple[str, str], tmp_path: Path) -> None:
    aid, _ = flagged_db
    out = tmp_path / "r.pdf"
    result = _report(db_path, aid, out, "--mask-personal-data")
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    assert "XXXXXX-XXXX" in text and CPR not in text
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_included_when_allowed(db_path: Path, flagged_db: tuple[str, str], tmp_path: Path) -> None:
    aid, _ = flagged_db
    out = tmp_path / "r.pdf"
    result = _report(db_path, aid, out, "--allow-personal-data")
    assert result.returncode == 0, result.stderr
    assert CPR in pdf_text(out).replace(" ", "")


def test_the_two_flags_exclude_each_other(
    db_path: Path, flagged_db: tuple[str, str], tmp_path: Path
) -> None:
    aid, _ = flagged_db
    result = _report(
        db_path, aid, tmp_path / "r.pdf", "--allow-personal-data", "--mask-personal-data"
    )
    assert result.returncode == 2


def test_action_plan_and_agreement_texts_are_checked_and_masked_too(
    db_path: Path, tmp_path: Path
) -> None:
    """Every free text the report prints is checked, not just the rating notes."""
    other = "0101901234"  # another valid CPR-like number: 1 Jan 1990
    store = open_store(str(db_path))
    fill_demo(store)
    team = store.find_team("IPS Hillerød")
    aid = store.list_assessments(team.id)[0].id
    date = store.get_assessment(aid).info.date
    plan = store.action_plan(aid)
    store.add_action_item(aid, f"Opfølgning på borger {CPR} med jobcentret")
    agreement = store.agreement_for(team.id, date)
    startup = f"Første borger: {other}"
    if agreement is None:
        store.create_agreement(team.id, date, startup=startup)
    else:
        store.update_agreement(agreement.id, startup=startup)
    store.close()

    out = tmp_path / "r.pdf"
    refused = _report(db_path, aid, out)
    assert refused.returncode == 2 and not out.exists()
    message = refused.stderr.strip()
    assert "\n" not in message
    assert f"handleplanens punkt {len(plan) + 1}" in message
    assert "samarbejdsaftalen: Den gode opstart" in message
    assert "noten til" not in message  # no rating note holds one

    masked = _report(db_path, aid, out, "--mask-personal-data")
    assert masked.returncode == 0, masked.stderr
    text = pdf_text(out).replace(" ", "")
    assert CPR not in text and other not in text
    assert text.count("XXXXXX-XXXX") >= 2
