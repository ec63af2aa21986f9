"""What looks like a citizen's name in free text is found and masked (`person_names`);
places, organisations, streets, sentence starts and the staff's own names are not."""

from __future__ import annotations

import pytest

from ipsfidelity.person_names import (
    NAME_MASK,
    contains_personal_data,
    find_names,
    first_names,
    mask_names,
    masked_free_text,
    staff_names,
    surnames,
)
from tests.safety.test_privacy import ordinary_texts


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jens Jensen", "Jens Jensen"),  # the trial's case
        ("Talte med Jens Jensen om praktik", "Jens Jensen"),
        ("Borgeren Mette Holm har fået job", "Mette Holm"),
        ("Aftale med Søren Ørsted i går", "Søren Ørsted"),  # Danish letters
        ("Åse Ødegård deltog", "Åse Ødegård"),  # a sentence that starts with the name
        ("Samtale med Anne-Marie Østergaard", "Anne-Marie Østergaard"),  # hyphenated first name
        ("Opfølgning hos Jørgen Kierkegaard-Holm", "Jørgen Kierkegaard-Holm"),  # and surname
        ("Møde med Hans Christian Andersen", "Hans Christian Andersen"),  # middle name
        ("Ring til Mette J. Hansen", "Mette J. Hansen"),  # an initial in the middle
        ("Sendt til J. Jensen", "J. Jensen"),  # initials and a surname
        ("Sendt til J.P. Rasmussen", "J.P. Rasmussen"),
        ("Sendt til K. Bech", "K. Bech"),  # a common surname without -sen
        ("Talte med hr. Jensen", "hr. Jensen"),  # a title
        ("Talte med fru Østergaard", "fru Østergaard"),
        ("Per Hansen startede", "Per Hansen"),  # an everyday-word name before a surname
        ("Mohammad Ali fik job", "Mohammad Ali"),
        ("Notat om Jens Jensens forløb", "Jens Jensens"),  # genitive
        ("Talte med Jens\u00a0Jensen", "Jens\u00a0Jensen"),  # no-break space
    ],
)
def test_finds_names(text: str, name: str) -> None:
    assert [m.text for m in find_names(text)] == [name]
    assert contains_personal_data(text)
    masked = mask_names(text)
    assert name not in masked and NAME_MASK in masked
    assert find_names(masked) == []


@pytest.mark.parametrize(
    "text",
    [
        "Region Hovedstaden og Psykiatrisk Center Glostrup",  # organisations
        "Jobcenter København har to konsulenter",
        "Samarbejde med Albertslund Kommune",
        "Jens har fået job",  # a first name alone is no warning
        "Mette fra Jobcenter Ballerup",  # lower-case word between
        "Mette Jobcenter",  # a body, not a surname
        "Anne Kommune",
        "Karen Blixens Vej 3",  # a street named after a person
        "F-ACT Nordstjernevej, OPUS H.J. Holstvej",  # initials before a street
        "Per uge to møder",  # "per" as a word
        "Per Uge",  # an everyday-word name at a sentence start before a non-surname
        "Bo Sammen er et botilbud",
        "Storm Over Byen",
        "Mette IPS",  # an acronym is no surname
        "Jens\nJensen",  # a line break parts them: two lines, two texts
        "JENS JENSEN",  # all capitals: not read (see docs/privacy.md)
        "Konsulenten har 20 borgere, 0,8 årsværk",
        "",
    ],
)
def test_leaves_other_capitalised_words_alone(text: str) -> None:
    assert find_names(text) == []
    assert mask_names(text) == text


def test_positions_and_several_names() -> None:
    text = "Jens Jensen og Anne Holm mødtes; J. Nielsen kom senere."
    found = find_names(text)
    assert [m.text for m in found] == ["Jens Jensen", "Anne Holm", "J. Nielsen"]
    assert all(text[m.start : m.end] == m.text for m in found)
    assert mask_names(text) == "N.N. og N.N. mødtes; N.N. kom senere."


def test_a_soft_hyphen_inside_a_name_does_not_hide_it() -> None:
    text = "Talte med Jens Jen\u00adsen"
    (match,) = find_names(text)
    assert match.text == "Jens Jen\u00adsen"
    assert mask_names(text) == "Talte med N.N."


def test_staff_names_are_not_flagged() -> None:
    staff = staff_names(["Mette Lund Hansen", "Jens Østergaard", ""])
    note = "Aftalt med Mette Hansen og Jens Østergaard; Mette Hansens referat følger"
    assert find_names(note, staff) == []
    assert masked_free_text(note, staff) == note
    # A citizen beside them still is.
    said = "Jens Østergaard talte med Jens Jensen"
    assert [m.text for m in find_names(said, staff)] == ["Jens Jensen"]
    assert masked_free_text(said, staff) == "Jens Østergaard talte med N.N."


def test_cpr_numbers_and_names_masked_together() -> None:
    text = "Jens Jensen, 010190-1234, fik job"
    assert masked_free_text(text) == "N.N., XXXXXX-XXXX, fik job"
    assert contains_personal_data("010190-1234") and not contains_personal_data("Godt møde")


def test_the_name_lists() -> None:
    """The data files: the commonest Danish first names and surnames (Danmarks Statistik's
    top lists) are there, case-folded, and no everyday word that starts many sentences."""
    names = first_names()
    assert len(names) > 400
    for name in ("peter", "jens", "søren", "jørgen", "anne", "kirsten", "mette", "åse"):
        assert name in names
    assert {"jensen", "nielsen", "hansen", "pedersen", "østergaard"} <= surnames()
    assert not {"borger", "region", "center", "kommune", "der", "det"} & names


def _by_field(node: object, key: str = "") -> list[tuple[str, str]]:
    """(key, text) for every text in a demo document."""
    if isinstance(node, str):
        return [(key, node)]
    if isinstance(node, list):
        return [kt for item in node for kt in _by_field(item, key)]
    if isinstance(node, dict):
        return [kt for k, v in node.items() for kt in _by_field(v, k)]
    return []


NAME_FIELDS = {"name", "owner", "consultant", "reviewer", "reviewers", "role"}


def test_false_positives_on_the_seed_documents_and_demo_free_texts() -> None:
    """The figures in docs/privacy.md: the seed documents (whole and line by line) and
    the demo data's free texts give no hit; its names all stand in name fields (staff)."""
    from ipsfidelity.demo import demo_documents

    texts = ordinary_texts()
    if "seed documents" in texts:
        assert len(texts["seed lines"]) >= 500
        for kind in ("seed documents", "seed lines"):
            assert [t[:80] for t in texts[kind] if find_names(t)] == [], kind
    fields = {kt for d in demo_documents() for kt in _by_field(d.model_dump(mode="json"))}
    free = {t for k, t in fields if k not in NAME_FIELDS}
    named = {t for k, t in fields if k in NAME_FIELDS}
    assert len(free) > 150
    assert [t for t in free if find_names(t)] == []
    hits = [t for t in named if find_names(t)]
    assert len(hits) >= 10  # the staff's names are names: the detector does see them
    assert [t for t in named if find_names(t, staff_names(named))] == []
