"""Thousands of malformed exchange files: only UserErrors, never a traceback, never a changed DB."""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import hashlib
import io
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from ipsfidelity.cli import main
from ipsfidelity.errors import UserError
from ipsfidelity.exchange import export_document, parse_exchange_bytes
from ipsfidelity.i18n import set_language, tr
from ipsfidelity.store import open_store
from ipsfidelity.store.views import CaseloadInfo


def make_valid_db(path: Path) -> dict[str, Any]:
    """A small database holding one assessment; returns that assessment as an exchange doc."""
    store = open_store(str(path))
    team = store.create_team("IPS Fuzz", "Herlev", "Psykiatrisk Center Herlev", "OPUS Herlev")
    store.create_team("IPS Anden")
    a = store.create_assessment(team.id, dt.date(2026, 10, 1), reviewers=["Åse", "Bo"])
    pack = store.pack_for(a)
    for element in pack.element_ids[:6]:
        store.set_rating(a.id, element, next(iter(pack.scale_values)), note="ok", evidence=[])
    store.set_caseload(a.id, [CaseloadInfo("Kim", 0.8, 15, 2), CaseloadInfo("Lea", 1.0, 20, 0)])
    doc = export_document(store.get_assessment(a.id))
    store.close()
    return doc


_VALID: dict[str, Any] = {}


def valid_doc() -> dict[str, Any]:
    if not _VALID:
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            _VALID.update(make_valid_db(Path(tmp) / "base.sqlite3"))
    return copy.deepcopy(_VALID)


# -- strategies ----------------------------------------------------------------

json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=40),
    st.sampled_from(["", "met", "P1.1", "2026-Q4", "2026-13-45", "0" * 36, "ÆØÅ", "\x00"]),
)
json_values = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=10), inner, max_size=5)
    ),
    max_leaves=20,
)


