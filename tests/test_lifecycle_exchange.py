"""Exchange format 2 on both backends: the lifecycle travels whole, a version 1 file keeps it,
and a change to a finished review arriving by import is refused."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import text

from ipsfidelity.errors import UserError
from ipsfidelity.exchange import export_assessment, read_exchange_file
from ipsfidelity.exchange.importer import import_all
from ipsfidelity.store import Store, open_store
from ipsfidelity.store.views import CaseloadInfo
from tests.test_lifecycle import _finished, _two_reviewer_review


def _move(source: Store, target: Store, aid: str, path: Path) -> None:
    export_assessment(source, aid, path)
    import_all(target, [(str(path), read_exchange_file(path))])


def test_a_finished_review_travels_whole(any_store: Store, tmp_path: Path) -> None:
    laptop = open_store(str(tmp_path / "laptop.sqlite3"))
    aid, _ = _finished(laptop)
    with laptop.acting_as("Anna"):
        laptop.reopen(aid, "Rettelse af note")
        laptop.set_consensus(aid, "P1.1", note="Rettet")
        laptop.finish(aid, [("Anna", dt.date.today()), ("Bo", dt.date.today())])
    _move(laptop, any_store, aid, tmp_path / "review.json")

    got, sent = any_store.get_assessment(aid), laptop.get_assessment(aid)
    assert (got.ratings, got.caseload) == (sent.ratings, sent.caseload)
    assert (got.info.kind, got.info.state, got.info.reviewers) == (
        "independent",
        "finished",
        ("Anna", "Bo"),
    )
    here, there = any_store.lifecycle(aid), laptop.lifecycle(aid)
    assert here == there
    assert any_store.reviewer_ratings(aid) == laptop.reviewer_ratings(aid)
    assert any_store.agreement(aid) == laptop.agreement(aid)
    travelled = {h.id: h for h in laptop.history(aid)}
    arrived = {h.id: h for h in any_store.history(aid)}
    assert set(travelled) < set(arrived)  # plus the record of the import
    assert all(arrived[k].db_user is None for k in travelled)  # made on SQLite
    (imported,) = [h for h in arrived.values() if h.field == "imported"]
    if any_store.dialect == "postgresql":
        with any_store.engine.connect() as conn:
            assert imported.db_user == conn.execute(text("SELECT session_user")).scalar()
    with pytest.raises(UserError, match="afsluttet"):
        any_store.set_rating(aid, "P2.1", "not_met")
    laptop.close()


def test_version_1_file_keeps_the_stored_lifecycle(any_store: Store, tmp_path: Path) -> None:
    aid, elements = _two_reviewer_review(any_store)
    path = tmp_path / "v2.json"
    export_assessment(any_store, aid, path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    a = doc["assessment"]
    for key in ("contents", "kind", "state", "caseload_unavailable", "finished_at"):
        a.pop(key)
    for key in ("reviewer_ratings", "signoffs", "reopenings", "history"):
        a.pop(key)
    doc["format_version"] = 1
    a["ratings"] = [{"element": e, "rating": "partial"} for e in elements]
    a["updated_at"] = (dt.datetime.now(dt.UTC) + dt.timedelta(minutes=1)).isoformat()
    v1 = tmp_path / "v1.json"
    v1.write_text(json.dumps(doc), encoding="utf-8")
    own = any_store.reviewer_ratings(aid)
    import_all(any_store, [(str(v1), read_exchange_file(v1))])
    assert {r.rating for r in any_store.get_assessment(aid).ratings.values()} == {"partial"}
    assert any_store.reviewer_ratings(aid) == own  # the version 1 file knew nothing of them
    assert any_store.lifecycle(aid).state == "consensus"


def test_import_cannot_change_a_finished_review(any_store: Store, tmp_path: Path) -> None:
    aid, _ = _finished(any_store)
    laptop = open_store(str(tmp_path / "laptop.sqlite3"))
    path = tmp_path / "finished.json"
    export_assessment(any_store, aid, path)
    import_all(laptop, [(str(path), read_exchange_file(path))])
    laptop.reopen(aid, "Ændret på den bærbare")
    laptop.set_caseload(aid, [CaseloadInfo("Ny", 1.0, 5, 0)])
    newer = tmp_path / "newer.json"
    export_assessment(laptop, aid, newer)
    before = any_store.get_assessment(aid)
    with pytest.raises(UserError, match="Genåbn"):
        import_all(any_store, [(str(newer), read_exchange_file(newer))])
    assert any_store.get_assessment(aid) == before
    one = tmp_path / "one.json"
    export_assessment(laptop, aid, one, reviewer="Anna")
    with pytest.raises(UserError, match="Genåbn"):
        import_all(any_store, [(str(one), read_exchange_file(one))])
    laptop.close()
