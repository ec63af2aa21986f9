import string

from ipsfidelity.i18n import set_language, tr


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_ui_string_has_both_languages_with_the_same_placeholders() -> None:
    for key, entry in STRINGS.items():
        assert set(entry) == {"da", "en"}, key
        assert entry["da"].strip() and entry["en"].strip(), key
        assert _fields(entry["da"]) == _fields(entry["en"]), key


def test_strings_follow_the_chosen_language() -> None:
    assert tr("saved") == "Gemt"
    set_language("en")
    assert tr("saved") == "Saved"
    assert tr("progress", rated=11, total=14) == "11/14 rated"


def test_the_colour_table_spells_not_rated_as_the_instrument_does() -> None:
    from ipsfidelity.instrument import NOT_RATED
    from ipsfidelity.ui import colours

    assert colours.NOT_RATED == NOT_RATED


def test_danish_ui_uses_the_reports_words_for_deadline_and_owner() -> None:
    from ipsfidelity.messages import MESSAGES

    danish = " ".join(  # the words shown, not the {placeholders}
        literal
        for entry in STRINGS.values()
        for literal, *_ in string.Formatter().parse(entry["da"])
    )
    assert "deadline" not in danish.casefold()
    assert STRINGS["common.deadline"]["da"] == MESSAGES["common.deadline"]["da"] == "Frist"
    assert STRINGS["common.owner"]["da"] == MESSAGES["common.owner"]["da"] == "Tovholder"
    assert STRINGS["common.party"]["da"] == MESSAGES["common.party"]["da"]
