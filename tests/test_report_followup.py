"""The follow-up in the PDF report: action plan, agreement annex, outcome figures.

Real demo data and real PDFs read back with poppler. `pdftotext -raw` keeps the content
stream's order, in which each table cell is drawn whole, so a row reads as one run of words.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import threading
from pathlib import Path

import pytest

from ipsfidelity.demo import fill_demo
from ipsfidelity.i18n import set_language
from ipsfidelity.instrument import default_pack
from ipsfidelity.report import build_report, write_report
from ipsfidelity.report.text import Words
from ipsfidelity.store import Store
from ipsfidelity.store.followup import ActionPlanRow, agreement_rows
from ipsfidelity.store.views import CaseloadInfo
from ipsfidelity.wording import action_status_text
from tests.lifecycle_help import finish_review
from tests.test_report import after_draft_mark, demo_ids, page_count, pdf_text

TODAY = dt.date(2026, 11, 22)  # the demo's last review is 10 November 2026


def raw_text(path: Path) -> str:
    out = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return " ".join(out.split())


@pytest.fixture
def demo_store(store: Store) -> Store:
    fill_demo(store)
    return store


def finished_team(store: Store, name: str = "IPS Ærø") -> str:
    """A team with one finished review and nothing else: no agreement, plan or figures."""
    team = store.create_team(name, "Ærø", "Psykiatrien i Region Syddanmark", "Ambulatorium Ærø")
    a = store.create_assessment(team.id, dt.date(2026, 9, 1), reviewers=["Åse Bøgelund"])
    for element in default_pack().element_ids:
        store.set_rating(a.id, element, "met")
    store.set_caseload(a.id, [CaseloadInfo("Bjørn Ødegård", 1.0, 15, 4)])
    finish_review(store, a.id)
    return a.id


def test_action_plan_rows_as_stored(demo_store: Store, tmp_path: Path) -> None:
    aid = demo_ids(demo_store, "IPS Albertslund")[0]
    out = write_report(demo_store, aid, tmp_path / "r.pdf", generated=TODAY)
    raw = raw_text(out)
    rows = demo_store.action_plan_rows(aid, today=TODAY, lang="da")
    # The demo's last plan has carried-over, overdue, running and open items.
    assert any(r.carried for r in rows) and any(r.overdue for r in rows)
    assert any(not r.carried for r in rows)
    w = Words("da")
    ratings = demo_store.get_assessment(aid).ratings
    scale = {x.id: x.label["da"] for x in default_pack().scale}

    def now_rated(r: ActionPlanRow) -> str:
        """The current consensus rating under the item's elements."""
        labels = r.element.split(", ")
        return " ".join(
            f"{label} {scale[ratings[e].rating]}" if e in ratings else label
            for e, label in zip(r.elements, labels, strict=True)
        )

    for r in rows:
        parts = [
            r.item,
            f"Opfølgning: {' '.join(r.follow_up.split())}" if r.follow_up.strip() else "",
            "Videreført fra forrige handleplan" if r.carried else "",
            now_rated(r),
            r.party,
            r.owner,
            w.short_date(r.deadline),
            "! Overskredet" if r.overdue else "",
            r.status,
        ]
        assert " ".join(p for p in parts if p) in raw, r.item
    assert raw.count("! Overskredet") == sum(r.overdue for r in rows)
    assert any(r.follow_up for r in rows)  # the team's follow-up notes are printed too
    assert raw.count("Videreført fra forrige handleplan") == sum(r.carried for r in rows)
    overdue = sum(r.overdue for r in rows)
    assert f"Punkter i alt: {len(rows)} · overskredet pr. 22. november 2026: {overdue}" in raw
    assert "Overskredet pr. 22. november 2026, datoen rapporten er dannet" in raw
    # Carried items show their status in this plan, not the earlier one's.
    plan = demo_store.action_plan(aid)
    carried = [i for i in plan if i.origin_item_id]
    assert [r.status for r in rows if r.carried] == [
        action_status_text(i.status, "da") for i in carried
    ]
    # Page 1 counts the plan for readers of the summary alone.
    first = pdf_text(out, 1)
    assert f"Handleplan Punkter i alt: {len(rows)} · overskredet pr. 22. november 2026" in first


