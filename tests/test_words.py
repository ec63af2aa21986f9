"""The one catalogue of words (`ipsfidelity.words`) against the code that uses it.

Every key is a string literal at its call, or a literal value of a module's table of keys
looked up at the call (`tr(_KEYS[code])`, `_KEYS = {"code": "area.key", ...}`), so this test
can read them all from the source: a key the code uses must exist in both languages, a key in
the catalogue must be used, and a key built at run time fails the test.
"""

from __future__ import annotations

import ast
import string
from collections import Counter
from pathlib import Path

import pytest

from ipsfidelity import words
from ipsfidelity.i18n import set_language, tr, tr_in
from ipsfidelity.words import CATALOGUE

ROOT = Path(__file__).resolve().parents[1] / "ipsfidelity"
# The functions that only pass a caller's key on: `i18n.tr` and the report's `Words.tr`.
FORWARDERS = {"tr", "tr_in"}


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _key_arg(call: ast.Call) -> ast.expr | None:
    """The key argument when `call` looks words up: tr(key), tr_in(lang, key), w.tr(key)."""
    func = call.func
    if (isinstance(func, ast.Name) and func.id == "tr") or (
        isinstance(func, ast.Attribute) and func.attr == "tr"
    ):
        return call.args[0] if call.args else None
    if isinstance(func, ast.Name) and func.id == "tr_in":
        return call.args[1] if len(call.args) > 1 else None
    return None


def _key_tables(tree: ast.Module) -> dict[str, list[str]]:
    """The module's tables of keys: `NAME = {...}` at module level, every value a string."""
    tables: dict[str, list[str]] = {}
    for node in tree.body:
        target = node.targets[0] if isinstance(node, ast.Assign) else getattr(node, "target", None)
        value = getattr(node, "value", None)
        if isinstance(target, ast.Name) and isinstance(value, ast.Dict):
            texts = [v.value for v in value.values if isinstance(v, ast.Constant)]
            if texts and len(texts) == len(value.values) and all(isinstance(t, str) for t in texts):
                tables[target.id] = texts
    return tables


class _Uses(ast.NodeVisitor):
    def __init__(self, path: Path, tables: dict[str, list[str]] | None = None) -> None:
        self.path = path
        self.tables = tables or {}
        self.keys: list[tuple[str, set[str] | None, str]] = []  # key, values given, where
        self.dynamic: list[str] = []
        self._in_forwarder = 0

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        inside = node.name in FORWARDERS
        self._in_forwarder += inside
        self.generic_visit(node)
        self._in_forwarder -= inside

    def visit_Call(self, node: ast.Call) -> None:
        arg = _key_arg(node)
        where = f"{self.path.relative_to(ROOT.parent)}:{node.lineno}"
        if arg is not None and not self._in_forwarder:
            given = (
                None
                if any(k.arg is None for k in node.keywords)  # **values: not checkable
                else {k.arg for k in node.keywords if k.arg}
            )
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                self.keys.append((arg.value, given, where))
            elif (
                isinstance(arg, ast.Subscript)
                and isinstance(arg.value, ast.Name)
                and arg.value.id in self.tables
            ):
                self.keys += [(key, given, where) for key in self.tables[arg.value.id]]
            else:
                self.dynamic.append(f"{where}: {ast.unparse(node)}")
        self.generic_visit(node)


def _scan() -> _Uses:
    total = _Uses(ROOT)
    for path in sorted(ROOT.rglob("*.py")):
        if "words" in path.relative_to(ROOT).parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        uses = _Uses(path, _key_tables(tree))
        uses.visit(tree)
        total.keys += uses.keys
        total.dynamic += uses.dynamic
    return total


USES = _scan()


def test_every_key_is_a_literal_at_its_call() -> None:
    assert not USES.dynamic, "\n".join(USES.dynamic)


def test_a_table_of_keys_counts_each_of_its_keys_at_the_call() -> None:
    tree = ast.parse(
        'KEYS = {"a": "area.one", "b": "area.two"}\n'
        'NOT_KEYS = {"a": 1}\n'
        "def f(c):\n"
        "    return tr(KEYS[c], n=1), tr(NOT_KEYS[c]), tr(KEYS.get(c))\n"
    )
    uses = _Uses(ROOT / "example.py", _key_tables(tree))
    uses.visit(tree)
    assert [(key, given) for key, given, _ in uses.keys] == [
        ("area.one", {"n"}),
        ("area.two", {"n"}),
    ]
    assert len(uses.dynamic) == 2  # a table of other values, a lookup that is no subscript


def test_every_key_the_code_uses_exists_in_both_languages() -> None:
    missing = sorted({f"{where}: {key}" for key, _, where in USES.keys if key not in CATALOGUE})
    assert not missing, "\n".join(missing)
    lacking = sorted({key for key, _, _ in USES.keys if set(CATALOGUE[key]) != {"da", "en"}})
    assert not lacking, lacking
    assert len({key for key, _, _ in USES.keys}) > 500


def test_every_call_gives_the_values_its_words_need() -> None:
    short = [
        f"{where}: {key} needs {sorted(_fields(CATALOGUE[key]['da']) - given)}"
        for key, given, where in USES.keys
        if given is not None and key in CATALOGUE and _fields(CATALOGUE[key]["da"]) - given
    ]
    assert not short, "\n".join(short)


def test_every_catalogue_key_is_used() -> None:
    used = {key for key, _, _ in USES.keys}
    unused = sorted(set(CATALOGUE) - used)
    assert not unused, unused


def test_both_languages_with_the_same_placeholders() -> None:
    for key, entry in CATALOGUE.items():
        assert set(entry) == {"da", "en"}, key
        assert entry["da"].strip() and entry["en"].strip(), key
        assert _fields(entry["da"]) == _fields(entry["en"]), key


def test_each_danish_sentence_stands_once() -> None:
    twice = {da: n for da, n in Counter(e["da"] for e in CATALOGUE.values()).items() if n > 1}
    assert not twice, twice


def test_areas_are_small_sorted_and_apart() -> None:
    assert sum(len(area.WORDS) for area in words.AREAS) == len(CATALOGUE)  # no key in two
    for area in words.AREAS:
        assert list(area.WORDS) == sorted(area.WORDS), area.__name__
        lines = Path(area.__file__ or "").read_text(encoding="utf-8").count("\n")
        assert lines <= 500, area.__name__


def test_words_follow_the_chosen_language() -> None:
    assert tr("saved") == "Gemt"
    set_language("en")
    assert tr("saved") == "Saved"
    assert tr("progress", rated=11, total=14) == "11/14 rated"
    assert tr_in("da", "progress", rated=11, total=14) != tr("progress", rated=11, total=14)
    with pytest.raises(KeyError):
        tr("no.such.key")


def test_danish_says_frist_and_tovholder_never_deadline() -> None:
    danish = " ".join(  # the words shown, not the {placeholders}
        literal
        for entry in CATALOGUE.values()
        for literal, *_ in string.Formatter().parse(entry["da"])
    )
    assert "deadline" not in danish.casefold()
    assert CATALOGUE["common.deadline"]["da"] == "Frist"
    assert CATALOGUE["common.owner"]["da"] == "Tovholder"
    assert CATALOGUE["common.party"]["da"] == "Ansvarlig part"
