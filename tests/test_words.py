"""The one catalogue of words (`ipsfidelity.words`) against the code that uses it.

Every key is a string literal at its call, so this test can read them all from the source:
a key the code uses must exist in both languages, a key in the catalogue must be used, and a
key built at run time fails the test. A stored code maps to its words through a module-level
table of literal keys whose name ends in `_KEYS` (`tr(_ROLE_KEYS[role])`,
`tr_code(_STATE_KEYS, state, "state")`): each of its keys counts as used where the table is.
"""

from __future__ import annotations

import ast
import json
import re
import string
from collections import Counter
from pathlib import Path

import pytest

from ipsfidelity import words
from ipsfidelity.i18n import set_language, tr, tr_in
from ipsfidelity.words import CATALOGUE

ROOT = Path(__file__).resolve().parents[1] / "ipsfidelity"
# The functions that only pass a caller's key on: `i18n.tr`, `i18n.tr_code`, the call of an
# `i18n.CodeWords` and the report's `Words.tr`.
FORWARDERS = {"tr", "tr_in", "tr_code", "CodeWords.__call__"}
TABLE_SUFFIX = "_KEYS"


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _key_arg(call: ast.Call) -> ast.expr | None:
    """The key argument when `call` looks words up: tr(key), tr_in(lang, key), w.tr(key),
    tr_code(table, code, what), CodeWords(table, what)."""
    func = call.func
    if (isinstance(func, ast.Name) and func.id == "tr") or (
        isinstance(func, ast.Attribute) and func.attr == "tr"
    ):
        return call.args[0] if call.args else None
    if isinstance(func, ast.Name) and func.id == "tr_in":
        return call.args[1] if len(call.args) > 1 else None
    if isinstance(func, ast.Name) and func.id in ("tr_code", "CodeWords"):
        return call.args[0] if call.args else None
    return None


def _tables(tree: ast.Module) -> dict[str, list[str]]:
    """A module's `NAME_KEYS = {code: "literal.key", ...}` tables: name -> keys."""
    found = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        else:
            continue
        if not (isinstance(target, ast.Name) and target.id.endswith(TABLE_SUFFIX)):
            continue
        if isinstance(value, ast.Dict) and all(
            isinstance(v, ast.Constant) and isinstance(v.value, str) for v in value.values
        ):
            found[target.id] = [v.value for v in value.values if isinstance(v, ast.Constant)]
    return found


def _table_name(arg: ast.expr) -> str | None:
    """`TABLE` for an argument `TABLE[code]` or `TABLE` that names a table of keys."""
    if isinstance(arg, ast.Subscript):
        arg = arg.value
    if isinstance(arg, ast.Name) and arg.id.endswith(TABLE_SUFFIX):
        return arg.id
    return None


class _Uses(ast.NodeVisitor):
    def __init__(self, path: Path, tables: dict[str, list[str]]) -> None:
        self.path = path
        self.tables = tables  # this module's first, then every module's by name
        self.keys: list[tuple[str, set[str] | None, str]] = []  # key, values given, where
        self.dynamic: list[str] = []
        self._in_forwarder = 0
        self._classes: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self._classes.append(node.name)
        self.generic_visit(node)
        self._classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        inside = node.name in FORWARDERS or ".".join([*self._classes, node.name]) in FORWARDERS
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
            if isinstance(node.func, ast.Name) and node.func.id in ("tr_code", "CodeWords"):
                given = set()  # tr_code passes no values
            table = _table_name(arg)
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                self.keys.append((arg.value, given, where))
            elif table is not None and table in self.tables:
                self.keys += [(key, given, where) for key in self.tables[table]]
            else:
                self.dynamic.append(f"{where}: {ast.unparse(node)}")
        self.generic_visit(node)


def _scan() -> _Uses:
    trees = {
        path: ast.parse(path.read_text(encoding="utf-8"))
        for path in sorted(ROOT.rglob("*.py"))
        if "words" not in path.relative_to(ROOT).parts
    }
    tables = {path: _tables(tree) for path, tree in trees.items()}
    everywhere = {name: keys for found in tables.values() for name, keys in found.items()}
    total = _Uses(ROOT, {})
    for path, tree in trees.items():
        uses = _Uses(path, {**everywhere, **tables[path]})  # a table imported by name
        uses.visit(tree)
        total.keys += uses.keys
        total.dynamic += uses.dynamic
    return total


USES = _scan()


def test_every_key_is_a_literal_at_its_call() -> None:
    assert not USES.dynamic, "\n".join(USES.dynamic)


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


def _one_of_each(pairs: list[tuple[str, object]]) -> dict[str, object]:
    twice = [key for key, n in Counter(key for key, _ in pairs).items() if n > 1]
    assert not twice, f"a key stands twice in one file: {twice}"
    return dict(pairs)


def test_areas_are_small_sorted_and_apart() -> None:
    assert len(words.AREAS) > 10
    assert sum(len(words.read_area(path)) for path in words.AREAS) == len(
        CATALOGUE
    )  # no key in two
    for path in words.AREAS:
        text = path.read_text(encoding="utf-8")
        area = json.loads(text, object_pairs_hook=_one_of_each)
        assert list(area) == sorted(area), path.name
        assert text == words.area_text(area), f"{path.name}: write it as words.area_text does"
        assert text.count("\n") <= 500, path.name


def test_every_area_says_what_it_holds() -> None:
    readme = (Path(words.__file__).parent / "README.md").read_text(encoding="utf-8")
    named = re.findall(r"^\| `(\w+\.json)` \|", readme, flags=re.MULTILINE)
    assert sorted(named) == [path.name for path in words.AREAS]


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


def test_a_table_of_literal_keys_counts_its_keys_and_nothing_else() -> None:
    tree = ast.parse(
        '_STATE_KEYS = {"draft": "lifecycle.state.draft", "finished": "common.finished"}\n'
        "other = {'x': 'saved'}\n"
        "tr(_STATE_KEYS[state])\n"
        "tr_code(_STATE_KEYS, state, 'state', lang)\n"
        "state_word = CodeWords(_STATE_KEYS, 'state')\n"
        "tr(other[state])\n"
        "tr_code(other, state, 'state')\n"
        "CodeWords(other, 'state')\n"
        "class CodeWords:\n"
        "    def __call__(self, code):\n"
        "        return tr_code(self.keys, code, self.what)\n"
    )
    uses = _Uses(ROOT / "example.py", _tables(tree))
    uses.visit(tree)
    assert [key for key, _, _ in uses.keys] == ["lifecycle.state.draft", "common.finished"] * 3
    assert len(uses.dynamic) == 3  # the forwarder inside CodeWords is not one of them
