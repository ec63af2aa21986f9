"""The report's light read path (`store/sqlite_reader.py`): the very same values, order and
messages as `Store`, read-only, never waiting for a writer; and only used on a current file."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import JSON, Date, Enum, Float, Integer, String

from ipsfidelity.demo import fill_demo
from ipsfidelity.errors import UserError
from ipsfidelity.i18n import set_language, tr
from ipsfidelity.instrument import default_pack
from ipsfidelity.report.content import gather, personal_data_notes
from ipsfidelity.store import Store, open_store
from ipsfidelity.store import models as m
from ipsfidelity.store import sqlite_reader as sr
from ipsfidelity.store.database import sqlite_path
from ipsfidelity.store.location import SCHEMA_HEAD, plain_sqlite_file, resolve_url
from ipsfidelity.store.sqlite_reader import SQLiteReader, open_current
from ipsfidelity.store.views import CaseloadInfo
from tests.safety.test_schema_upgrades import load_snapshot

CPR = "2512841234"
GENERATED = dt.date(2027, 1, 15)  # after every demo deadline: carried-over items are overdue
AMBIGUOUS = ("abcd0000-0000-4000-8000-000000000001", "abcd0000-0000-4000-8000-000000000002")


def add_edge_cases(store: Store) -> dict[str, str]:
    """Beside the demo: a team with no agreement, a lone unfinished review, a review
    whose note holds a CPR number, two ids that share a prefix."""
    pack = default_pack()
    team = store.create_team("IPS Ærø", "Ærø", "Psykiatrisk Center Øst", "OPUS Ærøskøbing")
    lone = store.create_assessment(team.id, dt.date(2026, 4, 1), reviewers=["Åse Bøgh"])
    store.set_rating(lone.id, pack.element_ids[0], "met", note="Kun det første element")
    store.set_rating(
        lone.id, pack.element_ids[1], "not_met", evidence=["record_review", "interview"]
    )
    store.add_action_item(lone.id, "Et punkt uden frist", elements=[pack.element_ids[1]])
    for aid in AMBIGUOUS:
        store.create_assessment(team.id, dt.date(2026, 10, 1), assessment_id=aid)
    store.set_caseload(AMBIGUOUS[0], [CaseloadInfo("Bjørn", 0.5, 10, 2)])
    # Two reviewers' own caseload readings (the report's annex prints them), one adopted.
    pair = store.create_assessment(team.id, dt.date(2026, 6, 1), reviewers=["Åse Bøgh", "Ib Lund"])
    store.set_reviewer_caseload(
        pair.id, "Åse Bøgh", [CaseloadInfo("Bjørn", 0.75, 14, 3), CaseloadInfo("Eja", 1.0, 20, 0)]
    )
    store.set_reviewer_caseload(pair.id, "Ib Lund", [CaseloadInfo("Bjørn", 0.75, 16, 3)])
    store.adopt_caseload(pair.id, "Ib Lund")

    hillerod = store.find_team("IPS Hillerød").id
    flagged = store.list_assessments(hillerod)[0].id
    element = sorted(store.get_assessment(flagged).ratings)[3]
    store.reopen(flagged, "Note rettet efter afslutning")  # the demo's reviews are finished
    store.set_rating(flagged, element, note=f"Jf. journal for {CPR}")
    return {"team": team.id, "lone": lone.id, "flagged": flagged, "pair": pair.id}


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, dict[str, str]]]:
    path = tmp_path_factory.mktemp("reader") / "demo.sqlite3"
    store = open_store(str(path))
    fill_demo(store)
    cases = add_edge_cases(store)
    store.close()
    yield path, cases


@pytest.fixture
def both(demo_file: tuple[Path, dict[str, str]]) -> Iterator[tuple[Store, SQLiteReader]]:
    path, _ = demo_file
    store = open_store(str(path))
    reader = open_current(path)
    assert reader is not None
    yield store, reader
    reader.close()
    store.close()


def test_the_demo_covers_the_cases(
    both: tuple[Store, SQLiteReader], demo_file: tuple[Path, dict[str, str]]
) -> None:
    store, _ = both
    _, cases = demo_file
    infos = store.list_assessments()
    assert any(store.previous_assessment(a.id) is None for a in infos)
    assert any(store.agreement_for(a.team_id, a.date) is None for a in infos)
    assert any(store.score(a.id).unrated for a in infos)
    rows = [r for a in infos for r in store.action_plan_rows(a.id, today=GENERATED)]
    assert any(r.carried for r in rows) and any(r.overdue for r in rows)
    assert any(store.action_plan(a.id) == [] for a in infos)
    assert any(store.get_assessment(a.id).caseload == () for a in infos)
    assert personal_data_notes(store, cases["flagged"])
    assert len(store.reviewer_caseloads(cases["pair"])) == 2
    lives = [store.lifecycle(a.id) for a in infos]
    assert {life.state for life in lives} == {"draft", "consensus", "finished"}
    assert any(life.reopenings for life in lives) and any(life.kind == "self" for life in lives)


@pytest.mark.parametrize("lang", ["da", "en"])
def test_gather_is_the_same_for_every_assessment(
    both: tuple[Store, SQLiteReader], lang: str
) -> None:
    store, reader = both
    infos = store.list_assessments()
    assert len(infos) > 16
    for a in infos:
        for mask in (False, True):
            expected = gather(store, a.id, lang, generated=GENERATED, mask_personal_data=mask)
            got = gather(reader, a.id, lang, generated=GENERATED, mask_personal_data=mask)
            assert got == expected, a.id
            assert len(got.reopenings) == len(store.lifecycle(a.id).reopenings)
            # Dict equality ignores order; the report's personal-data list does not.
            assert list(got.data.ratings) == list(expected.data.ratings)
        assert personal_data_notes(reader, a.id) == personal_data_notes(store, a.id)


def test_every_read_is_the_same(both: tuple[Store, SQLiteReader]) -> None:
    store, reader = both
    today = dt.date.today()
    for a in store.list_assessments():
        assert reader.get_assessment(a.id) == store.get_assessment(a.id)
        assert reader.previous_assessment(a.id) == store.previous_assessment(a.id)
        assert reader.previous_assessment(a.id, same_kind=True) == store.previous_assessment(
            a.id, same_kind=True
        )
        assert reader.lifecycle(a.id) == store.lifecycle(a.id)
        assert reader.history(a.id) == store.history(a.id)  # the report's reopening stories
        assert reader.reviewer_ratings(a.id) == store.reviewer_ratings(a.id)
        assert reader.reviewer_caseloads(a.id) == store.reviewer_caseloads(a.id)
        assert reader.action_plan(a.id) == store.action_plan(a.id)
        assert reader.action_plan_rows(a.id) == store.action_plan_rows(a.id)
        for day in (a.date, a.date - dt.timedelta(days=400), GENERATED):
            assert reader.action_plan_rows(a.id, day, "en") == store.action_plan_rows(
                a.id, day, "en"
            )
    assert reader.list_teams() == store.list_teams()  # same order too
    for t in store.list_teams():
        assert reader.outcome_trend(t.id) == store.outcome_trend(t.id)
        for day in (None, today, dt.date(2024, 1, 15), dt.date(2024, 1, 14), dt.date(2026, 6, 1)):
            assert reader.agreement_for(t.id, day) == store.agreement_for(t.id, day)
    info = reader.get_assessment(store.list_assessments()[0].id).info
    assert info.created_at.tzinfo is dt.UTC and isinstance(info.reviewers, tuple)


def outcome(source: object, method: str, *args: object) -> object:
    """What a call gives back, or the message of the UserError it raises."""
    try:
        return getattr(source, method)(*args)
    except UserError as exc:
        return UserError, str(exc)


def test_refs_and_messages_are_the_same(both: tuple[Store, SQLiteReader]) -> None:
    store, reader = both
    refs = ["abc", "  ab ", "ffffffff", "abcd", "ABCD0000", "abcd0000-0000", "%%%%", "abc%", "____"]
    for a in store.list_assessments():
        refs += [a.id, a.id[:8], f"  {a.id[:6].upper()}  ", a.id[:4]]
    for ref in refs:
        got = outcome(reader, "resolve_assessment", ref)
        assert got == outcome(store, "resolve_assessment", ref), ref
    for lang in ("da", "en"):
        set_language(lang)
        for ref, key in [
            (" ABC ", "assessment.prefix_short"),
            ("ffffffff", "assessment.not_found"),
            ("ABCD0000", "assessment.ambiguous"),
        ]:
            expected = (UserError, tr(key, ref=ref.strip().lower()))
            assert outcome(reader, "resolve_assessment", ref) == expected
            assert outcome(store, "resolve_assessment", ref) == expected
        for method in (
            "get_assessment",
            "previous_assessment",
            "action_plan_rows",
            "reviewer_caseloads",
        ):
            expected = (UserError, tr("assessment.not_found", ref="no-such-id"))
            assert outcome(reader, method, "no-such-id") == expected
            assert outcome(store, method, "no-such-id") == expected
        expected = (UserError, tr("team.not_found", ref="no-such-team"))
        assert outcome(reader, "outcome_trend", "no-such-team") == expected
        assert outcome(store, "outcome_trend", "no-such-team") == expected
        assert reader.agreement_for("no-such-team") is None
        assert store.agreement_for("no-such-team") is None
    set_language("da")


def test_column_conversions_match_the_models() -> None:
    """Every Date, UTCDateTime and JSON column of the schema is converted by the reader,
    and nothing else is; every column it reads exists."""
    kinds = {Date: sr.DATE_COLUMNS, m.UTCDateTime: sr.STAMP_COLUMNS, JSON: sr.JSON_COLUMNS}
    tables = m.Base.metadata.tables
    for table in tables.values():
        for column in table.columns:
            where = f"{table.name}.{column.name}"
            for kind, names in kinds.items():
                assert isinstance(column.type, kind) == (column.name in names), where
            # sqlite3 gives these back as SQLAlchemy does; a Boolean, Numeric, Enum or
            # Time column would need a conversion in the reader first.
            assert isinstance(column.type, (*kinds, String, Integer, Float)), where
            assert not isinstance(column.type, Enum), where  # an Enum is a String
    read = {
        "team": sr.TEAM,
        "assessment": sr.ASSESSMENT,
        "rating": sr.RATING,
        "caseload_entry": sr.CASELOAD,
        "agreement": sr.AGREEMENT,
        "action_item": sr.ACTION_ITEM,
        "outcome": sr.OUTCOME,
    }
    for name, columns in read.items():
        assert set(columns) <= set(tables[name].columns.keys()), name


def test_reads_never_write(demo_file: tuple[Path, dict[str, str]]) -> None:
    path, _ = demo_file
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    reader = open_current(path)
    assert reader is not None
    with reader:
        ids = [r[0] for r in reader._conn.execute("SELECT id FROM assessment")]
        for aid in ids:
            gather(reader, aid, generated=GENERATED)
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            reader._conn.execute("DELETE FROM team")
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_a_writer_holding_the_lock_neither_waits_nor_is_disturbed(
    both: tuple[Store, SQLiteReader], demo_file: tuple[Path, dict[str, str]]
) -> None:
    store, _ = both
    path, _cases = demo_file
    aid = store.list_assessments()[0].id
    expected = gather(store, aid, generated=GENERATED)
    writer = sqlite3.connect(path, isolation_level=None, timeout=0.1)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE team SET name = name || ' (ændret)'")
        start = time.monotonic()
        reader = open_current(path)  # the probe does not wait either
        assert reader is not None
        with reader:
            assert gather(reader, aid, generated=GENERATED) == expected  # the last commit
            assert reader.resolve_assessment(aid[:8]) == aid
        assert time.monotonic() - start < 5  # the reader's busy timeout is 15 s
        # The writer still holds its lock and its change (its timeout is 0.1 s).
        writer.execute("UPDATE team SET municipality = municipality")
        assert writer.execute("SELECT count(*) FROM team WHERE name LIKE '%(ændret)'").fetchone()[
            0
        ] == len(store.list_teams())
    finally:
        writer.execute("ROLLBACK")
        writer.close()


# -- only on a current, sound SQLite file -------------------------------------------


def _set_version(path: Path, *versions: str) -> None:
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("DELETE FROM alembic_version")
        conn.executemany("INSERT INTO alembic_version VALUES (?)", [(v,) for v in versions])
    conn.close()


def test_open_current_on_the_current_schema(demo_file: tuple[Path, dict[str, str]]) -> None:
    path, _ = demo_file
    reader = open_current(path)
    assert reader is not None
    reader.close()


@pytest.mark.parametrize(
    "case",
    [
        "missing",
        "empty",
        "directory",
        "not_sqlite",
        "truncated",
        "old_schema",
        "newer_schema",
        "two_versions",
        "no_version_table",
        "garbage_pages",
    ],
)
def test_open_current_refuses(case: str, tmp_path: Path, demo_file: tuple[Path, dict]) -> None:
    path = tmp_path / "db.sqlite3"
    demo = demo_file[0].read_bytes()
    if case == "empty":
        path.touch()
    elif case == "directory":
        path.mkdir()
    elif case == "not_sqlite":
        path.write_text("name;team\nIPS Ærø;1\n" * 300, encoding="utf-8")
    elif case == "truncated":
        path.write_bytes(demo[: len(demo) // 2 + 100])
    elif case == "old_schema":
        load_snapshot("0001", path)
    elif case in ("newer_schema", "two_versions", "no_version_table"):
        path.write_bytes(demo)
        if case == "newer_schema":
            _set_version(path, "9999")
        elif case == "two_versions":
            _set_version(path, SCHEMA_HEAD, "9999")
        else:
            conn = sqlite3.connect(path)
            conn.execute("DROP TABLE alembic_version")
            conn.close()
    elif case == "garbage_pages":
        path.write_bytes(demo[:4096] + b"\xa5" * (len(demo) - 4096))
    assert open_current(path) is None


def test_plain_sqlite_file_reads_urls_as_sqlalchemy_does(tmp_path: Path) -> None:
    urls = [
        resolve_url(str(tmp_path / "a b" / "ø.sqlite3")),
        resolve_url(str(tmp_path / "x@y:z.sqlite3")),
        "sqlite:///relative.sqlite3",
        "sqlite:////abs/file.sqlite3",
        "sqlite:///file.sqlite3?mode=ro",
        "sqlite:///with%20space.sqlite3",
        "sqlite:///hash#tag.sqlite3",
        "sqlite://",
        "sqlite:///:memory:",
        "sqlite+pysqlite:///file.sqlite3",
        resolve_url("postgresql://u@h/db"),
    ]
    for url in urls:
        path = plain_sqlite_file(url)
        assert path is None or path == sqlite_path(url), url
    assert plain_sqlite_file(urls[0]) == tmp_path / "a b" / "ø.sqlite3"
