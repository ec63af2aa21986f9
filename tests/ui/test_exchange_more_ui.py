"""The exchange in the app, further: a bundle that changes only a team's cooperation
agreement (the preview says so, Apply is offered, the change is written); the Help menu's
shortcut list and the user guide naming the exchange as the app has it; the collector's
pause around exchange jobs leaving no frozen garbage behind."""

from __future__ import annotations

import datetime as dt
import gc
import weakref
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTextBrowser
from pytestqt.qtbot import QtBot

from ipsfidelity.exchange.bundle import export_bundle
from ipsfidelity.store import Store, open_store
from ipsfidelity.ui.exchange.merge_view import MergeDialog
from ipsfidelity.ui.exchange.preview import PreviewDialog
from ipsfidelity.ui.main_window import MainWindow
from tests.ui.conftest import settle
from tests.ui.test_exchange_dialogs import _preview as sample_preview
from tests.ui.test_exchange_ui import _bring_in, _drop, _looking, _open, _preview


def test_a_one_sided_agreement_change_is_shown_and_applied(
    qtbot: QtBot, tmp_path: Path, store: Store, db_path: Path
) -> None:
    team = store.create_team("IPS Næstved", "Næstved")
    day = dt.date.today() - dt.timedelta(days=40)
    agreement = store.create_agreement(team.id, day, duration="Et år")
    export_bundle(store, tmp_path / "start.json")
    other = open_store(str(tmp_path / "other.sqlite3"))
    _bring_in(other, tmp_path / "start.json")
    other.update_agreement(agreement.id, duration="To år")  # only the other laptop
    export_bundle(other, tmp_path / "naestved.json")
    other.close()
    store.close()

    window = _open(qtbot, db_path)
    _drop(window, [tmp_path / "naestved.json"])
    preview = _preview(qtbot, window)
    teams = preview.teams.text()
    assert "Samarbejdsaftaler for IPS Næstved ændres: Varighed og evaluering" in teams
    assert preview.apply_button.isEnabled() and not preview.preview.conflicts
    preview.apply_button.click()
    qtbot.waitUntil(lambda: window.exchange.last_applied is not None, timeout=15_000)
    settle(qtbot, window)
    window.close()
    with _looking(db_path) as after:
        assert after.agreements(team.id)[0].duration == "To år"


def _native(keys: QKeySequence) -> str:
    return keys.toString(QKeySequence.SequenceFormat.NativeText)  # Danish: Ctrl+Skift+I


def test_the_shortcuts_list_the_exchange_keys_the_app_really_has(
    app: object, window: MainWindow, qtbot: QtBot
) -> None:
    window.show_shortcuts()
    dialog = window.active_dialog
    assert dialog is not None and dialog.objectName() == "shortcuts_dialog"
    browser = dialog.findChild(QTextBrowser)
    assert browser is not None
    text = browser.toPlainText()
    assert "Import, eksport og synkronisering" in text
    exchange = window.exchange
    menu_keys = [
        _native(a.shortcut())
        for a in (exchange.import_action, exchange.import_folder_action, exchange.export_action)
    ]
    assert menu_keys == ["Ctrl+I", "Ctrl+Skift+I", "Ctrl+Skift+E"]
    # The merge view's and the preview's own keys, read from the dialogs themselves.
    preview = PreviewDialog(sample_preview(), "Importér", window)
    merge = MergeDialog(sample_preview(), {}, window)
    qtbot.addWidget(preview)
    qtbot.addWidget(merge)
    merge_keys = sorted(_native(s.key()) for s in merge.findChildren(QShortcut))
    assert merge_keys == ["Ctrl+I", "Ctrl+L"]
    resolve = _native(preview.resolve_button.shortcut())
    for keys in [*menu_keys, resolve, "Ctrl+L / Ctrl+I", "L / I", "↑ / ↓"]:
        assert keys in text, keys
    assert "Konfliktvisningen: behold denne computers værdi / tag den indkommende" in text
    dialog.reject()


