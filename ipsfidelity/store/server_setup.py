"""Setting up a regional PostgreSQL server: schema, roles, policies; granting users roles.

Run by the database's owner (the DBA). Every step is idempotent: setting up twice, or
after an upgrade that added a table, leaves the rules exactly as server_rules.py writes
them; granting a scope twice keeps one row. The SQL itself: server_rules.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, delete, select, text
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.exc import DBAPIError

from ipsfidelity.errors import UserError
from ipsfidelity.i18n import tr
from ipsfidelity.store import models as m
from ipsfidelity.store.repository import Store
from ipsfidelity.store.server_rules import (
    ROLES,
    SCOPED_ROLES,
    grant_statements,
    revoke_statements,
    setup_statements,
)


@dataclass(frozen=True)
class Grant:
    db_user: str
    role: str
    municipality: str = ""
    psychiatry: str = ""
    team_id: str = ""


def _require_server(store: Store) -> None:
    if store.dialect != "postgresql":
        raise UserError(tr("server.sqlite_single_user"))


def _run(conn: Connection, statements: Sequence[str], *, granting: bool = False) -> None:
    for sql in statements:
        try:
            conn.exec_driver_sql(sql)
        except (DBAPIError, UserError) as exc:
            why = " ".join(str(getattr(exc, "orig", None) or exc.__cause__ or exc).split())
            if granting:
                raise UserError(tr("server.grant_denied", why=why)) from None
            raise UserError(tr("server.setup_denied", why=why)) from None


def setup_server(store: Store) -> int:
    """Roles, privileges and policies on a store whose schema is up to date (open_store
    ran the migrations). Returns the number of statements run, in one transaction."""
    _require_server(store)
    with store.engine.begin() as conn:
        schema = str(conn.execute(text("SELECT current_schema()")).scalar())
        statements = setup_statements(schema)
        _run(conn, statements)
    return len(statements)


def _check_grant(store: Store, role: str, scopes: Sequence[Grant]) -> None:
    if role not in ROLES:
        raise UserError(tr("server.unknown_role", role=role, roles=", ".join(ROLES)))
    if role in SCOPED_ROLES and not scopes:
        raise UserError(tr("server.scope_needed"))
    if role not in SCOPED_ROLES and scopes:
        raise UserError(tr("server.scope_not_for"))


def _login_role_exists(conn: Connection, user: str) -> bool:
    found = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :u"), {"u": user})
    return found.first() is not None


def scopes_for(
    store: Store,
    user: str,
    role: str,
    municipalities: Sequence[str] = (),
    units: Sequence[str] = (),
    teams: Sequence[str] = (),
) -> list[Grant]:
    """The scope rows a grant or revoke names; team names are found as the CLI finds them."""
    out = [Grant(user, role, municipality=x.strip()) for x in municipalities if x.strip()]
    out += [Grant(user, role, psychiatry=x.strip()) for x in units if x.strip()]
    out += [Grant(user, role, team_id=store.find_team(name).id) for name in teams]
    return out


def grant(store: Store, user: str, role: str, scopes: Sequence[Grant]) -> None:
    """Make `user` (an existing login role) a member of the role's group, with its scopes."""
    _require_server(store)
    _check_grant(store, role, scopes)
    rows = list(scopes) or [Grant(user, role)]
    with store.engine.begin() as conn:
        if not _login_role_exists(conn, user):
            raise UserError(tr("server.no_such_user", user=user))
        _run(conn, grant_statements(user, role), granting=True)
        values = [
            {
                "id": m.new_id(),
                "db_user": g.db_user,
                "role": g.role,
                "municipality": g.municipality,
                "psychiatry": g.psychiatry,
                "team_id": g.team_id,
                "created_at": m.utcnow(),
            }
            for g in rows
        ]
        conn.execute(insert(m.AccessScope).values(values).on_conflict_do_nothing())


def revoke(store: Store, user: str, role: str, scopes: Sequence[Grant] = ()) -> int:
    """Take scopes (all of the role's, when none are named) from `user`; the group
    membership goes with the last. Returns the number of scope rows removed."""
    _require_server(store)
    if role not in ROLES:
        raise UserError(tr("server.unknown_role", role=role, roles=", ".join(ROLES)))
    t = m.AccessScope
    with store.engine.begin() as conn:
        mine = (t.db_user == user) & (t.role == role)
        if scopes:
            removed = 0
            for g in scopes:
                result = conn.execute(
                    delete(t).where(
                        mine,
                        t.municipality == g.municipality,
                        t.psychiatry == g.psychiatry,
                        t.team_id == g.team_id,
                    )
                )
                removed += result.rowcount
        else:
            removed = conn.execute(delete(t).where(mine)).rowcount
        left = conn.execute(select(t.id).where(mine).limit(1)).first()
        if left is None and _login_role_exists(conn, user):
            _run(conn, revoke_statements(user, role), granting=True)
    return removed


def list_grants(store: Store) -> list[Grant]:
    """The scopes the connected user may see: all for the owner and administrators."""
    _require_server(store)
    t = m.AccessScope
    query = select(t.db_user, t.role, t.municipality, t.psychiatry, t.team_id).order_by(
        t.db_user, t.role, t.municipality, t.psychiatry, t.team_id
    )
    with store.read_connection() as conn:
        return [Grant(*map(str, r)) for r in conn.execute(query)]
