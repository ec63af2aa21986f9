"""Teams and assessments on the main window; crash path, language, window state, smoke run."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QTextBrowser
from pytestqt.qtbot import QtBot

from ipsfidelity.i18n import language
from ipsfidelity.logs import log_file
from ipsfidelity.store import Store, open_store
from ipsfidelity.ui.app import App, start
from ipsfidelity.ui.common.crash import open_crash_dialogs
from ipsfidelity.ui.home.team_dialog import TeamDialog
from ipsfidelity.ui.main_window import MainWindow
from tests.ui.conftest import settle, wait_ready


def _answer(window: MainWindow, button: QMessageBox.StandardButton) -> None:
    box = window.active_dialog
    assert isinstance(box, QMessageBox)
    box.button(button).click()


def test_teams_are_edited_and_deleted_with_confirmation(
    store: Store, app: App, qtbot: QtBot, db_path: Path
) -> None:
    window = app.window
    a = store.create_team("IPS Albertslund", "Albertslund")
    store.create_team("IPS Ballerup", "Ballerup")
    import datetime as dt

    store.create_assessment(a.id, dt.date(2026, 5, 1))
    window.refresh_teams(a.id)
    settle(qtbot, window)
    home = window.home
    assert home.team_model.names() == ["IPS Albertslund", "IPS Ballerup"]
    assert home.assessment_model.rowCount() == 1
    assert home.assessment_model.index(0, 5).data() == "0/14 vurderet"
    assert home.assessment_model.index(0, 4).data() == "Ikke færdig"

    # Renaming to a taken name is refused in the dialog, before anything is written.
    qtbot.mouseClick(home.edit_team_button, Qt.MouseButton.LeftButton)
    dialog = window.active_dialog
    assert isinstance(dialog, TeamDialog)
    dialog.name_edit.selectAll()
    qtbot.keyClicks(dialog.name_edit, "IPS Ballerup")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    assert dialog.name_message.text() == "Der findes allerede et team, der hedder »IPS Ballerup«"
    dialog.name_edit.selectAll()
    qtbot.keyClicks(dialog.name_edit, "IPS Albertslund-Glostrup")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "IPS Albertslund-Glostrup" in home.team_model.names())
    settle(qtbot, window)

    # Deleting asks first; No keeps the team.
    qtbot.mouseClick(home.delete_team_button, Qt.MouseButton.LeftButton)
    box = window.active_dialog
    assert isinstance(box, QMessageBox)
    assert "og dets ene vurdering?" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    _answer(window, QMessageBox.StandardButton.No)
    settle(qtbot, window)
    assert len(home.team_model.rows) == 2
    qtbot.mouseClick(home.delete_team_button, Qt.MouseButton.LeftButton)
    _answer(window, QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: home.team_model.names() == ["IPS Ballerup"])
    check = open_store(str(db_path))
    try:
        assert [t.name for t in check.list_teams()] == ["IPS Ballerup"]
        assert check.list_assessments() == []
    finally:
        check.close()


def test_an_assessment_is_deleted_with_confirmation(
    seeded: str, app: App, qtbot: QtBot, db_path: Path
) -> None:
    window = app.window
    window.refresh_teams()
    settle(qtbot, window)
    assert window.home.current_assessment_id() == seeded
    qtbot.mouseClick(window.home.delete_assessment_button, Qt.MouseButton.LeftButton)
    _answer(window, QMessageBox.StandardButton.Yes)
    settle(qtbot, window)
    assert window.home.assessment_model.rowCount() == 0
    assert window.home.assessments_empty.isVisible()
    check = open_store(str(db_path))
    try:
        assert check.list_assessments() == []
    finally:
        check.close()


def test_an_unexpected_error_is_logged_and_named_in_a_dialog(
    seeded: str, app: App, qtbot: QtBot, db_path: Path
) -> None:
    window = app.window
    window.open_assessment(seeded)
    qtbot.waitUntil(lambda: window.review is not None)
    window.review.element_page.setFocus()
    qtbot.keyClick(window.review.element_page, Qt.Key.Key_1)
    # A bug in a database job: the worker reports it to the UI thread's crash path.
    window.worker.write(lambda s: 1 / 0)
    qtbot.waitUntil(lambda: bool(open_crash_dialogs()), timeout=5000)
    dialog = open_crash_dialogs()[-1]
    assert str(log_file()) in dialog.text()
    assert "ZeroDivisionError" in dialog.text()
    assert "ZeroDivisionError: division by zero" in log_file().read_text(encoding="utf-8")
    dialog.close()
    # The app carries on, and what was entered is intact.
    qtbot.keyClick(window.review.element_page, Qt.Key.Key_2)
    settle(qtbot, window)
    check = open_store(str(db_path))
    try:
        assert check.get_assessment(seeded).rating_values == {"P1.1": "met", "P1.2": "partial"}
    finally:
        check.close()


def test_the_excepthook_catches_errors_on_the_ui_thread(app: App, qtbot: QtBot) -> None:
    try:
        raise RuntimeError("knap der fejler")
    except RuntimeError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    dialog = open_crash_dialogs()[-1]
    assert dialog.windowTitle() == "Uventet fejl"
    assert "Det, du har indtastet, er gemt." in dialog.text()
    assert "RuntimeError: knap der fejler" in log_file().read_text(encoding="utf-8")
    dialog.close()


def test_english_is_chosen_in_the_menu_and_remembered(seeded: str, app: App, qtbot: QtBot) -> None:
    window = app.window
    window.open_assessment(seeded)
    qtbot.waitUntil(lambda: window.review is not None)
    assert window.review.element_page.rating_buttons[0].text() == "1   Opfyldt"
    window.choose_language("en")
    qtbot.waitUntil(lambda: app.window is not window and app.window.review is not None)
    new = app.window
    assert language() == "en"
    assert new.menuBar().actions()[0].text() == "&File"
    # Instrument texts come from the pack in the chosen language.
    assert new.review.element_page.rating_buttons[0].text() == "1   Met"
    assert new.review.element_page.principle_label.text().startswith("Principle P1:")
    assert new.settings.value("language") == "en"
    new.close()
    qtbot.waitUntil(lambda: not new.worker._thread.is_alive())

    again = start(None, lang=None)  # no --lang: the saved setting decides
    qtbot.addWidget(again.window)
    assert language() == "en"
    wait_ready(qtbot, again.window)
    assert again.window.home.new_team_button.text() == "New &team"
    again.window.close()


def test_window_size_splitters_and_last_team_are_remembered(
    store: Store, qtbot: QtBot, db_path: Path
) -> None:
    store.create_team("IPS Albertslund")
    rødovre = store.create_team("IPS Rødovre")
    first = start(str(db_path), lang="da")
    window = first.window
    qtbot.addWidget(window)
    wait_ready(qtbot, window)
    qtbot.waitUntil(lambda: window.home.team_model.rowCount() == 2)
    window.home.team_list.setCurrentIndex(window.home.team_model.index(1, 0))
    window.resize(700, 520)  # within the offscreen screen
    window.home.splitter.setSizes([300, 380])
    sizes = window.home.splitter.sizes()
    window.close()

    second = start(str(db_path), lang="da")
    window = second.window
    qtbot.addWidget(window)
    wait_ready(qtbot, window)
    qtbot.waitUntil(lambda: window.home.team_model.rowCount() == 2)
    assert (window.size().width(), window.size().height()) == (700, 520)
    assert window.home.splitter.sizes() == sizes
    assert window.home.current_team().id == rødovre.id
    settle(qtbot, window)
    window.close()


def test_smoke_run_opens_the_window_and_exits_cleanly(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "ipsfidelity", "--smoke", "--db", str(tmp_path / "smoke.sqlite3")],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "smoke.sqlite3").stat().st_size > 0  # the schema was created


def test_new_assessment_in_a_reviewed_period_opens_the_existing_one(
    seeded: str, app: App, qtbot: QtBot, db_path: Path
) -> None:

    from ipsfidelity.ui.home.assessment_dialog import NewAssessmentDialog

    window = app.window
    window.refresh_teams()
    settle(qtbot, window)
    qtbot.mouseClick(window.home.new_assessment_button, Qt.MouseButton.LeftButton)
    dialog = window.active_dialog
    assert isinstance(dialog, NewAssessmentDialog)
    dialog.date_edit.setDate(dt.date(2026, 11, 20))  # the seeded review is 2026-Q4 too
    assert dialog.duplicate_message.isVisible() and not dialog.start_button.isEnabled()
    qtbot.mouseClick(dialog.open_existing_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    assert window.session is not None and window.session.assessment_id == seeded
    settle(qtbot, window)
    check = open_store(str(db_path))
    try:
        assert [a.id for a in check.list_assessments()] == [seeded]  # no second one
    finally:
        check.close()


def test_every_screen_fits_a_1280x720_laptop(store: Store, qtbot: QtBot, db_path: Path) -> None:
    """No screen makes the window taller than a 720-pixel screen minus title bar and
    taskbar (a screen's minimum stays in force once it has been shown)."""
    from ipsfidelity.demo import fill_demo

    fill_demo(store)
    aid = store.list_assessments(store.find_team("IPS Albertslund").id)[0].id
    app = start(str(db_path), lang="da")
    window = app.window
    qtbot.addWidget(window)
    wait_ready(qtbot, window)
    window.open_assessment(aid)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    window.show_review()
    window.show_results()
    window.show_action_plan()
    window.show_home()
    window.compare.show_team(window.session.info.team_id)
    qtbot.waitUntil(lambda: window.compare.team_view.history is not None, timeout=10_000)
    window.compare.show_overview()
    settle(qtbot, window)
    assert window.minimumSizeHint().height() <= 640
    assert window.minimumSizeHint().width() <= 1280
    window.show_shortcuts()
    dialog = window.active_dialog
    assert dialog is not None and dialog.objectName() == "shortcuts_dialog"
    assert dialog.height() <= 560 and "Ctrl+E" in dialog.findChild(QTextBrowser).toPlainText()
    dialog.reject()
    window.close()
