"""No ping before every transaction on a server; a pooled connection that sat idle and
was dropped meanwhile (a laptop asleep, a firewall's timeout) is noticed and replaced."""

from __future__ import annotations

import psycopg
import pytest

from ipsfidelity.store import database, open_store

pytestmark = pytest.mark.postgres


def _drop_other_connections(pg_server: str, pg_url: str) -> int:
    admin = pg_server.replace("postgresql+psycopg://", "postgresql://")
    name = pg_url.rsplit("/", 1)[1]
    with psycopg.connect(admin, autocommit=True) as conn:
        rows = conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = %s AND pid <> pg_backend_pid()",
            [name],
        ).fetchall()
    return len(rows)


def test_a_dropped_idle_connection_is_replaced(
    pg_server: str, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database, "_PING_AFTER_IDLE", 0.0)  # every checkout counts as idle
    store = open_store(pg_url)
    try:
        store.create_team("IPS Ballerup")
        assert _drop_other_connections(pg_server, pg_url) >= 1
        assert [t.name for t in store.list_teams()] == ["IPS Ballerup"]
    finally:
        store.close()


def test_a_busy_connection_is_not_pinged(pg_url: str) -> None:
    store = open_store(pg_url)
    try:
        assert not store.engine.pool._pre_ping  # type: ignore[attr-defined]
        store.list_teams()
        with store.engine.connect() as conn:
            raw = conn.connection.driver_connection
            assert raw is not None
            before = raw.info.backend_pid
        store.list_teams()
        with store.engine.connect() as conn:
            raw = conn.connection.driver_connection
            assert raw is not None and raw.info.backend_pid == before  # the same connection
    finally:
        store.close()
