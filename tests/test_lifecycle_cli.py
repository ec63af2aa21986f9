"""Two reviewers on two laptops, through exchange files and the command line: each rates
blind, one reviewer's ratings travel alone and are merged, consensus, sign-off, finish,
an edit refused (here and on import), reopen with a reason, history and agreement."""

from __future__ import annotations

import csv
import datetime as dt
import getpass
import json
import shutil
from contextlib import closing
from pathlib import Path

import pytest

from ipsfidelity.cli import main
from ipsfidelity.fingerprint import fingerprint
from ipsfidelity.report.text import Words
from ipsfidelity.store import open_store
from ipsfidelity.store.views import CaseloadInfo
from ipsfidelity.wording import date_text
from tests.test_report import page_count, pdf_text

AID = "abcdef01-2345-4678-9abc-def012345678"
DISAGREE = ("P1.1", "P3.2", "P5.1")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _laptop(path: Path) -> list[str]:
    return ["--db", str(path)]


def test_two_laptops_through_exchange_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    anna_db, bo_db = tmp_path / "anna.sqlite3", tmp_path / "bo.sqlite3"
    store = open_store(str(anna_db))
    team = store.create_team("IPS Roskilde", "Roskilde")
    review_day = dt.date.today() - dt.timedelta(days=2)
    a = store.create_assessment(team.id, review_day, reviewers=["Anna", "Bo"], assessment_id=AID)
    elements = list(store.pack_for(a).element_ids)
    store.close()

    # The empty review goes to Bo's laptop; each rates on their own.
    start = tmp_path / "start.json"
    assert run(capsys, *_laptop(anna_db), "export", AID[:8], str(start))[0] == 0
    assert run(capsys, *_laptop(bo_db), "import", str(start))[0] == 0
    for e in elements:
        assert run(capsys, *_laptop(anna_db), "rate", AID[:8], e, "met", "--as", "Anna")[0] == 0
        bo_says = "partial" if e in DISAGREE else "met"
        assert run(capsys, *_laptop(bo_db), "rate", AID[:8], e, bo_says, "--as", "Bo")[0] == 0

    # Each types their own caseload reading.
    code, out, _ = run(
        capsys,
        *_laptop(anna_db),
        "caseload",
        AID[:8],
        "--as",
        "Anna",
        "--entry",
        "Søren Ærø:1,0:19:0",
    )
    assert code == 0 and "Søren Ærø 1,0 · 19 + 0" in out
    code, _, err = run(
        capsys, *_laptop(bo_db), "caseload", AID[:8], "--as", "Bo", "--entry", "Søren Ærø:1:21"
    )
    assert code == 2 and "KONSULENT:ÅRSVÆRK:IPS-SAGER:ANDRE-SAGER" in err
    assert (
        run(
            capsys,
            *_laptop(bo_db),
            "caseload",
            AID[:8],
            "--as",
            "Bo",
            "--entry",
            "Søren Ærø:1:21:0",
        )[0]
        == 0
    )

    # Anna's own ratings travel alone and are merged into the same review on Bo's laptop.
    annas = tmp_path / "anna-only.json"
    assert (
        run(capsys, *_laptop(anna_db), "export", AID[:8], str(annas), "--reviewer", "Anna")[0] == 0
    )
    doc = json.loads(annas.read_text(encoding="utf-8"))
    assert doc["format_version"] == 2 and doc["assessment"]["contents"] == "reviewer"
    assert [r["reviewer"] for r in doc["assessment"]["reviewer_ratings"]] == ["Anna"]
    assert "ratings" not in doc["assessment"]
    # Only Anna's own changes travel with her ratings and her caseload reading (the base
    # for merging them).
    history = doc["assessment"]["history"]
    assert history and {(h["entity"], h["subject"]) for h in history} == {
        ("reviewer_rating", "Anna"),
        ("reviewer_caseload", "Anna"),
    }
    code, out, _ = run(capsys, *_laptop(bo_db), "import", str(annas))
    assert code == 0 and "flettet" in out

    code, out, _ = run(capsys, *_laptop(bo_db), "consensus", AID[:8], "--json")
    table = json.loads(out)
    assert table["reviewers"] == ["Anna", "Bo"]
    assert [r["element"] for r in table["elements"][:3]] == list(DISAGREE)  # disagreements first
    agreement = json.loads(run(capsys, *_laptop(bo_db), "agreement", AID[:8], "--json")[1])
    assert agreement["exact"] == pytest.approx(11 / 14) and agreement["statistic"] == "kappa_linear"
    assert agreement["few_elements"] is True

    code, out, _ = run(
        capsys, *_laptop(bo_db), "consensus", AID[:8], "--accept-agreed", "--as", "Bo"
    )
    assert code == 0 and "11" in out
    for e in DISAGREE:
        code, _, _ = run(
            capsys,
            *_laptop(bo_db),
            "rate",
            AID[:8],
            e,
            "partial",
            "--note",
            "Enige",
            "--as",
            "Bo",
            "--consensus",
        )
        assert code == 0
    code, _, err = run(capsys, *_laptop(bo_db), "finish", AID[:8], "--sign", "Anna")
    assert code == 2 and "caseload" in err and "Bo" in err
    # Both readings, side by side; Anna's is taken as the review's caseload.
    code, out, _ = run(capsys, *_laptop(bo_db), "caseload", AID[:8])
    lines = out.splitlines()
    assert lines[2].split() == ["Anna", "Søren", "Ærø", "1,0", "·", "19", "+", "0"]
    assert lines[3].split() == ["Bo", "Søren", "Ærø", "1,0", "·", "21", "+", "0"]
    assert lines[4].split() == ["Konsensus", "–"]
    code, out, _ = run(capsys, *_laptop(bo_db), "caseload", AID[:8], "--take", "Anna", "--as", "Bo")
    assert code == 0 and "Caseload fra Anna er nu vurderingens caseload" in out
    with closing(open_store(str(bo_db))) as s:
        assert s.get_assessment(AID).caseload == (CaseloadInfo("Søren Ærø", 1.0, 19, 0),)
    code, out, _ = run(
        capsys, *_laptop(bo_db), "finish", AID[:8], "--sign", "Anna", "--sign", "Bo", "--as", "Bo"
    )
    assert code == 0 and "Afsluttet" in out and "Anna, Bo" in out

    # Locked: on the command line, and against a change arriving by import.
    code, _, err = run(capsys, *_laptop(bo_db), "rate", AID[:8], "P1.1", "met")
    assert code == 2 and "Genåbn" in err and err[-1] == "\n" and err.count("\n") == 1
    other_copy = tmp_path / "anna-copy.sqlite3"  # Anna edits a copy after Bo finished
    shutil.copy(anna_db, other_copy)
    assert (
        run(capsys, *_laptop(other_copy), "rate", AID[:8], "P8.2", "not_met", "--as", "Anna")[0]
        == 0
    )
    stale = tmp_path / "anna-full.json"
    assert run(capsys, *_laptop(other_copy), "export", AID[:8], str(stale))[0] == 0
    code, _, err = run(capsys, *_laptop(bo_db), "import", str(stale))
    assert code == 2 and "afsluttet" in err and "Genåbn" in err

    # The finished review goes back to Anna: it replaces her draft copy, with the lifecycle.
    final = tmp_path / "final.json"
    assert run(capsys, *_laptop(bo_db), "export", AID[:8], str(final))[0] == 0
    assert run(capsys, *_laptop(anna_db), "import", str(final))[0] == 0
    s = open_store(str(anna_db))
    life = s.lifecycle(AID)
    assert life.state == "finished" and [x.reviewer for x in life.signoffs] == ["Anna", "Bo"]
    assert s.get_assessment(AID).ratings["P1.1"].note == "Enige"
    assert s.own_ratings(AID, "Anna")["P8.2"].rating == "met"  # Bo's record wins
    bo_history = json.loads(final.read_text(encoding="utf-8"))["assessment"]["history"]
    assert {h["id"] for h in bo_history} <= {h.id for h in s.history(AID)}
    s.close()

    # Reopened with a reason, corrected, finished again.
    code, _, err = run(capsys, *_laptop(anna_db), "reopen", AID[:8], "--reason", "  ")
    assert code == 2 and "begrundelse" in err
    code, out, _ = run(
        capsys,
        *_laptop(anna_db),
        "reopen",
        AID[:8],
        "--reason",
        "P5.1 var fejltastet",
        "--as",
        "Anna",
    )
    assert code == 0 and "Konsensus" in out
    assert run(capsys, *_laptop(anna_db), "rate", AID[:8], "P5.1", "met", "--as", "Anna")[0] == 0
    assert run(capsys, *_laptop(anna_db), "rate", AID[:8], "P5.1", "met")[0] == 0
    code, _, _ = run(capsys, *_laptop(anna_db), "finish", AID[:8], "--sign", "Anna", "--sign", "Bo")
    assert code == 0

    code, out, _ = run(capsys, *_laptop(anna_db), "history", AID[:8], "--json")
    history = json.loads(out)
    fields = [(h["entity"], h["field"]) for h in history]
    assert ("reopening", "reason") in fields and ("assessment", "imported") in fields
    reopen = next(h for h in history if h["entity"] == "reopening")
    assert (reopen["reviewer"], reopen["os_user"]) == ("Anna", getpass.getuser())
    assert any(h["entity"] == "reviewer_rating" and h["subject"] == "Bo" for h in history)
    only_p51 = json.loads(
        run(capsys, *_laptop(anna_db), "history", AID[:8], "--element", "P5.1", "--json")[1]
    )
    assert only_p51 and all(h["element_id"] == "P5.1" for h in only_p51)

    # The report of the finished review, read back: sign-off, agreement, reopening, the
    # reviewers' own ratings, and the record's fingerprint on every page.
    pdf = tmp_path / "rapport.pdf"
    code, _, err = run(capsys, *_laptop(anna_db), "report", AID[:8], "--out", str(pdf))
    assert code == 0, err
    text = pdf_text(pdf)
    today = Words("da").date(dt.date.today()).replace("\u00a0", " ")
    # Both signed the day it was finished (finish --sign): that day is said once.
    assert f"Afsluttet og underskrevet {today} af Anna, Bo" in text
    assert "KLADDE" not in text
    assert "Ekstern vurdering" in text
    # One reviewer rated alike throughout: no kappa, and no word on a figure's uncertainty.
    assert "Cohens kappa (lineært vægtet): –" in text and "usikre" not in text
    assert "Bedømmerne gav samme bedømmelse på 79 % af 14 elementer" in text
    assert "P5.1 var fejltastet" in text
    assert "Hver bedømmers egne bedømmelser står i bilaget." in text
    pages = page_count(pdf)
    annex = pdf_text(pdf, pages)  # no cooperation agreement here: the annex is the last page
    assert annex.lstrip().startswith("Bilag: Bedømmernes egne bedømmelser")
    assert "Underskrift og dato" in pdf_text(pdf, pages - 1)
    assert "Anna" in annex and "Bo" in annex and "Delvist opfyldt" in annex
    assert "Cohens kappa (lineært vægtet)" in annex
    s = open_store(str(anna_db))
    stamp = fingerprint(s.get_assessment(AID), s.lifecycle(AID))
    s.close()
    for page in range(1, page_count(pdf) + 1):
        assert f"Fingeraftryk {stamp}" in pdf_text(pdf, page)

    out_csv = tmp_path / "historik.csv"
    code, out, _ = run(capsys, *_laptop(anna_db), "history", AID[:8], "--csv", str(out_csv))
    assert code == 0
    with out_csv.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert rows[0] == [
        "Hvornår",
        "Bedømmer",
        "Brugernavn på maskinen",
        "Databaserolle",
        "Hvad",
        "Før",
        "Efter",
    ]
    assert len(rows) == len(history) + 1
    what = {r[4] for r in rows[1:]}
    assert "Genåbning · begrundelse" in what and "Vurderingen · importeret" in what
    assert any(w.startswith("Egen bedømmelse, Bo P") for w in what)
    assert any(r[4] == "Vurderingen · tilstand" and r[6] == "Afsluttet" for r in rows)


