"""Alt+letter for labels that come from a pack: clear of the menus, one letter each."""

from __future__ import annotations

from ipsfidelity.i18n import language, set_language
from ipsfidelity.ui.mnemonics import marked_letters, menu_bar_letters, with_mnemonics


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
