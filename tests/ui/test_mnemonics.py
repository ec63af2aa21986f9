"""Alt+letter for labels that come from a pack: clear of the menus, one letter each."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from ipsfidelity.i18n import language, set_language
from ipsfidelity.ui.app import App
from ipsfidelity.ui.common.mnemonics import marked_letters, menu_bar_letters, with_mnemonics
from ipsfidelity.ui.review.view import ReviewView
from tests.ui.conftest import settle
from tests.ui.test_followup_screens import open_agreement


def test_letters_skip_what_is_taken_and_each_other() -> None:
    labels = with_mnemonics(["Data", "Dokument", "Fax & mail", "Ø", "ddd"], {"a"})
    assert labels == ["&Data", "D&okument", "&Fax && mail", "&Ø", "ddd"]
    assert marked_letters(labels) == {"d", "o", "f", "ø"}


def test_menu_letters_follow_the_language() -> None:
    before = language()
    try:
        set_language("da")
        assert menu_bar_letters() == {"f", "r", "v", "s", "h"}
        set_language("en")
        assert menu_bar_letters() == {"f", "e", "v", "l", "h"}
    finally:
        set_language(before)


def _letters(widget: QWidget) -> list[str]:
    """The Alt+letters of the buttons and labels the user can see in `widget`."""
    found = []
    for child in [*widget.findChildren(QAbstractButton), *widget.findChildren(QLabel)]:
        if child.isVisibleTo(widget):
            found += sorted(marked_letters([child.text()]))
    return found


def test_no_two_controls_share_an_alt_letter(review: ReviewView, app: App, qtbot: QtBot) -> None:
    window = app.window
    for lang in ("da", "en"):
        window = app.window
        window.show_action_plan()
        settle(qtbot, window)
        plan = _letters(window.followup.plan_view)
        menus = menu_bar_letters()
        assert len(plan) == len(set(plan)) and not set(plan) & menus, (lang, plan)
        dialog = open_agreement(qtbot, window)
        letters = _letters(dialog)
        assert len(letters) == len(set(letters)), (lang, letters)
        dialog.reject()
        if lang == "da":
            window.choose_language("en")
            qtbot.waitUntil(lambda w=window: app.window is not w and app.window.session is not None)
            settle(qtbot, app.window)


def test_the_home_screen_has_an_alt_letter_for_each_button(app: App, qtbot: QtBot) -> None:
    for lang in ("da", "en"):
        window = app.window
        settle(qtbot, window)
        letters = _letters(window.home)
        assert len(letters) >= 9, (lang, letters)  # every button, the lists' labels too
        assert len(letters) == len(set(letters)), (lang, letters)
        assert not set(letters) & menu_bar_letters(), (lang, letters)
        if lang == "da":
            window.choose_language("en")
            qtbot.waitUntil(lambda w=window: app.window is not w and hasattr(app.window, "home"))
