"""Migration 0003 on both backends, from 0002 with data: existing ratings become the
consensus, the reviewer names stay, complete reviews become finished and every review's
state is written into its history as set by the upgrade."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from ipsfidelity.errors import UserError
from ipsfidelity.packs import DEFAULT_PACK, get_pack
from ipsfidelity.store import open_store
from ipsfidelity.store.database import make_engine, resolve_url, upgrade

TEAM = "11111111-1111-4111-8111-111111111111"
COMPLETE = "22222222-2222-4222-8222-222222222222"
PARTIAL = "33333333-3333-4333-8333-333333333333"
CONSULTANT = "44444444-4444-4444-8444-444444444444"
STAMP = "2026-03-01 10:00:00"


def _rows_at_0002() -> list[tuple[str, dict[str, object]]]:
    pack = get_pack(*DEFAULT_PACK)
    rows: list[tuple[str, dict[str, object]]] = [
        (
            "INSERT INTO team (id, name, municipality, psychiatry, clinics, created_at, "
            "updated_at) VALUES (:id, 'IPS Brøndby', '', '', '', :s, :s)",
            {"id": TEAM, "s": STAMP},
        ),
        (
            "INSERT INTO consultant (id, team_id, name, created_at, updated_at) "
            "VALUES (:id, :team, 'Søren Ærø', :s, :s)",
            {"id": CONSULTANT, "team": TEAM, "s": STAMP},
        ),
    ]
    for aid, reviewers in ((COMPLETE, ["Åse", "Bo"]), (PARTIAL, ["Åse"])):
        rows.append(
            (
                "INSERT INTO assessment (id, team_id, date, period, instrument_id, "
                "instrument_version, reviewers, created_at, updated_at) VALUES "
                "(:id, :team, '2026-03-01', '2026-Q1', 'dk-minimum', '1', :r, :s, :s)",
                {"id": aid, "team": TEAM, "r": json.dumps(reviewers), "s": STAMP},
            )
        )
    elements = pack.element_ids
    for i, e in enumerate(elements):
        for aid in (COMPLETE, PARTIAL) if i < 5 else (COMPLETE,):
            rows.append(
                (
                    "INSERT INTO rating (id, assessment_id, element_id, principle_id, rating, "
                    "note, evidence, updated_at) VALUES (:id, :a, :e, :p, 'met', 'ok', '[]', :s)",
                    {
                        "id": f"{aid[:8]}-0000-4000-8000-{i:012d}",
                        "a": aid,
                        "e": e,
                        "p": pack.principle_of(e).id,
                        "s": STAMP,
                    },
                )
            )
    rows.append(
        (
            "INSERT INTO caseload_entry (id, assessment_id, consultant_id, position, fte, "
            "ips_cases, other_cases, updated_at) VALUES "
            "('55555555-5555-4555-8555-555555555555', :a, :c, 0, 1.0, 15, 0, :s)",
            {"a": COMPLETE, "c": CONSULTANT, "s": STAMP},
        )
    )
    return rows


def test_upgrade_to_0003_sets_states_and_keeps_ratings_as_consensus(any_url: str) -> None:
    engine = make_engine(resolve_url(any_url))
    upgrade(engine, "0002")
    with engine.begin() as conn:
        for sql, params in _rows_at_0002():
            conn.execute(text(sql), params)
    upgrade(engine)
    engine.dispose()

    store = open_store(any_url)
    complete, partial = store.get_assessment(COMPLETE), store.get_assessment(PARTIAL)
    assert complete.info.reviewers == ("Åse", "Bo") and partial.info.reviewers == ("Åse",)
    assert len(complete.ratings) == 14 and len(partial.ratings) == 5
    assert all(r.rating == "met" and r.note == "ok" for r in complete.ratings.values())
    assert (complete.info.state, complete.info.kind) == ("finished", "independent")
    assert partial.info.state == "draft"
    life = store.lifecycle(COMPLETE)
    assert life.finished_at == complete.info.updated_at and life.signoffs == ()
    for aid, state in ((COMPLETE, "finished"), (PARTIAL, "draft")):
        (entry,) = store.history(aid)
        assert (entry.subject, entry.field, entry.old, entry.new) == (
            "upgrade",
            "state",
            None,
            state,
        )
    assert store.reviewer_ratings(COMPLETE) == {}  # who gave which rating was never recorded
    with pytest.raises(UserError, match="afsluttet"):
        store.set_rating(COMPLETE, "P1.1", "partial")
    store.reopen(COMPLETE, "Opgraderet vurdering rettes")
    store.set_rating(COMPLETE, "P1.1", "partial")
    store.set_rating(PARTIAL, "P8.2", "partial")  # a draft stays editable
    store.close()
