"""Agreement without variation on the command line and in the report: one reviewer said
"met" on all 14 elements, so kappa would be 0 by construction. `agreement` (text and
--json) and the PDF (the agreement lines and the reviewers' annex) show "–" and why."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from ipsfidelity.cli import main
from ipsfidelity.store import open_store
from tests.test_report import after_draft_mark, page_count, pdf_text

AID = "0badcafe-2345-4678-9abc-def012345678"
DISAGREE = ("P1.1", "P3.2", "P5.1")

EXACT = "Bedømmerne gav samme bedømmelse på 79 % af 14 elementer"
DASH = "Cohens kappa (lineært vægtet): –"
WHY = "Kappa kan ikke beregnes meningsfuldt her: en bedømmer gav samme bedømmelse på alle elementer"
FEW = "Bemærk: kappa og alfa over kun 14 elementer er usikre; én ændret bedømmelse flytter tallet meget"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def flat_review(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """Anna says met on every element; Bo says partial on three: 11 of 14 alike."""
    db = tmp_path / "ips.sqlite3"
    store = open_store(str(db))
    team = store.create_team("IPS Holbæk", "Holbæk")
    day = dt.date.today() - dt.timedelta(days=1)
    a = store.create_assessment(team.id, day, reviewers=["Anna", "Bo"], assessment_id=AID)
    elements = list(store.pack_for(a).element_ids)
    store.close()
    for e in elements:
        bo_says = "partial" if e in DISAGREE else "met"
        for who, says in (("Anna", "met"), ("Bo", bo_says)):
            assert run(capsys, "--db", str(db), "rate", AID[:8], e, says, "--as", who)[0] == 0
    return db


def test_agreement_command_says_why_there_is_no_kappa(
    flat_review: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--db", str(flat_review), "agreement", AID[:8])
    assert code == 0, err
    assert out.splitlines() == [EXACT, DASH, WHY]  # no figure, so no word on its uncertainty

    code, out, _ = run(capsys, "--db", str(flat_review), "--lang", "en", "agreement", AID[:8])
    assert code == 0
    assert out.splitlines()[1:3] == [
        "Cohen's kappa (linear weights): –",
        "Kappa cannot be computed meaningfully here: one reviewer gave the same rating on"
        " every element",
    ]

    code, out, _ = run(capsys, "--db", str(flat_review), "agreement", AID[:8], "--json")
    assert code == 0
    doc = json.loads(out)
    assert doc["exact"] == pytest.approx(11 / 14)  # exact agreement stands
    assert doc["statistic"] == "kappa_linear"
    assert doc["value"] is None and doc["no_variation"] == "reviewer" and doc["band"] is None
    assert doc["few_elements"] is True and doc["elements"] == 14


def test_report_shows_the_dash_and_why_in_the_record_and_the_annex(
    flat_review: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = tmp_path / "rapport.pdf"
    code, _, err = run(capsys, "--db", str(flat_review), "report", AID[:8], "--out", str(pdf))
    assert code == 0, err
    pages = page_count(pdf)
    annex = pdf_text(pdf, pages)  # the reviewers' annex is the last page
    assert after_draft_mark(annex).startswith("Bilag: Bedømmernes egne bedømmelser")
    body = " ".join(pdf_text(pdf, page) for page in range(1, pages))
    for text in (body, annex):
        assert f"{EXACT} {DASH} {WHY}" in text and FEW not in text
        assert "Cohens kappa (lineært vægtet): 0,00" not in text

    pdf_en = tmp_path / "report.pdf"
    code, _, err = run(
        capsys, "--db", str(flat_review), "report", AID[:8], "--out", str(pdf_en), "--lang", "en"
    )
    assert code == 0, err
    text = pdf_text(pdf_en)
    assert (
        "Cohen's kappa (linear weights): – Kappa cannot be computed meaningfully here: one"
        " reviewer gave the same rating on every element" in text
    )
