"""A team lead compares this quarter's review (the instrument's new version) with last
quarter's (the old one): the team view's principle table compares them, as the overview's
change column and the printed report do, instead of leaving the second column as »–«."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from ipsfidelity.instrument import default_pack
from ipsfidelity.store import Store
from ipsfidelity.ui.app import App
from ipsfidelity.ui.compare.team import TeamView
from tests.ui.conftest import settle


def _two_versions(store: Store) -> str:
    team = store.create_team("IPS Gladsaxe", "Gladsaxe")
    old = store.create_assessment(
        team.id, dt.date(2026, 8, 25), reviewers=["Anna Holm"], instrument=("dk-minimum", "1")
    )
    new = store.create_assessment(team.id, dt.date(2026, 11, 10), reviewers=["Anna Holm"])
    assert new.instrument_version != old.instrument_version
    for element in default_pack().element_ids:
        store.set_rating(old.id, element, "partial" if element == "P5.1" else "met")
        store.set_rating(new.id, element, "met")
    return team.id


def _shown(app: App, qtbot: QtBot, team_id: str) -> TeamView:
    app.window.compare.show_team(team_id)
    view = app.window.compare.team_view
    qtbot.waitUntil(lambda: view.history is not None and not view.loading, timeout=10_000)
    settle(qtbot, app.window)
    return view


def test_two_versions_of_one_instrument_are_compared_principle_by_principle(
    app: App, store: Store, qtbot: QtBot
) -> None:
    view = _shown(app, qtbot, _two_versions(store))
    table = view.delta_table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers[1:3] == ["2026-Q4", "2026-Q3"]
    assert not view.compare_note.isVisible()
    rows = {table.item(r, 0).text().split()[0]: r for r in range(table.rowCount())}
    assert table.item(rows["P5"], 2).text() == "50,0"
    assert table.item(rows["P5"], 3).text() == arrow_text(50.0)
    assert table.item(rows["P1"], 3).text() == arrow_text(0.0)


def arrow_text(change: float) -> str:
    from ipsfidelity.ui.compare.deltas import arrow

    return arrow(change)
