"""Finishing and reopening from the keyboard (Filer → Afslut vurdering, Ctrl+Shift+F;
Genåbn vurdering, Ctrl+Shift+G), Nyt team and Ny vurdering on keys, quitting worded apart
from finishing, and no key or menu letter that two things claim."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu, QTextBrowser
from pytestqt.qtbot import QtBot

from ipsfidelity.i18n import language, set_language, tr
from ipsfidelity.instrument import default_pack
from ipsfidelity.store import Store
from ipsfidelity.store.views import CaseloadInfo
from ipsfidelity.ui.common.mnemonics import marked_letters
from ipsfidelity.ui.consensus.dialogs import FinishDialog, ReopenDialog
from ipsfidelity.ui.home.assessment_dialog import NewAssessmentDialog
from ipsfidelity.ui.home.team_dialog import TeamDialog
from ipsfidelity.ui.main_window import MainWindow
from ipsfidelity.ui.review.view import ReviewView
from tests.ui.conftest import activate, focused, settle
from tests.ui.test_lifecycle_ui import ok, reopened_view

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _native(keys: QKeySequence) -> str:
    return keys.toString(QKeySequence.SequenceFormat.NativeText)


def _menu_actions(window: MainWindow) -> list[QAction]:
    found: list[QAction] = []

    def walk(menu: QMenu) -> None:
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub)
            elif not action.isSeparator():
                found.append(action)

    for top in window.menuBar().actions():
        menu = top.menu()
        assert isinstance(menu, QMenu)
        walk(menu)
    return found


def test_quitting_and_finishing_are_worded_apart_in_both_languages() -> None:
    before = language()
    try:
        for lang in ("da", "en"):
            set_language(lang)
            quit_text = tr("action.quit").replace("&", "")
            finish_texts = [
                tr("lifecycle.ui.finish_action").replace("&", ""),
                tr("lifecycle.ui.finish_button"),
                tr("lifecycle.ui.finish_title"),
            ]
            first = quit_text.split()[0]
            assert all(not t.startswith(first) for t in finish_texts), (lang, quit_text)
            assert tr("damaged.quit") == quit_text
        set_language("da")
        assert tr("action.quit") == "&Luk programmet"
        assert tr("lifecycle.ui.finish_button") == "Afslut vurdering…"
    finally:
        set_language(before)


def test_no_two_menu_entries_or_screen_keys_claim_the_same_key(
    review: ReviewView, window: MainWindow, qtbot: QtBot
) -> None:
    window.show_action_plan()  # the plan page's own keys exist once it is built
    settle(qtbot, window)
    actions = _menu_actions(window)
    keys = [_native(k) for a in actions for k in a.shortcuts()]
    twice = [k for k, n in Counter(keys).items() if n > 1]
    assert not twice, twice
    for wanted in ("Ctrl+Skift+T", "Ctrl+Skift+N", "Ctrl+Skift+F", "Ctrl+Skift+G"):
        assert wanted in keys, wanted
    # A screen's own key beside a window-wide one of the same keys leaves Qt with an
    # ambiguous shortcut that does nothing: Ctrl+N stays the caseload's and the plan's.
    screen_keys = {_native(s.key()) for s in window.findChildren(QShortcut)}
    assert "Ctrl+N" in screen_keys
    assert not screen_keys & set(keys), screen_keys & set(keys)


def test_each_menu_gives_each_entry_its_own_letter_in_both_languages(
    app: object, window: MainWindow, qtbot: QtBot
) -> None:
    from ipsfidelity.ui.app import App

    assert isinstance(app, App)
    for lang in ("da", "en"):
        window = app.window
        settle(qtbot, window)
        for top in window.menuBar().actions():
            menu = top.menu()
            assert isinstance(menu, QMenu)
            letters = [
                letter
                for a in menu.actions()
                if not a.isSeparator() and a.menu() is None
                for letter in marked_letters([a.text()])
            ]
            assert len(letters) == len(set(letters)), (lang, top.text(), letters)
        if lang == "da":
            window.choose_language("en")
            qtbot.waitUntil(lambda w=window: app.window is not w and hasattr(app.window, "home"))
    file_menu = app.window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    texts = [a.text() for a in file_menu.actions()]
    assert "Finis&h review …" in texts and "Re&open review …" in texts and "&Quit" in texts


def test_ctrl_shift_f_finishes_and_ctrl_shift_g_reopens_the_open_review(
    store: Store, seeded: str, review: ReviewView, window: MainWindow, qtbot: QtBot
) -> None:
    for element in default_pack().element_ids:
        store.set_rating(seeded, element, "met")
    store.set_caseload(seeded, [CaseloadInfo("Kim Berg", 1.0, 15, 0)])
    window.open_assessment(seeded)  # read again: rated in full
    review = reopened_view(qtbot, window, review)
    assert window.finish_action.isEnabled() and not window.reopen_action.isEnabled()
    assert review.lifecycle.finish_button.text() == "Afslut vurdering…"
    assert review.lifecycle.finish_button.toolTip() == "Ctrl+Skift+F"

    window.show_home()  # from another screen too: the walk-through comes back to be signed
    activate(qtbot, window)
    qtbot.keyClick(focused(), Qt.Key.Key_F, CTRL_SHIFT)
    qtbot.waitUntil(lambda: isinstance(window.active_dialog, FinishDialog), timeout=10_000)
    assert window.current_screen() is window.review
    dialog = window.active_dialog
    assert isinstance(dialog, FinishDialog)
    for _name, box, _date in dialog.confirms:
        box.setChecked(True)
    ok(dialog)
    review = reopened_view(qtbot, window, review)
    assert store.lifecycle(seeded).state == "finished"
    assert not window.finish_action.isEnabled() and window.reopen_action.isEnabled()
    assert review.lifecycle.reopen_button.toolTip() == "Ctrl+Skift+G"

    qtbot.keyClick(focused(), Qt.Key.Key_F, CTRL_SHIFT)  # finished: nothing to finish
    settle(qtbot, window)
    assert window.active_dialog is None
    qtbot.keyClick(focused(), Qt.Key.Key_G, CTRL_SHIFT)
    qtbot.waitUntil(lambda: isinstance(window.active_dialog, ReopenDialog), timeout=10_000)
    reopen = window.active_dialog
    assert isinstance(reopen, ReopenDialog)
    qtbot.keyClicks(reopen.reason_edit, "Et element skal rettes")
    ok(reopen)
    reopened_view(qtbot, window, review)
    assert store.lifecycle(seeded).state != "finished"
    assert window.finish_action.isEnabled() and not window.reopen_action.isEnabled()


def test_ctrl_shift_t_and_n_ask_for_a_new_team_and_assessment(
    seeded: str, app: object, window: MainWindow, qtbot: QtBot
) -> None:
    settle(qtbot, window)
    qtbot.waitUntil(lambda: window.selected_team() is not None, timeout=10_000)
    activate(qtbot, window)
    qtbot.keyClick(focused(), Qt.Key.Key_T, CTRL_SHIFT)
    qtbot.waitUntil(lambda: isinstance(window.active_dialog, TeamDialog), timeout=10_000)
    assert window.active_dialog is not None
    window.active_dialog.reject()
    settle(qtbot, window)
    activate(qtbot, window)
    qtbot.keyClick(focused(), Qt.Key.Key_N, CTRL_SHIFT)
    qtbot.waitUntil(lambda: isinstance(window.active_dialog, NewAssessmentDialog), timeout=10_000)
    assert window.active_dialog is not None
    window.active_dialog.reject()
    assert window.home.new_assessment_button.toolTip() == "Ctrl+Skift+N"


def test_the_shortcut_list_names_the_new_keys(window: MainWindow, qtbot: QtBot) -> None:
    window.show_shortcuts()
    dialog = window.active_dialog
    assert dialog is not None
    browser = dialog.findChild(QTextBrowser)
    assert browser is not None
    text = browser.toPlainText()
    for action in (
        window.new_team_action,
        window.new_assessment_action,
        window.finish_action,
        window.reopen_action,
    ):
        assert _native(action.shortcut()) in text, action.text()
    assert "Afslut vurderingen" in text and "Genåbn en afsluttet vurdering" in text
    dialog.reject()
