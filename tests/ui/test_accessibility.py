"""Every interactive control a screen reader meets has a name: its own accessible name, its
text, or a label that is its buddy. The test walks every screen and dialog of the app with
the demo data and asks Qt's accessibility layer (what a screen reader reads) for each name."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ipsfidelity.demo import fill_demo
from ipsfidelity.packs import get_pack
from ipsfidelity.store import Store
from ipsfidelity.ui.app import App, start
from ipsfidelity.ui.main_window import MainWindow
from ipsfidelity.ui.review.view import ReviewView
from tests.ui.conftest import settle, wait_ready

INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)


def _part_of_another_control(widget: QWidget) -> bool:
    """Qt's own inner parts, named through the control they belong to: a spin box's or an
    editable combo box's line edit, a scroll area's bars, a combo box's popup list."""
    parent = widget.parentWidget()
    if isinstance(widget, QScrollBar | QHeaderView):  # read with the table they belong to
        return True
    if isinstance(widget, QLineEdit) and isinstance(parent, QAbstractSpinBox | QComboBox):
        return True
    while parent is not None:  # the popup list of a combo box, and its frame
        if type(parent).__name__ == "QComboBoxPrivateContainer":
            return True
        parent = parent.parentWidget()
    return False


def _where(widget: QWidget) -> str:
    chain = []
    current: QWidget | None = widget
    while current is not None:
        chain.append(current.objectName() or type(current).__name__)
        current = current.parentWidget()
    return " < ".join(chain[:5])