def paths(doc: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a value inside a JSON document."""
    found = [prefix]
    if isinstance(doc, dict):
        for key, value in doc.items():
            found += paths(value, (*prefix, key))
    elif isinstance(doc, list):
        for i, value in enumerate(doc):
            found += paths(value, (*prefix, i))
    return found


def set_at(doc: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    parent = doc
    for key in path[:-1]:
        parent = parent[key]
    parent[path[-1]] = value
    return doc


def delete_at(doc: Any, path: tuple[Any, ...]) -> Any:
    if not path:
        return {}
    parent = doc
    for key in path[:-1]:
        parent = parent[key]
    del parent[path[-1]]
    return doc


@st.composite
def mutated_documents(draw: st.DrawFn) -> bytes:
    doc = valid_doc()
    for _ in range(draw(st.integers(1, 3))):
        where = draw(st.sampled_from(paths(doc)))
        action = draw(st.sampled_from(["replace", "delete", "wrap", "tweak"]))
        if action == "replace":
            doc = set_at(doc, where, draw(json_values))
        elif action == "delete":
            doc = delete_at(doc, where)
        elif action == "wrap":
            doc = set_at(doc, where, [draw(json_values)])
        else:  # plausible values that pass the shape check but not the meaning check
            doc = set_at(
                doc,
                where,
                draw(
                    st.sampled_from(
                        [
                            "IPS Anden",  # a team name another team already has
                            "2001-01-01T00:00:00+00:00",  # older than the stored copy
                            "2099-01-01T00:00:00+00:00",
                            "2026-10-01T00:00:00",  # no time zone
                            "P9.9",
                            "uden-skala",
                            1.5,
                            -1,
                            10**400,
                            "00000000-0000-0000-0000-000000000000",
                            "AAAAAAAA-AAAA-AAAA-AAAA-AAAAAAAAAAAA",
                        ]
                    )
                ),
            )
    text = json.dumps(doc, ensure_ascii=draw(st.booleans()))
    return text.encode("utf-8")


@st.composite
def byte_damage(draw: st.DrawFn) -> bytes:
    data = bytearray(json.dumps(valid_doc()).encode("utf-8"))
    kind = draw(st.sampled_from(["truncate", "flip", "insert"]))
    at = draw(st.integers(0, len(data)))
    if kind == "truncate":
        return bytes(data[:at])
    if kind == "flip" and at < len(data):
        data[at] ^= draw(st.integers(1, 255))
        return bytes(data)
    return bytes(data[:at]) + draw(st.binary(min_size=1, max_size=8)) + bytes(data[at:])


deep_nesting = st.builds(
    lambda n, opener, closer: (opener * n + closer * n).encode(),
    st.integers(20, 200_000),
    st.sampled_from(["[", '{"a":']),
    st.sampled_from(["]", "}"]),
)
huge_numbers = st.sampled_from(
    [
        b'{"format": "ipsfidelity-assessment", "format_version": 1e400}',
        b'{"format": "ipsfidelity-assessment", "format_version": ' + b"9" * 5000 + b"}",
        b"1" * 100_000,
        b"-1e-99999",
        b"NaN",
        b'{"x": Infinity}',
    ]
)
other_bytes = st.one_of(
    st.binary(max_size=300),
    st.text(max_size=200).map(str.encode),
    json_values.map(lambda v: json.dumps(v).encode()),
    st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe{\x00}\x00", b"null", b"[]", b'""']),
)
malformed = st.one_of(mutated_documents(), byte_damage(), deep_nesting, huge_numbers, other_bytes)


# A value echoed from the file must not break the one-line message: the failure hypothesis
# once found (a newline as the format version), pinned so that every run tries it.
NEWLINE_VERSION = b'{"format": "ipsfidelity-assessment", "format_version": "\\n"}'


# -- tests ---------------------------------------------------------------------


@pytest.mark.slow
@settings(max_examples=3000, deadline=None)
@given(data=malformed)
@example(data=NEWLINE_VERSION)
def test_parser_raises_only_user_errors(data: bytes) -> None:
    try:
        parse_exchange_bytes(data, "fuzz.json")
    except UserError as exc:
        message = str(exc)
        assert message.startswith("fuzz.json") or "fuzz.json" in message
        assert "\n" not in message and "Traceback" not in message


def content_hash(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()
    finally:
        conn.close()


@pytest.fixture(scope="module")
def fuzz_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("fuzz") / "fuzz.sqlite3"
    _VALID.update(make_valid_db(path))
    return path


@pytest.mark.slow
@settings(
    max_examples=400,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.one_of(mutated_documents(), byte_damage(), huge_numbers, other_bytes))
@example(data=NEWLINE_VERSION)
def test_import_command_refuses_cleanly_and_changes_nothing(fuzz_db: Path, data: bytes) -> None:
    file = fuzz_db.with_name("incoming.json")
    file.write_bytes(data)
    before = content_hash(fuzz_db)
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main(["--db", str(fuzz_db), "import", str(file)])
    event(f"exit {code}: {err.getvalue().rsplit('json', 1)[-1][:30] if code else ''}")
    if code == 0:
        return  # a mutation that is still a valid, newer file may import
    assert code == 2
    lines = err.getvalue().strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("ipsfidelity: "), err.getvalue()
    assert "Uventet" not in lines[0], lines[0]  # the message for an unexpected exception
    assert content_hash(fuzz_db) == before


BREAKS = ["\n", "\r", "\r\n", "\x00", "\x0b", "\x0c", "\x1c", "\x1e", "\x85", "\u2028", "\u2029"]


@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("brk", BREAKS, ids=[repr(b) for b in BREAKS])
def test_a_value_from_a_file_is_escaped_into_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], brk: str, lang: str
) -> None:
    """Every line break str.splitlines() knows, echoed as the format version and as the
    file's own name."""
    set_language(lang)
    version = json.dumps({"format": "ipsfidelity-assessment", "format_version": f"1{brk}2"})
    for name, text in [("version.json", version), (f"a{brk}b.json", "{")]:
        try:
            parse_exchange_bytes(text.encode(), name)
        except UserError as exc:
            message = str(exc)
        else:
            pytest.fail(f"{name!r} was accepted")
        assert len(message.splitlines()) == 1, message
        escaped = brk.encode("unicode_escape").decode()
        assert escaped in message, message  # the value is shown, as an escape
    file = tmp_path / "newline.json"
    file.write_bytes(NEWLINE_VERSION)
    assert main(["--lang", lang, "--db", str(tmp_path / "db.sqlite3"), "import", str(file)]) == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "\\n" in err, err


def test_escaping_keeps_numbers_and_ordinary_text_as_they_are() -> None:
    set_language("da")
    # Tabs and newlines are escaped; Danish letters, quotes and spaces are not.
    assert tr("import.wrong_version", version="Æ ø\t«x»", supported=1) == (
        "formatversion Æ ø\\t«x» understøttes ikke (denne version læser 1)"
    )
    assert tr("import.wrong_version", version=Path("a\nb"), supported=2.5).endswith(
        "a\\nb understøttes ikke (denne version læser 2.5)"
    )
