"""Hjælp: the window's icon, the user guide (F1, contents, Ctrl+F) and the About box."""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QColor, QGuiApplication, QImage, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QTreeWidget
from pytestqt.qtbot import QtBot

from ipsfidelity import __version__
from ipsfidelity.i18n import set_language
from ipsfidelity.instrument import available_packs
from ipsfidelity.ui.app import App
from ipsfidelity.ui.help.about import AboutDialog
from ipsfidelity.ui.help.guide import GuideWindow, guide_file, load_guide
from ipsfidelity.ui.main_window import MainWindow

# What the guide must explain, by the words of its headings (Danish, English).
TOPICS = {
    "da": ("på stedet", "konsensus", "rapporten", "handleplanen", "mellem bærbare",
           "sikkerhedskopier", "fælles server"),
    "en": ("on-site", "consensus", "report", "action plan", "between laptops", "backups",
           "shared server"),
}  # fmt: skip


def _headings(lang: str) -> list[str]:
    text = guide_file(lang).read_text(encoding="utf-8")
    return [m.group(1) for m in re.finditer(r"^#{1,3} (.+)$", text, re.MULTILINE)]


def test_the_window_and_the_app_have_the_icon(window: MainWindow) -> None:
    from ipsfidelity.ui.common.app_icon import APP_ID

    assert QGuiApplication.desktopFileName() == APP_ID  # the desktop file's name (Linux)
    for icon in (QApplication.windowIcon(), window.windowIcon()):
        assert not icon.isNull()
        pixmap = icon.pixmap(16, 16)
        assert not pixmap.isNull() and pixmap.width() == 16
        image = pixmap.toImage()
        assert image.pixelColor(8, 8).alpha() == 255  # drawn, not an empty square


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_guide_covers_every_topic_in_both_languages(lang: str) -> None:
    headings = " | ".join(_headings(lang)).casefold()
    missing = [topic for topic in TOPICS[lang] if topic not in headings]
    assert not missing, missing
    # The same sections in the same order, English following Danish.
    assert len(_headings("da")) == len(_headings("en"))


