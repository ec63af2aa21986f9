"""The dk-minimum pack is exactly the Danish minimum definition, and broken packs are refused."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pytest

from ipsfidelity.errors import UserError
from ipsfidelity.instrument import available_packs, default_pack, get_pack, load_pack_file

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
SEED_004 = SEEDS / "004_6756dacddabdfe6f.txt"

EXPECTED = {
    "P1": ["P1.1", "P1.2"],
    "P2": ["P2.1", "P2.2"],
    "P3": ["P3.1", "P3.2", "P3.3"],
    "P4": ["P4.1"],
    "P5": ["P5.1"],
    "P6": ["P6.1"],
    "P7": ["P7.1", "P7.2"],
    "P8": ["P8.1", "P8.2"],
}


def _words(text: str) -> list[str]:
    return re.findall(r"[\wæøåÆØÅ/-]+", text.lower())


def _ngrams(words: list[str], n: int = 3) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def test_pack_has_the_eight_principles_and_fourteen_elements() -> None:
    pack = default_pack()
    assert (pack.id, pack.version) == ("dk-minimum", "2")
    assert {p.id: [e.id for e in p.elements] for p in pack.principles} == EXPECTED
    assert len(pack.element_ids) == 14
    assert [s.id for s in pack.scale] == ["met", "partial", "not_met"]
    assert pack.scale_values == {"met": 1.0, "partial": 0.5, "not_met": 0.0}
    assert pack.caseload.ok_max == 20 and pack.caseload.warning_max == 25
    assert pack.caseload.other_case_weight == 0.5
    assert pack.caseload.mixed_max == 20  # seed 004: 10 IPS cases, at most 20 other cases


def test_version_2_differs_from_version_1_only_in_the_caseload_rule() -> None:
    """Reviews made with version 1 keep its scores: both packs are shipped, and apart from the
    mixed-caseload limit and its sentence they are the same instrument."""
    v1, v2 = get_pack("dk-minimum", "1"), default_pack()
    assert v1.caseload.mixed_max is None
    assert (v1.principles, v1.scale, v1.title) == (v2.principles, v2.scale, v2.title)
    assert v1.caseload.text == v2.caseload.text
    assert "over 20 ikke op til" in v2.caseload.rule["da"]
    assert "ved grænsen" in v2.caseload.rule["da"] and "er grænsen" not in v2.caseload.rule["da"]


def test_every_text_has_danish_and_english() -> None:
    pack = default_pack()
    texts = [pack.title, pack.caseload.rule, pack.caseload.text]
    for p in pack.principles:
        texts += [p.title, p.short, p.help, *(e.text for e in p.elements)]
    for t in texts:
        assert t.get("da", "").strip() and t.get("en", "").strip(), t


@pytest.mark.skipif(not SEED_004.exists(), reason="shared/seeds is not beside the repository")
def test_danish_element_texts_are_faithful_to_seed_004() -> None:
    """Each element's Danish wording is taken from the minimum definition itself."""
    seed = _ngrams(_words(SEED_004.read_text(encoding="utf-8")))
    pack = default_pack()
    for element in pack.elements:
        grams = _ngrams(_words(element.text["da"]))
        shared = len(grams & seed) / len(grams)
        assert shared >= 0.9, (element.id, shared)
    caseload = _ngrams(_words(pack.caseload.text["da"]))
    assert len(caseload & seed) / len(caseload) >= 0.95


def _write_pack(
    tmp_path: Path, data: dict, pack_id: str = "dk-minimum", version: str | None = None
) -> Path:
    path = tmp_path / pack_id / f"{version or data['version']}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.fixture
def pack_data() -> dict:
    return json.loads(json.dumps(dataclasses.asdict(default_pack())))


@pytest.mark.parametrize(
    ("breakage", "expected"),
    [
        (
            lambda d: d["principles"][1]["elements"].append(d["principles"][0]["elements"][0]),
            "duplicate element",
        ),
        (lambda d: d.pop("principles"), "principles"),
        (lambda d: d["scale"].__setitem__(0, {**d["scale"][0], "value": 2}), "scale"),
        (lambda d: d["caseload"].__setitem__("warning_max", 10), "warning_max"),
        (lambda d: d.__setitem__("format_version", 9), "format_version"),
        (lambda d: d["principles"][0].__setitem__("elements", []), "elements"),
        (lambda d: d["caseload"].__setitem__("mixed_max", 30), "mixed_max"),
    ],
)
def test_broken_pack_is_refused_with_a_clear_message(
    tmp_path: Path, pack_data: dict, breakage, expected: str
) -> None:
    breakage(pack_data)
    path = _write_pack(tmp_path, pack_data)
    with pytest.raises(UserError) as info:
        load_pack_file(path)
    message = str(info.value)
    assert "\n" not in message
    assert str(path) in message and expected in message


