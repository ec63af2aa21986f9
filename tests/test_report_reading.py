"""What a steering-group member reads in the printed report, checked in real PDFs read back
with pdftotext: page 1 names the consultant whose caseload is over the limit (not only the
highest load), a reopening from before the history began does not claim that nothing
changed nor that the review is still open, and the agreement figures stay together."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest

from ipsfidelity.demo import fill_demo
from ipsfidelity.instrument import default_pack
from ipsfidelity.report import write_report
from ipsfidelity.store import Store
from ipsfidelity.store.views import CaseloadInfo
from tests.test_report import page_count, pdf_text, summary_text
from tests.test_report_detail import _reviewed


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "da",
            "Caseload: over grænsen for Konsulent 1 (21,0); højeste belastning 24,0 (Konsulent 2)",
        ),
        (
            "en",
            "Caseload: over the limit for Consultant 1 (21.0); highest load 24.0 (Consultant 2)",
        ),
    ],
)
def test_page_1_names_the_consultant_over_the_limit_when_not_the_highest_load(
    store: Store, tmp_path: Path, lang: str, expected: str
) -> None:
    # Consultant 1 has 20 IPS and 2 other cases (21.0, over the limit of 20 with other
    # cases); consultant 2 has only IPS cases at 24.0, the highest load but at the limit.
    aid = _reviewed(store)
    out = write_report(store, aid, tmp_path / f"{lang}.pdf", lang, mask_personal_data=True)
    assert expected in summary_text(out)


def _demo_reopened(store: Store) -> str:
    fill_demo(store)
    (aid,) = [
        a.id
        for team in store.list_teams()
        for a in store.list_assessments(team.id)
        if store.lifecycle(a.id).reopenings
    ]
    return aid


@pytest.mark.parametrize(
    ("lang", "untraced", "again"),
    [
        ("da", "Historikken begynder efter genåbningen", "Afsluttet igen"),
        ("en", "The history begins after the reopening", "Finished again"),
    ],
)
def test_an_imported_reopening_says_its_changes_are_unknown_and_it_was_finished_again(
    store: Store, tmp_path: Path, lang: str, untraced: str, again: str
) -> None:
    aid = _demo_reopened(store)
    life = store.lifecycle(aid)
    assert life.finished and life.finished_at is not None
    assert min(e.at for e in store.history(aid)) > life.reopenings[0].at  # imported after
    out = write_report(store, aid, tmp_path / f"{lang}.pdf", lang)
    text = pdf_text(out)
    story = text[text.index(untraced) :]
    assert "Ingen ændring" not in text and "No change to the consensus" not in text
    assert "Ikke afsluttet igen" not in text and "Not finished again" not in text
    day = life.finished_at.astimezone().date()
    expected = f"{day.day}. " if lang == "da" else f"{day.day} "
    assert story.index(again) < 400 and expected in story[story.index(again) :][:40]


def test_a_reopening_made_here_still_lists_its_changes(store: Store, tmp_path: Path) -> None:
    aid = _reviewed(store)
    text = pdf_text(write_report(store, aid, tmp_path / "da.pdf", "da", mask_personal_data=True))
    assert "Historikken begynder" not in text
    assert "Ændret efter genåbningen: P2.1 Opfyldt → Delvist opfyldt" in text
    assert "Ikke afsluttet igen endnu." in text  # the second reopening is still open


def test_the_agreement_figures_and_their_caveat_stay_on_one_page(
    store: Store, tmp_path: Path
) -> None:
    fill_demo(store)
    team = next(t for t in store.list_teams() if t.name == "IPS Albertslund")
    latest = max(store.list_assessments(team.id), key=lambda a: a.date)
    out = write_report(store, latest.id, tmp_path / "da.pdf", "da", overdue_on=dt.date(2026, 12, 4))
    pages = [pdf_text(out, n) for n in range(1, page_count(out) + 1)]
    (page,) = [p for p in pages if "Enighed mellem bedømmerne" in p]
    assert "Cohens kappa" in page
    assert "Bemærk: kappa og alfa over kun 14 elementer er usikre" in page
    assert "Hver bedømmers egne bedømmelser står i bilaget." in page


def _demo_latest(store: Store, team_name: str) -> str:
    fill_demo(store)
    team = next(t for t in store.list_teams() if t.name == team_name)
    return max(store.list_assessments(team.id), key=lambda a: a.date).id


@pytest.mark.parametrize(
    ("lang", "finished", "step"),
    [
        ("da", "Afsluttet og underskrevet", "Næste skridt: følg op på handleplanen"),
        ("en", "Finished and signed", "Next step: follow up the action plan"),
    ],
)
def test_page_1_says_the_signing_day_once_and_the_next_step(
    store: Store, tmp_path: Path, lang: str, finished: str, step: str
) -> None:
    aid = _demo_latest(store, "IPS Albertslund")
    life = store.lifecycle(aid)
    assert life.finished_at is not None
    day = life.finished_at.astimezone().date()
    assert {s.signed_on for s in life.signoffs} == {day}  # all signed the day it was finished
    out = write_report(store, aid, tmp_path / f"{lang}.pdf", lang, overdue_on=day)
    summary = summary_text(out)
    names = ", ".join(s.reviewer for s in life.signoffs)
    assert f"{finished} " in summary and names in summary
    assert "(underskrevet" not in summary and "(signed" not in summary  # not once per name
    verdict = summary.index("Teamet lever ikke op" if lang == "da" else "The team does not meet")
    assert summary.index(step) > verdict
    assert summary.index(step) < summary.index("Samlet score" if lang == "da" else "Overall")


def test_the_next_step_names_what_the_plan_leaves_out(store: Store, tmp_path: Path) -> None:
    team = store.create_team("IPS Lyngby", "Lyngby-Taarbæk", "PC Nordsjælland")
    aid = store.create_assessment(
        team.id, dt.date(2026, 8, 25), reviewers=["Anna Holm", "Bo Berg"]
    ).id
    for element in default_pack().element_ids:
        store.set_rating(aid, element, {"P3.1": "not_met", "P7.1": "partial"}.get(element, "met"))
    store.set_caseload(aid, [CaseloadInfo("Nanna Friis", 0.5, 14, 0)])  # 28.0: over
    store.add_action_item(
        aid, "Aftale med psykiatrien", elements=["P3.1"], deadline=dt.date(2026, 12, 1)
    )
    store.finish(aid, [("Anna Holm", dt.date(2026, 8, 25)), ("Bo Berg", dt.date(2026, 8, 26))])
    for lang, expected in (
        ("da", "Næste skridt: aftal handlinger for P7.1, caseload, som handleplanen ikke har"),
        ("en", "Next step: agree actions for P7.1, caseload, which the action plan has no open"),
    ):
        summary = summary_text(write_report(store, aid, tmp_path / f"{lang}.pdf", lang))
        assert expected in summary
    # Signed on other days than it was finished: each name keeps its own date.
    assert "Anna Holm (underskrevet 25. august 2026), Bo Berg (underskrevet 26. august 2026)" in (
        summary_text(write_report(store, aid, tmp_path / "da2.pdf", "da"))
    )


def test_the_reopenings_follow_on_the_page_with_room(store: Store, tmp_path: Path) -> None:
    """Each reopening stays on one page, and none is pushed to a page of its own while the
    page before has room (a block kept together inside another would be)."""
    aid = _reviewed(store)
    out = write_report(store, aid, tmp_path / "da.pdf", "da", mask_personal_data=True)
    pages = [pdf_text(out, n) for n in range(1, page_count(out) + 1)]
    (page,) = [p for p in pages if "Rettelser efter afslutning" in p]
    assert "Vurderingen som dokument" in page  # the section's start has room for them
    assert "P5.1 var sat for højt" in page and "Note til P3.2 skal uddybes" in page
    assert "Ikke afsluttet igen endnu." in page


@pytest.mark.parametrize(("lang", "mark"), [("da", "! Overskredet"), ("en", "! Overdue")])
def test_an_overdue_deadline_keeps_its_mark_on_one_line(
    store: Store, tmp_path: Path, lang: str, mark: str
) -> None:
    aid = _demo_latest(store, "IPS Albertslund")
    overdue_on = store.get_assessment(aid).info.date + dt.timedelta(
        days=24
    )  # three items past their deadline
    out = write_report(store, aid, tmp_path / f"{lang}.pdf", lang, overdue_on=overdue_on)
    layout = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(out), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    lines = [line for line in layout.splitlines() if mark.split()[1] in line]
    plan = [line for line in lines if " pr. " not in line and " as of " not in line]  # no notes
    assert plan and all(mark in line for line in plan), plan


def test_a_finished_item_does_not_cover_what_is_still_not_met(store: Store, tmp_path: Path) -> None:
    fill_demo(store)
    team = next(t for t in store.list_teams() if t.name == "IPS Hillerød")
    # The demo's quarter whose caseload is over the limit and whose one item, on the
    # caseload, is marked finished.
    (aid,) = [
        a.id
        for a in store.list_assessments(team.id)
        if store.lifecycle(a.id).reopenings and store.action_plan(a.id)
    ]
    (item,) = store.action_plan(aid)
    assert item.status == "afsluttet" and item.elements == ("caseload",)
    summary = summary_text(write_report(store, aid, tmp_path / "da.pdf", "da"))
    assert "Teamet lever ikke op til minimumsdefinitionen: caseload over grænsen" in summary
    assert "Næste skridt: aftal handlinger for caseload, som handleplanen ikke har et åbent" in (
        summary
    )