def test_f1_opens_the_guide_with_its_contents_and_ctrl_f_searches(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.help.guide
    assert guide is not None
    qtbot.waitExposed(guide)
    assert guide.headings()[0] == "Vejledning til IPS-fidelitet"
    assert "Flyt vurderinger mellem bærbare" in guide.headings()
    assert "Ctrl+F" in guide.text.toPlainText()

    # The contents list moves the text to the chosen section.
    row = guide.headings().index("Sikkerhedskopier")
    guide.contents.setCurrentRow(row)
    assert guide.text.textCursor().block().text() == "Sikkerhedskopier"
    assert guide.text.verticalScrollBar().value() > 0
    guide.contents.setCurrentRow(len(guide.headings()) - 2)  # near the end: stays chosen
    assert guide.contents.currentRow() == len(guide.headings()) - 2
    # Reading on, the contents list follows; at the end it marks the last section.
    guide.text.verticalScrollBar().setValue(0)
    assert guide.contents.currentRow() == 0
    guide.text.verticalScrollBar().setValue(guide.text.verticalScrollBar().maximum())
    assert guide.contents.currentRow() == len(guide.headings()) - 1

    # Ctrl+F puts the keyboard in the search field; typing finds, Enter finds the next one.
    guide.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is guide)
    qtbot.keyClick(guide.text, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert guide.search.hasFocus()
    qtbot.keyClicks(guide.search, "pgpass")
    first = guide.text.textCursor()
    assert first.selectedText() == "pgpass" and guide.found.text() == ""
    qtbot.keyClick(guide.search, Qt.Key.Key_Return)
    second = guide.text.textCursor()
    assert second.selectedText() == "pgpass" and second.position() > first.position()
    middle = guide.text.viewport().height() // 2
    assert abs(guide.text.cursorRect().center().y() - middle) < middle // 2  # not at an edge
    guide.search.setText("")
    qtbot.keyClicks(guide.search, "xyzzy")
    assert guide.found.text() == "Ikke fundet"

    # Esc closes it; F1 again brings back the same window rather than a second one.
    qtbot.keyClick(guide.search, Qt.Key.Key_Escape)
    assert not guide.isVisible()
    window.help.show_guide()
    assert window.help.guide is guide and guide.isVisible()
    guide.close()


def test_the_guide_follows_the_language() -> None:
    set_language("en")
    guide = GuideWindow()
    try:
        assert guide.headings()[0] == "IPS fidelity user guide"
        assert guide.windowTitle() == "User guide – IPS fidelity"
    finally:
        guide.deleteLater()


def test_pictures_show_when_made_and_the_guide_reads_without_them(
    tmp_path: Path, qtbot: QtBot
) -> None:
    empty = load_guide("da", tmp_path)
    assert empty.pictures == () and "![" not in empty.markdown
    assert "Vurderingen på stedet" in empty.markdown

    picture = QImage(1280, 720, QImage.Format.Format_RGB32)
    picture.fill(QColor("#1d4e89"))
    assert picture.save(str(tmp_path / "home-da.png"))
    guide = GuideWindow(screens=tmp_path)
    qtbot.addWidget(guide)
    assert guide.guide.pictures == (tmp_path / "home-da.png",)
    shown = guide.text.document().resource(
        QTextDocument.ResourceType.ImageResource.value, QUrl("home-da.png")
    )
    assert isinstance(shown, QImage) and shown.width() == 640  # scaled to half size
    assert "![" not in guide.guide.markdown.replace(
        "![Oversigten med teams og vurderinger](home-da.png)", ""
    )


def test_about_names_version_packs_data_and_logs(
    app: App, db_path: Path, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = app.window
    window.show_about()
    dialog = window.active_dialog
    assert isinstance(dialog, AboutDialog)
    assert __version__ in dialog.findChild(QLabel, "about_version").text()
    packs = dialog.findChild(QTreeWidget, "about_packs")
    rows = [
        tuple(packs.topLevelItem(i).text(c) for c in range(3))
        for i in range(packs.topLevelItemCount())
    ]
    assert [(r[0], r[1]) for r in rows] == [(p.id, p.version) for p in available_packs()]
    assert all(r[2] for r in rows)  # each pack's name
    assert dialog.findChild(QLabel, "about_database").text() == str(db_path.resolve())
    from ipsfidelity.backup import folder_for

    assert dialog.findChild(QLabel, "about_backups").text() == str(folder_for(db_path))
    dialog.reject()

    logs = tmp_path / "fresh" / "logs"  # a fresh installation has not made it yet
    monkeypatch.setenv("IPSFIDELITY_LOG_DIR", str(logs))
    opened: list[Path] = []
    about = AboutDialog(window, str(db_path), lambda folder: opened.append(folder) or True)
    qtbot.addWidget(about)
    assert about.findChild(QLabel, "about_logs").text() == str(logs)
    qtbot.mouseClick(about.open_logs, Qt.MouseButton.LeftButton)
    assert opened == [logs] and logs.is_dir()
    assert about.message.text() == ""


def test_about_says_so_when_the_log_folder_cannot_be_opened(
    window: MainWindow, db_path: Path, qtbot: QtBot
) -> None:
    about = AboutDialog(window, str(db_path), lambda _folder: False)
    qtbot.addWidget(about)
    about.show_log_folder()
    assert about.message.text().startswith("Logmappen kunne ikke åbnes")


def test_about_never_shows_a_server_password() -> None:
    from ipsfidelity.ui.help.about import database_place

    shown = database_place("postgresql://ips:hemmeligt@db.region.dk/ips")
    assert "hemmeligt" not in shown and "db.region.dk/ips" in shown


def test_about_on_a_server_shows_no_backups_folder(window: MainWindow, qtbot: QtBot) -> None:
    about = AboutDialog(window, "postgresql://ips@db.region.dk/ips", lambda _folder: True)
    qtbot.addWidget(about)
    assert about.findChild(QLabel, "about_backups") is None
    assert "db.region.dk/ips" in about.findChild(QLabel, "about_database").text()


ROOT = Path(__file__).resolve().parents[2]


def _screenshot_tool():  # tools/ is not a package: load the script itself
    spec = importlib.util.spec_from_file_location(
        "guide_screenshots", ROOT / "tools" / "guide_screenshots.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("lang", ["da", "en"])
def test_every_picture_the_guide_shows_is_one_the_script_makes(lang: str) -> None:
    text = guide_file(lang).read_text(encoding="utf-8")
    shown = re.findall(r"^!\[[^\]]+\]\(([\w.-]+)\)\s*$", text, re.MULTILINE)
    assert sorted(shown) == sorted(f"{name}-{lang}.png" for name in _screenshot_tool().SCREENS)


@pytest.mark.slow
def test_the_script_takes_the_pictures_from_the_real_app(tmp_path: Path) -> None:
    out = tmp_path / "screens"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "guide_screenshots.py"), "--out", str(out),
         "--lang", "en"],
        env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    for name in _screenshot_tool().SCREENS:
        picture = QImage(str(out / f"{name}-en.png"))
        assert (picture.width(), picture.height()) == (1280, 720), name
    # The guide shows them all, scaled to half width.
    guide = load_guide("en", out)
    assert len(guide.pictures) == len(_screenshot_tool().SCREENS)
