"""The review lifecycle on a real SQLite file and a real PostgreSQL server: independent
ratings, consensus, finishing, the lock, reopening and the history."""

from __future__ import annotations

import datetime as dt
import getpass
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from ipsfidelity.errors import UserError
from ipsfidelity.i18n import tr
from ipsfidelity.store import Store
from ipsfidelity.store.views import CaseloadInfo, RatingInfo

TODAY = dt.date.today()
LOCKED = "afsluttet og kan ikke ændres"


def _two_reviewer_review(store: Store, disagree: int = 3) -> tuple[str, list[str]]:
    """Anna and Bo rate every element, disagreeing on the first `disagree` elements."""
    team = store.create_team("IPS Køge", "Køge")
    a = store.create_assessment(team.id, TODAY - dt.timedelta(days=3), reviewers=["Anna", "Bo"])
    elements = list(store.pack_for(a).element_ids)
    with store.acting_as("Anna"):
        for e in elements:
            store.set_reviewer_rating(a.id, "Anna", e, "met", note=f"Anna om {e}")
    with store.acting_as("Bo"):
        for i, e in enumerate(elements):
            store.set_reviewer_rating(a.id, "Bo", e, "partial" if i < disagree else "met")
    return a.id, elements


def _finished(store: Store) -> tuple[str, list[str]]:
    aid, elements = _two_reviewer_review(store)
    store.accept_agreed(aid)
    for e in elements[:3]:
        store.set_consensus(aid, e, "partial", note="Enige efter drøftelse")
    store.set_caseload(aid, [CaseloadInfo("Søren Ærø", 1.0, 18, 0)])
    store.finish(aid, [("Anna", TODAY), ("Bo", TODAY)])
    return aid, elements


@pytest.mark.parametrize("reason", [" ", "", "Ingen adgang til journalen", None])
def test_a_finished_review_says_it_is_locked_whatever_the_caseload_reason(
    any_store: Store, reason: str | None
) -> None:
    """Locked first: a blank reason on a finished review is not "write a reason" (with one
    it would still be refused), as the hypothesis property below once found."""
    aid, _ = _finished(any_store)
    with pytest.raises(UserError) as refused:
        any_store.mark_caseload_unavailable(aid, reason)
    assert str(refused.value) == tr("lifecycle.locked")
    assert any_store.lifecycle(aid).caseload_unavailable is None


def test_one_reviewer_rates_the_consensus_directly(any_store: Store) -> None:
    team = any_store.create_team("IPS Solo")
    a = any_store.create_assessment(team.id, TODAY, reviewers=["Åse"])
    any_store.set_reviewer_rating(a.id, "Åse", "P1.1", "partial", note="kun nogle")
    assert any_store.get_assessment(a.id).ratings["P1.1"].rating == "partial"
    assert any_store.get_assessment(a.id).ratings["P1.1"].note == "kun nogle"
    assert any_store.lifecycle(a.id).state == "draft"  # one reviewer: no consensus step
    with pytest.raises(UserError, match="ikke bedømmer"):
        any_store.set_reviewer_rating(a.id, "Mallory", "P1.1", "met")


def test_blind_ratings_consensus_and_agreement(any_store: Store) -> None:
    aid, elements = _two_reviewer_review(any_store)
    own = any_store.own_ratings(aid, "Bo")
    assert set(own) == set(elements) and own[elements[0]].rating == "partial"
    assert all(r.note == "" for r in own.values())  # nothing of Anna's notes
    assert any_store.get_assessment(aid).ratings == {}  # no consensus yet
    assert any_store.lifecycle(aid).state == "consensus"  # two reviewers have rated

    agreement = any_store.agreement(aid)
    assert (agreement.reviewers, agreement.elements) == (2, len(elements))
    assert agreement.exact == pytest.approx((len(elements) - 3) / len(elements))
    assert agreement.statistic == "kappa_linear" and agreement.few_elements

    accepted = any_store.accept_agreed(aid)
    assert accepted == elements[3:]
    assert any_store.accept_agreed(aid) == []  # nothing left that all agree on
    problems = any_store.finish_problems(aid)
    assert any(", ".join(elements[:3]) in p for p in problems)
    assert any("caseload" in p for p in problems)
    assert any("Anna, Bo" in p for p in problems)
    with pytest.raises(UserError, match="kan ikke afsluttes endnu"):
        any_store.finish(aid)


