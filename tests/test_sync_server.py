"""A laptop (a real SQLite file) against the real PostgreSQL server the tests start:
send, fetch, a conflict, and a sync broken off half-way with nothing half-written."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text

from ipsfidelity.cli import main
from ipsfidelity.errors import UserError
from ipsfidelity.exchange import sync as sync_module
from ipsfidelity.exchange.preview import Status
from ipsfidelity.exchange.sync import apply_sync, preview_sync, server_label
from ipsfidelity.store import Store, open_store
from tests.merge_help import record

pytestmark = pytest.mark.postgres
TODAY = dt.date.today()


def _review(store: Store, team_name: str) -> tuple[str, list[str]]:
    team = store.create_team(team_name)
    review = store.create_assessment(team.id, TODAY, reviewers=["Anna"])
    elements = list(store.pack_for(review).element_ids)
    for e in elements[:3]:
        store.set_rating(review.id, e, "met")
    return review.id, elements


def _digest(store: Store) -> list[tuple]:
    with store.engine.connect() as conn:
        return [
            tuple(conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in tables)
            for tables in [("team", "assessment", "rating", "history", "action_item")]
        ] + [sorted(conn.execute(text("SELECT id, rating FROM rating")).all())]


def test_send_fetch_and_a_conflict(pg_url: str, tmp_path: Path) -> None:
    laptop = open_store(str(tmp_path / "laptop.sqlite3"))
    other = open_store(str(tmp_path / "other.sqlite3"))
    aid, els = _review(laptop, "IPS Køge")
    theirs, _ = _review(other, "IPS Roskilde")

    preview = preview_sync(laptop, pg_url)
    assert [r.status for r in preview.send.reviews] == [Status.NEW]
    assert preview.fetch.reviews == []
    result = apply_sync(laptop, preview)
    assert (result.sent.created, result.fetched.created) == (1, 0)
    apply_sync(other, preview_sync(other, pg_url))  # the other laptop sends, and fetches ours
    assert {a.id for a in other.list_assessments()} == {aid, theirs}
    apply_sync(laptop, preview_sync(laptop, pg_url))  # ours fetches theirs
    assert record(laptop, theirs) == record(other, theirs)

    # Both edit the same element: a conflict, listed once, resolved for both sides.
    laptop.set_rating(aid, els[0], "not_met")
    other.set_rating(aid, els[0], "partial")
    apply_sync(other, preview_sync(other, pg_url))
    preview = preview_sync(laptop, pg_url)
    (c,) = preview.fetch.conflicts
    assert (c.local, c.incoming) == ("Ikke opfyldt", "Delvist opfyldt")
    before = _digest(open_store(pg_url))
    with pytest.raises(UserError):
        apply_sync(laptop, preview)  # unanswered
    assert _digest(open_store(pg_url)) == before
    apply_sync(laptop, preview, {c.id: "local"})
    server = open_store(pg_url)
    assert server.get_assessment(aid).ratings[els[0]].rating == "not_met"
    assert laptop.get_assessment(aid).ratings[els[0]].rating == "not_met"
    apply_sync(other, preview_sync(other, pg_url))
    assert record(other, aid) == record(laptop, aid) == record(server, aid)
    again = preview_sync(laptop, pg_url)
    assert not again.send.has_changes and not again.fetch.has_changes
    for s in (laptop, other, server):
        s.close()


def test_a_sync_broken_off_half_way_leaves_both_as_they_were(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    laptop = open_store(str(tmp_path / "laptop.sqlite3"))
    other = open_store(str(tmp_path / "other.sqlite3"))
    _review(laptop, "IPS Køge")
    _review(other, "IPS Roskilde")
    apply_sync(other, preview_sync(other, pg_url))
    server = open_store(pg_url)
    before_server, before_laptop = _digest(server), _digest(laptop)
    preview = preview_sync(laptop, pg_url)
    assert preview.send.has_changes and preview.fetch.has_changes

    real = sync_module.apply_in

    def cut_off(writer, *args, **kwargs):  # the server's connection dies after its writes
        result = real(writer, *args, **kwargs)
        conn = writer.conn
        if conn.dialect.name == "postgresql":
            pid = conn.execute(text("SELECT pg_backend_pid()")).scalar_one()
            admin = pg_url.replace("postgresql+psycopg://", "postgresql://")
            with psycopg.connect(admin, autocommit=True) as killer:
                killer.execute("SELECT pg_terminate_backend(%s)", (pid,))
        return result

    monkeypatch.setattr(sync_module, "apply_in", cut_off)
    with pytest.raises(UserError) as failed:
        apply_sync(laptop, preview)
    assert "intet er ændret" in str(failed.value) and "\n" not in str(failed.value)
    server.engine.dispose()
    assert _digest(server) == before_server
    assert _digest(laptop) == before_laptop
    monkeypatch.setattr(sync_module, "apply_in", real)
    apply_sync(laptop, preview_sync(laptop, pg_url))  # retried: now it goes through
    assert len(laptop.list_assessments()) == len(server.list_assessments()) == 2
    for s in (laptop, other, server):
        s.close()


def test_cli_sync_and_no_password_in_the_url(pg_url: str, tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "laptop.sqlite3")
    with_pw = pg_url.replace("@", ":hemmelig@", 1)
    assert main(["--db", db, "sync", with_pw]) == 2
    err = capsys.readouterr().err
    assert "pgpass" in err and "hemmelig" not in err
    laptop = open_store(db)
    _review(laptop, "IPS Køge")
    laptop.close()
    assert main(["--db", db, "sync", "--dry-run", pg_url]) == 0
    assert "Ny" in capsys.readouterr().out
    assert main(["--db", db, "sync", pg_url]) == 0
    assert "sendt: 1" in capsys.readouterr().out
    assert main(["--db", db, "sync", "postgresql+psycopg://nobody@127.0.0.1:1/x"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Kan ikke forbinde" in err
    assert server_label(pg_url) == pg_url
