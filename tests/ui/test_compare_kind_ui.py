"""The review's kind on the comparing screens, driven like a user: the trend's ring and
"(selv)" for self-assessments, the kind filter on the trend and the overview, and the
team's series saved as CSV and Excel on the worker with a busy bar. Real file, real widgets."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ipsfidelity.instrument import default_pack
from ipsfidelity.store import Store
from ipsfidelity.ui.app import App
from ipsfidelity.ui.compare.team import TeamView
from tests.ui.conftest import settle, wait_ready

REVIEWS = (
    (dt.date(2026, 2, 10), "independent", 7),
    (dt.date(2026, 5, 12), "self", 11),
    (dt.date(2026, 8, 20), "independent", 9),
)


def _team(store: Store, name: str = "IPS Aarhus", reviews=REVIEWS) -> str:
    team = store.create_team(name, "Aarhus", "Psykiatrisk Center Vest")
    for day, kind, met in reviews:
        a = store.create_assessment(team.id, day, kind=kind)
        for i, element in enumerate(default_pack().element_ids):
            store.set_rating(a.id, element, "met" if i < met else "not_met")
    return team.id


def _team_view(app: App, qtbot: QtBot, team_id: str) -> TeamView:
    window = app.window
    window.compare.show_team(team_id)
    view = window.compare.team_view
    qtbot.waitUntil(lambda: view.history is not None and not view.loading, timeout=10_000)
    settle(qtbot, window)
    return view


def test_trend_marks_self_assessments_and_filters_by_kind(
    app: App, store: Store, qtbot: QtBot
) -> None:
    view = _team_view(app, qtbot, _team(store))
    chart = view.chart
    assert chart.self_mark is not None
    assert list(chart.self_mark.get_xdata()) == [1]  # the second review, and only it
    legend = [t.get_text() for t in chart.axes.get_legend().get_texts()]
    assert "Selvevaluering" in legend
    ticks = [t.get_text() for t in chart.axes.get_xticklabels()]
    # None of them finished: each says so under its period.
    assert ticks == ["2026-Q1\nKladde", "2026-Q2 (selv)\nKladde", "2026-Q3\nKladde"]
    # The choices and the delta table say it in words too.
    choices = [view.second_combo.itemText(i) for i in range(view.second_combo.count())]
    assert choices[1] == "2026-Q2 (selv) · 2026-05-12"
    assert view.delta_table.horizontalHeaderItem(2).text() == "2026-Q2 (selv)"

    view.kind_combo.setCurrentIndex(view.kind_combo.findData("independent"))
    assert [s.kind for s in view.scores] == ["independent", "independent"]
    assert chart.self_mark is None and view.first_combo.count() == 2
    assert "Selvevaluering" not in [t.get_text() for t in chart.axes.get_legend().get_texts()]
    # The delta between the two independent reviews: 9 met after 7.
    assert view.delta_arrows()[-1].startswith("↑")
    view.kind_combo.setCurrentIndex(view.kind_combo.findData("self"))
    assert [s.kind for s in view.scores] == ["self"] and view.compare_note.isVisible()
    view.kind_combo.setCurrentIndex(0)
    assert len(view.scores) == 3


def test_a_team_without_reviews_of_the_kind_says_so(app: App, store: Store, qtbot: QtBot) -> None:
    view = _team_view(app, qtbot, _team(store, reviews=REVIEWS[:1]))
    view.kind_combo.setCurrentIndex(view.kind_combo.findData("self"))
    assert view.empty.isVisible() and not view.scroll.isVisible()
    assert view.empty.text() == "Teamet har ingen vurderinger af den valgte type."
    assert not view.csv_button.isEnabled() and not view.xlsx_button.isEnabled()
    view.kind_combo.setCurrentIndex(0)
    assert view.scroll.isVisible() and view.csv_button.isEnabled()


def test_trend_saves_the_series_with_a_busy_bar_and_says_why_it_could_not(
    app: App, store: Store, qtbot: QtBot, tmp_path: Path
) -> None:
    view = _team_view(app, qtbot, _team(store))
    target = tmp_path / "aarhus.csv"
    with qtbot.waitSignal(view.exported, timeout=10_000):
        view.export(target, "csv")
        assert view.status.bar.isVisibleTo(view)  # busy while the worker writes
        assert view.status.text() == f"Gemmer {target} …"
    assert not view.status.bar.isVisibleTo(view)
    assert view.status.text() == f"Udviklingen er gemt i {target}"
    with target.open(encoding="utf-8-sig", newline="") as f:
        header, *rows = list(csv.reader(f, delimiter=";"))
    assert header[:4] == ["Team", "Periode", "Dato", "Type"]
    assert [r[1] for r in rows] == ["2026-Q1", "2026-Q2", "2026-Q3"]
    assert [r[3] for r in rows] == ["Ekstern vurdering", "Selvevaluering", "Ekstern vurdering"]

    # Only the independent reviews: what the screen shows is what is saved.
    view.kind_combo.setCurrentIndex(view.kind_combo.findData("independent"))
    book = tmp_path / "aarhus.xlsx"
    with qtbot.waitSignal(view.exported, timeout=10_000):
        view.export(book, "xlsx")
    sheet = load_workbook(book).active
    assert sheet is not None
    cells = [[c.value for c in row] for row in sheet.iter_rows()]
    assert [r[1] for r in cells[1:]] == ["2026-Q1", "2026-Q3"]
    change = header.index("Ændring siden forrige")
    assert cells[1][change] is None and cells[2][change] > 0

    missing = tmp_path / "findes-ikke" / "aarhus.csv"
    view.export(missing, "csv")
    qtbot.waitUntil(lambda: view.status.message_box is not None, timeout=10_000)
    box = view.status.message_box
    assert isinstance(box, QMessageBox)
    assert box.text().startswith(f"Udviklingen kunne ikke gemmes i {missing}: mappen findes ikke.")
    assert not missing.exists() and not view.status.bar.isVisibleTo(view)
    box.button(QMessageBox.StandardButton.Ok).click()


def test_overview_filters_by_kind_and_saves_the_kind_and_change(
    app: App, store: Store, qtbot: QtBot, tmp_path: Path
) -> None:
    _team(store)
    _team(store, "IPS Brøndby", REVIEWS[:1])
    window = app.window
    window.compare.show_overview()
    view = window.compare.overview
    qtbot.waitUntil(lambda: not view.loading and view.model.rowCount() == 2, timeout=10_000)
    columns = view.model.columns
    assert not view.table.isColumnHidden(columns.index("kind"))
    aarhus = view.model.rows[0]
    assert aarhus.team == "IPS Aarhus" and aarhus.change is not None and aarhus.change < 0

    view.kind_combo.setCurrentIndex(view.kind_combo.findData("self"))
    qtbot.waitUntil(lambda: not view.loading, timeout=10_000)
    assert [r.kind for r in view.model.rows] == ["self", None]
    assert view.table.isColumnHidden(columns.index("kind"))  # it stands in the filter
    assert not view.table.isColumnHidden(columns.index("date"))  # not the latest review

    target = tmp_path / "oversigt.csv"
    with qtbot.waitSignal(view.exported, timeout=10_000):
        view.export(target, "csv")
    with target.open(encoding="utf-8-sig", newline="") as f:
        header, *rows = list(csv.reader(f, delimiter=";"))
    assert header.count("Dato") == 1 and "Seneste vurdering" in header  # they differ here
    assert rows[0][header.index("Type")] == "Selvevaluering"
    assert rows[0][header.index("Ændring siden forrige")] == ""  # the first self-assessment
    assert view.status.text() == f"Oversigten er gemt i {target}"


def test_english_mnemonics_on_both_screens_are_unique_and_clear_of_the_menu_bar(
    db_path: Path, store: Store, qtbot: QtBot
) -> None:
    """The new filter and buttons in English too (the Danish run is in test_compare_screens)."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    from ipsfidelity.ui.app import start

    team_id = _team(store)
    started = start(str(db_path), lang="en")
    window = started.window
    try:
        qtbot.waitExposed(window)
        wait_ready(qtbot, window)
        menus = {
            m.group(1).lower()
            for a in window.menuBar().actions()
            if (m := re.search(r"&(\w)", a.text()))
        }
        window.compare.show_overview()
        view = _team_view(started, qtbot, team_id)
        assert view.kind_combo.itemText(2) == "Self-assessment"
        for screen in (window.compare.overview, view):
            texts = [w.text() for w in screen.findChildren(QLabel) if w.buddy() is not None]
            texts += [b.text() for b in screen.findChildren(QAbstractButton)]
            keys = [m.group(1).lower() for x in texts if (m := re.search(r"&(\w)", x))]
            assert "k" in keys  # &Kind:
            assert len(keys) == len(set(keys)), keys
            assert not set(keys) & menus, (keys, menus)
    finally:
        window.close()
