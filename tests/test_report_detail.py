"""What a steering group reads in the printed report: every element not fully met with its
whole text, each sign-off with its date, a self-assessment named in the title, what each
reopening undid and changed (from the history), and consultants by number unless named;
read back from real PDFs with pdftotext, Danish and English, through the Store and the
light SQLite reader the `report` command uses."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ipsfidelity.instrument import default_pack
from ipsfidelity.report import write_report
from ipsfidelity.report.content import gather, personal_data_notes
from ipsfidelity.report.reopening_facts import RatingChange, reopening_stories
from ipsfidelity.store import Store
from ipsfidelity.store.lifecycle_views import HistoryInfo, LifecycleInfo, ReopeningInfo
from ipsfidelity.store.sqlite_reader import open_current
from ipsfidelity.store.views import CaseloadInfo
from tests.test_report import page_count, pdf_text, summary_text
from tests.test_report_followup import raw_text

CPR = "2512841234"
WEAK = {
    "P1.2": "partial",
    "P3.1": "not_met",
    "P3.3": "partial",
    "P5.1": "partial",
    "P6.1": "not_met",
    "P7.1": "partial",
}
SIGNED = {"Jens Østergaard": dt.date(2026, 8, 25), "Anna Holm": dt.date(2026, 8, 27)}
RESIGNED = {"Jens Østergaard": dt.date(2026, 9, 2), "Anna Holm": dt.date(2026, 9, 3)}


def _reviewed(store: Store, kind: str = "independent", team_name: str = "IPS Hillerød") -> str:
    """Six elements not fully met, two consultants, signed on two days, then reopened twice:
    first P5.1 and P2.1 and the caseload corrected and finished again, then only opened."""
    team = store.create_team(team_name, "Hillerød", "PC Nordsjælland")
    aid = store.create_assessment(
        team.id, dt.date(2026, 8, 25), reviewers=list(SIGNED), kind=kind
    ).id
    for element in default_pack().element_ids:
        store.set_rating(aid, element, WEAK.get(element, "met"), note="Set i journalen")
    store.set_caseload(
        aid, [CaseloadInfo("Nanna Friis", 1.0, 18, 2), CaseloadInfo("Bo Berg", 0.5, 12, 0)]
    )
    store.finish(aid, list(SIGNED.items()))
    with store.acting_as("Anna Holm"):
        store.reopen(aid, f"P5.1 var sat for højt, jf. {CPR}")
    store.set_rating(aid, "P5.1", "not_met", note="Rettet efter gennemgang")
    store.set_rating(aid, "P2.1", "partial")
    store.set_caseload(
        aid, [CaseloadInfo("Nanna Friis", 1.0, 20, 2), CaseloadInfo("Bo Berg", 0.5, 12, 0)]
    )
    store.finish(aid, list(RESIGNED.items()))
    store.reopen(aid, "Note til P3.2 skal uddybes")
    return aid


def test_every_element_not_fully_met_is_listed_in_full(store: Store, tmp_path: Path) -> None:
    aid = _reviewed(store)
    for lang, heading in (("da", "Elementer, der ikke er fuldt opfyldt"), ("en", "Elements not")):
        out = write_report(store, aid, tmp_path / f"{lang}.pdf", lang)
        summary = summary_text(out)
        not_met = gather(store, aid).score.not_met
        assert len(not_met) == 7  # the six, and P2.1 since the reopening
        listing = summary[summary.index(heading) :]
        for element in default_pack().elements:
            text = " ".join(element.text[lang].split())
            assert (text in listing) == (element.id in not_met), element.id
        # Furthest from met first, then in the pack's order.
        order = [listing.index(f"{e} ") for e in ("P3.1", "P5.1", "P6.1", "P1.2", "P2.1")]
        assert order == sorted(order)
        assert page_count(out) > 2


def test_a_list_that_runs_onto_page_2_is_followed_there_by_section_2(
    store: Store, tmp_path: Path
) -> None:
    """No near-empty page: when the summary fits on page 1, section 2 starts page 2; when the
    list of elements not fully met carries it onto page 2, section 2 follows the list."""
    out = write_report(store, _reviewed(store), tmp_path / "long.pdf", "da")
    first, second = pdf_text(out, 1), pdf_text(out, 2)
    assert "Elementer, der ikke er fuldt opfyldt" not in first
    assert "Principper og elementer" not in first
    listed = second.index("Elementer, der ikke er fuldt opfyldt")
    assert listed < second.index("Principper og elementer") < second.index("P1 Ingen eksklusion")

    team = store.create_team("IPS Tårnby", "Tårnby")
    met = store.create_assessment(team.id, dt.date(2026, 8, 25), reviewers=["Anna Holm"]).id
    for element in default_pack().element_ids:
        store.set_rating(met, element, "met")
    short = write_report(store, met, tmp_path / "short.pdf", "da")
    assert "Principper og elementer" not in pdf_text(short, 1)
    assert pdf_text(short, 2).lstrip().startswith("KLADDE")  # a draft's banner, then section 2
    assert "Principper og elementer" in pdf_text(short, 2)[:200]


def test_sign_offs_are_printed_with_their_dates(store: Store, tmp_path: Path) -> None:
    team = store.create_team("IPS Køge", "Køge")
    aid = store.create_assessment(team.id, dt.date(2026, 8, 25), reviewers=list(SIGNED)).id
    for element in default_pack().element_ids:
        store.set_rating(aid, element, "met")
    store.set_caseload(aid, [CaseloadInfo("Nanna Friis", 1.0, 18, 2)])
    store.finish(aid, list(SIGNED.items()))
    first = pdf_text(write_report(store, aid, tmp_path / "da.pdf"), 1)
    assert (
        "Jens Østergaard (underskrevet 25. august 2026), Anna Holm (underskrevet 27. august 2026)"
        in first
    )
    assert "Afsluttet " in first
    en = pdf_text(write_report(store, aid, tmp_path / "en.pdf", "en"), 1)
    assert "Jens Østergaard (signed 25 August 2026), Anna Holm (signed 27 August 2026)" in en


@pytest.mark.parametrize(
    ("lang", "kicker", "title"),
    [
        ("da", "Selvevaluering · rapport om IPS-modeltrofasthed", "IPS Hillerød · selvevaluering"),
        ("en", "Self-assessment · IPS fidelity report", "IPS Hillerød · self-assessment"),
    ],
)
def test_a_self_assessment_says_so_in_its_title(
    store: Store, tmp_path: Path, lang: str, kicker: str, title: str
) -> None:
    aid = _reviewed(store, kind="self")
    first = pdf_text(write_report(store, aid, tmp_path / "self.pdf", lang), 1)
    assert first.index(kicker) < first.index(title) < 200  # at the top of the front page
    other = _reviewed(store, team_name="IPS Gribskov")
    plain = pdf_text(write_report(store, other, tmp_path / "ext.pdf", lang), 1)
    assert kicker not in plain and title not in plain


def _record(path: Path) -> str:
    text = pdf_text(path)
    start = text.index("Rettelser efter afslutning" if "Rettelser" in text else "Corrections")
    return text[start : start + 1200]


def test_each_reopening_tells_what_it_undid_and_changed(
    store: Store, db_path: Path, tmp_path: Path
) -> None:
    aid = _reviewed(store)
    out = write_report(store, aid, tmp_path / "da.pdf", mask_personal_data=True)
    record = _record(out)
    first, second = record.split("Genåbnet ")[1:3]
    reopened = store.lifecycle(aid).reopenings[0].at.astimezone().date()
    assert first.startswith(f"{reopened.day}. ")  # when it was reopened, as stored
    assert "af Anna Holm: P5.1 var sat for højt, jf. XXXXXX-XXXX" in first
    assert (
        "og underskrevet af Jens Østergaard (25. august 2026), Anna Holm (27. august 2026)."
        in first
    )
    assert (
        "Ændret efter genåbningen: P2.1 Opfyldt → Delvist opfyldt;"
        " P5.1 Delvist opfyldt → Ikke opfyldt; note rettet til P5.1; caseloaden rettet." in first
    )
    assert "Afsluttet igen " in first
    # The second: signed on the later days, nothing changed yet, not finished again.
    assert "Jens Østergaard (2. september 2026), Anna Holm (3. september 2026)." in second
    assert "Ingen ændring af konsensusbedømmelser, noter eller caseload" in second
    assert "Ikke afsluttet igen endnu." in second
    assert CPR not in pdf_text(out)

    en = _record(write_report(store, aid, tmp_path / "en.pdf", "en", mask_personal_data=True))
    assert "Changed after the reopening: P2.1 Met → Partly met; P5.1 Partly met → Not met;" in en
    assert "Not finished again yet." in en

    # The light reader reads the same history, so prints the same story.
    reader = open_current(db_path)
    assert reader is not None
    try:
        light = write_report(reader, aid, tmp_path / "light.pdf", mask_personal_data=True)
        assert _record(light) == record
    finally:
        reader.close()


def test_consultants_are_numbered_unless_named(store: Store, db_path: Path, tmp_path: Path) -> None:
    aid = _reviewed(store)
    for lang, word in (("da", "Konsulent"), ("en", "Consultant")):
        text = pdf_text(write_report(store, aid, tmp_path / f"{lang}.pdf", lang))
        assert "Nanna Friis" not in text and "Bo Berg" not in text
        # Bo Berg (0.5 FTE, 12 cases) has the highest load: the second in the table.
        assert f"({word} 2)" in pdf_text(tmp_path / f"{lang}.pdf", 1)
        assert f"{word} 1" in text
        named = write_report(store, aid, tmp_path / f"n{lang}.pdf", lang, name_consultants=True)
        assert "(Bo Berg)" in pdf_text(named, 1) and "Nanna Friis" in pdf_text(named)
        assert f"{word} 2" not in pdf_text(named)


def test_the_action_plan_stands_beside_the_ratings_and_counts_overdue_from_a_date(
    store: Store, tmp_path: Path
) -> None:
    aid = _reviewed(store)
    deadline = dt.date(2026, 10, 1)
    store.add_action_item(aid, "Fast mødetid med jobcentret", elements=["P3.1"], deadline=deadline)
    store.add_action_item(
        aid, "Tid til arbejdsgivere i kalenderen", elements=["P6.1", "P5.1"], deadline=deadline
    )
    printed = dt.date(2026, 12, 1)
    before, after = deadline - dt.timedelta(days=1), deadline + dt.timedelta(days=1)

    def plan(lang: str, overdue_on: dt.date | None = None) -> str:
        path = tmp_path / f"{lang}.pdf"
        out = write_report(store, aid, path, lang, generated=printed, overdue_on=overdue_on)
        text = raw_text(out)  # drawing order: a table row reads as one line
        return text[text.rindex("Handleplan" if lang == "da" else "Action plan") :]

    da = plan("da", overdue_on=after)
    # Each element with its current consensus rating; the ones with no item named after.
    assert "P3.1 Ikke opfyldt" in da and "P6.1 Ikke opfyldt P5.1 Ikke opfyldt" in da
    assert (
        "Ingen handling planlagt for: P1.2 (Delvist opfyldt), P2.1 (Delvist opfyldt),"
        " P3.3 (Delvist opfyldt), P7.1 (Delvist opfyldt)." in da
    )
    assert "overskredet pr. 2. oktober 2026: 2" in da
    assert "Overskredet pr. 2. oktober 2026, den valgte skæringsdato" in da
    assert da.count("! Overskredet") == 2
    # The day before the deadline nothing is overdue, whatever the printing date.
    early = plan("da", overdue_on=before)
    assert "Overskredet" not in early and "overskredet pr." not in early
    # By default the printing date, said so.
    default = plan("da")
    assert "overskredet pr. 1. december 2026: 2" in default
    assert "Overskredet pr. 1. december 2026, datoen rapporten er dannet" in default
    en = plan("en", overdue_on=after)
    assert "overdue as of 2 October 2026: 2" in en
    assert "No action planned for: P1.2 (Partly met)" in en
    # On the front page too, with its date.
    first = pdf_text(tmp_path / "en.pdf", 1)
    assert "Items: 2 · overdue as of 2 October 2026: 2" in first


def test_an_earlier_signature_with_a_cpr_number_is_asked_about_and_masked(
    store: Store, tmp_path: Path
) -> None:
    """A sign-off taken back by a reopening prints only in the reopening's story: it is
    checked for personal data like every other name the report prints."""
    team = store.create_team("IPS Køge", "Køge")
    odd = f"Ib {CPR}"
    aid = store.create_assessment(team.id, dt.date(2026, 8, 25), reviewers=[odd]).id
    for element in default_pack().element_ids:
        store.set_rating(aid, element, "met")
    store.set_caseload(aid, [CaseloadInfo("Nanna Friis", 1.0, 18, 2)])
    store.finish(aid, [(odd, dt.date(2026, 8, 25))])
    store.reopen(aid, "Ret navnet")
    store.update_assessment(aid, reviewers=["Ib Lund"])  # the name corrected
    content = gather(store, aid)
    assert content.reopenings[0].signed[0].reviewer == odd
    assert "Bedømmere" in personal_data_notes(store, aid)
    out = write_report(store, aid, tmp_path / "r.pdf", mask_personal_data=True)
    text = pdf_text(out)
    assert CPR not in text and "Ib XXXXXX-XXXX (25. august 2026)" in text


def test_a_story_reads_old_values_from_the_entries_themselves() -> None:
    """A review finished before the history began (upgraded) has no earlier entries: what
    changed after its reopening is read from each entry's own old value, never "Ikke
    vurderet → …" for a rating that was there all along."""
    t0 = dt.datetime(2026, 9, 1, 8, tzinfo=dt.UTC)

    def entry(
        minutes: int, entity: str, field: str, old: str | None, new: str | None
    ) -> HistoryInfo:
        element = "P5.1" if entity == "rating" else ""
        return HistoryInfo(
            id=str(minutes), at=t0 + dt.timedelta(minutes=minutes), team_id=None,
            assessment_id="a", entity=entity, entity_id="x", element_id=element, subject="",
            field=field, old_value=old, new_value=new, reviewer="", os_user="", db_user=None,
        )  # fmt: skip

    history = [
        entry(1, "assessment", "state", '"finished"', '"consensus"'),  # the reopening
        entry(2, "rating", "rating", '"met"', '"partial"'),
        entry(3, "rating", "rating", '"partial"', '"not_met"'),
        entry(4, "rating", "note", '"Set"', '"Set"'),
        entry(5, "assessment", "state", '"consensus"', '"finished"'),
        entry(6, "rating", "rating", '"not_met"', '"met"'),  # after the next finishing
    ]
    life = LifecycleInfo(
        "a", "independent", "finished", None, t0 + dt.timedelta(minutes=5),
        reopenings=(ReopeningInfo("Ret P5.1", "Anna", "", t0 + dt.timedelta(seconds=30)),),
    )  # fmt: skip
    (story,) = reopening_stories(life, history, default_pack().element_ids)
    assert story.finished_at is None and story.signed == ()  # before the history
    assert story.changes == (RatingChange("P5.1", "met", "not_met"),)
    assert story.notes_changed == () and not story.caseload_changed
    assert story.finished_again == t0 + dt.timedelta(minutes=5)
