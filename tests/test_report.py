"""The PDF report, read back with poppler (pdftotext, pdfinfo, pdffonts, pdftoppm)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import subprocess
import threading
from pathlib import Path

import pytest

from ipsfidelity.demo import fill_demo
from ipsfidelity.errors import UserError
from ipsfidelity.i18n import language, set_language
from ipsfidelity.instrument import default_pack
from ipsfidelity.report import build_report, write_report
from ipsfidelity.report.content import gather
from ipsfidelity.report.summary import how_to_read
from ipsfidelity.report.text import Words
from ipsfidelity.store import Store
from ipsfidelity.store.followup import ActionPlanRow
from ipsfidelity.store.views import CaseloadInfo, score_data
from ipsfidelity.wording import verdict_sentence
from tests.lifecycle_help import finish_review

DRAFT_DA = "KLADDE – vurderingen er ikke færdig"


def pdf_text(path: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *pages, str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return " ".join(out.split())  # paragraphs wrap; compare words, not line breaks


def page_count(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True)
    match = re.search(r"^Pages:\s+(\d+)", info.stdout, re.M)
    assert match
    return int(match.group(1))


def summary_text(path: Path) -> str:
    """The summary: all before section 2's heading ("Principper og elementer"), which starts
    page 2, or follows on page 2 a list of elements not fully met that ran onto it."""
    pages = []
    for page in range(1, page_count(path) + 1):
        text = pdf_text(path, page)
        for heading in ("Principper og elementer", "Principles and elements"):
            if heading in text:
                return " ".join([*pages, text[: text.index(heading)]])
        pages.append(text)
    raise AssertionError("no section 2")


def demo_ids(store: Store, team: str) -> list[str]:
    """The team's assessment ids, newest first."""
    team_id = store.find_team(team).id
    return [a.id for a in store.list_assessments(team_id)]


def make_team_with_draft(store: Store) -> tuple[str, str]:
    """A team with Danish letters everywhere: one finished review, then an unfinished one."""
    team = store.create_team(
        "IPS Ærø-Østerbro", "Ærø", "Psykiatrisk Center Øresund", "OPUS Århus Allé"
    )
    pack = default_pack()
    first = store.create_assessment(
        team.id, dt.date(2026, 3, 2), reviewers=["Åse Bøgelund", "Søren Ærøe"]
    )
    for element in pack.element_ids:
        store.set_rating(first.id, element, "partial", evidence=["interview"])
    store.set_caseload(first.id, [CaseloadInfo("Bjørn Ødegård", 1.0, 15, 4)])
    finish_review(store, first.id)
    draft = store.create_assessment(team.id, dt.date(2026, 9, 1), reviewers=["Åse Bøgelund"])
    store.set_rating(draft.id, pack.element_ids[0], "met", note="Æbler & øl: <særligt> «citat»")
    store.set_rating(draft.id, pack.element_ids[1], "not_met")
    return first.id, draft.id


@pytest.fixture
def demo_store(store: Store) -> Store:
    fill_demo(store)
    return store


