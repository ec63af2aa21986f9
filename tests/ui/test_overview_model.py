"""The overview table model on its own, no window: sorting, filtering, colours, the stale flag."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication

from ipsfidelity.analysis import OverviewRow, overview, sort_rows
from ipsfidelity.instrument import default_pack
from ipsfidelity.store import Store
from ipsfidelity.ui.common.colours import (
    BAD,
    GOOD,
    SCORE_BANDS,
    SCORE_TEXT,
    STALE_MARK,
    score_background,
)
from ipsfidelity.ui.common.widgets import ID_ROLE
from ipsfidelity.ui.compare.overview_model import SORT_KEY_ROLE, OverviewModel

TODAY = dt.date(2026, 11, 22)
DISPLAY = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def rows(store: Store, qapp: QApplication) -> list[OverviewRow]:
    """Five teams: four reviewed with rising scores, one (in Ærø) stale, one never reviewed."""
    pack = default_pack()
    plan = [
        ("IPS Ærø", "Ærø", "PC Syd", dt.date(2026, 3, 1), 2),
        ("IPS Albertslund", "Albertslund", "PC Glostrup", dt.date(2026, 10, 1), 14),
        ("IPS Ballerup", "Ballerup", "PC Glostrup", dt.date(2026, 10, 2), 9),
        ("IPS Brøndby", "Brøndby", "PC Vest", dt.date(2026, 10, 3), 0),
    ]
    for name, municipality, psychiatry, day, met in plan:
        team = store.create_team(name, municipality, psychiatry)
        a = store.create_assessment(team.id, day)
        for i, element in enumerate(pack.element_ids):
            store.set_rating(a.id, element, "met" if i < met else "not_met")
    store.create_team("IPS Ingen", "Ballerup", "PC Vest")
    return overview(store, today=TODAY)


def _column(model: OverviewModel, key: str) -> int:
    return model.columns.index(key)


def _texts(model: OverviewModel, key: str) -> list[str]:
    col = _column(model, key)
    return [model.index(r, col).data(DISPLAY) for r in range(model.rowCount())]


def test_columns_follow_the_pack_and_headers_are_danish(rows: list[OverviewRow]) -> None:
    model = OverviewModel()
    model.set_rows(rows)
    pids = [p.id for p in default_pack().principles]
    assert model.columns == [
        "team",
        "municipality",
        "psychiatry",
        "period",
        "date",
        "kind",
        "state",
        *pids,
        "overall",
        "change",
        "verdict",
        "caseload",
        "last_review",
        "follow_up",
    ]
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert header[:6] == ["Team", "Kommune", "Psykiatri", "Periode", "Dato", "Type"]
    last = ["Samlet", "Ændring", "Resultat", "Caseload", "Sidst\nvurderet", "Opfølgning"]
    assert header[-6:] == last
    last_review = _column(model, "last_review")
    tip = model.headerData(last_review, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip == "Sidst vurderet"
    # The sort direction is in the sorted column's own header text.
    model.sort(_column(model, "overall"), Qt.SortOrder.DescendingOrder)
    assert model.headerData(_column(model, "overall"), Qt.Orientation.Horizontal) == "Samlet ▼"
    model.sort(_column(model, "team"))
    assert model.headerData(_column(model, "team"), Qt.Orientation.Horizontal) == "Team ▲"
    assert model.headerData(_column(model, "overall"), Qt.Orientation.Horizontal) == "Samlet"
    p1 = _column(model, "P1")
    tip = model.headerData(p1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip == "P1 Ingen eksklusion"
    assert model.headerData(p1, Qt.Orientation.Horizontal, SORT_KEY_ROLE) == "P1"


def test_sort_uses_sort_rows_and_blanks_stay_last(rows: list[OverviewRow]) -> None:
    model = OverviewModel()
    model.set_rows(rows)
    assert _texts(model, "team")[0] == "IPS Albertslund"  # Danish order: Ærø after B
    assert _texts(model, "team")[-1] == "IPS Ærø"
    for order, descending in (
        (Qt.SortOrder.AscendingOrder, False),
        (Qt.SortOrder.DescendingOrder, True),
    ):
        model.sort(_column(model, "overall"), order)
        assert model.rows == sort_rows(rows, "overall", descending)
        assert model.rows[-1].team == "IPS Ingen"  # no score: last either way
    model.sort(_column(model, "overall"), Qt.SortOrder.AscendingOrder)
    assert _texts(model, "overall") == ["0,0", "12,5", "62,5", "100,0", ""]
    model.sort(_column(model, "P1"), Qt.SortOrder.DescendingOrder)
    assert model.rows == sort_rows(rows, "P1", True)


def test_a_selected_row_follows_its_team_through_a_sort(rows: list[OverviewRow]) -> None:
    model = OverviewModel()
    model.set_rows(rows)
    kept = QPersistentModelIndex(model.index(0, 0))
    team = kept.data(ID_ROLE)
    model.sort(_column(model, "overall"), Qt.SortOrder.DescendingOrder)
    assert kept.isValid() and kept.data(ID_ROLE) == team
    assert kept.row() == [r.team_id for r in model.rows].index(team)


def test_filters_combine_and_keep_the_sort(rows: list[OverviewRow]) -> None:
    model = OverviewModel()
    model.set_rows(rows)
    assert model.municipalities() == ["Albertslund", "Ballerup", "Brøndby", "Ærø"]
    assert model.psychiatry_units() == ["PC Glostrup", "PC Syd", "PC Vest"]
    model.sort(_column(model, "overall"), Qt.SortOrder.DescendingOrder)
    model.set_filter(None, "PC Glostrup")
    assert _texts(model, "team") == ["IPS Albertslund", "IPS Ballerup"]
    model.set_filter("Ballerup", None)
    assert _texts(model, "team") == ["IPS Ballerup", "IPS Ingen"]
    model.set_filter("Ballerup", "PC Vest")
    assert _texts(model, "team") == ["IPS Ingen"]
    model.set_filter(None, None)
    assert model.rowCount() == len(rows) == 5


def test_scores_are_tinted_by_band_and_the_number_stays(rows: list[OverviewRow]) -> None:
    model = OverviewModel()
    model.set_rows(rows)
    model.sort(_column(model, "overall"), Qt.SortOrder.DescendingOrder)
    col = _column(model, "overall")
    cells = [model.index(r, col) for r in range(model.rowCount())]
    assert [c.data(DISPLAY) for c in cells] == ["100,0", "62,5", "12,5", "0,0", ""]
    backgrounds = [c.data(Qt.ItemDataRole.BackgroundRole) for c in cells]
    assert [b.color().name() if b else None for b in backgrounds] == [
        SCORE_BANDS[0][1],  # 100
        SCORE_BANDS[2][1],  # 50-74.9
        SCORE_BANDS[3][1],  # below 50
        SCORE_BANDS[3][1],
        None,  # no assessment: no tint
    ]
    assert cells[0].data(Qt.ItemDataRole.ForegroundRole).color().name() == SCORE_TEXT
    assert score_background(99.9) == SCORE_BANDS[1][1] and score_background(75.0) == "#d1e5f0"
    verdict = model.index(0, _column(model, "verdict"))
    assert verdict.data(DISPLAY) == "Ikke færdig"  # all met, but no caseload entered
    assert model.index(0, _column(model, "caseload")).data(DISPLAY) == "ikke udfyldt"


def test_stale_and_never_reviewed_teams_are_flagged_in_text_not_only_colour(
    rows: list[OverviewRow],
) -> None:
    model = OverviewModel()
    model.set_rows(rows)
    by_team = dict(zip(_texts(model, "team"), _texts(model, "last_review"), strict=True))
    assert by_team["IPS Ærø"] == f"{STALE_MARK} 2026-03-01"
    assert by_team["IPS Ingen"] == f"{STALE_MARK} ingen"
    assert by_team["IPS Ballerup"] == "2026-10-02"
    col = _column(model, "last_review")
    stale_row = _texts(model, "team").index("IPS Ærø")
    tip = model.index(stale_row, col).data(Qt.ItemDataRole.ToolTipRole)
    assert "mere end 6 måneder" in tip
    assert model.index(0, col).data(Qt.ItemDataRole.ToolTipRole) is None
    model.sort(col, Qt.SortOrder.AscendingOrder)
    assert _texts(model, "team")[:1] == ["IPS Ærø"]  # oldest review first, none last
    assert _texts(model, "team")[-1] == "IPS Ingen"


def test_open_and_overdue_actions_per_team_are_shown_marked_and_sorted(
    store: Store, rows: list[OverviewRow]
) -> None:
    """Counts come from the store (each promise once: a carried item through its copy)."""
    from ipsfidelity.analysis import with_follow_up
    from ipsfidelity.ui.compare.overview import follow_up_counts

    by_name = {r.team: r for r in rows}
    albertslund = store.list_assessments(by_name["IPS Albertslund"].team_id)[0].id
    ballerup = store.list_assessments(by_name["IPS Ballerup"].team_id)[0].id
    late, soon = TODAY - dt.timedelta(days=3), TODAY + dt.timedelta(days=30)
    store.add_action_item(albertslund, "Jobmesse", deadline=late)
    store.add_action_item(albertslund, "Fælles konference", deadline=late)
    store.add_action_item(albertslund, "Samarbejdsaftale", deadline=soon)
    store.add_action_item(albertslund, "Afsluttet", deadline=late, status="afsluttet")
    store.add_action_item(ballerup, "Virksomhedsbesøg", deadline=soon, status="i_gang")

    counts = follow_up_counts(store, TODAY)
    assert counts == {
        by_name["IPS Albertslund"].team_id: (3, 2),
        by_name["IPS Ballerup"].team_id: (1, 0),
    }
    assert store.overdue_counts(TODAY) == {by_name["IPS Albertslund"].team_id: 2}

    model = OverviewModel()
    model.set_rows(with_follow_up(rows, counts))
    col = _column(model, "follow_up")
    texts = dict(zip(_texts(model, "team"), _texts(model, "follow_up"), strict=True))
    assert texts["IPS Albertslund"] == "3 åbne · ⚠ 2 overskredne"
    assert texts["IPS Ballerup"] == "1 åben"
    assert texts["IPS Brøndby"] == ""
    row = _texts(model, "team").index("IPS Albertslund")
    assert model.index(row, col).data(Qt.ItemDataRole.ForegroundRole) is not None  # and tinted
    assert model.index(row, col).data(Qt.ItemDataRole.ToolTipRole)

    model.sort(col, Qt.SortOrder.DescendingOrder)
    assert _texts(model, "team")[:2] == ["IPS Albertslund", "IPS Ballerup"]
    model.sort(col, Qt.SortOrder.AscendingOrder)  # teams without open actions stay last
    assert _texts(model, "team")[:2] == ["IPS Ballerup", "IPS Albertslund"]


def test_kind_and_change_since_the_previous_review(store: Store, qapp: QApplication) -> None:
    """The kind in short with its whole word on hover; the change with its sign, coloured."""
    pack = default_pack()
    team = store.create_team("IPS Aarhus", "Aarhus", "Psykiatrisk Center Vest")
    for day, kind, met in (
        (dt.date(2026, 2, 1), "independent", 7),
        (dt.date(2026, 5, 1), "self", 11),
        (dt.date(2026, 8, 1), "independent", 9),
    ):
        a = store.create_assessment(team.id, day, kind=kind)
        for i, element in enumerate(pack.element_ids):
            store.set_rating(a.id, element, "met" if i < met else "not_met")
    model = OverviewModel()
    model.set_rows(overview(store, today=TODAY))
    kind, change = model.index(0, _column(model, "kind")), model.index(0, _column(model, "change"))
    assert kind.data(DISPLAY) == "Ekstern"
    assert kind.data(Qt.ItemDataRole.ToolTipRole) == "Ekstern vurdering"
    row = model.rows[0]
    assert row.change is not None and row.change < 0  # 9 met after 11
    assert change.data(DISPLAY) == "-" + f"{abs(row.change):.1f}".replace(".", ",")
    assert change.data(Qt.ItemDataRole.ForegroundRole).color().name() == BAD
    assert "forrige vurdering" in change.data(Qt.ItemDataRole.ToolTipRole)
    # The whole unit name on hover, its short form in the cell.
    unit = model.index(0, _column(model, "psychiatry"))
    assert unit.data(DISPLAY) == "PC Vest"
    assert unit.data(Qt.ItemDataRole.ToolTipRole) == "Psykiatrisk Center Vest"

    model.set_rows(overview(store, today=TODAY, kind="independent"))
    change = model.index(0, _column(model, "change"))
    assert model.rows[0].change is not None and model.rows[0].change > 0  # 9 met after 7
    assert change.data(DISPLAY).startswith("+")
    assert change.data(Qt.ItemDataRole.ForegroundRole).color().name() == GOOD
    model.set_rows(overview(store, today=TODAY, kind="self"))
    assert model.index(0, _column(model, "kind")).data(DISPLAY) == "Selv"
    assert model.index(0, _column(model, "change")).data(DISPLAY) == ""  # the first self