def unnamed(root: QWidget) -> list[str]:
    """The visible interactive controls under `root` a screen reader would read no name for."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root):
            continue
        if widget.isHidden() or _part_of_another_control(widget):
            continue
        face = QAccessible.queryAccessibleInterface(widget)
        name = face.text(QAccessible.Text.Name).strip() if face is not None else ""
        if not name:
            found.append(f"{type(widget).__name__} {_where(widget)}")
    return found


class Walk:
    """Visits screens and dialogs and gathers what each lacks."""

    def __init__(self, qtbot: QtBot, window: MainWindow) -> None:
        self.qtbot = qtbot
        self.window = window
        self.missing: dict[str, list[str]] = {}
        self.visited: list[str] = []
        self.windows: list[str] = []  # what each dialog step opened

    def screen(self, name: str, show: Callable[[], object]) -> None:
        show()
        settle(self.qtbot, self.window)
        self.visited.append(name)
        if found := unnamed(self.window):
            self.missing[name] = found

    def dialog(self, name: str, open_it: Callable[[], object]) -> None:
        before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
        open_it()
        settle(self.qtbot, self.window)
        self.qtbot.waitUntil(lambda: bool(self._new_windows(before)), timeout=5_000)
        self.visited.append(name)
        for top in self._new_windows(before):
            self.windows.append(top.objectName() or type(top).__name__)
            if found := unnamed(top):
                self.missing[f"{name} ({top.objectName() or type(top).__name__})"] = found
            top.close() if not isinstance(top, QDialog) else top.reject()
        settle(self.qtbot, self.window)

    @staticmethod
    def _new_windows(before: set[int]) -> list[QWidget]:
        return [
            w
            for w in QApplication.topLevelWidgets()
            if w.isVisible() and id(w) not in before and w.isWindow()
        ]


@pytest.fixture
def demo(db_path: Path) -> dict[str, str]:
    """The demo data, and the ids of a finished review and of one at the consensus step."""
    from ipsfidelity.store import open_store

    store: Store = open_store(str(db_path))
    try:
        fill_demo(store)
        reviews = [a for t in store.list_teams() for a in store.list_assessments(t.id)]
        ids = {
            "finished": next(a.id for a in reviews if a.state == "finished"),
            "consensus": next(a.id for a in reviews if a.state == "consensus"),
        }
        # A note that looks like it holds a CPR number: the report asks about it first.
        info = store.get_assessment(ids["consensus"]).info
        first = get_pack(info.instrument_id, info.instrument_version).element_ids[0]
        store.set_rating(ids["consensus"], first, note="Talt med 010190-1234")
        return ids
    finally:
        store.close()


@pytest.fixture
def demo_app(qtbot: QtBot, db_path: Path, demo: dict[str, str]) -> Iterator[App]:
    started = start(str(db_path), lang="da")
    qtbot.waitExposed(started.window)
    wait_ready(qtbot, started.window)
    settle(qtbot, started.window)
    yield started
    started.window.close()


@pytest.fixture
def exchange_file(db_path: Path, demo: dict[str, str], tmp_path: Path) -> Path:
    """A bundle from another laptop whose rating of one element differs from the one made
    here since: its import shows a conflict. Made before the app opens the database."""
    import sqlite3

    from ipsfidelity.exchange.bundle import export_bundle
    from ipsfidelity.store import open_store

    other_path = tmp_path / "other.sqlite3"
    with sqlite3.connect(db_path) as source, sqlite3.connect(other_path) as target:
        source.backup(target)
    here, other = open_store(str(db_path)), open_store(str(other_path))
    try:
        info = here.get_assessment(demo["consensus"]).info
        second = get_pack(info.instrument_id, info.instrument_version).element_ids[1]
        here.set_rating(demo["consensus"], second, "partial", note="Aftalt her")
        other.set_rating(demo["consensus"], second, "not_met", note="Aftalt der")
        export_bundle(other, tmp_path / "other.json")
    finally:
        here.close()
        other.close()
    return tmp_path / "other.json"


def _exchange(walk: Walk, window: MainWindow, bundle: Path) -> None:
    """The import preview and the merge view (they open after a job on the worker, so not
    through `Walk.dialog`), and the progress dialog the job shows."""
    from ipsfidelity.ui.exchange.progress import ExchangeProgress

    progress = ExchangeProgress("Importér", window)
    progress.show()
    walk.visited.append("fremdrift")
    if found := unnamed(progress):
        walk.missing["fremdrift"] = found
    progress.close()
    exchange = window.exchange
    exchange.import_paths([bundle])
    walk.qtbot.waitUntil(lambda: exchange.preview_dialog is not None, timeout=15_000)
    preview = exchange.preview_dialog
    assert preview is not None and preview.preview.conflicts
    settle(walk.qtbot, window)
    walk.visited.append("forhåndsvisning")
    walk.windows.append(preview.objectName())
    if found := unnamed(preview):
        walk.missing["forhåndsvisning"] = found
    preview.resolve_button.click()
    walk.qtbot.waitUntil(lambda: preview.merge_dialog is not None)
    merge = preview.merge_dialog
    assert merge is not None
    walk.qtbot.waitExposed(merge)
    walk.visited.append("konflikter")
    walk.windows.append(merge.objectName())
    if found := unnamed(merge):
        walk.missing["konflikter"] = found
    merge.reject()
    preview.reject()
    settle(walk.qtbot, window)


def _open(qtbot: QtBot, window: MainWindow, assessment_id: str) -> ReviewView:
    window.open_assessment(assessment_id)
    qtbot.waitUntil(
        lambda: window.session is not None and window.session.assessment_id == assessment_id,
        timeout=10_000,
    )
    settle(qtbot, window)
    assert window.review is not None
    return window.review


def test_every_control_on_every_screen_and_dialog_has_a_name(
    exchange_file: Path, demo_app: App, demo: dict[str, str], qtbot: QtBot
) -> None:
    window = demo_app.window
    walk = Walk(qtbot, window)
    walk.screen("oversigt", window.show_home)
    walk.dialog("nyt team", window.teams.new_team)
    walk.dialog("rediger team", window.teams.edit_team)
    walk.dialog("ny vurdering", window.teams.new_assessment)
    walk.dialog("samarbejdsaftale", window.followup.open_agreement)
    walk.dialog("opfølgning", window.followup.open_followup)
    walk.dialog("sikkerhedskopi", window.backup_menu.ask_backup)
    walk.dialog("gendan", window.backup_menu.ask_restore)
    walk.dialog("tastaturgenveje", window.show_shortcuts)
    walk.dialog("om", window.show_about)
    walk.dialog("vejledning", window.help.show_guide)
    walk.dialog("eksportér", window.exchange.ask_export)
    walk.dialog("synkronisér", window.exchange.ask_sync)
    _exchange(walk, window, exchange_file)

    # A review at the consensus step: the walk-through of two blind reviewers, consensus.
    review = _open(qtbot, window, demo["consensus"])
    walk.screen("gennemgang", window.show_review)
    from ipsfidelity.ui.review.session import CASELOAD_KEY

    walk.screen("caseload", lambda: review.go_to(CASELOAD_KEY))
    walk.dialog("afslut", review.finish_requested.emit)
    walk.screen("konsensus", window.show_consensus)
    walk.screen("resultat", window.show_results)
    walk.dialog("persondata", window.reports.export_pdf)
    walk.dialog("slet vurdering", lambda: window.teams.delete_assessment(demo["consensus"]))

    # A finished review: locked, reopening, the report, the plan, the history; the team's
    # development, all teams.
    review = _open(qtbot, window, demo["finished"])
    walk.screen("gennemgang (afsluttet)", window.show_review)
    walk.dialog("genåbn", review.reopen_requested.emit)
    walk.dialog("eksportér pdf", window.reports.export_pdf)
    walk.screen("handleplan", window.show_action_plan)
    walk.screen("historik", window.show_history)
    walk.screen("teamets udvikling", window.compare.show_selected_team)
    walk.screen("alle teams", window.compare.show_overview)

    assert len(walk.visited) == 30
    opened = set(walk.windows)
    assert {"about_dialog", "guide_window", "finish_dialog", "personal_data_dialog"} <= opened
    assert {"restore_dialog", "shortcuts_dialog", "AgreementDialog", "report_save_dialog"} <= opened
    assert {"exchange_export", "exchange_sync", "exchange_preview", "merge_view"} <= opened
    assert not walk.missing, "\n".join(
        f"{screen}:\n  " + "\n  ".join(found) for screen, found in walk.missing.items()
    )


def test_the_radar_reads_as_the_scores_of_each_series(qtbot: QtBot) -> None:
    from ipsfidelity.charts.radar import Series
    from ipsfidelity.i18n import pick
    from ipsfidelity.instrument import default_pack
    from ipsfidelity.ui.common.radar import RadarWidget

    labels = [pick(p.short) for p in default_pack().principles]
    radar = RadarWidget(labels)
    qtbot.addWidget(radar)
    now = [100.0, 75.0, 62.5, *[None] * (len(labels) - 3)]
    radar.show_series([Series("Denne vurdering (2026-Q4)", now), Series("Før", [50.0] * 8)])
    face = QAccessible.queryAccessibleInterface(radar)
    assert face is not None
    assert face.text(QAccessible.Text.Name) == "Radardiagram over scoren pr. princip"
    lines = face.text(QAccessible.Text.Description).splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("Denne vurdering (2026-Q4) – ")
    assert f"{labels[0]}: 100,0; {labels[1]}: 75,0; {labels[2]}: 62,5" in lines[0]
    assert f"{labels[3]}: ikke vurderet" in lines[0]
    assert lines[1].count(": 50,0") == len(labels)


def test_the_results_radar_describes_the_open_review(
    demo_app: App, demo: dict[str, str], qtbot: QtBot
) -> None:
    window = demo_app.window
    _open(qtbot, window, demo["finished"])
    window.show_results()
    settle(qtbot, window)
    radar = window.results.radar
    assert radar is not None
    score = window.session.score()  # type: ignore[union-attr]
    first = radar.accessibleDescription().splitlines()[0]
    from ipsfidelity.i18n import pick
    from ipsfidelity.wording import number

    for principle, result in zip(window.session.pack.principles, score.principles, strict=True):  # type: ignore[union-attr]
        assert f"{pick(principle.short)}: {number(result.score)}" in first
