"""The report menu's checkbox "Navngiv konsulenter i rapport og udskrift": off by default (the
report shows Konsulent 1, 2, …), kept between sessions, and followed by export; real
window, real SQLite file, real PDFs read back with pdftotext."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from ipsfidelity.demo import fill_demo
from ipsfidelity.store import Store
from ipsfidelity.ui.app import App
from ipsfidelity.ui.main_window import MainWindow
from ipsfidelity.ui.report.controller import NAME_CONSULTANTS_KEY
from tests.test_report import pdf_text
from tests.ui.test_report_ui import _open


def _export(window: MainWindow, qtbot: QtBot, path: Path) -> str:
    """The front page of the report exported as the menu's checkbox stands."""
    target = window.report_target()
    assert target is not None
    with qtbot.waitSignal(window.reports.export.done, timeout=30_000):
        window.reports.export.export_to(target, path)
    return pdf_text(path, 1)


def test_consultants_are_named_only_when_the_menu_says_so(
    store: Store, app: App, qtbot: QtBot, tmp_path: Path
) -> None:
    fill_demo(store)
    aid = store.list_assessments(store.find_team("IPS Albertslund").id)[0].id
    names = [e.consultant for e in store.get_assessment(aid).caseload]
    assert names
    window = app.window
    window.settings.remove(NAME_CONSULTANTS_KEY)
    _open(window, qtbot, aid)
    window.reports.export.opener = lambda _p: None
    action = window.reports.name_consultants_action
    assert action.isCheckable() and not action.isChecked()  # staff unnamed by default
    assert action.text() == "Navngiv konsulenter i rapport og u&dskrift"
    assert action in window.menuBar().actions()[0].menu().actions()

    # (The action plan's owners are the team's own words, printed as typed.)
    plain = _export(window, qtbot, tmp_path / "plain.pdf")
    assert "(Konsulent " in plain and not any(n in plain for n in names)

    action.trigger()  # tick it, as from the menu
    assert window.settings.value(NAME_CONSULTANTS_KEY) == "true"
    named = _export(window, qtbot, tmp_path / "named.pdf")
    assert any(f"({n})" in named for n in names) and "(Konsulent " not in named

    action.trigger()
    assert window.settings.value(NAME_CONSULTANTS_KEY) == "false"