def test_history_masks_cpr_numbers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "db.sqlite3"
    s = open_store(str(db))
    team = s.create_team("IPS Maske")
    a = s.create_assessment(team.id, dt.date.today(), reviewers=["Åse"])
    s.set_rating(a.id, "P1.1", "met", note="Borger 010190-1234 nævnt")
    s.close()
    out = run(capsys, *_laptop(db), "history", a.id[:8], "--json")[1]
    assert "010190-1234" not in out and "XXXXXX-XXXX" in out
    out = run(capsys, *_laptop(db), "history", a.id[:8], "--json", "--allow-personal-data")[1]
    assert "010190-1234" in out


def test_kind_set_in_draft_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "db.sqlite3"
    s = open_store(str(db))
    team = s.create_team("IPS Selv")
    a = s.create_assessment(team.id, dt.date.today(), reviewers=["Team"])
    s.close()
    code, out, _ = run(capsys, *_laptop(db), "kind", a.id[:8], "self")
    assert code == 0 and "Selvevaluering" in out and "Kladde" in out


def test_fingerprint_follows_the_record(tmp_path: Path) -> None:
    s = open_store(str(tmp_path / "db.sqlite3"))
    team = s.create_team("IPS Aftryk")
    a = s.create_assessment(team.id, dt.date.today(), reviewers=["Åse"])
    s.set_rating(a.id, "P1.1", "met")

    def stamp() -> str:
        return fingerprint(s.get_assessment(a.id), s.lifecycle(a.id))

    first = stamp()
    assert len(first) == 14 and first.count("-") == 2
    s.update_assessment(a.id, last_element="P2.1")  # navigation is not the record
    assert stamp() == first
    s.set_rating(a.id, "P1.1", note="en note")
    assert stamp() != first
    s.close()