def test_complete_report_content(demo_store: Store, tmp_path: Path) -> None:
    latest, previous = demo_ids(demo_store, "IPS Albertslund")[:2]
    out = write_report(demo_store, latest, tmp_path / "rapport.pdf", name_consultants=True)
    text = pdf_text(out)
    score = score_data(demo_store.get_assessment(latest))
    assert "IPS Albertslund" in text
    assert verdict_sentence(score, "da") in text
    for element in default_pack().element_ids:
        assert element in text
    for name in ("Birgitte Holm", "Kasper Løvgren", "Psykiatrisk Center Glostrup"):
        assert name in text
    assert DRAFT_DA not in text and "KLADDE" not in text
    # The summary page alone carries the essentials.
    first = pdf_text(out, 1)
    prev = demo_store.get_assessment(previous).info
    for expected in (
        "Samlet score",
        "Stærkeste principper",
        "Svageste principper",
        "Caseload: i orden",
        f"Forrige vurdering ({prev.period})",
        "Ingen eksklusion",  # a radar axis label, drawn as text
        "dk-minimum v1",
    ):
        assert expected in first
    # The verdict's ids, each with the element's whole text (never cut), in the summary;
    # the list may run onto page 2 rather than leave any out.
    summary = summary_text(out)
    listing = summary.split(f"Elementer, der ikke er fuldt opfyldt ({len(score.not_met)})")[1]
    texts = {e.id: " ".join(e.text["da"].split()) for e in default_pack().elements}
    for element in score.not_met:
        assert f"{element} " in listing and texts[element] in listing
    assert "… og" not in listing  # none left out
    # Listed furthest from met first: every "Ikke opfyldt" before any "Delvist opfyldt".
    if "Ikke opfyldt" in listing and "Delvist opfyldt" in listing:
        assert listing.rindex("Ikke opfyldt") < listing.index("Delvist opfyldt")
    assert "Udvikling siden forrige vurdering" in text
    assert "↑" in text or "↓" in text
    assert "Underskrift og dato" in text and "For Albertslund Kommune" in text
    # Each principle's explanation is labelled as such; the pack's note comes once, first.
    pack = default_pack()
    assert text.count("Uddybning:") == len(pack.principles)
    assert pack.note is not None
    section_2 = text.index("Principper og elementer")
    assert text.index(" ".join(pack.note["da"].split())) > section_2
    assert text.count(" ".join(pack.note["da"].split())) == 1
    # A principle with one element says "element", not "elementer" (P4 and P5 have one).
    assert re.search(r"\d af 1 element vurderet", text)
    assert not re.search(r"af 1 elementer", text)


