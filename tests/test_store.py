"""The store on a real SQLite file and a real PostgreSQL server."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from ipsfidelity.errors import UserError
from ipsfidelity.store import Store, open_store, resolve_url
from ipsfidelity.store.database import ENV_VAR
from ipsfidelity.store.views import CaseloadInfo


def _team(store: Store, name: str = "IPS Hvidovre") -> str:
    return store.create_team(
        name, "Hvidovre", "Psykiatrisk Center Hvidovre", "F-ACT Gl. Kongevej"
    ).id


def test_team_crud_and_duplicates(any_store: Store) -> None:
    tid = _team(any_store)
    assert [t.name for t in any_store.list_teams()] == ["IPS Hvidovre"]
    assert any_store.find_team("IPS HVIDOVRE").id == tid
    with pytest.raises(UserError, match="findes allerede"):
        any_store.create_team("  ips   hvidovre ")  # same name, other case and spacing
    with pytest.raises(UserError, match="skal have et navn"):
        any_store.create_team("   ")
    any_store.create_team("IPS Østerbro")
    with pytest.raises(UserError, match="findes allerede"):
        any_store.create_team("IPS ØSTERBRO")  # Danish letters fold too, on every backend
    other = any_store.create_team("IPS Rødovre").id
    with pytest.raises(UserError, match="findes allerede"):
        any_store.update_team(other, name="IPS Hvidovre")
    updated = any_store.update_team(tid, municipality="Hvidovre Kommune")
    assert updated.municipality == "Hvidovre Kommune"
    assert any_store.find_team("ips rødovre").id == other
    any_store.delete_team(other)
    assert [t.name for t in any_store.list_teams()] == ["IPS Hvidovre", "IPS Østerbro"]


def test_assessment_ratings_and_caseload(any_store: Store) -> None:
    tid = _team(any_store)
    a = any_store.create_assessment(tid, dt.date(2026, 11, 20), reviewers=["Mette", " ", "Jens"])
    assert a.period == "2026-Q4" and a.reviewers == ("Mette", "Jens")
    assert (a.instrument_id, a.instrument_version) == ("dk-minimum", "2")  # new: the newest
    any_store.set_rating(a.id, "P3.2", "partial", note="Kun hver anden måned")
    any_store.set_rating(a.id, "P3.2", evidence=["interview", "document"])  # keeps rating and note
    rating = any_store.get_assessment(a.id).ratings["P3.2"]
    assert (rating.rating, rating.note, rating.evidence) == (
        "partial",
        "Kun hver anden måned",
        ("interview", "document"),
    )
    with pytest.raises(UserError):
        any_store.set_rating(a.id, "P9.9", "met")
    with pytest.raises(UserError):
        any_store.set_rating(a.id, "P1.1", "excellent")
    with pytest.raises(UserError):
        any_store.set_rating(a.id, "P1.1", "met", evidence=["gossip"])

    any_store.set_caseload(
        a.id, [CaseloadInfo("Birgitte", 1.0, 10, 20), CaseloadInfo("Kasper", 0.5, 13, 0)]
    )
    data = any_store.get_assessment(a.id)
    assert [c.consultant for c in data.caseload] == ["Birgitte", "Kasper"]
    score = any_store.score(a.id)
    assert score.caseload.status == "over"
    assert [c.load for c in score.caseload.consultants] == [20.0, 26.0]
    for bad in (
        CaseloadInfo("X", 0, 1, 1),
        CaseloadInfo("X", 1.5, 1, 1),
        CaseloadInfo("X", 1, -1, 0),
        CaseloadInfo("", 1, 1, 1),
    ):
        with pytest.raises(UserError):
            any_store.set_caseload(a.id, [bad])
    assert len(any_store.get_assessment(a.id).caseload) == 2  # a refused edit changes nothing

    listed = any_store.list_assessments(tid)
    assert [x.rated for x in listed] == [1]


def test_every_change_moves_updated_at(any_store: Store) -> None:
    a = any_store.create_assessment(_team(any_store), dt.date(2026, 10, 1))
    before = any_store.get_assessment(a.id).info.updated_at
    any_store.set_rating(a.id, "P1.1", "met")
    after = any_store.get_assessment(a.id).info.updated_at
    assert after > before
    assert after.tzinfo is not None


def test_deleting_a_team_deletes_its_assessments(any_store: Store) -> None:
    tid = _team(any_store)
    a = any_store.create_assessment(tid, dt.date(2026, 5, 2))
    any_store.set_rating(a.id, "P1.1", "met")
    any_store.set_caseload(a.id, [CaseloadInfo("Nanna", 1, 5, 5)])
    any_store.delete_team(tid)
    assert any_store.list_assessments() == []
    with pytest.raises(UserError):
        any_store.get_assessment(a.id)


def test_resolve_assessment_by_prefix(any_store: Store) -> None:
    tid = _team(any_store)
    a = any_store.create_assessment(
        tid, dt.date(2026, 2, 1), assessment_id="abcd1234-0000-4000-8000-000000000001"
    )
    any_store.create_assessment(
        tid, dt.date(2026, 5, 1), assessment_id="abcd9999-0000-4000-8000-000000000002"
    )
    assert any_store.resolve_assessment("abcd1") == a.id
    with pytest.raises(UserError, match="Flere"):
        any_store.resolve_assessment("abcd")
    with pytest.raises(UserError, match="for kort"):
        any_store.resolve_assessment("ab")
    with pytest.raises(UserError, match="Ingen vurdering"):
        any_store.resolve_assessment("ffff")
    # LIKE wildcards are not prefixes of a uuid: "abcd_234" must not find abcd1234-....
    for wild in ("abcd_234", "abc%", "a_c_"):
        with pytest.raises(UserError, match="Ingen vurdering"):
            any_store.resolve_assessment(wild)


def test_previous_assessment(any_store: Store) -> None:
    tid = _team(any_store)
    q1 = any_store.create_assessment(tid, dt.date(2026, 2, 1))
    q2 = any_store.create_assessment(tid, dt.date(2026, 5, 1))
    assert any_store.previous_assessment(q1.id) is None
    prev = any_store.previous_assessment(q2.id)
    assert prev is not None and prev.id == q1.id


def test_every_foreign_key_is_indexed_and_team_period_too(any_store: Store) -> None:
    insp = inspect(any_store.engine)
    for table in insp.get_table_names():
        if table == "alembic_version":
            continue
        leading = {ix["column_names"][0] for ix in insp.get_indexes(table)}
        leading |= {uq["column_names"][0] for uq in insp.get_unique_constraints(table)}
        for fk in insp.get_foreign_keys(table):
            assert fk["constrained_columns"][0] in leading, (table, fk)
    assert any(ix["column_names"] == ["team_id", "period"] for ix in insp.get_indexes("assessment"))


def test_sqlite_runs_with_wal_foreign_keys_and_busy_timeout(store: Store, db_path: Path) -> None:
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    assert stat.S_IMODE(os.stat(db_path).st_mode) == 0o600


def test_url_resolution(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "env.sqlite3"))
    assert resolve_url(None) == f"sqlite:///{tmp_path / 'env.sqlite3'}"
    assert resolve_url(str(tmp_path / "arg.sqlite3")) == f"sqlite:///{tmp_path / 'arg.sqlite3'}"
    assert resolve_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    monkeypatch.delenv(ENV_VAR)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert resolve_url(None).endswith("ipsfidelity/ipsfidelity.sqlite3")
    assert str(tmp_path / "xdg") in resolve_url(None)


def test_a_file_that_is_not_sqlite_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"This is my shopping list, not a database.\n" * 50)
    before = path.read_bytes()
    with pytest.raises(UserError, match="ikke en ipsfidelity-database"):
        open_store(str(path))
    assert path.read_bytes() == before


def test_a_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    with pytest.raises(UserError, match="ikke en ipsfidelity-database"):
        open_store(str(path))
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT name FROM sqlite_master").fetchall() == [("recipes",)]


def test_reads_do_not_wait_for_a_writer(store: Store) -> None:
    """A write transaction held open (as during a long import) must not block reads."""
    import threading
    import time

    tid = _team(store)
    hold = threading.Event()
    release = threading.Event()

    def writer() -> None:
        with store.session() as s:
            s.execute(text("UPDATE team SET clinics = 'x'"))
            hold.set()
            release.wait(10)

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        assert hold.wait(10)
        started = time.monotonic()
        assert [t.id for t in store.list_teams()] == [tid]  # sees the committed state
        assert time.monotonic() - started < 2  # not the 15 s busy timeout
    finally:
        release.set()
        thread.join()
    assert store.get_team(tid).clinics == "x"
