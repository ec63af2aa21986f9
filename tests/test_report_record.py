"""The report's record: reopenings counted in proper words on the summary, and the page
footer's fingerprint explained in the section "Vurderingen som dokument" and printed by
`ipsfidelity fingerprint`, all read back from real PDFs with pdftotext."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from ipsfidelity.instrument import default_pack
from ipsfidelity.report import write_report
from ipsfidelity.store import Store
from ipsfidelity.store.views import CaseloadInfo
from tests.lifecycle_help import finish_review
from tests.test_compare_commands import run_cli
from tests.test_report import page_count, pdf_text

FOOTER = re.compile(r"Fingeraftryk (\w{4}-\w{4}-\w{4})")


def _finished(store: Store) -> str:
    team = store.create_team("IPS Hillerød", "Hillerød", "PC Nordsjælland")
    aid = store.create_assessment(team.id, dt.date(2026, 8, 25), reviewers=["Jens Østergaard"]).id
    for element in default_pack().element_ids:
        store.set_rating(aid, element, "met", note="Set i journalen", evidence=["interview"])
    store.set_caseload(aid, [CaseloadInfo("Nanna Friis", 1.0, 18, 2)])
    finish_review(store, aid)
    return aid


def _reopen_and_finish(store: Store, aid: str, reason: str) -> None:
    store.reopen(aid, reason)
    finish_review(store, aid)


def test_reopenings_counted_in_words(store: Store, tmp_path: Path) -> None:
    aid = _finished(store)
    first = pdf_text(write_report(store, aid, tmp_path / "r0.pdf"), 1)
    assert "genåbnet" not in first
    _reopen_and_finish(store, aid, "Caseload rettet efter ny opgørelse")
    first = pdf_text(write_report(store, aid, tmp_path / "r1.pdf"), 1)
    assert "genåbnet 1 gang, se afsnittet Vurderingen som dokument" in first
    assert "gang(e)" not in first
    en = pdf_text(write_report(store, aid, tmp_path / "r1en.pdf", "en"), 1)
    assert "reopened once, see the section The review as a record" in en
    assert "time(s)" not in en
    _reopen_and_finish(store, aid, "Note til P3.2 rettet")
    first = pdf_text(write_report(store, aid, tmp_path / "r2.pdf"), 1)
    assert "genåbnet 2 gange, se afsnittet Vurderingen som dokument" in first
    en = pdf_text(write_report(store, aid, tmp_path / "r2en.pdf", "en"), 1)
    assert "reopened 2 times, see the section The review as a record" in en


def _footers(out: Path) -> set[str]:
    pages = page_count(out)
    found = set()
    for page in range(1, pages + 1):
        match = FOOTER.search(pdf_text(out, page))
        assert match, f"page {page} has no fingerprint"
        found.add(match.group(1))
    return found


def test_the_fingerprint_is_explained_and_the_command_prints_it(
    store: Store, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    aid = _finished(store)
    out = write_report(store, aid, tmp_path / "r.pdf")
    (footer,) = _footers(out)  # the same on every page
    code, printed, _ = run_cli(capsys, "--db", str(db_path), "fingerprint", aid[:8])
    assert code == 0 and printed.strip() == footer
    text = pdf_text(out)
    # What it tells the reader first; the command is for whoever keeps the reviews.
    assert (
        f"Vurderingen som dokument Fingeraftrykket {footer} nederst på siderne viser, om to"
        " udskrifter gengiver den samme vurdering" in text
    )
    assert (
        "ikke handleplan, samarbejdsaftale, resultattal eller bedømmernes egne bedømmelser."
        " Den, der fører vurderingerne, kan vise det for den gemte vurdering med kommandoen"
        " ipsfidelity fingerprint VURDERING." in text
    )
    en = pdf_text(write_report(store, aid, tmp_path / "en.pdf", "en"))
    assert (
        f"The review as a record The fingerprint {footer} at the foot of the pages tells"
        " whether two printouts show the same review" in en
    )
    # A change to the review's content changes it; the command follows the record.
    store.reopen(aid, "P1.1 rettet")
    store.set_rating(aid, default_pack().element_ids[0], "partial")
    (changed,) = _footers(write_report(store, aid, tmp_path / "r2.pdf"))
    assert changed != footer
    assert run_cli(capsys, "--db", str(db_path), "fingerprint", aid)[1].strip() == changed


def test_the_fingerprint_command_refuses_an_unknown_review(
    store: Store, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _finished(store)
    code, out, err = run_cli(capsys, "--db", str(db_path), "fingerprint", "ffffffff")
    assert code == 2 and not out
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