class _Node:
    """Something that refers to itself: only the cyclic collector frees it."""

    def __init__(self) -> None:
        self.me = self


def test_cycles_a_job_makes_are_freed_when_it_ends() -> None:
    from ipsfidelity.ui.exchange.progress import collector_paused

    kept: list[_Node] = []
    with collector_paused():
        during = weakref.ref(_Node())  # garbage at once, but the collector is paused
        kept.append(_Node())
        alive = weakref.ref(kept[0])
        assert during() is not None
    assert during() is None  # collected when the job ended, not frozen
    assert alive() is not None and gc.get_freeze_count() > 0  # what lives on is frozen


def test_repeated_imports_do_not_grow_what_stays_in_memory(
    qtbot: QtBot, tmp_path: Path, store: Store, db_path: Path
) -> None:
    for number in range(30):
        team = store.create_team(f"IPS Team {number}", "Køge")
        store.create_assessment(team.id, dt.date.today() - dt.timedelta(days=number))
    export_bundle(store, tmp_path / "all.json")
    store.close()
    window = _open(qtbot, db_path)
    exchange = window.exchange
    kept = []
    for _ in range(5):
        exchange.import_paths([tmp_path / "all.json"])
        preview = _preview(qtbot, window)
        preview.reject()  # nothing new: each import ends with Cancel
        qtbot.waitUntil(lambda: exchange.preview_dialog is None and not exchange.busy)
        settle(qtbot, window)
        kept.append(gc.get_freeze_count())
    window.close()
    # The first import loads the exchange's modules; after it, what stays alive is steady:
    # the cycles each import makes are freed, not frozen.
    assert kept[-1] - kept[1] < 40, kept  # before: some 70 more frozen objects per import


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_guide_names_the_exchange_as_the_app_has_it(lang: str) -> None:
    """Menu entries, shortcuts, the preview's outcomes, the merge view's columns, keys and
    buttons, the sync dialog: the guide uses the words the app shows."""
    from ipsfidelity.i18n import language, set_language, tr
    from ipsfidelity.ui.exchange.preview import outcome_text
    from ipsfidelity.ui.exchange.preview_data import OUTCOME_ORDER
    from ipsfidelity.ui.help.guide import guide_file

    text = guide_file(lang).read_text(encoding="utf-8")
    before = language()
    set_language(lang)
    try:
        menu = tr("menu.file").replace("&", "")
        wanted = [
            f"**{menu} → {tr(key).replace('&', '')}**"
            for key in (
                "xui.action.import",
                "xui.action.import_folder",
                "xui.action.export",
                "xui.action.sync",
            )
        ]
        wanted += [f"*{outcome_text(outcome)}*" for outcome in OUTCOME_ORDER]
        wanted += [
            f"**{tr(key)}**"
            for key in (
                "xui.col.local",
                "xui.col.incoming",
                "xui.col.base",
                "xui.col.server",
                "xui.preview.resolve",
                "xui.preview.apply",
                "common.cancel",
                "xui.merge.use",
                "xui.sync.go",
                "xui.sync.retry",
                "xui.overview.export",
            )
        ]
        wanted += [f"*{tr('xui.direction.send')}*", f"*{tr('xui.direction.fetch')}*"]
        wanted.append(f"**{tr('xui.sync.send').rstrip(':')}**")
        shift = "Skift" if lang == "da" else "Shift"
        for keys in ("Ctrl+I", f"Ctrl+{shift}+I", f"Ctrl+{shift}+E", "Ctrl+R", "↑/↓"):
            wanted.append(f"**{keys}**")
        wanted += ["**L**", "**I**", "**Ctrl+L**", "`~/.pgpass`", "pg_service.conf"]
    finally:
        set_language(before)
    missing = [w for w in wanted if w not in text]
    assert not missing, missing