def test_overdue_is_judged_on_the_generation_date(demo_store: Store, tmp_path: Path) -> None:
    aid = demo_ids(demo_store, "IPS Albertslund")[0]
    early = dt.date(2026, 1, 1)  # before every deadline
    text = pdf_text(write_report(demo_store, aid, tmp_path / "r.pdf", generated=early))
    assert "Handleplan" in text and "Overskredet" not in text and "overskredet:" not in text


def test_agreement_annex(demo_store: Store, tmp_path: Path) -> None:
    aid = demo_ids(demo_store, "IPS Albertslund")[0]
    out = write_report(demo_store, aid, tmp_path / "r.pdf", generated=TODAY)
    pages = page_count(out)
    annex = pdf_text(out, pages)
    assert annex.startswith("Bilag: Samarbejdsaftale")
    info = demo_store.get_assessment(aid).info
    agreement = demo_store.agreement_for(info.team_id, info.date)
    assert agreement is not None
    raw_annex = " ".join(
        subprocess.run(
            ["pdftotext", "-raw", "-f", str(pages), "-l", str(pages), str(out), "-"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.split()
    )
    assert "Målgruppe: aldersgruppe 18-64 år" in raw_annex
    for label, value in agreement_rows(agreement, "da", Words("da").date):
        assert f"{label} {' '.join(value.split())}" in raw_annex, label
    assert "Gælder fra 1. marts 2025" in raw_annex
    assert "Karen Dahl, Jobcenterchef, Albertslund Kommune, 15. februar 2025" in raw_annex
    assert "Poul Krogh, Centerchef, Psykiatrisk Center Glostrup, 15. februar 2025" in raw_annex
    assert not re.search(r"\d{4}-\d{2}-\d{2}", raw_annex)  # no ISO dates in the annex
    assert "den gælder fra 1. marts 2025" in annex.lower()
    assert "I kraft fra 1. marts 2025 (se bilag)" in pdf_text(out, 1)
    # One term for the clinics, the template's, on page 1 and in the annex.
    assert "Ambulatorier og afdelinger F-ACT" in pdf_text(out, 1)
    assert "Ambulatorier og afdelinger F-ACT" in raw_annex and "Klinikker" not in pdf_text(out)
    # The signatures, then the reviewers' own ratings, then this annex, each on its own page.
    assert "Underskrift og dato" in pdf_text(out, pages - 2)
    assert pdf_text(out, pages - 1).startswith("Bilag: Bedømmernes egne bedømmelser")


def test_agreement_in_force_on_the_review_date(demo_store: Store, tmp_path: Path) -> None:
    # Tårnby-Dragør signs in June: its first review has none, its last one has it.
    first, *_, last = reversed(demo_ids(demo_store, "IPS Tårnby-Dragør"))
    before = write_report(demo_store, first, tmp_path / "a.pdf", generated=TODAY)
    assert "Samarbejdsaftale Ingen samarbejdsaftale registreret" in pdf_text(before, 1)
    assert "Bilag: Samarbejdsaftale" not in pdf_text(before)
    after = write_report(demo_store, last, tmp_path / "b.pdf", generated=TODAY)
    last_page = pdf_text(after, page_count(after))  # the demo's draft: KLADDE stands first
    assert after_draft_mark(last_page).startswith("Bilag: Samarbejdsaftale")
    assert "1. juni 2026" in pdf_text(after, 1)


def test_signature_parties_come_from_the_agreement(store: Store, tmp_path: Path) -> None:
    aid = finished_team(store)
    plain = pdf_text(write_report(store, aid, tmp_path / "a.pdf"))
    assert "For Ærø Kommune" in plain and "For Psykiatrien i Region Syddanmark" in plain
    team_id = store.get_assessment(aid).info.team_id
    store.create_agreement(
        team_id,
        dt.date(2026, 1, 1),
        municipality="Ærø Kommune, Jobcenter Ærø",
        psychiatry="Psykiatrisk Afdeling Svendborg",
    )
    signed = write_report(store, aid, tmp_path / "b.pdf")
    pages = page_count(signed)
    sign_page = pdf_text(signed, pages - 1)
    assert "For Ærø Kommune, Jobcenter Ærø" in sign_page
    assert "For Psykiatrisk Afdeling Svendborg" in sign_page
    assert "Region Syddanmark" not in sign_page
    assert pages == page_count(tmp_path / "a.pdf") + 1  # the annex is one page more


def test_team_without_follow_up(store: Store, tmp_path: Path) -> None:
    aid = finished_team(store)
    out = write_report(store, aid, tmp_path / "r.pdf")
    text = pdf_text(out)
    for absent in ("Bilag", "Resultater", "Inklusion", "Overskredet"):
        assert absent not in text, absent
    # No plan reads as no plan, not as a section that went missing.
    assert "Handleplan Der er ingen punkter i handleplanen for denne vurdering." in text
    assert "Samarbejdsaftale Ingen samarbejdsaftale registreret" in pdf_text(out, 1)
    # Summary, principles, then caseload, change and signatures: signatures end the report.
    pages = page_count(out)
    assert "Underskrift og dato" in pdf_text(out, pages)
    assert "KLADDE" not in text


def test_outcome_line_on_the_summary(demo_store: Store, tmp_path: Path) -> None:
    aid = demo_ids(demo_store, "IPS Albertslund")[0]
    o = demo_store.get_outcomes(aid)
    assert o is not None and o.share is not None
    out = write_report(demo_store, aid, tmp_path / "r.pdf")
    share = f"{o.share:.1f}".replace(".", ",")
    line = (
        f"Resultater: {o.in_job_or_education} af {o.participants} deltagere i job eller "
        f"uddannelse ({share} %) · reference: forskningsprojektet Inklusion "
        "(59,5 % af deltagerne kom i job eller uddannelse)"
    )
    assert line in pdf_text(out, 1)


def test_outcome_trend_up_to_this_review(demo_store: Store, tmp_path: Path) -> None:
    ids = list(reversed(demo_ids(demo_store, "IPS Hillerød")))  # oldest first
    trend = demo_store.outcome_trend(demo_store.get_assessment(ids[0]).info.team_id)
    assert len(trend) == 4
    first = pdf_text(write_report(demo_store, ids[0], tmp_path / "a.pdf"))
    assert "Resultater over tid" not in first  # one period: nothing to follow over time
    assert "Resultater:" in first
    second = write_report(demo_store, ids[1], tmp_path / "b.pdf")
    raw = raw_text(second)
    assert "Resultater over tid" in raw
    for o in trend[:2]:
        share = f"{o.share:.1f}".replace(".", ",")
        assert f"{o.period} ({Words('da').date(o.date).replace(chr(0xA0), ' ')})" in raw
        assert f"{o.participants} {o.in_job_or_education} {share} %" in raw
    # A later review's figures stay out of an earlier review's report.
    assert trend[2].period not in raw and trend[3].period not in raw
    assert "I forskningsprojektet Inklusion kom 59,5 % af deltagerne i job eller uddannelse" in raw


def test_english(demo_store: Store, tmp_path: Path) -> None:
    aid = demo_ids(demo_store, "IPS Albertslund")[0]
    out = write_report(demo_store, aid, tmp_path / "en.pdf", "en", generated=TODAY)
    text = pdf_text(out)
    for expected in (
        "Action plan",
        "Responsible party",
        "Municipality",
        "In progress",
        "! Overdue",
        "Carried over from the previous plan",
        "Overdue as of 22 November 2026, the date the report was generated",
        "Annex: Cooperation agreement",
        "Target group: age group",
        "Outcomes over time",
        "In force from 1 March 2025 (see annex)",
    ):
        assert expected in text, expected
    o = demo_store.get_outcomes(aid)
    assert o is not None
    assert (
        f"Outcomes: {o.in_job_or_education} of {o.participants} participants in job or "
        f"education ({o.share:.1f}%) · reference: the Danish Inklusion research project "
        "(59.5% of participants reached work or education)"
    ) in pdf_text(out, 1)
    # Labels are English; the team's own texts (items, agreement) stay as written.
    assert " Joint " in text and " Open " in text
    for danish in ("Handleplan", "Overskredet", "Bilag", "Videreført", "I gang", "Åben"):
        assert danish not in text, danish


def test_report_language_not_the_app_language(demo_store: Store, tmp_path: Path) -> None:
    """The app may show English while printing a Danish report on a worker thread."""
    aid = demo_ids(demo_store, "IPS Albertslund")[0]
    set_language("en")
    result: dict[str, bytes] = {}
    thread = threading.Thread(
        target=lambda: result.update(pdf=build_report(demo_store, aid, "da", generated=TODAY))
    )
    thread.start()
    thread.join()
    out = tmp_path / "r.pdf"
    out.write_bytes(result["pdf"])
    text = pdf_text(out)
    assert "Overskredet" in text and "Bilag: Samarbejdsaftale" in text
    assert "Målgruppe: aldersgruppe" in text and "Kommune" in text
    for english in ("Overdue", "Municipality", "In progress", "Target group"):
        assert english not in text, english


def test_follow_up_labels_in_a_given_language(demo_store: Store) -> None:
    """The store helpers take the report's language, whatever the app's current one is."""
    from ipsfidelity.wording import outcome_text

    aid = demo_ids(demo_store, "IPS Albertslund")[0]
    info = demo_store.get_assessment(aid).info
    agreement = demo_store.agreement_for(info.team_id, info.date)
    assert agreement is not None
    rows = demo_store.action_plan_rows(aid, today=TODAY, lang="en")  # app language: Danish
    assert {r.party for r in rows} <= {"Municipality", "Psychiatry", "Joint"}
    assert {r.status for r in rows} <= {"Open", "In progress", "Finished"}
    assert dict(agreement_rows(agreement, "en"))["Target group: age group"] == "18-64 år"
    assert outcome_text(28, 13, "en") == "13 of 28 in job or education (46.4%)"
    set_language("en")
    assert demo_store.action_plan_rows(aid, today=TODAY, lang="da")[0].party in {
        "Kommune",
        "Psykiatri",
        "Fælles",
    }
    assert outcome_text(28, 13, "da") == "13 af 28 i job eller uddannelse (46,4 %)"


def test_item_taller_than_a_page_still_lays_out(store: Store, tmp_path: Path) -> None:
    """Rows keep whole on a page, except one too tall for any page, which splits."""
    aid = finished_team(store)
    store.add_action_item(aid, "Kort punkt", elements=["P3.1"], owner="Åse Bøgelund")
    store.add_action_item(aid, "Lang handling med æøå. " * 800, elements=["P3.2"])
    out = write_report(store, aid, tmp_path / "r.pdf")
    text = pdf_text(out)
    assert text.split().count("handling") == 800
    assert "Kort punkt" in text and "Punkter i alt: 2" in text
    assert "Underskrift og dato" in pdf_text(out, page_count(out))


def test_an_item_carried_on_into_a_later_plan_is_not_overdue_in_the_old_report(
    demo_store: Store, tmp_path: Path
) -> None:
    """Reprinting an earlier review: an item that a later plan took over says so, and its
    old deadline no longer counts as overdue there."""
    team = demo_store.find_team("IPS Albertslund")
    older = demo_store.list_assessments(team.id)[1].id  # its open items went on to Q4
    rows = demo_store.action_plan_rows(older, today=dt.date(2027, 6, 1))
    continued = [r for r in rows if r.continued]
    assert continued and not any(r.overdue for r in continued)
    text = pdf_text(write_report(demo_store, older, tmp_path / "q3.pdf"))
    assert text.count("Videreført til en senere handleplan og fulgt op dér") == len(continued)
