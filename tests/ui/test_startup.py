"""Starting up: the language choice, and a database that cannot be opened."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ipsfidelity.ui.app import start
from ipsfidelity.ui.common.settings import chosen_language, open_settings, settings_path


def test_lang_option_and_environment_win_over_the_saved_setting(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    settings = open_settings()
    assert chosen_language(["ipsfidelity"], settings) == "da"  # Danish by default
    settings.setValue("language", "en")
    assert chosen_language(["ipsfidelity"], settings) == "en"
    assert chosen_language(["ipsfidelity", "--lang", "da"], settings) is None
    assert chosen_language(["ipsfidelity", "--lang=da"], settings) is None
    monkeypatch.setenv("IPSFIDELITY_LANG", "da")
    assert chosen_language(["ipsfidelity"], settings) is None
    # Settings live in the test's own config home, never the developer's.
    assert settings_path().is_relative_to(os.environ["XDG_CONFIG_HOME"])


def test_a_file_that_is_not_a_database_is_reported_in_the_window(
    qtbot: QtBot, tmp_path: Path
) -> None:
    bogus = tmp_path / "noter.txt"
    bogus.write_text("ikke en database", encoding="utf-8")
    app = start(str(bogus), lang="da")
    window = app.window
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.database_failed, timeout=15_000):
        pass
    # Not a database at all: the recovery dialog says so, naming the file.
    dialog = window.active_dialog
    assert dialog is not None and dialog.objectName() == "recovery_dialog"
    assert dialog.windowTitle() == "Filen er ikke en database"
    assert str(bogus) in dialog.text()  # type: ignore[attr-defined]
    assert window.loading.text().startswith("Databasen er beskadiget")
    assert bogus.read_text(encoding="utf-8") == "ikke en database"  # left untouched
    window.close()


def test_the_first_window_imports_no_database_chart_or_validation_library() -> None:
    """The first window must not wait for SQLAlchemy, matplotlib or pydantic."""
    import subprocess
    import sys

    code = (
        "import sys; from PySide6.QtWidgets import QApplication; app = QApplication([]);"
        "from ipsfidelity.ui.main_window import MainWindow; w = MainWindow(None); w.show();"
        "app.processEvents();"
        "print(sorted({m.split('.')[0] for m in sys.modules} & "
        "{'sqlalchemy', 'matplotlib', 'pydantic', 'alembic'}))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert done.stdout.strip() == "[]"


def test_the_team_list_needs_neither_pydantic_nor_alembic(tmp_path: Path) -> None:
    """Opening a current database and listing its teams (what the worker does before the
    team list shows) imports no validation, migration or chart library."""
    import subprocess
    import sys

    from ipsfidelity.store import open_store

    db = tmp_path / "ips.sqlite3"
    store = open_store(str(db))
    store.create_team("IPS Gladsaxe", "Gladsaxe")
    store.close()
    code = (
        "import sys; from ipsfidelity.store import open_store;"
        f"names = [t.name for t in open_store({str(db)!r}).list_teams()];"
        "print(names, sorted({m.split('.')[0] for m in sys.modules} & "
        "{'pydantic', 'alembic', 'matplotlib', 'PySide6'}))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "['IPS Gladsaxe'] []"


def test_the_team_list_shows_before_the_store_has_opened(qtbot: QtBot, tmp_path: Path) -> None:
    """A current SQLite file: the teams are read with the standard library and listed
    while SQLAlchemy loads; then the store's own list replaces them, the same."""
    from ipsfidelity.demo import fill_demo
    from ipsfidelity.store import open_store

    db = tmp_path / "demo.sqlite3"
    store = open_store(str(db))
    fill_demo(store)
    expected = store.list_teams()
    store.close()
    events: list[str] = []
    app = start(str(db), lang="da")
    window = app.window
    qtbot.addWidget(window)
    # Whether the store was open at each moment (window.worker exists once the window started).
    window.teams_previewed.connect(lambda: events.append(f"previewed {window.worker.store}"))
    window.teams_shown.connect(lambda: events.append("shown"))
    qtbot.waitUntil(lambda: "shown" in events, timeout=15_000)
    assert events == ["previewed None", "shown"]
    assert window.worker.preview_teams == expected
    model = window.home.team_model
    assert model.names() == [t.name for t in expected]
    window.close()


def test_an_older_schema_gets_no_preview_and_opens_as_always(qtbot: QtBot, tmp_path: Path) -> None:
    from tests.safety.test_schema_upgrades import load_snapshot

    db = tmp_path / "old.sqlite3"
    load_snapshot("0001", db)
    events: list[str] = []
    app = start(str(db), lang="da")
    window = app.window
    qtbot.addWidget(window)
    window.teams_previewed.connect(lambda: events.append("previewed"))
    window.teams_shown.connect(lambda: events.append("shown"))
    qtbot.waitUntil(lambda: "shown" in events, timeout=15_000)
    assert events == ["shown"]  # upgraded by the store first, then listed
    window.close()


def test_an_unreachable_server_is_explained_in_danish_and_can_be_tried_again(
    qtbot: QtBot,
) -> None:
    # Nothing listens on port 1: the connection is refused at once.
    app = start("postgresql://ipsfidelity@127.0.0.1:1/ipsfidelity", lang="da")
    window = app.window
    qtbot.addWidget(window)
    failures: list[int] = []
    window.database_failed.connect(lambda: failures.append(1))
    qtbot.waitUntil(lambda: failures == [1], timeout=15_000)
    box = window.active_dialog
    assert box is not None and box.objectName() == "db_failed_dialog"
    assert "ingen forbindelse til databaseserveren" in box.text()  # type: ignore[attr-defined]
    assert "127.0.0.1:1" in box.text()  # type: ignore[attr-defined]
    assert "Traceback" not in box.text()  # type: ignore[attr-defined]
    retry = next(b for b in box.buttons() if b.text() == "&Prøv igen")  # type: ignore[attr-defined]
    retry.click()
    qtbot.waitUntil(lambda: failures == [1, 1], timeout=15_000)  # tried again, still no server
    window.active_dialog.reject()  # type: ignore[union-attr]
    window.close()
