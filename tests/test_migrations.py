"""Migrations: the models and the migration scripts agree, and upgrading keeps every row."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine

from ipsfidelity.store import open_store
from ipsfidelity.store.database import make_engine, resolve_url, upgrade
from ipsfidelity.store.migrations_config import head_revision, revisions
from ipsfidelity.store.models import Base


def test_migrations_build_exactly_the_models(any_url: str) -> None:
    store = open_store(any_url)
    with store.engine.connect() as conn:
        diff = compare_metadata(
            MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata
        )
    store.close()
    assert diff == []


def test_upgrade_from_first_revision_keeps_data(db_path: Path) -> None:
    engine = make_engine(resolve_url(str(db_path)))
    first = revisions()[0]
    upgrade(engine, first)
    # Data written as the first schema saw it, with plain SQL (the models may have moved on).
    with sqlite3.connect(db_path) as conn:
        conn.execute(
            "INSERT INTO team (id, name, municipality, psychiatry, clinics, created_at, updated_at) "
            "VALUES ('11111111-1111-4111-8111-111111111111', 'IPS Brøndby', 'Brøndby', 'PC Glostrup', '', "
            "'2026-01-01 00:00:00', '2026-01-01 00:00:00')"
        )
        conn.execute(
            "INSERT INTO assessment (id, team_id, date, period, instrument_id, instrument_version, reviewers, "
            "created_at, updated_at) VALUES ('22222222-2222-4222-8222-222222222222', "
            "'11111111-1111-4111-8111-111111111111', '2026-03-01', '2026-Q1', 'dk-minimum', '1', '[\"Åse\"]', "
            "'2026-03-01 10:00:00', '2026-03-01 10:00:00')"
        )
        conn.execute(
            "INSERT INTO rating (id, assessment_id, element_id, principle_id, rating, note, evidence, updated_at) "
            "VALUES ('33333333-3333-4333-8333-333333333333', '22222222-2222-4222-8222-222222222222', 'P1.1', 'P1', "
            "'partial', 'Ikke alle får tilbuddet', '[\"interview\"]', '2026-03-01 10:00:00')"
        )
    engine.dispose()

    store = open_store(str(db_path))  # brings it to head
    with store.engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == head_revision()
    data = store.get_assessment("22222222-2222-4222-8222-222222222222")
    assert data.team.name == "IPS Brøndby"
    assert data.info.reviewers == ("Åse",)
    assert data.ratings["P1.1"].rating == "partial"
    assert data.ratings["P1.1"].note == "Ikke alle får tilbuddet"
    store.close()

    again = open_store(str(db_path))  # a second open finds nothing to do and changes nothing
    assert len(again.list_assessments()) == 1
    again.close()


def test_schema_head_constant_matches_the_migration_scripts() -> None:
    from ipsfidelity.store.database import SCHEMA_HEAD

    assert head_revision() == SCHEMA_HEAD, (
        "bump SCHEMA_HEAD in store/database.py with each migration"
    )


def test_fresh_database_is_at_head(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "fresh.sqlite3"))
    engine = create_engine(store.engine.url)
    with engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == head_revision()
    engine.dispose()
    store.close()
