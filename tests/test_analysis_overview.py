"""Which assessment the overview shows, the stale flag, sorting and filtering."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from ipsfidelity.analysis import (
    filter_rows,
    overview,
    principle_columns,
    rating_changes,
    sort_rows,
    steps,
    trend,
)
from ipsfidelity.analysis.overview import months_before
from ipsfidelity.errors import UserError
from ipsfidelity.instrument import default_pack
from ipsfidelity.store import Store

TODAY = dt.date(2026, 11, 22)


def _rate_all(store: Store, assessment_id: str, rating: str) -> None:
    for element in default_pack().element_ids:
        store.set_rating(assessment_id, element, rating)


def test_latest_or_chosen_period_and_stale_flag(any_store: Store) -> None:
    a = any_store.create_team("IPS Aarhus", "Aarhus", "PC Vest")
    b = any_store.create_team("IPS Brøndby", "Brøndby", "PC Glostrup")
    any_store.create_team("IPS Cirkel", "Cirkel", "PC Øst")  # never reviewed
    a_q1 = any_store.create_assessment(a.id, dt.date(2026, 2, 10))
    _rate_all(any_store, a_q1.id, "partial")
    a_q2 = any_store.create_assessment(a.id, dt.date(2026, 6, 1))
    _rate_all(any_store, a_q2.id, "met")
    b_old = any_store.create_assessment(b.id, dt.date(2025, 11, 10))

    rows = {r.team: r for r in overview(any_store, today=TODAY)}
    assert [r for r in rows] == ["IPS Aarhus", "IPS Brøndby", "IPS Cirkel"]
    assert rows["IPS Aarhus"].score is not None and rows["IPS Aarhus"].score.id == a_q2.id
    assert rows["IPS Aarhus"].overall == 100.0 and not rows["IPS Aarhus"].stale
    assert rows["IPS Brøndby"].score.id == b_old.id and rows["IPS Brøndby"].stale
    assert rows["IPS Cirkel"].score is None and rows["IPS Cirkel"].stale
    assert rows["IPS Cirkel"].last_review is None

    in_q1 = {r.team: r for r in overview(any_store, "2026-Q1", today=TODAY)}
    assert in_q1["IPS Aarhus"].score.id == a_q1.id
    assert in_q1["IPS Aarhus"].overall == 50.0
    assert in_q1["IPS Aarhus"].last_review == dt.date(2026, 6, 1)  # the team's, not the row's
    assert in_q1["IPS Brøndby"].score is None

    with pytest.raises(UserError):
        overview(any_store, "2026-Q5")


def test_same_day_the_later_one_is_latest(any_store: Store) -> None:
    team = any_store.create_team("IPS Samme Dag")
    first = any_store.create_assessment(team.id, dt.date(2026, 10, 1))
    second = any_store.create_assessment(team.id, dt.date(2026, 10, 1))
    assert [s.id for s in trend(any_store, team.id)] == [first.id, second.id]
    (row,) = overview(any_store, today=TODAY)
    assert row.score is not None and row.score.id == second.id


def test_stale_is_more_than_six_calendar_months() -> None:
    assert months_before(dt.date(2026, 11, 22), 6) == dt.date(2026, 5, 22)
    assert months_before(dt.date(2026, 8, 31), 6) == dt.date(2026, 2, 28)
    assert months_before(dt.date(2024, 8, 31), 6) == dt.date(2024, 2, 29)
    assert months_before(dt.date(2026, 3, 15), 6) == dt.date(2025, 9, 15)
    assert months_before(dt.date(2026, 1, 31), 1) == dt.date(2025, 12, 31)


def test_boundary_of_stale(store: Store) -> None:
    team = store.create_team("IPS Grænse")
    store.create_assessment(team.id, dt.date(2026, 5, 22))
    assert not overview(store, today=TODAY)[0].stale  # exactly 6 months: not yet
    assert overview(store, today=TODAY + dt.timedelta(days=1))[0].stale


def test_sort_and_filter(store: Store) -> None:
    names = ["IPS Århus", "IPS Ærø", "IPS Zealand", "IPS Øster", "IPS Aabenraa", "IPS Ingen"]
    for i, name in enumerate(names):
        team = store.create_team(name, "Kommune A" if i % 2 else "Kommune B", f"PC {i % 3}")
        if name == "IPS Ingen":
            continue
        a = store.create_assessment(team.id, dt.date(2026, 10, 1 + i))
        for element in default_pack().element_ids[: i + 1]:
            store.set_rating(a.id, element, "met" if i % 2 else "partial")
    rows = overview(store, today=TODAY)
    # Danish alphabet: Z < Æ < Ø < Å.
    assert [r.team for r in rows] == [
        "IPS Aabenraa",
        "IPS Ingen",
        "IPS Zealand",
        "IPS Ærø",
        "IPS Øster",
        "IPS Århus",
    ]
    assert sort_rows(rows, "team", descending=True)[0].team == "IPS Århus"

    for descending in (False, True):
        ordered = sort_rows(rows, "overall", descending)
        values = [r.overall for r in ordered]
        assert values[-1] is None  # blanks last, whichever direction
        present = [v for v in values if v is not None]
        assert present == sorted(present, reverse=descending)
        # Ties keep team-name order.
        tied = [r.team for r in ordered if r.overall == 100.0]
        assert tied == [t for t in [r.team for r in rows] if t in tied]

    p1 = sort_rows(rows, "P1", descending=True)
    assert [r.principle("P1") for r in p1] == [100.0, 100.0, 50.0, 50.0, 50.0, None]
    assert [r.verdict for r in sort_rows(rows, "verdict")][:1] == ["does_not_meet"]
    assert principle_columns(rows) == [p.id for p in default_pack().principles]

    only_a = filter_rows(rows, municipality="Kommune A")
    assert {r.municipality for r in only_a} == {"Kommune A"} and len(only_a) == 3
    assert filter_rows(rows, municipality="Kommune A", psychiatry="PC 0") == [
        r for r in only_a if r.psychiatry == "PC 0"
    ]
    with pytest.raises(dataclasses.FrozenInstanceError):
        rows[0].stale = False  # type: ignore[misc]


def test_deltas_and_rating_changes(any_store: Store) -> None:
    team = any_store.create_team("IPS Udvikling")
    first = any_store.create_assessment(team.id, dt.date(2026, 2, 1))
    second = any_store.create_assessment(team.id, dt.date(2026, 5, 1))
    third = any_store.create_assessment(team.id, dt.date(2026, 8, 1))
    for aid, ratings in (
        (first.id, {"P3.1": "met", "P3.2": "not_met", "P3.3": "partial", "P1.1": "met"}),
        (second.id, {"P3.1": "met", "P3.2": "partial", "P3.3": "met", "P1.1": "met"}),
        (third.id, {"P3.1": "met", "P3.2": "partial", "P3.3": "met"}),
    ):
        for element, rating in ratings.items():
            any_store.set_rating(aid, element, rating)
    history = steps(trend(any_store, team.id))
    assert history[0].previous is None and history[0].overall_delta is None
    # P3: 50.0 -> 83.3; the delta is of the shown numbers.
    assert history[1].score.principles["P3"] == 83.3
    assert history[1].principle_delta("P3") == 33.3
    assert history[1].principle_delta("P2") is None  # unrated both times
    assert history[2].principle_delta("P1") is None  # not rated in the third
    changes = rating_changes(any_store, second.id, third.id)
    assert [(c.element, c.before, c.after) for c in changes] == [("P1.1", "met", "not_rated")]
    changes = rating_changes(any_store, first.id, second.id)
    assert [(c.element, c.before, c.after) for c in changes] == [
        ("P3.2", "not_met", "partial"),
        ("P3.3", "partial", "met"),
    ]


def test_periods_lists_every_assessed_period_newest_first(any_store: Store) -> None:
    from ipsfidelity.analysis import periods

    assert periods(any_store) == []
    a = any_store.create_team("IPS Aarhus", "Aarhus", "PC Vest")
    b = any_store.create_team("IPS Brøndby", "Brøndby", "PC Glostrup")
    any_store.create_assessment(a.id, dt.date(2026, 2, 10))
    any_store.create_assessment(a.id, dt.date(2026, 6, 1))
    any_store.create_assessment(b.id, dt.date(2026, 5, 1))
    any_store.create_assessment(b.id, dt.date(2025, 11, 10))
    assert periods(any_store) == ["2026-Q2", "2026-Q1", "2025-Q4"]


def test_a_rows_score_attributes_read_none_without_a_score_and_stand_on_the_class() -> None:
    from ipsfidelity.analysis.overview import OverviewRow

    row = OverviewRow("t", "IPS Køge", "Køge", "", None, None, True)
    assert (row.period, row.date, row.overall, row.kind, row.verdict, row.state) == (None,) * 6
    assert OverviewRow.kind is OverviewRow.__dict__["kind"]  # introspection gets the descriptor
