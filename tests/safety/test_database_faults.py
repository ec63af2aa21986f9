"""A database the app cannot use is named in one Danish line with what to do, and is left alone.

Issue 12: a missing table, an unknown (newer) revision and two version rows crashed with
SQL in the message (and left a `.before-9999.bak` behind); a full disk said "disk I/O
error" in English; a read-only folder refused even reads; PostgreSQL's "permission denied"
was reported as a network problem.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import hashlib
import json
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event, text

from ipsfidelity.cli import main
from ipsfidelity.errors import UserError
from ipsfidelity.store import Store, open_store
from ipsfidelity.store.views import CaseloadInfo


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def filled(tmp_path: Path) -> tuple[Path, str]:
    """A settled SQLite file with one team and one scored assessment; its path and id."""
    db = tmp_path / "data" / "ipsfidelity.sqlite3"
    store = open_store(str(db))
    team = store.create_team("IPS Tårnby")
    a = store.create_assessment(team.id, dt.date(2026, 10, 1))
    store.set_rating(a.id, "P1.1", "met", note="ok")
    store.set_caseload(a.id, [CaseloadInfo("Kim", 0.8, 15, 2)])
    store.close()
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return db, a.id


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(args))
    gc.collect()  # the command's pooled connections close now, not during the next one
    out, err = capsys.readouterr()
    return code, out, err


def one_danish_line(err: str) -> str:
    assert err.count("\n") == 1 and err.startswith("ipsfidelity: "), err
    for english in ("error", "[sql", "select ", "no such", "traceback", "uventet"):
        assert english not in err.lower(), err
    return err


def damage(db: Path, sql: str) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute(sql)
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


@pytest.mark.parametrize(
    ("sql", "expect"),
    [
        ("DROP TABLE rating", "mangler tabellen »rating«"),
        (
            "UPDATE alembic_version SET version_num = '9999'",
            "lavet af en nyere version af ipsfidelity",
        ),
        ("INSERT INTO alembic_version VALUES ('0001')", "2 versionsmarkeringer"),
    ],
)
def test_a_database_this_version_cannot_read_is_named_and_left_alone(
    filled: tuple[Path, str], capsys: pytest.CaptureFixture[str], sql: str, expect: str
) -> None:
    db, aid = filled
    damage(db, sql)
    before = sha(db)
    pdf = str(db.parent / "r.pdf")
    for args in (
        ["teams"],
        ["assessments"],
        ["score", aid],
        ["report", aid, "--out", pdf],
        ["demo"],
    ):
        code, _, err = run(capsys, "--db", str(db), *args)
        assert code == 2, args
        assert expect in one_danish_line(err), args
    assert sha(db) == before
    assert sorted(p.name for p in db.parent.iterdir() if not p.name.startswith(db.name)) == []


def test_a_newer_database_on_postgresql_says_so(pg_url: str) -> None:
    open_store(pg_url).close()
    import psycopg

    with psycopg.connect(pg_url.replace("+psycopg", ""), autocommit=True) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(UserError, match="lavet af en nyere version af ipsfidelity"):
        open_store(pg_url)


def _fill_up(store: Store) -> None:
    """Every new connection may grow the file by no page: SQLite then answers SQLITE_FULL,
    as on a full disk."""
    store.engine.dispose()

    @event.listens_for(store.engine, "connect")
    def _no_room(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")


def test_a_full_disk_is_said_in_danish_and_loses_nothing(filled: tuple[Path, str]) -> None:
    db, aid = filled
    store = open_store(str(db))
    _fill_up(store)
    with pytest.raises(UserError, match="disken er fuld") as caught:
        store.set_rating(aid, "P1.2", "met", note="lang note " * 20_000)
    assert "\n" not in str(caught.value) and "disk I/O" not in str(caught.value)
    assert store.get_assessment(aid).ratings["P1.1"].note == "ok"  # reads still work
    assert "P1.2" not in store.get_assessment(aid).ratings
    store.close()


@contextlib.contextmanager
def immutable(path: Path) -> Iterator[None]:
    """chattr +i: even root may not change the file, or add files to the folder."""
    try:
        subprocess.run(["chattr", "+i", str(path)], check=True, capture_output=True)
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("chattr +i is not available here (needs root on ext2/3/4)")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True, capture_output=True)


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_database_still_reads_and_says_why_a_write_fails(
    filled: tuple[Path, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    what: str,
) -> None:
    db, aid = filled
    exported = tmp_path / "a.json"
    assert run(capsys, "--db", str(db), "export", aid, str(exported))[0] == 0
    doc = json.loads(exported.read_text(encoding="utf-8"))
    doc["assessment"]["updated_at"] = "2026-12-24T10:00:00+01:00"
    doc["assessment"]["ratings"][0]["note"] = "Ændret på en anden maskine"  # something to write
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(doc), encoding="utf-8")
    before = sha(db)
    pdf = tmp_path / "r.pdf"
    with immutable(db if what == "file" else db.parent):
        assert os.access(db if what == "file" else db.parent, os.W_OK) is False
        code, out, _ = run(capsys, "--db", str(db), "teams")
        assert code == 0 and "IPS Tårnby" in out
        assert run(capsys, "--db", str(db), "score", aid)[0] == 0
        assert run(capsys, "--db", str(db), "overview")[0] == 0
        assert run(capsys, "--db", str(db), "report", aid, "--out", str(pdf))[0] == 0
        code, _, err = run(capsys, "--db", str(db), "import", str(changed))
        assert code == 2
        assert "skrivebeskyttet" in one_danish_line(err)
        store = open_store(str(db))
        assert [t.name for t in store.list_teams()] == ["IPS Tårnby"]
        with pytest.raises(UserError, match="skrivebeskyttet"):
            store.create_team("IPS Kastrup")
        store.close()
        gc.collect()
    assert pdf.stat().st_size > 1000
    assert sha(db) == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file whatever its mode")
def test_an_unreadable_file_has_its_own_message(
    filled: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    db, _ = filled
    db.chmod(0)
    try:
        code, _, err = run(capsys, "--db", str(db), "teams")
    finally:
        db.chmod(0o600)
    assert code == 2 and "du har ikke adgang til filen" in one_danish_line(err)


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://kim:hemmelig@db.example:notaport/ips",
        "postgresql://kim:hemmelig@db.example:99999/ips",
        "postgresql://kim:hemmelig@[::1/ips",
    ],
)
def test_a_malformed_postgresql_url_is_named_without_its_password(
    capsys: pytest.CaptureFixture[str], url: str
) -> None:
    code, _, err = run(capsys, "--db", url, "teams")
    assert code == 2
    assert "er ikke gyldig; skriv den som postgresql://" in one_danish_line(err)
    assert "hemmelig" not in err and "netværk" not in err


@pytest.mark.postgres
def test_postgresql_permission_denied_is_not_called_a_network_problem(
    pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    import psycopg

    open_store(pg_url).close()
    role = f"lowly_{os.getpid()}"
    admin = pg_url.replace("+psycopg", "")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP ROLE IF EXISTS "{role}"')
        conn.execute(f'CREATE ROLE "{role}" LOGIN')
    try:
        user, _ = pg_url.split("://", 1)[1].split("@", 1)
        lowly = pg_url.replace(f"{user}@", f"{role}@", 1)
        code, _, err = run(capsys, "--db", lowly, "teams")
        assert code == 2
        line = one_danish_line(err)
        assert "nægter adgang" in line and "netværk" not in line
    finally:
        gc.collect()
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s",
                (role,),
            )
            conn.execute(f'DROP ROLE IF EXISTS "{role}"')
    with psycopg.connect(admin) as conn:
        assert conn.execute(text("SELECT 1").text).fetchone() == (1,)