def test_page_numbers_and_layout(demo_store: Store, tmp_path: Path) -> None:
    latest = demo_ids(demo_store, "IPS Albertslund")[0]
    out = write_report(demo_store, latest, tmp_path / "r.pdf")
    pages = page_count(out)
    assert pages >= 3  # summary, principles, caseload/change/signatures
    for page in range(1, pages + 1):
        assert f"side {page} af {pages}" in pdf_text(out, page)
    assert "Principper og elementer" not in pdf_text(out, 1)
    summary = summary_text(out)  # section 2 starts a page of its own after the summary
    assert "Elementer, der ikke er fuldt opfyldt" in summary
    # The team has an agreement: its annex is the last page; the reviewers' own ratings
    # are the annex before it, the signatures just before them.
    assert "Underskrift og dato" in pdf_text(out, pages - 2)
    assert pdf_text(out, pages - 1).startswith("Bilag: Bedømmernes egne bedømmelser")
    assert pdf_text(out, pages).startswith("Bilag: Samarbejdsaftale")
    # Every page renders.
    result = subprocess.run(
        ["pdftoppm", "-r", "30", "-png", str(out), str(tmp_path / "page")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert len(list(tmp_path.glob("page-*.png"))) == pages


def test_font_is_embedded(demo_store: Store, tmp_path: Path) -> None:
    out = write_report(demo_store, demo_ids(demo_store, "IPS Hillerød")[0], tmp_path / "r.pdf")
    fonts = subprocess.run(["pdffonts", str(out)], check=True, capture_output=True, text=True)
    rows = fonts.stdout.splitlines()[2:]
    assert rows and all("DejaVuSans" in row for row in rows)
    assert all(" yes " in row for row in rows)  # embedded (and subset)


def test_document_properties(demo_store: Store, tmp_path: Path) -> None:
    """What a PDF viewer's properties show: the team and period, and when it was made."""
    import datetime as dt

    before = dt.date.today()  # and after: a report made at midnight may carry either day
    out = write_report(demo_store, demo_ids(demo_store, "IPS Hillerød")[0], tmp_path / "r.pdf")
    days = {before.isoformat(), dt.date.today().isoformat()}
    info = subprocess.run(
        ["pdfinfo", "-isodates", str(out)], check=True, capture_output=True, text=True
    ).stdout
    fields = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
    assert fields["Title"].strip().startswith("IPS Hillerød · ")
    assert fields["CreationDate"].strip()[:10] in days


def test_draft_marked_on_every_page(store: Store, tmp_path: Path) -> None:
    first, draft = make_team_with_draft(store)
    out = write_report(store, draft, tmp_path / "kladde.pdf")
    pages = page_count(out)
    for page in range(1, pages + 1):
        assert DRAFT_DA in pdf_text(out, page)
    text = pdf_text(out)
    assert "Ikke vurderet (12 af 14 elementer)" in text
    assert "Caseload er ikke udfyldt" in text
    assert "Foreløbig: 2 af 14 elementer vurderet" in pdf_text(out, 1)  # not a final score
    assert "tal er foreløbige" in text  # the change since the first review, too
    for word in ("IPS Ærø-Østerbro", "Åse Bøgelund", "Psykiatrisk Center Øresund", "Ærø"):
        assert word in text
    assert "Æbler & øl: <særligt> «citat»" in text  # user text is escaped, not parsed
    # Its finished predecessor has no marking, and it is the first review.
    done = pdf_text(write_report(store, first, tmp_path / "done.pdf", name_consultants=True))
    assert "KLADDE" not in done and "Foreløbig" not in done
    assert "Ingen tidligere ekstern vurdering" in done
    assert "Søren Ærøe" in done and "Bjørn Ødegård" in done


def test_english(demo_store: Store, tmp_path: Path) -> None:
    aid = demo_ids(demo_store, "IPS Frederiksberg")[0]
    out = write_report(demo_store, aid, tmp_path / "en.pdf", "en")
    text = pdf_text(out)
    assert "The team meets the minimum definition" in text
    assert f"page 1 of {page_count(out)}" in text
    assert "Signature and date" in text and "side 1" not in text
    assert "1 of 1 element rated" in text and "of 1 elements" not in text
    assert text.count("Explanation:") == len(default_pack().principles)


def test_long_action_plan_runs_on(demo_store: Store, tmp_path: Path) -> None:
    """An explicit plan replaces the stored one; a long one runs onto more pages."""
    aid = demo_ids(demo_store, "IPS Tårnby-Dragør")[0]
    stored = write_report(demo_store, aid, tmp_path / "a.pdf")
    items = [
        ActionPlanRow(
            f"Punkt {i}: faste møder med behandlerne i Tårnby",
            "P3.2",
            "Fælles",
            "Søren Ærø",
            dt.date(2027, 1, 15),
            "I gang",
            overdue=False,
        )
        for i in range(1, 61)
    ]
    with_plan = write_report(demo_store, aid, tmp_path / "b.pdf", actions=items)
    text = pdf_text(with_plan)
    assert "Handleplan" in text and "Ansvarlig part" in text
    assert "Punkt 60: faste møder" in text and "15. jan. 2027" in text
    assert "Punkter i alt: 60" in text and "Overskredet" not in text
    assert page_count(with_plan) > page_count(stored) + 1  # a long plan runs onto more pages
    pages = page_count(with_plan)
    # The annexes follow the signatures, each on a page of its own: the reviewers' own
    # ratings beside the consensus, then the cooperation agreement. (This review is the
    # demo's draft: the KLADDE marking heads each page, and one reviewer has rated alone.)
    assert "Underskrift og dato" in pdf_text(with_plan, pages - 2)
    annex = after_draft_mark(pdf_text(with_plan, pages - 1))
    assert annex.startswith("Bilag: Bedømmernes egne bedømmelser")
    assert "Konsensus" in annex and "Bedømmerne gav" not in annex  # one has rated
    assert after_draft_mark(pdf_text(with_plan, pages)).startswith("Bilag: Samarbejdsaftale")


def after_draft_mark(page: str) -> str:
    """A page's text after the KLADDE marking at its top (a draft's), if any."""
    return re.sub(r"^\s*KLADDE – vurderingen er ikke færdig mangler: [^B]*", "", page).lstrip()


def test_bytes_on_a_worker_thread_keep_the_app_language(demo_store: Store) -> None:
    aid = demo_ids(demo_store, "IPS Albertslund")[0]
    set_language("en")
    result: dict[str, bytes] = {}
    progress: list[int] = []

    def work() -> None:
        result["pdf"] = build_report(
            demo_store, aid, "da", progress=lambda p, _m: progress.append(p)
        )

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert language() == "en"
    assert result["pdf"].startswith(b"%PDF")
    assert progress == sorted(progress) and progress


def test_failed_write_leaves_nothing(demo_store: Store, tmp_path: Path) -> None:
    aid = demo_ids(demo_store, "IPS Albertslund")[0]
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    folder = tmp_path / "a-folder.pdf"
    folder.mkdir()
    with pytest.raises(UserError, match="det er en mappe"):
        write_report(demo_store, aid, folder)
    with pytest.raises(UserError, match="mappen findes ikke"):
        write_report(demo_store, aid, tmp_path / "missing" / "r.pdf")
    assert [p.name for p in tmp_path.iterdir()] == ["a-folder.pdf"]  # no temp files left
    existing = tmp_path / "old.pdf"
    existing.write_bytes(b"old")
    with pytest.raises(UserError):
        write_report(demo_store, "no-such-id", existing)
    assert existing.read_bytes() == b"old"


def test_report_from_any_database(any_store: Store, tmp_path: Path) -> None:
    _, draft = make_team_with_draft(any_store)
    text = pdf_text(write_report(any_store, draft, tmp_path / "r.pdf"))
    assert "IPS Ærø-Østerbro" in text and DRAFT_DA in text


def test_extreme_content_still_lays_out(store: Store, tmp_path: Path) -> None:
    """A very long note, 40 consultants, every element failed: nothing overflows or is lost."""
    team = store.create_team("IPS " + "Særlig Beskæftigelsesindsats " * 6, "Høje-Taastrup")
    a = store.create_assessment(team.id, dt.date(2026, 10, 1), reviewers=["Åse"])
    for element in default_pack().element_ids:
        note = "Lang note med æøå. " * 400 if element == "P2.1" else "Kort."
        store.set_rating(a.id, element, "not_met", note=note)
    store.set_caseload(
        a.id, [CaseloadInfo(f"Konsulent {i} Østergård", 0.5, 12, 7) for i in range(40)]
    )
    finish_review(store, a.id)
    out = write_report(store, a.id, tmp_path / "r.pdf", name_consultants=True)
    pages = page_count(out)
    assert pages > 6
    # Every failed element is listed with its whole text: the list runs onto page 2.
    assert "Sådan læses vurderingen" in pdf_text(out, 1)
    summary = summary_text(out)
    assert "Elementer, der ikke er fuldt opfyldt (14)" in summary
    for element in default_pack().elements:
        assert " ".join(element.text["da"].split()) in summary
    for page in range(1, pages + 1):
        assert f"side {page} af {pages}" in pdf_text(out, page)
    text = pdf_text(out)
    # A cell taller than a page is split, not cut (a phrase may straddle the page break).
    assert text.split().count("Lang") == 400
    assert "Konsulent 39 Østergård" in text
    assert "Underskrift og dato" in pdf_text(out, pages)


def test_empty_assessment(store: Store, tmp_path: Path) -> None:
    team = store.create_team("IPS Tom")
    a = store.create_assessment(team.id, dt.date(2026, 1, 5))
    text = pdf_text(write_report(store, a.id, tmp_path / "r.pdf"))
    assert "Vurderingen er ikke færdig: 14 elementer mangler og caseload er ikke udfyldt" in text
    assert "Intet princip er vurderet endnu" in text and DRAFT_DA in text


def test_ranking_never_calls_a_top_score_weak(demo_store: Store, tmp_path: Path) -> None:
    # Frederiksberg's last review meets everything: every principle scores 100.
    aid = demo_ids(demo_store, "IPS Frederiksberg")[0]
    first = pdf_text(write_report(demo_store, aid, tmp_path / "r.pdf"), 1)
    assert "Alle vurderede principper har samme score, 100,0" in first
    assert "Svageste principper" not in first


def test_ties_across_the_cut_are_named_not_picked(demo_store: Store, tmp_path: Path) -> None:
    # Hillerød's first review: six principles at 100,0, P3 and P4 below.
    aid = demo_ids(demo_store, "IPS Hillerød")[-1]
    first = pdf_text(write_report(demo_store, aid, tmp_path / "r.pdf"), 1)
    assert "Stærkeste principper 6 principper med samme score: P1, P2, P5, P6, P7, P8" in first
    assert "Svageste principper P4 Vejledning om ydelser P3 Integration med behandling" in first
    # The same at the bottom: one principle met, seven tied at 0.
    team = demo_store.create_team("IPS Bund")
    a = demo_store.create_assessment(team.id, dt.date(2026, 4, 1), reviewers=["Åse"])
    first_principle = default_pack().principles[0]
    for element in default_pack().elements:
        met = element in first_principle.elements
        demo_store.set_rating(a.id, element.id, "met" if met else "not_met")
    demo_store.set_caseload(a.id, [CaseloadInfo("Åse", 1.0, 10, 0)])
    finish_review(demo_store, a.id)
    page = pdf_text(write_report(demo_store, a.id, tmp_path / "b.pdf"), 1)
    assert "Stærkeste principper P1 Ingen eksklusion" in page
    assert page.index("P1 Ingen eksklusion") < page.index("Svageste principper")
    assert "Svageste principper 7 principper med samme score: P2, P3, P4, P5, P6, P7, P8" in page


def test_how_to_read_box_from_the_pack(demo_store: Store, tmp_path: Path) -> None:
    """Page 1 explains the numbers and the verdict, with the pack's scale and limit."""
    aid = demo_ids(demo_store, "IPS Hillerød")[1]  # 2026-Q3: all 100,0, caseload over
    out = write_report(demo_store, aid, tmp_path / "r.pdf")
    first = pdf_text(out, 1)
    assert (
        "Sådan læses vurderingen: Opfyldt = 100, Delvist opfyldt = 50, Ikke opfyldt = 0." in first
    )
    assert "Et princips score er gennemsnittet af dets vurderede elementer" in first
    assert "den samlede score gennemsnittet af principperne" in first
    assert "alle elementer er Opfyldt, og ingen konsulents caseload er over 25" in first
    assert "Principper og elementer" not in first  # still one page
    english = pdf_text(write_report(demo_store, aid, tmp_path / "en.pdf", "en"), 1)
    assert "How to read the review: Met = 100, Partly met = 50, Not met = 0." in english
    assert "no consultant's caseload is above 25" in english
    # Nothing outside the pack knows the numbers: another scale and limit, other words.
    content = gather(demo_store, aid)
    pack = dataclasses.replace(
        content.pack,
        scale=(
            *content.pack.scale[:1],
            dataclasses.replace(content.pack.scale[1], value=0.75),
            *content.pack.scale[2:],
        ),
        caseload=dataclasses.replace(content.pack.caseload, warning_max=22.5),
    )
    lines = how_to_read(dataclasses.replace(content, pack=pack), Words("da"))
    assert "Delvist opfyldt = 75" in lines[0] and "over 22,5" in lines[1]


def test_long_notes_run_full_width_and_stay_with_their_element(
    demo_store: Store, tmp_path: Path
) -> None:
    aid = demo_ids(demo_store, "IPS Albertslund")[0]
    long = "Teamet holder faste møder med behandlerne, men referaterne deles ikke altid. " * 12
    elements = ["P1.1", "P1.2", "P2.1", "P3.1", "P3.2", "P3.3", "P5.1", "P7.1"]
    demo_store.reopen(aid, "Noterne uddybet")
    for e in elements:
        demo_store.set_rating(aid, e, note=f"{long}Slut på noten til {e}.")
    finish_review(demo_store, aid)
    out = write_report(demo_store, aid, tmp_path / "long.pdf")
    # A narrow note column made this ~20 pages of mostly empty paper. (The summary's
    # full list of elements not fully met and the reopening's story take two more.)
    assert page_count(out) <= 12
    for e in elements:  # each element and the end of its note on the same page
        # (The reviewers' annex repeats a consensus note where the reviewers differed.)
        pages = [
            p
            for p in range(1, page_count(out) + 1)
            if f"Slut på noten til {e}." in pdf_text(out, p)
            and "Bilag: Bedømmernes egne bedømmelser" not in pdf_text(out, p)
        ]
        assert len(pages) == 1 and f"{e} " in pdf_text(out, pages[0]), e


def test_the_change_table_shows_a_verdict_that_turned(demo_store: Store, tmp_path: Path) -> None:
    """Hillerød's scores stood still from Q2 to Q3 while a consultant's caseload went over
    the limit: the table must not read 'nothing changed'."""
    q3 = demo_ids(demo_store, "IPS Hillerød")[1]
    text = pdf_text(write_report(demo_store, q3, tmp_path / "q3.pdf"))
    # (pdftotext reads a row's plain cells before its wrapped label cell)
    assert "Lever op Lever ikke op ændret" in text and "Resultat" in text
    assert "15,0 26,0 +11,0" in text and "Højeste caseload (belastning)" in text
    english = pdf_text(write_report(demo_store, q3, tmp_path / "q3en.pdf", "en"))
    assert "Meets Does not meet changed" in english
