"""A new review's caseload carried over from the team's previous review: marked until
confirmed, never scored as entered while any row waits (docs/scoring.md)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy import text

from ipsfidelity.exchange.exporter import full_document
from ipsfidelity.instrument import default_pack
from ipsfidelity.scoring import CaseloadEntry
from ipsfidelity.scoring.caseload import assess_caseload
from ipsfidelity.store import Store, open_store
from ipsfidelity.store.database import make_engine, resolve_url, upgrade
from ipsfidelity.store.views import CaseloadInfo
from tests.test_migrations import FIRST_SCHEMA_ROWS


def test_an_unconfirmed_row_leaves_the_caseload_not_entered() -> None:
    rule = default_pack().caseload
    rows = [CaseloadEntry("Nanna", 1.0, 10, 0), CaseloadEntry("Jens", 1.0, 12, 0)]
    assert assess_caseload(rule, rows).status == "ok"
    waiting = [rows[0], replace(rows[1], confirmed=False)]
    result = assess_caseload(rule, waiting)
    assert (result.status, result.consultants) == ("missing", ())
    # Even an over-the-limit count carried over is not scored before it is confirmed.
    assert assess_caseload(rule, [CaseloadEntry("Ib", 1.0, 40, 0, confirmed=False)]).status == (
        "missing"
    )


def two_reviews(store: Store) -> tuple[str, str]:
    team = store.create_team("IPS Ballerup")
    first = store.create_assessment(team.id, dt.date(2026, 6, 10))
    store.set_caseload(
        first.id,
        [CaseloadInfo("Nanna Friis", 1.0, 18, 0), CaseloadInfo("Jens Berg", 0.5, 8, 4)],
    )
    second = store.create_assessment(team.id, dt.date(2026, 9, 10))
    return first.id, second.id


def test_the_caseload_is_carried_marked_and_scored_only_once_confirmed(store: Store) -> None:
    first, second = two_reviews(store)
    assert store.carry_caseload(second) == 2
    rows = store.get_assessment(second).caseload
    assert [(c.consultant, c.fte, c.ips_cases, c.other_cases, c.carried) for c in rows] == [
        ("Nanna Friis", 1.0, 18, 0, True),
        ("Jens Berg", 0.5, 8, 4, True),
    ]
    assert store.score(second).caseload.status == "missing"
    assert not store.score(second).complete
    assert store.carry_caseload(second) == 0  # never over a caseload already there
    # One confirmed, one corrected: now it is this quarter's caseload.
    store.set_caseload(
        second, [replace(rows[0], carried=False), CaseloadInfo("Jens Berg", 0.5, 7, 4)]
    )
    assert store.score(second).caseload.status == "ok"
    assert not any(c.carried for c in store.get_assessment(second).caseload)
    assert [c.carried for c in store.get_assessment(first).caseload] == [False, False]


def test_an_export_leaves_unconfirmed_rows_out(store: Store) -> None:
    _first, second = two_reviews(store)
    store.carry_caseload(second)
    assert full_document(store, second)["assessment"]["caseload"] == []


def test_the_migration_keeps_every_caseload_row_as_confirmed(any_url: str) -> None:
    """0003 with data, then 0005_carry: the caseload row is still there, confirmed."""
    engine = make_engine(resolve_url(any_url))
    upgrade(engine, "0003")
    with engine.begin() as conn:
        for statement in FIRST_SCHEMA_ROWS:
            conn.execute(text(statement))
    upgrade(engine)
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT fte, ips_cases, carried FROM caseload_entry")).all()
    engine.dispose()
    assert len(rows) == 1 and rows[0][2] == 0
    store = open_store(any_url)
    try:
        [assessment] = store.list_assessments()
        assert [c.carried for c in store.get_assessment(assessment.id).caseload] == [False]
    finally:
        store.close()


def test_the_overview_and_trend_agree_with_scoring_on_a_carried_caseload(
    any_store: Store,
) -> None:
    from ipsfidelity.analysis import overview, trend

    _first, second = two_reviews(any_store)
    any_store.carry_caseload(second)
    team_id = any_store.get_assessment(second).info.team_id
    by_id = {s.id: s for s in trend(any_store, team_id)}
    assert by_id[second].caseload == any_store.score(second).caseload.status == "missing"
    [latest] = [r for r in overview(any_store) if r.team_id == team_id]
    assert latest.score is not None and latest.score.caseload == "missing"
    rows = any_store.get_assessment(second).caseload
    any_store.set_caseload(second, [replace(c, carried=False) for c in rows])
    assert {s.id: s for s in trend(any_store, team_id)}[second].caseload == "ok"
