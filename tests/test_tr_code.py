"""`i18n.tr_code`: a stored code to its words through a table of literal keys."""

from __future__ import annotations

import pytest

from ipsfidelity.i18n import CodeWords, set_language, tr_code
from ipsfidelity.wording import action_status_text, party_text

_STATUS_KEYS = {"aaben": "action.status.aaben", "afsluttet": "common.finished"}


def test_a_code_in_the_table_gives_its_words_in_the_language_asked() -> None:
    assert tr_code(_STATUS_KEYS, "aaben", "action status", "da") == "Åben"
    assert tr_code(_STATUS_KEYS, "afsluttet", "action status", "en") == "Finished"
    assert action_status_text("afsluttet", "da") == "Afsluttet"
    assert party_text("faelles", "en") == "Joint"


def test_without_a_language_the_current_one_is_used() -> None:
    assert tr_code(_STATUS_KEYS, "aaben", "action status") == "Åben"
    set_language("en")
    try:
        assert tr_code(_STATUS_KEYS, "aaben", "action status") == "Open"
    finally:
        set_language("da")


def test_a_code_the_table_lacks_is_a_value_error_that_names_it() -> None:
    with pytest.raises(ValueError, match=r"^unknown action status: i_gang$"):
        tr_code(_STATUS_KEYS, "i_gang", "action status", "da")
    with pytest.raises(ValueError, match=r"^unknown party: nobody$"):
        party_text("nobody")


def test_code_words_bind_a_table_and_follow_the_current_language() -> None:
    status_word = CodeWords(_STATUS_KEYS, "action status")
    assert status_word("afsluttet", "en") == "Finished"
    assert status_word("aaben") == "Åben"
    set_language("en")
    try:
        assert status_word("aaben") == "Open"
    finally:
        set_language("da")
    with pytest.raises(ValueError, match=r"^unknown action status: i_gang$"):
        status_word("i_gang")
