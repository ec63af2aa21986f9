"""What a team lead comparing quarters reads: this quarter's review (the instrument's new
version) compared with last quarter's (the old one) principle by principle, as the
overview's change column and the printed report do; the outcome shares written as the
language writes a percentage; the whole follow-up text of an overview cell cut at 1280 px."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ipsfidelity.instrument import default_pack
from ipsfidelity.store import Store
from ipsfidelity.store.views import CaseloadInfo
from ipsfidelity.ui.app import App, start
from ipsfidelity.ui.compare.team import TeamView
from tests.ui.conftest import settle, wait_ready


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


def test_outcome_shares_and_follow_up_read_whole_in_english(
    store: Store, db_path: Path, qtbot: QtBot
) -> None:
    team = store.create_team("IPS Udfald", "Gladsaxe")
    q1 = store.create_assessment(team.id, dt.date(2026, 2, 10))
    q2 = store.create_assessment(team.id, dt.date(2026, 5, 10))
    store.set_outcomes(q1.id, 20, 8)
    store.set_outcomes(q2.id, 25, 16)
    for text in ("Jobmesse", "Arbejdsgivermøde", "Fælles opstart"):
        store.add_action_item(q2.id, text, deadline=q2.date - dt.timedelta(days=30))
    app = start(str(db_path), lang="en")
    try:
        qtbot.waitExposed(app.window)
        wait_ready(qtbot, app.window)
        view = _shown(app, qtbot, team.id)
        notes = [x.get_text() for x in view.outcome_chart.axes.texts]
        assert notes == ["40.0% (8/20)", "64.0% (16/25)"]
        legend = [x.get_text() for x in view.outcome_chart.axes.get_legend().get_texts()]
        assert legend[0] == "Inklusion project: 59.5%"  # the same way as the points

        app.window.compare.show_overview()
        overview = app.window.compare.overview
        qtbot.waitUntil(lambda: overview.model.rowCount() == 1, timeout=10_000)
        column = overview.model.columns.index("follow_up")
        cell = overview.model.index(0, column)
        tip = cell.data(Qt.ItemDataRole.ToolTipRole)
        assert tip.splitlines()[0] == cell.data() == "3 open · ⚠ 3 overdue"
        assert "⚠ marks those past their deadline" in tip
    finally:
        app.window.close()


def test_the_trend_says_which_reviews_are_not_finished(
    app: App, store: Store, qtbot: QtBot
) -> None:
    team = store.create_team("IPS Kladde", "Gladsaxe")
    done = store.create_assessment(team.id, dt.date(2026, 5, 12), reviewers=["Anna Holm"])
    for element in default_pack().element_ids:
        store.set_rating(done.id, element, "met")
    store.set_caseload(done.id, [CaseloadInfo("Konsulent A", 1.0, 15, 0)])
    store.finish(done.id, [("Anna Holm", done.date)])
    draft = store.create_assessment(team.id, dt.date(2026, 8, 25), reviewers=["Anna Holm"])
    for element in default_pack().element_ids[:4]:  # half-rated: its total is not final
        store.set_rating(draft.id, element, "partial")
    view = _shown(app, qtbot, team.id)
    ticks = [t.get_text() for t in view.chart.axes.get_xticklabels()]
    assert ticks == ["2026-Q2", "2026-Q3\nKladde"]