def test_unreadable_and_misplaced_packs_are_refused(tmp_path: Path, pack_data: dict) -> None:
    bad = tmp_path / "dk-minimum" / "1.json"
    bad.parent.mkdir()
    bad.write_text("{ not json", encoding="utf-8")
    with pytest.raises(UserError, match="kan ikke læses"):
        load_pack_file(bad)
    misplaced = _write_pack(tmp_path, pack_data, pack_id="other", version="7")
    with pytest.raises(UserError, match="et andet sted"):
        load_pack_file(misplaced)


@pytest.mark.parametrize(
    ("pack_id", "version"), [("dk-minimum", "99"), ("../etc", "passwd"), ("nope", "1")]
)
def test_unknown_pack_is_refused(pack_id: str, version: str) -> None:
    with pytest.raises(UserError, match="findes ikke"):
        get_pack(pack_id, version)


def test_available_packs_lists_the_shipped_pack() -> None:
    assert ("dk-minimum", "1") in [(p.id, p.version) for p in available_packs()]


def test_help_texts_agree_with_the_definition() -> None:
    """The explanations beside the elements: no contradiction of P1.2, one word for the
    person in IPS, no "han/hun"."""
    pack = default_pack()
    for p in pack.principles:
        da, en = p.help["da"], p.help["en"]
        for banned in ("han/hun", "Det eneste krav", "Ingen ekskluderes", "borgeren"):
            assert banned not in da, (p.id, banned)
        for banned in ("he or she", "he/she", "The only requirement", "citizen"):
            assert banned not in en, (p.id, banned)
    p1 = pack.principles[0]
    assert "Lokale aftaler" in p1.help["da"] and "Local agreements" in p1.help["en"]


def test_note_says_how_bullets_became_elements(pack_data: dict, tmp_path: Path) -> None:
    pack = default_pack()
    assert pack.note is not None
    for lang in ("da", "en"):
        note = pack.note[lang]
        assert f" {len(pack.principles)} " in note and f" {len(pack.elements)} " in note
        for element in ("P3.2", "P3.3", "P7.1", "P7.2"):
            assert element in note and element in pack.element_ids
    if SEED_004.exists():  # the 12 bullet points under the principles, counted in the source
        text = SEED_004.read_text(encoding="utf-8").split("### 1.", 1)[1]
        bullets = [line for line in text.splitlines() if line.startswith("- ")]
        assert f"{len(bullets)} punkter" in pack.note["da"]
    # The note is optional.
    pack_data.pop("note")
    assert load_pack_file(_write_pack(tmp_path, pack_data)).note is None


def test_every_shipped_pack_passes_full_validation_and_loads_the_same_without_it() -> None:
    """`get_pack` builds shipped packs without pydantic; this is what makes that safe."""
    from ipsfidelity.instrument import instruments_dir, load_shipped_pack

    paths = sorted(instruments_dir().glob("*/*.json"))
    assert paths
    for path in paths:
        validated = load_pack_file(path)
        built = load_shipped_pack(path)
        assert built == validated
        assert all(type(s.value) is float for s in built.scale)
        assert type(built.caseload.ok_max) is float and type(built.principles) is tuple


def test_loading_and_scoring_a_shipped_pack_does_not_import_pydantic() -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from ipsfidelity.instrument import default_pack\n"
        "from ipsfidelity.scoring import score_assessment\n"
        "pack = default_pack()\n"
        "score = score_assessment(pack, {e: 'met' for e in pack.element_ids}, [])\n"
        "print(round(score.overall), 'pydantic' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["100", "False"]


def test_a_damaged_shipped_pack_is_refused_with_the_full_validation_message(
    tmp_path: Path, pack_data: dict
) -> None:
    from ipsfidelity.instrument import load_shipped_pack

    pack_data["scale"][0]["value"] = "lots"
    path = _write_pack(tmp_path, pack_data)
    with pytest.raises(UserError) as info:
        load_shipped_pack(path)
    assert str(path) in str(info.value) and "scale.0.value" in str(info.value)
    pack_data["scale"][0]["value"] = 1.0
    pack_data["extra"] = True
    with pytest.raises(UserError, match="extra"):
        load_shipped_pack(_write_pack(tmp_path, pack_data))