def test_finish_lock_and_reopen(any_store: Store) -> None:
    aid, elements = _finished(any_store)
    life = any_store.lifecycle(aid)
    assert life.state == "finished" and life.finished_at is not None
    assert [(s.reviewer, s.signed_on) for s in life.signoffs] == [("Anna", TODAY), ("Bo", TODAY)]
    info = any_store.get_assessment(aid).info
    assert (info.state, info.kind) == ("finished", "independent")

    refused: list[Callable[[], Any]] = [
        lambda: any_store.set_rating(aid, elements[0], "met"),
        lambda: any_store.set_consensus(aid, elements[0], note="ny"),
        lambda: any_store.set_reviewer_rating(aid, "Anna", elements[0], "partial"),
        lambda: any_store.set_caseload(aid, []),
        lambda: any_store.set_caseload(aid, [CaseloadInfo("Ny", 0.5, 5, 0)]),
        lambda: any_store.update_assessment(aid, date=TODAY),
        lambda: any_store.update_assessment(aid, reviewers=["Anna"]),
        lambda: any_store.set_kind(aid, "self"),
        lambda: any_store.sign_off(aid, "Anna", TODAY),
        lambda: any_store.mark_caseload_unavailable(aid, "ingen tal"),
        lambda: any_store.accept_agreed(aid),
        lambda: any_store.delete_assessment(aid),
        lambda: any_store.delete_team(any_store.get_assessment(aid).team.id),
    ]
    before = any_store.get_assessment(aid)
    for change in refused:
        with pytest.raises(UserError, match="afslutte"):
            change()
    assert any_store.get_assessment(aid) == before
    # Where the walk-through stands is navigation, not record; the action plan is follow-up.
    any_store.update_assessment(aid, last_element=elements[5])
    any_store.set_outcomes(aid, 10, 4)

    with pytest.raises(UserError, match="begrundelse"):
        any_store.reopen(aid, "   ")
    with any_store.acting_as("Anna"):
        reopened = any_store.reopen(aid, "Tastefejl i P1.1 rettet")
    assert reopened.state == "consensus" and reopened.signoffs == ()
    assert [(r.reason, r.reviewer) for r in reopened.reopenings] == [
        ("Tastefejl i P1.1 rettet", "Anna")
    ]
    any_store.set_consensus(aid, elements[0], "met")
    with pytest.raises(UserError, match="ikke afsluttet"):
        any_store.reopen(aid, "igen")
    any_store.finish(aid, [("Anna", TODAY), ("Bo", TODAY)])
    assert any_store.lifecycle(aid).reopenings[0].reason == "Tastefejl i P1.1 rettet"


