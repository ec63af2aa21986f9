"""Follow-up in the store: agreements, action plans, carry-over, outcome figures (both backends)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ipsfidelity.errors import UserError
from ipsfidelity.i18n import set_language
from ipsfidelity.store import Store
from ipsfidelity.store.followup import INKLUSION_SHARE, Signatory, suggested_party
from ipsfidelity.store.views import CaseloadInfo

REVIEW = dt.date(2026, 2, 17)


def _team(store: Store) -> str:
    return store.create_team(
        "IPS Hvidovre", "Hvidovre", "Psykiatrisk Center Hvidovre", "F-ACT Gl. Kongevej"
    ).id


def _reviewed(store: Store, team_id: str, date: dt.date = REVIEW) -> str:
    """An assessment with P3.2 partial, P5.1 not met, the rest met, and one consultant over."""
    a = store.create_assessment(team_id, date)
    pack = store.pack_for(a)
    for element in pack.element_ids:
        store.set_rating(a.id, element, "met")
    store.set_rating(a.id, "P3.2", "partial")
    store.set_rating(a.id, "P5.1", "not_met")
    store.set_caseload(
        a.id,
        [CaseloadInfo("Åse Bøgh", 1.0, 18, 0), CaseloadInfo("Søren Ærø", 0.5, 14, 0)],
    )
    return a.id


def test_agreement_versions_and_the_one_in_force(any_store: Store) -> None:
    tid = _team(any_store)
    assert any_store.agreement_for(tid, dt.date(2026, 1, 1)) is None
    first = any_store.create_agreement(
        tid,
        dt.date(2024, 3, 1),
        target_age="18-40 år",
        target_participants=40,
        leadership="Ledere mødes mindst to gange om året",
        signatories=[
            Signatory("Lise Holm", "Jobcenterchef", "kommune", dt.date(2024, 2, 20)),
            Signatory("Peter Nørgaard", "Centerchef", "psykiatri"),
        ],
    )
    # Parties and clinics come from the team unless given.
    assert (first.municipality, first.psychiatry, first.clinics) == (
        "Hvidovre",
        "Psykiatrisk Center Hvidovre",
        "F-ACT Gl. Kongevej",
    )
    second = any_store.create_agreement(tid, dt.date(2026, 6, 1), target_participants=55)
    assert any_store.agreement_for(tid, dt.date(2026, 5, 31)).id == first.id  # type: ignore[union-attr]
    assert any_store.agreement_for(tid, dt.date(2026, 6, 1)).id == second.id  # type: ignore[union-attr]
    assert [a.id for a in any_store.agreements(tid)] == [first.id, second.id]
    stored = any_store.get_agreement(first.id)
    assert stored.signatories[0] == Signatory(
        "Lise Holm", "Jobcenterchef", "kommune", dt.date(2024, 2, 20)
    )
    assert stored.target_age == "18-40 år" and stored.target_participants == 40

    with pytest.raises(UserError, match="allerede en samarbejdsaftale"):
        any_store.create_agreement(tid, dt.date(2026, 6, 1))
    with pytest.raises(UserError, match="allerede en samarbejdsaftale"):
        any_store.update_agreement(first.id, start_date=dt.date(2026, 6, 1))
    with pytest.raises(UserError, match="helt tal"):
        any_store.update_agreement(first.id, target_referrals=-1)
    with pytest.raises(UserError, match="underskriver"):
        any_store.update_agreement(first.id, signatories=[Signatory("  ")])

    updated = any_store.update_agreement(first.id, target_in_job=12, duration="Evalueres årligt")
    assert updated.target_in_job == 12 and updated.duration == "Evalueres årligt"
    assert updated.updated_at > first.updated_at  # type: ignore[operator]
    any_store.delete_agreement(second.id)
    assert any_store.agreement_for(tid, dt.date(2026, 12, 1)).id == first.id  # type: ignore[union-attr]
    any_store.delete_team(tid)  # cascades to its agreements
    with pytest.raises(UserError):
        any_store.get_agreement(first.id)


def test_suggestions_cover_partial_not_met_and_caseload(any_store: Store) -> None:
    aid = _reviewed(any_store, _team(any_store))
    drafts = any_store.action_suggestions(aid)
    assert [d.elements for d in drafts] == [("P3.2",), ("P5.1",), ("caseload",)]
    assert [d.party for d in drafts] == ["faelles", "kommune", "kommune"]
    assert {d.deadline for d in drafts} == {REVIEW + dt.timedelta(weeks=6)}
    assert "Delvist opfyldt" in drafts[0].text and "mindst én gang om måneden" in drafts[0].text
    assert "Søren Ærø 28,0" in drafts[2].text and "Åse" not in drafts[2].text
    assert any_store.action_plan(aid) == []  # a preview writes nothing

    before = any_store.get_assessment(aid).info.updated_at
    written = any_store.suggest_actions(aid)
    assert [i.elements for i in written] == [("P3.2",), ("P5.1",), ("caseload",)]
    assert [i.position for i in written] == [0, 1, 2]
    assert all(i.status == "aaben" and i.owner == "" for i in written)
    assert any_store.get_assessment(aid).info.updated_at > before  # exports carry the change
    assert any_store.suggest_actions(aid) == []  # nothing twice

    any_store.delete_action_item(written[1].id)
    again = any_store.suggest_actions(aid)  # the deleted one comes back, only it
    assert [i.elements for i in again] == [("P5.1",)]


def test_suggested_party_mapping() -> None:
    assert suggested_party("dk-minimum", "P3") == "faelles"
    assert [suggested_party("dk-minimum", f"P{n}") for n in (4, 5, 6, 7, 8)] == ["kommune"] * 5
    assert suggested_party("another-pack", "P3") == "faelles"


def test_edit_merge_reorder_and_validation(any_store: Store) -> None:
    aid = _reviewed(any_store, _team(any_store))
    a, b, c = any_store.suggest_actions(aid)
    edited = any_store.update_action_item(
        a.id, owner="  Mette   Sørensen ", deadline=dt.date(2026, 3, 15), status="i_gang"
    )
    assert (edited.owner, edited.deadline, edited.status) == (
        "Mette Sørensen",
        dt.date(2026, 3, 15),
        "i_gang",
    )
    with pytest.raises(UserError, match="Ansvarlig part"):
        any_store.update_action_item(a.id, party="region")
    with pytest.raises(UserError, match="Status"):
        any_store.update_action_item(a.id, status="done")
    with pytest.raises(UserError, match=r"P9\.9"):
        any_store.update_action_item(a.id, elements=["P9.9"])
    with pytest.raises(UserError, match="tekst"):
        any_store.add_action_item(aid, "   ")

    any_store.reorder_action_items(aid, [c.id, a.id, b.id])
    assert [i.id for i in any_store.action_plan(aid)] == [c.id, a.id, b.id]
    with pytest.raises(UserError, match="rækkefølge"):
        any_store.reorder_action_items(aid, [c.id, a.id])

    merged = any_store.merge_action_items(a.id, [b.id])
    assert merged.elements == ("P3.2", "P5.1")
    assert merged.text.splitlines() == [a.text, b.text]
    assert merged.deadline == dt.date(2026, 3, 15)  # the earliest of the two
    assert [i.id for i in any_store.action_plan(aid)] == [c.id, a.id]

    extra = any_store.add_action_item(aid, "Fælles ledermøde to gange om året", party="faelles")
    assert extra.position == 2 and extra.deadline == REVIEW + dt.timedelta(weeks=6)


def test_carry_over_and_overdue_follow_the_latest_copy(any_store: Store) -> None:
    tid = _team(any_store)
    q1 = _reviewed(any_store, tid)
    first, second, third = any_store.suggest_actions(q1)
    any_store.update_action_item(first.id, status="afsluttet")
    any_store.update_action_item(second.id, status="i_gang", follow_up="Aftale med 3 virksomheder")

    q2 = any_store.create_assessment(tid, dt.date(2026, 5, 19)).id
    carried = any_store.carry_over(q2)
    assert [i.origin_item_id for i in carried] == [second.id, third.id]
    assert carried[0].status == "i_gang" and carried[0].follow_up == "Aftale med 3 virksomheder"
    assert carried[0].deadline == second.deadline  # the promise keeps its date
    assert any_store.carry_over(q2) == []  # not twice
    assert any_store.get_action_item(second.id).continued_by == carried[0].id

    today = dt.date(2026, 11, 22)
    overdue = any_store.overdue_items(today)
    # The originals are followed up through their copies, so each promise is listed once.
    assert [i.id for i in overdue] == [carried[0].id, carried[1].id]
    any_store.update_action_item(carried[1].id, status="afsluttet")
    assert [i.id for i in any_store.overdue_items(today)] == [carried[0].id]
    assert any_store.overdue_items(dt.date(2026, 3, 1)) == []

    assert any_store.overdue_counts(today) == {tid: 1}
    beside = any_store.action_plan_by_element(q2)
    assert [i.id for i in beside["P5.1"]] == [carried[0].id]
    assert set(beside) == {"P5.1", "caseload"}

    open_items = any_store.action_items(tid, open_only=True)
    assert [i.id for i in open_items] == [carried[0].id]
    everything = any_store.action_items(tid, include_continued=True)
    assert len(everything) == 5

    # Merging keeps the carried-over link (so the original stays followed up), but two
    # different links cannot become one.
    new_item = any_store.add_action_item(q2, "Jobmesse med virksomhederne", elements=["P6.1"])
    merged = any_store.merge_action_items(new_item.id, [carried[0].id])
    assert merged.origin_item_id == second.id
    assert any_store.get_action_item(second.id).continued_by == new_item.id
    with pytest.raises(UserError, match="hver sin"):
        any_store.merge_action_items(new_item.id, [carried[1].id])
    carried = [merged, carried[1]]

    # The first assessment has no predecessor; deleting the later one keeps the earlier plan.
    assert any_store.carry_over(q1) == []
    any_store.delete_assessment(q2)
    assert any_store.get_action_item(second.id).continued_by is None
    assert len(any_store.action_plan(q1)) == 3


def test_report_rows(any_store: Store) -> None:
    aid = _reviewed(any_store, _team(any_store))
    first, *_ = any_store.suggest_actions(aid)
    any_store.update_action_item(first.id, owner="Mette Sørensen", status="i_gang")
    rows = any_store.action_plan_rows(aid, today=dt.date(2026, 11, 22))
    assert [(r.element, r.party, r.status, r.overdue) for r in rows] == [
        ("P3.2", "Fælles", "I gang", True),
        ("P5.1", "Kommune", "Åben", True),
        ("Caseload", "Kommune", "Åben", True),
    ]
    assert rows[0].owner == "Mette Sørensen" and rows[0].deadline == dt.date(2026, 3, 31)
    set_language("en")
    try:
        english = any_store.action_plan_rows(aid, today=dt.date(2026, 3, 1))
    finally:
        set_language("da")
    assert [(r.party, r.status, r.overdue) for r in english][:2] == [
        ("Joint", "In progress", False),
        ("Municipality", "Open", False),
    ]


def test_outcome_figures(any_store: Store) -> None:
    tid = _team(any_store)
    q1 = any_store.create_assessment(tid, dt.date(2026, 2, 17)).id
    q2 = any_store.create_assessment(tid, dt.date(2026, 5, 19)).id
    assert any_store.get_outcomes(q1) is None
    for bad in [(-1, 0), (10, 11), (10, 2.5), (True, 0), ("10", 2)]:
        with pytest.raises(UserError):
            any_store.set_outcomes(q1, *bad)  # type: ignore[arg-type]
    assert any_store.get_outcomes(q1) is None
    any_store.set_outcomes(q2, 42, 25)
    first = any_store.set_outcomes(q1, 40, 20)
    assert first.share == 50.0 and first.share < INKLUSION_SHARE
    again = any_store.set_outcomes(q1, 40, 24)  # replaces, one row per assessment
    assert again.in_job_or_education == 24
    assert [
        (o.period, o.participants, o.in_job_or_education) for o in any_store.outcome_trend(tid)
    ] == [
        ("2026-Q1", 40, 24),
        ("2026-Q2", 42, 25),
    ]
    assert any_store.set_outcomes(q1, 0, 0).share is None
    any_store.clear_outcomes(q1)
    assert any_store.get_outcomes(q1) is None


def test_agreement_rows_and_outcome_text(any_store: Store) -> None:
    from ipsfidelity.store.followup import agreement_rows
    from ipsfidelity.wording import outcome_text

    tid = _team(any_store)
    agreement = any_store.create_agreement(
        tid,
        dt.date(2025, 3, 1),
        target_participants=30,
        leadership="Ledermøde to gange om året",
        signatories=[Signatory("Karen Dahl", "Jobcenterchef", "kommune", dt.date(2025, 2, 15))],
    )
    rows = dict(agreement_rows(agreement))
    assert rows["Gælder fra"] == "2025-03-01"
    assert rows["Måltal: løbende deltagere"] == "30"
    assert rows["Ledelsesmæssigt samarbejde"] == "Ledermøde to gange om året"
    # The party by the agreement's own municipality (the team's, by default), not "Kommune".
    assert rows["Underskrevet af"] == "Karen Dahl, Jobcenterchef, Hvidovre Kommune, 2025-02-15"
    assert "Målgruppe: andet" not in rows  # empty fields are left out
    # The report's own date format, and the party by its name once the agreement gives one.
    named = any_store.update_agreement(
        agreement.id, municipality="Ærø Kommune", psychiatry="Psykiatrien Syd"
    )
    shown = dict(agreement_rows(named, "da", lambda d: f"{d.day}/{d.month} {d.year}"))
    assert shown["Gælder fra"] == "1/3 2025"
    assert shown["Underskrevet af"] == "Karen Dahl, Jobcenterchef, Ærø Kommune, 15/2 2025"
    labels = [label for label, _ in agreement_rows(agreement)]
    assert labels.index("Kommune") < labels.index("Måltal: løbende deltagere")
    assert outcome_text(28, 13) == "13 af 28 i job eller uddannelse (46,4 %)"
    assert outcome_text(0, 0) == "0 af 0 i job eller uddannelse"


def test_follow_up_reads_do_not_wait_for_a_writer(store: Store, db_path: Path) -> None:
    """Reads take no write lock: the app's report and the follow-up list read while another
    window (or process) is in the middle of a write."""
    import sqlite3
    import time

    from ipsfidelity.demo import fill_demo

    fill_demo(store)
    team = store.find_team("IPS Albertslund")
    aid = store.list_assessments(team.id)[0].id
    writer = sqlite3.connect(db_path, isolation_level=None, timeout=0.1)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE team SET name = name")
        start = time.monotonic()
        assert store.action_plan(aid)
        store.get_action_item(store.action_plan(aid)[0].id)
        store.action_items()
        store.action_suggestions(aid)
        assert store.agreements(team.id)
        assert store.agreement_for(team.id) is not None
        store.get_agreement(store.agreements(team.id)[0].id)
        assert store.get_outcomes(aid) is not None
        assert store.outcome_trend(team.id)
        assert store.follow_up(aid).action_plan
        assert time.monotonic() - start < 10  # a write lock would wait the 15 s timeout
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_the_agreement_fields_are_listed_once_and_every_form_of_it_has_exactly_them() -> None:
    import dataclasses

    from ipsfidelity.exchange.schema import AgreementDoc
    from ipsfidelity.store.followup import AGREEMENT_FIELD_LIST, AgreementInfo, agreement_label
    from ipsfidelity.store.models import Agreement

    keys = {f.key for f in AGREEMENT_FIELD_LIST}
    assert len(keys) == len(AGREEMENT_FIELD_LIST)
    bookkeeping = {"id", "team_id", "created_at", "updated_at"}
    assert {f.name for f in dataclasses.fields(AgreementInfo)} - bookkeeping == keys
    assert set(AgreementDoc.model_fields) - bookkeeping == keys
    columns = {c.key for c in Agreement.__table__.columns} - bookkeeping
    assert columns == keys
    for lang in ("da", "en"):  # every field has its own label in both languages
        labels = [agreement_label(field.key, lang) for field in AGREEMENT_FIELD_LIST]
        assert all(labels) and len(set(labels)) == len(labels), labels
