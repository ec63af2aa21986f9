"""Upgrading from every earlier schema, with data in it, loses no row and keeps a copy first.

`schema_snapshots/<rev>.sql` is a dump of demo data taken while <rev> was head
(`tools/snapshot_schema.py`). New migrations are covered by adding their snapshot.
Each snapshot is upgraded as a SQLite file and, moved row by row, on PostgreSQL.
"""

from __future__ import annotations

import shutil
import sqlite3
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import MetaData, create_engine, insert, select, text

from ipsfidelity.errors import UserError
from ipsfidelity.store import database, migrations_config, open_store
from ipsfidelity.store.database import make_engine, upgrade
from ipsfidelity.store.migrations_config import head_revision, revisions

SNAPSHOTS = Path(__file__).resolve().parent / "schema_snapshots"


def load_snapshot(revision: str, path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.executescript((SNAPSHOTS / f"{revision}.sql").read_text(encoding="utf-8"))
    conn.close()


def table_counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        conn.close()


def dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_every_revision_has_a_snapshot() -> None:
    missing = [r for r in revisions() if not (SNAPSHOTS / f"{r}.sql").exists()]
    assert not missing, f"run tools/snapshot_schema.py for {missing}"


@pytest.mark.parametrize("revision", revisions())
def test_upgrade_from_revision_with_data(revision: str, tmp_path: Path) -> None:
    path = tmp_path / f"from-{revision}.sqlite3"
    load_snapshot(revision, path)
    before = table_counts(path)
    original = dump(path)
    assert before["team"] > 0 and before["rating"] > 0

    store = open_store(str(path))
    teams = store.list_teams()
    assessments = store.list_assessments()
    for a in assessments:
        score = store.score(a.id)  # every assessment still reads and scores
        assert score.overall is None or score.overall >= 0
    store.close()

    after = table_counts(path)
    for table, count in before.items():
        if table != "alembic_version":
            assert after.get(table, 0) >= count, f"{table} lost rows"
    assert len(teams) == before["team"] and len(assessments) == before["assessment"]
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [
        (head_revision(),)
    ]
    conn.close()

    copy = path.with_name(f"{path.name}.before-{revision}.bak")
    if revision == head_revision():
        assert not copy.exists()  # nothing to do, nothing copied
    else:
        assert dump(copy) == original
        assert copy.stat().st_mode & 0o777 == 0o600


FAILING_MIGRATION = '''\
"""a migration that fails halfway

Revision ID: 9999
Revises: {down}
"""

import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("team", sa.Column("half_done", sa.Integer(), nullable=True))
    op.execute("UPDATE team SET name = 'overwritten'")
    raise RuntimeError("power cut in the middle of a migration")


def downgrade() -> None:
    pass
'''


def test_failing_migration_leaves_schema_data_and_version_as_they_were(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Vorta's lost startups: a column added while the version row was not. Not here."""
    head = head_revision()
    scripts = tmp_path / "migrations"
    shutil.copytree(
        migrations_config.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__")
    )
    (scripts / "versions" / "9999_fails.py").write_text(
        textwrap.dedent(FAILING_MIGRATION.format(down=head)), encoding="utf-8"
    )
    path = tmp_path / "db.sqlite3"
    load_snapshot(head, path)
    original = dump(path)

    monkeypatch.setattr(migrations_config, "MIGRATIONS_DIR", scripts)
    monkeypatch.setattr(database, "SCHEMA_HEAD", "9999")  # as the new migration would set it
    with pytest.raises((RuntimeError, UserError)):
        open_store(str(path))

    assert dump(path) == original  # no half-added column, no overwritten names
    assert head_revision() == "9999"
    assert dump(path.with_name(f"{path.name}.before-{head}.bak")) == original


def copy_rows(source: Path, target_url: str) -> dict[str, int]:
    """Copy every row of the SQLite snapshot into a database already at the same revision."""
    src_engine = create_engine(f"sqlite:///{source}")
    dst_engine = create_engine(target_url)
    src_meta, dst_meta = MetaData(), MetaData()
    src_meta.reflect(src_engine)
    dst_meta.reflect(dst_engine)
    counts = {}
    with src_engine.connect() as src, dst_engine.begin() as dst:
        for table in dst_meta.sorted_tables:  # parents before children
            if table.name == "alembic_version":
                continue
            rows = [dict(r._mapping) for r in src.execute(select(src_meta.tables[table.name]))]
            if rows:
                dst.execute(insert(table), rows)
            counts[table.name] = len(rows)
    src_engine.dispose()
    dst_engine.dispose()
    return counts


@pytest.mark.postgres
@pytest.mark.parametrize("revision", revisions())
def test_upgrade_from_revision_with_data_on_postgresql(
    revision: str, tmp_path: Path, pg_url: str
) -> None:
    """The same snapshots, moved into PostgreSQL at their revision, then upgraded."""
    snapshot = tmp_path / "snapshot.sqlite3"
    load_snapshot(revision, snapshot)
    engine = make_engine(pg_url)
    upgrade(engine, revision)
    engine.dispose()
    before = copy_rows(snapshot, pg_url)
    assert before["team"] > 0 and before["rating"] > 0

    store = open_store(pg_url)
    assert len(store.list_teams()) == before["team"]
    assessments = store.list_assessments()
    assert len(assessments) == before["assessment"]
    for a in assessments:
        store.score(a.id)
    store.close()

    check = create_engine(pg_url)
    with check.connect() as conn:
        for table, count in before.items():
            assert conn.execute(text(f'SELECT count(*) FROM "{table}"')).scalar_one() >= count
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == (
            head_revision()
        )
    check.dispose()