def test_a_change_after_signing_takes_the_signoffs_back(any_store: Store) -> None:
    """A sign-off confirms the record as it stood: any later change to the ratings (own or
    consensus), the caseload, its absence, the kind or the reviewers voids every sign-off,
    recorded in the history; the state, where the walk-through stands, and a caseload
    saved unchanged do not."""
    aid, elements = _two_reviewer_review(any_store)
    any_store.accept_agreed(aid)
    any_store.set_caseload(aid, [CaseloadInfo("Søren Ærø", 1.0, 18, 0)])

    def signed() -> list[str]:
        return [s.reviewer for s in any_store.lifecycle(aid).signoffs]

    changes: list[tuple[str, Callable[[], Any]]] = [
        ("consensus", lambda: any_store.set_consensus(aid, elements[0], "partial")),
        ("consensus note", lambda: any_store.set_consensus(aid, elements[4], note="Aftalt")),
        ("own rating", lambda: any_store.set_reviewer_rating(aid, "Bo", elements[1], "met")),
        ("caseload", lambda: any_store.set_caseload(aid, [CaseloadInfo("Søren Ærø", 1.0, 19, 0)])),
        (
            "own caseload",
            lambda: any_store.set_reviewer_caseload(aid, "Anna", [CaseloadInfo("Kim", 1.0, 17, 0)]),
        ),
        ("caseload reason", lambda: any_store.mark_caseload_unavailable(aid, "Ingen opgørelse")),
        ("accept agreed", lambda: any_store.set_consensus(aid, elements[5], "not_rated")),
    ]
    any_store.take_voided_signoffs(aid)
    for what, change in changes:
        any_store.sign_off(aid, "Anna", TODAY)
        any_store.sign_off(aid, "Bo", TODAY)
        assert signed() == ["Anna", "Bo"], what
        change()
        assert signed() == [], what
        assert any_store.take_voided_signoffs(aid) == ["Anna", "Bo"], what
        assert any_store.take_voided_signoffs(aid) == [], what  # said once
    voided = [h for h in any_store.history(aid) if h.entity == "signoff" and h.field == "voided"]
    assert len(voided) == 2 * len(changes)
    assert {h.subject for h in voided} == {"Anna", "Bo"}
    assert voided[0].old == {"signed_on": TODAY.isoformat()}

    # What is not the signed record leaves the sign-offs alone.
    any_store.mark_caseload_unavailable(aid, None)
    any_store.set_consensus(aid, elements[5], "met")
    any_store.sign_off(aid, "Anna", TODAY)
    any_store.update_assessment(aid, last_element=elements[2])
    any_store.set_caseload(aid, [CaseloadInfo("Søren Ærø", 1.0, 19, 0)])  # as it was
    any_store.set_consensus(aid, elements[0], "partial")  # the same rating again
    assert signed() == ["Anna"] and any_store.take_voided_signoffs(aid) == []
    # Finishing with the rest of the sign-offs keeps the one given ahead.
    for e in elements[1:3]:
        any_store.set_consensus(aid, e, "partial")
    any_store.take_voided_signoffs(aid)
    any_store.sign_off(aid, "Anna", TODAY)
    any_store.finish(aid, [("Bo", TODAY)])
    assert signed() == ["Anna", "Bo"] and any_store.take_voided_signoffs(aid) == []


def test_own_caseload_readings_and_the_one_taken(any_store: Store) -> None:
    aid, _ = _two_reviewer_review(any_store)
    anna = [CaseloadInfo("Kim", 1.0, 15, 0), CaseloadInfo("Lis", 0.5, 9, 2)]
    with any_store.acting_as("Anna"):
        any_store.set_reviewer_caseload(aid, "Anna", anna)
    any_store.set_reviewer_caseload(aid, "Bo", [CaseloadInfo("Kim", 1.0, 18, 0)])
    assert any_store.reviewer_caseloads(aid) == {
        "Anna": tuple(anna),
        "Bo": (CaseloadInfo("Kim", 1.0, 18, 0),),
    }
    assert any_store.get_assessment(aid).caseload == ()  # the review's own: not yet chosen
    with pytest.raises(UserError, match="ikke indtastet sin egen caseload"):
        any_store.adopt_caseload(aid, "Cai")
    assert any_store.adopt_caseload(aid, "Anna") == tuple(anna)
    assert any_store.get_assessment(aid).caseload == tuple(anna)
    entry = any_store.history(aid, entity="caseload")[-1]
    assert entry.new == [
        {"consultant": "Kim", "fte": 1.0, "ips_cases": 15, "other_cases": 0},
        {"consultant": "Lis", "fte": 0.5, "ips_cases": 9, "other_cases": 2},
    ]


def test_kind_changes_only_in_draft(any_store: Store) -> None:
    team = any_store.create_team("IPS Selv")
    a = any_store.create_assessment(team.id, TODAY, reviewers=["Team"], kind="self")
    assert a.kind == "self"
    any_store.set_kind(a.id, "independent")
    with pytest.raises(UserError, match="Ukendt type"):
        any_store.set_kind(a.id, "peer")
    aid, _ = _two_reviewer_review(any_store)
    with pytest.raises(UserError, match="kladde"):
        any_store.set_kind(aid, "self")


def test_caseload_not_available_with_a_reason(any_store: Store) -> None:
    aid, _ = _two_reviewer_review(any_store, disagree=0)
    any_store.accept_agreed(aid)
    with pytest.raises(UserError, match="begrundelse"):
        any_store.mark_caseload_unavailable(aid, " ")
    any_store.mark_caseload_unavailable(aid, "Teamet fører ikke caseloadlister")
    life = any_store.finish(aid, [("Anna", TODAY), ("Bo", TODAY - dt.timedelta(days=1))])
    assert life.caseload_unavailable == "Teamet fører ikke caseloadlister"


