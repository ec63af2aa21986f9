"""The reviewers' annex in the printed report: each reviewer's own caseload reading (with
the load the caseload section would give it, ≠ where it is not the report's caseload),
whose reading the report's caseload is, and "≠ alle" on a consensus nobody rated; read
back from real PDFs with pdftotext, Danish and English, from the Store and from the light
SQLite reader the `report` command uses."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest

from ipsfidelity.consensus_marks import differs_from_every_reviewer, whose_reading
from ipsfidelity.instrument import default_pack
from ipsfidelity.report import write_report
from ipsfidelity.report.content import personal_data_notes
from ipsfidelity.store import Store
from ipsfidelity.store.sqlite_reader import open_current
from ipsfidelity.store.views import CaseloadInfo
from tests.test_report import pdf_text

ANNA = [CaseloadInfo("Karen Holm", 1.0, 20, 0)]  # load 20: i orden
BO = [CaseloadInfo("Karen Holm", 1.0, 22, 0)]  # load 22: ved grænsen


def _two_reviewers(store: Store) -> str:
    """P1.1: Anna met, Bo partial, consensus not_met (nobody's); P1.2: Anna met, Bo
    partial, consensus partial (Bo's); the rest all met alike."""
    team = store.create_team("IPS Køge", "Køge", "Psykiatrien Øst")
    aid = store.create_assessment(team.id, dt.date(2026, 9, 1), reviewers=["Anna", "Bo"]).id
    first, second, *rest = default_pack().element_ids
    for element in (first, second):
        store.set_reviewer_rating(aid, "Anna", element, "met")
        store.set_reviewer_rating(aid, "Bo", element, "partial")
    for element in rest:
        for who in ("Anna", "Bo"):
            store.set_reviewer_rating(aid, who, element, "met")
    store.accept_agreed(aid)
    store.set_consensus(aid, first, "not_met", note="Ingen jobsøgning set i journalerne")
    store.set_consensus(aid, second, "partial")
    store.set_reviewer_caseload(aid, "Anna", ANNA)
    store.set_reviewer_caseload(aid, "Bo", BO)
    store.adopt_caseload(aid, "Bo")
    return aid


def _annex(path: Path) -> str:
    """The annex's words in the page's drawing order (pdftotext -raw), so each table row
    reads as one line in either language."""
    out = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    text = " ".join(out.split())
    heading = "Bilag: Bedømmernes egne bedømmelser" if "Bilag:" in text else "Annex:"
    return text[text.index(heading) :]


def test_helpers() -> None:
    assert differs_from_every_reviewer("not_met", ["met", "partial"])
    assert not differs_from_every_reviewer("partial", ["met", "partial"])
    assert not differs_from_every_reviewer("met", [None, None])  # nobody rated: no mark
    assert not differs_from_every_reviewer(None, ["met"])
    assert differs_from_every_reviewer("met", [None, "partial"])
    assert whose_reading(BO, {"Anna": ANNA, "Bo": BO}) == ["Bo"]
    assert whose_reading([], {"Anna": ANNA}) == []


def test_annex_shows_readings_and_marks_a_consensus_nobody_rated(
    store: Store, db_path: Path, tmp_path: Path
) -> None:
    aid = _two_reviewers(store)
    da = tmp_path / "da.pdf"
    write_report(store, aid, da, "da", name_consultants=True)
    annex = _annex(da)
    first, second = default_pack().element_ids[:2]
    # P1.1's consensus (Ikke opfyldt) is nobody's rating: marked, and explained once.
    # Beside each ≠ the consensus note says why (or that there is none).
    assert (
        f"{first} ≠ Opfyldt Delvist opfyldt Ikke opfyldt ≠ alle"
        f" Ingen jobsøgning set i journalerne {second}" in annex
    )
    assert (
        f"{second} ≠ Opfyldt Delvist opfyldt Delvist opfyldt (ingen note til konsensus) P2.1"
        in annex
    )  # Bo's: no mark
    assert "Ved hver ≠ står konsensusnoten under konsensusbedømmelsen" in annex
    assert annex.count("Ingen jobsøgning set i journalerne") == 1  # rows without ≠: no note
    assert annex.count("≠ alle") == 2  # the mark and its explaining line
    assert "konsensus afviger fra hver eneste bedømmers egen bedømmelse" in annex
    caseload = annex[annex.index("Bedømmernes egne aflæsninger af caseload") :]
    # Anna's reading differs from the report's (Bo's); the loads as the caseload section.
    assert "Anna ≠ Karen Holm 1,0 20 0 20,0 i orden" in caseload
    assert "Bo Karen Holm 1,0 22 0 22,0 ved grænsen" in caseload
    assert "Rapportens caseload er aflæst af Bo." in caseload

    en = tmp_path / "en.pdf"
    write_report(store, aid, en, "en", name_consultants=True)
    annex_en = _annex(en)
    assert "≠ all" in annex_en and "differs from every reviewer's own rating" in annex_en
    assert "Not met ≠ all Ingen jobsøgning set i journalerne P1.2" in annex_en
    assert "Partly met (no note to the consensus) P2.1" in annex_en
    assert "Anna ≠ Karen Holm 1.0 20 0 20.0 ok" in annex_en
    assert "Bo Karen Holm 1.0 22 0 22.0 at the limit" in annex_en
    assert "The report's caseload is the reading of Bo." in annex_en

    # A caseload nobody read alike is said to be set jointly; both readings then differ.
    store.set_caseload(aid, [CaseloadInfo("Karen Holm", 1.0, 21, 0)])
    write_report(store, aid, da, "da", name_consultants=True)
    caseload = _annex(da)
    assert "Anna ≠ Karen Holm" in caseload and "Bo ≠ Karen Holm" in caseload
    assert "Rapportens caseload er fastsat i fællesskab" in caseload

    # The light reader the `report` command uses gives the same readings and the same PDF text.
    reader = open_current(db_path)
    assert reader is not None
    try:
        assert reader.reviewer_caseloads(aid) == store.reviewer_caseloads(aid)
        light = tmp_path / "light.pdf"
        write_report(reader, aid, light, "da", name_consultants=True)
        assert _annex(light) == caseload
    finally:
        reader.close()


@pytest.mark.parametrize("lang", ["da", "en"])
def test_one_reviewer_has_no_annex(store: Store, tmp_path: Path, lang: str) -> None:
    team = store.create_team("IPS Solo", "Solo", "PC Solo")
    aid = store.create_assessment(team.id, dt.date(2026, 9, 1), reviewers=["Anna"]).id
    store.set_rating(aid, default_pack().element_ids[0], "met")
    store.set_caseload(aid, ANNA)
    path = tmp_path / "solo.pdf"
    write_report(store, aid, path, lang)
    text = pdf_text(path)
    # The caseload section itself; consultants by number unless named on request.
    assert "Konsulent 1" in text or "Consultant 1" in text
    assert "Karen Holm" not in text
    assert "aflæsninger" not in text and "readings" not in text and "≠ al" not in text


def test_a_cpr_number_in_a_reading_is_named_and_masked(store: Store, tmp_path: Path) -> None:
    aid = _two_reviewers(store)
    store.set_reviewer_caseload(aid, "Anna", [CaseloadInfo("Karen 2512841234", 1.0, 20, 0)])
    named = " ".join(personal_data_notes(store, aid, name_consultants=True)).lower()
    assert "konsulent 1 i sagsbelastningen" in named
    # Consultants printed by number: a number in a name is not printed, so not asked about.
    assert "sagsbelastningen" not in " ".join(personal_data_notes(store, aid)).lower()
    path = tmp_path / "masked.pdf"
    write_report(store, aid, path, "da", mask_personal_data=True, name_consultants=True)
    annex = _annex(path)
    assert "Anna ≠ Karen XXXXXX-XXXX 1,0 20 0 20,0 i orden" in annex
    assert "2512841234" not in pdf_text(path)
