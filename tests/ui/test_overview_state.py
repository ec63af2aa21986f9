"""The review's state (Kladde / Konsensus / Afsluttet) in the overviews: a Status column in
Alle teams that sorts in the lifecycle's order and filters, in its CSV and Excel files, and in
the home screen's list of a team's assessments."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ipsfidelity.analysis import OverviewRow, overview
from ipsfidelity.instrument import default_pack
from ipsfidelity.store import Store
from ipsfidelity.store.views import CaseloadInfo
from ipsfidelity.ui.app import App
from ipsfidelity.ui.compare.overview_model import OverviewModel
from ipsfidelity.ui.home.models import FOLLOW_UP_COLUMN
from tests.lifecycle_help import finish_review
from tests.ui.conftest import settle

DAY = dt.date.today() - dt.timedelta(days=20)  # recent: no team is stale


def _teams(store: Store) -> dict[str, str]:
    """Four teams, one in each state and one never reviewed: team name -> state."""
    pack = default_pack()
    finished = store.create_team("IPS Albertslund", "Albertslund", "PC Glostrup")
    a = store.create_assessment(finished.id, DAY, reviewers=["Mette Sørensen"])
    for element in pack.element_ids:
        store.set_rating(a.id, element, "met")
    store.set_caseload(a.id, [CaseloadInfo("Kim Berg", 1.0, 15, 0)])
    finish_review(store, a.id)
    blind = store.create_team("IPS Ballerup", "Ballerup", "PC Glostrup")
    b = store.create_assessment(blind.id, DAY, reviewers=["Anna Holm", "Bo Lund"])
    for name in ("Anna Holm", "Bo Lund"):  # two reviewers have rated: the consensus step
        store.set_reviewer_rating(b.id, name, pack.element_ids[0], "met")
    draft = store.create_team("IPS Dragør", "Dragør", "PC Amager")
    store.create_assessment(draft.id, DAY, reviewers=["Mette Sørensen"])
    store.create_team("IPS Egedal", "Egedal", "PC Nordsjælland")
    states = {i.team_id: i.state for t in store.list_teams() for i in store.list_assessments(t.id)}
    assert sorted(states.values()) == ["consensus", "draft", "finished"]
    return {t.name: states.get(t.id, "") for t in store.list_teams()}


@pytest.fixture
def rows(store: Store, qapp: QApplication) -> list[OverviewRow]:
    _teams(store)
    return overview(store)


def _states(model: OverviewModel) -> list[str]:
    column = model.columns.index("state")
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_the_state_column_sorts_in_the_lifecycles_order_and_filters(
    rows: list[OverviewRow],
) -> None:
    model = OverviewModel()
    model.set_rows(rows)
    column = model.columns.index("state")
    assert model.headerData(column, Qt.Orientation.Horizontal) == "Status"
    assert dict(zip([r.team for r in model.rows], _states(model), strict=True)) == {
        "IPS Albertslund": "Afsluttet",
        "IPS Ballerup": "Konsensus",
        "IPS Dragør": "Kladde",
        "IPS Egedal": "",  # never reviewed
    }
    # Draft, consensus, finished (not the words' alphabet), the team with none last.
    model.sort(column, Qt.SortOrder.AscendingOrder)
    assert _states(model) == ["Kladde", "Konsensus", "Afsluttet", ""]
    assert model.headerData(column, Qt.Orientation.Horizontal) == "Status ▲"
    model.sort(column, Qt.SortOrder.DescendingOrder)
    assert _states(model) == ["Afsluttet", "Konsensus", "Kladde", ""]
    model.set_filter(None, None, "finished")
    assert [r.team for r in model.rows] == ["IPS Albertslund"]
    model.set_filter(None, "PC Glostrup", "draft")
    assert model.rows == []
    model.set_filter(None, "PC Glostrup", None)
    assert {r.team for r in model.rows} == {"IPS Albertslund", "IPS Ballerup"}


def test_alle_teams_filters_by_state_and_exports_the_column(
    store: Store, app: App, qtbot: QtBot, tmp_path: Path
) -> None:
    teams = _teams(store)
    window = app.window
    window.resize(1280, 720)
    window.compare.show_overview()
    view = window.compare.overview
    qtbot.waitUntil(lambda: not view.loading and view.model.rowCount() == 4, timeout=10_000)
    settle(qtbot, window)
    state = view.model.columns.index("state")
    assert not view.table.isColumnHidden(state)
    assert [view.state_combo.itemText(i) for i in range(view.state_combo.count())] == [
        "Alle",
        "Kladde",
        "Konsensus",
        "Afsluttet",
    ]
    view.state_combo.setCurrentIndex(view.state_combo.findData("consensus"))
    assert [r.team for r in view.model.rows] == ["IPS Ballerup"]
    assert view.count_label.text() == "Viser 1 af 4 teams"
    view.state_combo.setCurrentIndex(0)
    assert view.model.rowCount() == 4
    view.table.sortByColumn(state, Qt.SortOrder.DescendingOrder)

    # The files hold the column, in words, in the table's order.
    for kind in ("csv", "xlsx"):
        path = tmp_path / f"oversigt.{kind}"
        with qtbot.waitSignal(view.exported, timeout=10_000):
            view.export(path, kind)
        if kind == "csv":
            text = path.read_text(encoding="utf-8-sig")
            header, *body = list(csv.reader(text.splitlines(), delimiter=";"))
        else:
            sheet = load_workbook(path).active
            assert sheet is not None
            header, *body = [[c.value or "" for c in r] for r in sheet.iter_rows()]
        column = header.index("Status")
        assert header[column - 1] == "Type"
        assert [r[column] for r in body] == ["Afsluttet", "Konsensus", "Kladde", ""]
        assert {r[0]: r[column] for r in body}["IPS Ballerup"] == "Konsensus"
    assert teams["IPS Ballerup"] == "consensus"


def test_the_home_screen_lists_each_assessments_state(store: Store, app: App, qtbot: QtBot) -> None:
    teams = _teams(store)
    window = app.window
    for name, state in teams.items():
        team = store.find_team(name)
        assert team is not None
        window.refresh_teams(select_id=team.id)
        settle(qtbot, window)
        model = window.home.assessment_model
        qtbot.waitUntil(lambda m=model, s=state: m.rowCount() == (1 if s else 0), timeout=10_000)
        assert model.headerData(6, Qt.Orientation.Horizontal) == "Status"
        assert model.headerData(FOLLOW_UP_COLUMN, Qt.Orientation.Horizontal) == "Opfølgning"
        if state:
            words = {"draft": "Kladde", "consensus": "Konsensus", "finished": "Afsluttet"}
            assert model.index(0, 6).data() == words[state]