def test_history_records_every_step_with_who(any_store: Store) -> None:
    aid, elements = _finished(any_store)
    with any_store.acting_as("Bo"):
        any_store.reopen(aid, "Ny oplysning om caseload")
        any_store.set_caseload(aid, [CaseloadInfo("Søren Ærø", 1.0, 20, 0)])
    entries = any_store.history(aid)
    assert entries == sorted(entries, key=lambda h: h.at)
    first_anna = next(h for h in entries if h.entity == "reviewer_rating")
    assert (first_anna.subject, first_anna.reviewer) == ("Anna", "Anna")
    assert first_anna.os_user == getpass.getuser()
    consensus = [h for h in entries if h.entity == "rating" and h.field == "note"]
    assert {h.element_id for h in consensus} == set(elements[:3])
    states = [(h.old, h.new) for h in entries if h.field == "state"]
    assert ("consensus", "finished") in states and ("finished", "consensus") in states
    caseload = [h for h in entries if h.entity == "caseload"]
    assert caseload[-1].old[0]["ips_cases"] == 18 and caseload[-1].new[0]["ips_cases"] == 20
    assert caseload[-1].reviewer == "Bo"
    assert [h.new for h in entries if h.entity == "reopening"] == ["Ny oplysning om caseload"]
    signoffs = [h for h in entries if h.entity == "signoff"]
    assert {(h.subject, h.field) for h in signoffs} == {
        ("Anna", "signed_on"),
        ("Bo", "signed_on"),
        ("Anna", "deleted"),
        ("Bo", "deleted"),
    }
    only_bo = any_store.history(aid, reviewer="Bo")
    assert only_bo and all("Bo" in (h.reviewer, h.subject) for h in only_bo)
    assert all(h.element_id == elements[0] for h in any_store.history(aid, element_id=elements[0]))

    with any_store.engine.connect() as conn:
        db_users = {h.db_user for h in entries}
        if any_store.dialect == "postgresql":
            assert db_users == {conn.execute(text("SELECT session_user")).scalar()}
        else:
            assert db_users == {None}


def test_action_plan_agreement_and_team_are_recorded(any_store: Store) -> None:
    aid, _ = _finished(any_store)
    team_id = any_store.get_assessment(aid).team.id
    with any_store.acting_as("Anna"):
        item = any_store.add_action_item(aid, "Faste møder med psykiatrien", party="faelles")
        any_store.update_action_item(item.id, status="i_gang")
        any_store.update_team(team_id, municipality="Køge Kommune")
        any_store.create_agreement(team_id, TODAY - dt.timedelta(days=30), target_in_job=5)
    plan = [h for h in any_store.history(aid) if h.entity == "action_item"]
    assert ("status", "aaben", "i_gang") in [(h.field, h.old, h.new) for h in plan]
    with any_store.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT entity, field, new_value, reviewer FROM history WHERE team_id = :t"),
            {"t": team_id},
        ).all()
    assert ("team", "municipality", '"Køge Kommune"', "Anna") in rows
    assert ("agreement", "target_in_job", "5", "Anna") in rows


def test_history_is_append_only_in_the_database(any_store: Store) -> None:
    aid, _ = _two_reviewer_review(any_store)
    for statement in ("UPDATE history SET reviewer = 'x'", "DELETE FROM history"):
        with pytest.raises(DBAPIError, match="append-only"), any_store.engine.begin() as conn:
            conn.execute(text(statement))
    assert any_store.history(aid)
    # and deleting a draft leaves its trail
    any_store.delete_assessment(aid)
    with any_store.engine.connect() as conn:
        left = conn.execute(
            text("SELECT field FROM history WHERE assessment_id = :a"), {"a": aid}
        ).scalars()
        assert "deleted" in list(left)


# -- no sequence of operations changes a finished review, except reopen ------------

