"""Migrations: the models and the migration scripts agree, and upgrading keeps every row."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from ipsfidelity.store import open_store
from ipsfidelity.store.database import make_engine, resolve_url, upgrade
from ipsfidelity.store.migrations_config import head_revision, revisions
from ipsfidelity.store.models import Base

TEAM = "11111111-1111-4111-8111-111111111111"
ASSESSMENT = "22222222-2222-4222-8222-222222222222"
# Rows as the first schema saw them, in plain SQL that both backends accept.
FIRST_SCHEMA_ROWS = [
    "INSERT INTO team (id, name, municipality, psychiatry, clinics, created_at, updated_at) "
    f"VALUES ('{TEAM}', 'IPS Brøndby', 'Brøndby', 'PC Glostrup', 'F-ACT', "
    "'2026-01-01 00:00:00', '2026-01-01 00:00:00')",
    "INSERT INTO assessment (id, team_id, date, period, instrument_id, instrument_version, "
    "reviewers, last_element, created_at, updated_at) "
    f"VALUES ('{ASSESSMENT}', '{TEAM}', '2026-03-01', '2026-Q1', 'dk-minimum', '1', "
    "'[\"Åse\"]', 'P3.2', '2026-03-01 10:00:00', '2026-03-01 10:00:00')",
    "INSERT INTO rating (id, assessment_id, element_id, principle_id, rating, note, evidence, "
    "updated_at) VALUES ('33333333-3333-4333-8333-333333333333', "
    f"'{ASSESSMENT}', 'P3.2', 'P3', 'partial', 'Kun hver anden måned', '[\"interview\"]', "
    "'2026-03-01 10:00:00')",
    "INSERT INTO consultant (id, team_id, name, created_at, updated_at) VALUES "
    f"('44444444-4444-4444-8444-444444444444', '{TEAM}', 'Søren Ærø', "
    "'2026-01-01 00:00:00', '2026-01-01 00:00:00')",
    "INSERT INTO caseload_entry (id, assessment_id, consultant_id, position, fte, ips_cases, "
    f"other_cases, updated_at) VALUES ('55555555-5555-4555-8555-555555555555', '{ASSESSMENT}', "
    "'44444444-4444-4444-8444-444444444444', 0, 0.5, 14, 0, '2026-03-01 10:00:00')",
]


def _all_rows(conn, tables: list[str]) -> dict[str, list[tuple[object, ...]]]:  # type: ignore[no-untyped-def]
    """Every row of `tables`, in the columns the first schema had (later ones add columns)."""
    out = {}
    for t in tables:
        columns = ", ".join(c for c in FIRST_SCHEMA_COLUMNS[t])
        out[t] = [tuple(r) for r in conn.execute(text(f"SELECT {columns} FROM {t} ORDER BY id"))]
    return out


FIRST_SCHEMA_COLUMNS = {
    "team": ("id", "name", "municipality", "psychiatry", "clinics", "created_at", "updated_at"),
    "consultant": ("id", "team_id", "name", "created_at", "updated_at"),
    "assessment": (
        "id",
        "team_id",
        "date",
        "period",
        "instrument_id",
        "instrument_version",
        "reviewers",
        "last_element",
        "created_at",
        "updated_at",
    ),
    "rating": (
        "id",
        "assessment_id",
        "element_id",
        "principle_id",
        "rating",
        "note",
        "evidence",
        "updated_at",
    ),
    "caseload_entry": (
        "id",
        "assessment_id",
        "consultant_id",
        "position",
        "fte",
        "ips_cases",
        "other_cases",
        "updated_at",
    ),
}


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
        "bump SCHEMA_HEAD in store/location.py with each migration"
    )


def test_fresh_database_is_at_head(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "fresh.sqlite3"))
    engine = create_engine(store.engine.url)
    with engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == head_revision()
    engine.dispose()
    store.close()


def test_upgrade_to_head_keeps_every_row_on_both_backends(any_url: str) -> None:
    """0001 with data, then every later migration: each first-schema row is still there,
    unchanged, and the follow-up tables work on the migrated assessment."""
    engine = make_engine(resolve_url(any_url))
    upgrade(engine, revisions()[0])
    with engine.begin() as conn:
        for statement in FIRST_SCHEMA_ROWS:
            conn.execute(text(statement))
    with engine.connect() as conn:
        tables = [t for t in inspect(conn).get_table_names() if t != "alembic_version"]
        before = _all_rows(conn, tables)
    assert sum(len(rows) for rows in before.values()) == len(FIRST_SCHEMA_ROWS)

    upgrade(engine)
    with engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == head_revision()
        assert _all_rows(conn, tables) == before
        assert {"agreement", "action_item", "outcome"} <= set(inspect(conn).get_table_names())
    engine.dispose()

    store = open_store(any_url)
    drafts = store.suggest_actions(ASSESSMENT)  # P3.2 partial and Søren over the caseload
    assert [d.elements for d in drafts] == [("P3.2",), ("caseload",)]
    store.set_outcomes(ASSESSMENT, 12, 5)
    store.create_agreement(TEAM, dt.date(2025, 9, 1))
    assert store.agreement_for(TEAM, dt.date(2026, 3, 1)) is not None
    assert store.get_assessment(ASSESSMENT).ratings["P3.2"].note == "Kun hver anden måned"
    store.close()


def test_follow_up_migration_downgrades_cleanly(any_url: str) -> None:
    """0002 can be taken back (batch mode on SQLite) without touching the first schema's rows."""
    from alembic import command

    from ipsfidelity.store.migrations_config import alembic_config

    engine = make_engine(resolve_url(any_url))
    upgrade(engine)
    with engine.begin() as conn:
        for statement in FIRST_SCHEMA_ROWS:
            conn.execute(text(statement))
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0001")
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        assert not {"agreement", "action_item", "outcome"} & tables
        assert conn.execute(text("SELECT count(*) FROM caseload_entry")).scalar() == 1
    upgrade(engine)  # and up again
    with engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == head_revision()
    engine.dispose()
