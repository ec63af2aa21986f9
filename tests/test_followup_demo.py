"""Demo data shows the whole follow-up flow, and stays idempotent."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ipsfidelity.demo import TEAMS, fill_demo
from ipsfidelity.store import Store
from tests.test_exchange import db_digest

LAST_REVIEW_DAY = dt.date(2026, 11, 22)


def test_demo_has_agreements_plans_in_every_state_and_outcomes(store: Store, db_path: Path) -> None:
    fill_demo(store)
    teams = {t.name: t.id for t in store.list_teams()}
    assert set(teams) == {t[0] for t in TEAMS}
    for tid in teams.values():
        assert store.agreement_for(tid, LAST_REVIEW_DAY) is not None
    # One team signed mid-year: its first reviews find no agreement, and rate P3.1 so.
    late = teams["IPS Tårnby-Dragør"]
    first = min(store.list_assessments(late), key=lambda a: a.date)
    assert store.agreement_for(late, first.date) is None
    assert store.get_assessment(first.id).ratings["P3.1"].rating == "not_met"
    assert len(store.agreements(teams["IPS Frederiksberg"])) == 2

    items = store.action_items(include_continued=True)
    assert {i.status for i in items} == {"aaben", "i_gang", "afsluttet"}
    assert {i.party for i in items} == {"kommune", "psykiatri", "faelles"}
    assert any(i.origin_item_id for i in items)  # carried over between quarters
    assert all(i.owner for i in items)
    overdue = store.overdue_items(LAST_REVIEW_DAY)
    assert overdue and all(i.period == "2026-Q4" for i in overdue)  # followed up on the latest copy
    assert len(store.overdue_items(dt.date(2026, 2, 1))) == 0

    for a in store.list_assessments():
        figures = store.get_outcomes(a.id)
        assert figures is not None and 0 <= figures.in_job_or_education <= figures.participants

    before = db_digest(db_path)
    again = fill_demo(store)
    assert not again.writes and not again.new_agreements and not again.updated_agreements
    assert db_digest(db_path) == before