_ELEMENTS = ("P1.1", "P2.1", "P3.2", "P8.2")
_OPERATIONS: list[tuple[str, Any]] = [
    ("set_rating", st.tuples(st.sampled_from(_ELEMENTS), st.sampled_from(["met", "partial"]))),
    ("set_note", st.tuples(st.sampled_from(_ELEMENTS), st.text(max_size=20))),
    ("set_own", st.tuples(st.sampled_from(["Anna", "Bo"]), st.sampled_from(_ELEMENTS))),
    ("caseload", st.integers(min_value=0, max_value=30)),
    ("own_caseload", st.tuples(st.sampled_from(["Anna", "Bo"]), st.integers(0, 30))),
    ("adopt_caseload", st.sampled_from(["Anna", "Bo"])),
    ("merge", st.tuples(st.sampled_from(["Anna", "Bo", "Cai"]), st.sampled_from(_ELEMENTS))),
    ("kind", st.sampled_from(["self", "independent"])),
    ("date", st.integers(min_value=1, max_value=400)),
    ("reviewers", st.lists(st.sampled_from(["Anna", "Bo", "Cai"]), max_size=3)),
    ("sign", st.sampled_from(["Anna", "Bo"])),
    ("unavailable", st.text(min_size=1, max_size=20)),
    ("accept", st.just(None)),
    ("delete", st.just(None)),
    ("delete_team", st.just(None)),
    ("finish", st.just(None)),
]


def _apply(store: Store, aid: str, name: str, arg: Any) -> None:
    team_id = store.get_assessment(aid).team.id
    ops: dict[str, Callable[[], Any]] = {
        "set_rating": lambda: store.set_rating(aid, arg[0], arg[1]),
        "set_note": lambda: store.set_consensus(aid, arg[0], note=arg[1]),
        "set_own": lambda: store.set_reviewer_rating(aid, arg[0], arg[1], "not_met"),
        "caseload": lambda: store.set_caseload(aid, [CaseloadInfo("Ny", 1.0, arg, 0)]),
        "own_caseload": lambda: store.set_reviewer_caseload(
            aid, arg[0], [CaseloadInfo("Ny", 1.0, arg[1], 0)]
        ),
        "adopt_caseload": lambda: store.adopt_caseload(aid, arg),
        "merge": lambda: store.merge_reviewer_ratings(
            aid, arg[0], [RatingInfo(arg[1], "not_met")], [CaseloadInfo("Ny", 1.0, 3, 0)]
        ),
        "kind": lambda: store.set_kind(aid, arg),
        "date": lambda: store.update_assessment(aid, date=TODAY - dt.timedelta(days=arg)),
        "reviewers": lambda: store.update_assessment(aid, reviewers=arg),
        "sign": lambda: store.sign_off(aid, arg, TODAY),
        "unavailable": lambda: store.mark_caseload_unavailable(aid, arg),
        "accept": lambda: store.accept_agreed(aid),
        "delete": lambda: store.delete_assessment(aid),
        "delete_team": lambda: store.delete_team(team_id),
        "finish": lambda: store.finish(aid),
    }
    ops[name]()


def _record(store: Store, aid: str) -> tuple[Any, ...]:
    life = store.lifecycle(aid)
    return (
        store.get_assessment(aid),
        life,
        store.reviewer_ratings(aid),
        store.reviewer_caseloads(aid),
    )


def test_a_finished_review_cannot_be_changed_except_by_reopening(any_store: Store) -> None:
    aid, _ = _finished(any_store)
    record = _record(any_store, aid)
    stamps = len(any_store.history(aid))
    strategy = st.lists(
        st.one_of(*(st.tuples(st.just(name), args) for name, args in _OPERATIONS)),
        min_size=1,
        max_size=6,
    )

    @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
    @given(strategy)
    def run(operations: list[tuple[str, Any]]) -> None:
        for name, arg in operations:
            with pytest.raises(UserError) as refused:
                _apply(any_store, aid, name, arg)
            assert "afslutte" in str(refused.value), name
        assert _record(any_store, aid) == record
        assert len(any_store.history(aid)) == stamps  # a refused change leaves no trace

    run()
    any_store.reopen(aid, "Rettelse efter høring")
    any_store.set_rating(aid, "P1.1", "not_met")
    assert any_store.get_assessment(aid).ratings["P1.1"].rating == "not_met"


def test_locked_message_says_how_to_reopen() -> None:
    assert "Genåbn" in tr("lifecycle.locked") and "reopen" in tr("lifecycle.locked")