def test_signed_ahead_a_change_takes_it_back_and_dates_are_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "db.sqlite3"
    s = open_store(str(db))
    team = s.create_team("IPS Greve")
    a = s.create_assessment(team.id, dt.date.today(), reviewers=["Anna", "Bo"])
    elements = list(s.pack_for(a).element_ids)
    s.set_caseload(a.id, [CaseloadInfo("Kim", 1.0, 15, 0)])
    s.close()
    ref = a.id[:8]
    for name, rating in (("Anna", "met"), ("Bo", "partial")):
        for e in elements:
            assert run(capsys, *_laptop(db), "rate", ref, e, rating, "--as", name)[0] == 0
    code, out, _ = run(capsys, *_laptop(db), "rate", ref, "P1.1", "partial", "--consensus")
    assert (code, out.strip()) == (0, "P1.1: Delvist opfyldt")

    # Anna signs ahead; what is still missing is said.
    code, out, _ = run(capsys, *_laptop(db), "sign", ref, "Anna", "--date", "2026-11-30")
    assert code == 0 and "Underskrevet af Anna (30. november 2026)" in out
    assert "mangler underskrift fra Bo" in out and "P1.2" in out
    code, out, err = run(capsys, *_laptop(db), "consensus", ref, "--json")
    assert code == 0 and err == "" and json.loads(out)["elements"]  # nothing signed changed

    # A consensus set afterwards takes her sign-off back, and the command says so.
    code, out, err = run(capsys, *_laptop(db), "rate", ref, "P1.2", "met", "--consensus")
    assert code == 0 and out.strip() == "P1.2: Opfyldt"
    assert "Underskrifterne fra Anna er taget tilbage" in err
    code, out, _ = run(capsys, *_laptop(db), "history", ref, "--entity", "signoff")
    assert "Underskrift, Anna" in out and "annulleret" in out and "30. nov. 2026" in out

    for e in elements:
        run(capsys, *_laptop(db), "rate", ref, e, "met", "--consensus")
    args = ("finish", ref, "--sign", "Anna", "--sign", "Bo")
    code, out, err = run(capsys, *_laptop(db), *args)
    today = date_text(dt.date.today(), "da")
    assert code == 0 and err == "" and out.strip() == f"Afsluttet {today} af Anna, Bo"
    assert run(capsys, *_laptop(db), "reopen", ref, "--reason", "Ret P1.1")[0] == 0
    code, out, _ = run(capsys, *_laptop(db), "--lang", "en", *args)
    english = date_text(dt.date.today(), "en")
    assert code == 0 and out.strip() == f"Finished {english} by Anna, Bo"
    code, out, _ = run(capsys, *_laptop(db), "--lang", "en", "reopen", ref, "--reason", "Again")
    assert out.strip() == "Reopened; the review is now: Consensus"
    code, out, _ = run(capsys, *_laptop(db), "--lang", "en", "kind", ref)
    assert out.strip() == "Independent review · Consensus"
