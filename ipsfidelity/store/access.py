"""What the connected user may do, as the server's roles say: the app mirrors it.

The server enforces the rules (server_rules.py); this only reads them back so that the app
can hide what the user may not see and disable what the user may not do. On a SQLite file,
for the tables' owner, a superuser, or a server set up without the roles, nothing is held
back (`Access.everything`), exactly as before roles existed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ipsfidelity.i18n import tr
from ipsfidelity.store.server_rules import (
    ADMIN,
    AMBASSADOR,
    ROLES,
    STEERING,
    TEAM_LEAD,
    group_role,
)
from ipsfidelity.store.views import TeamInfo

if TYPE_CHECKING:  # no SQLAlchemy here: the app's first screens import this module
    from sqlalchemy import Connection


@dataclass(frozen=True)
class Scope:
    role: str
    municipality: str = ""
    psychiatry: str = ""
    team_id: str = ""

    def covers(self, team: TeamInfo) -> bool:
        return (
            (bool(self.team_id) and self.team_id == team.id)
            or (bool(self.municipality) and self.municipality == team.municipality)
            or (bool(self.psychiatry) and self.psychiatry == team.psychiatry)
        )


@dataclass(frozen=True)
class Access:
    """The user's roles in the region and where they apply."""

    user: str = ""
    everything: bool = True  # SQLite, the owner, a superuser, or no roles on the server
    roles: frozenset[str] = frozenset()
    scopes: tuple[Scope, ...] = field(default_factory=tuple)

    def _scoped(self, role: str, team: TeamInfo | None) -> bool:
        if self.everything:
            return True
        if role not in self.roles:
            return False
        return team is None or any(s.role == role and s.covers(team) for s in self.scopes)

    def may_rate(self, team: TeamInfo | None = None) -> bool:
        """Create, rate, finish and reopen reviews (of `team`, or of some team)."""
        return self._scoped(AMBASSADOR, team)

    def may_follow_up(self, team: TeamInfo | None = None) -> bool:
        """Action plan, cooperation agreement and outcome figures."""
        return self._scoped(TEAM_LEAD, team)

    @property
    def may_edit_teams(self) -> bool:
        """Create, rename and delete teams (and consultants) and keep the scopes."""
        return self.everything or ADMIN in self.roles

    @property
    def reads_only(self) -> bool:
        return not (self.may_rate() or self.may_follow_up() or self.may_edit_teams)

    @property
    def steering(self) -> bool:
        return not self.everything and STEERING in self.roles


EVERYTHING = Access()


_ROLE_KEYS = {
    AMBASSADOR: "server.role.ambassador",
    TEAM_LEAD: "server.role.team_lead",
    STEERING: "server.role.steering",
    ADMIN: "server.role.admin",
}


def role_word(role: str) -> str:
    """The role in words; an unknown role as it is stored."""
    return tr(_ROLE_KEYS[role]) if role in _ROLE_KEYS else role


def who_text(access: Access) -> str:
    """ "anna · teamleder" for the status bar; "" where no roles apply (a laptop's file)."""
    if access.everything:
        return ""
    roles = ", ".join(role_word(r) for r in ROLES if r in access.roles)
    return tr("server.ui.who", user=access.user, roles=roles or tr("server.ui.no_role"))


_WHO = (
    "SELECT session_user::text, r.rolsuper OR r.rolbypassrls OR c.relowner = r.oid"
    " FROM pg_roles r, pg_class c"
    " WHERE r.rolname = session_user AND c.oid = to_regclass('team')"
)
_GROUPS = (
    "SELECT rolname::text FROM pg_roles WHERE rolname = ANY (:names)"
    " AND pg_has_role(session_user, oid, 'USAGE')"  # privileges held, not admin rights
)
_ANY_GROUP = "SELECT count(*) FROM pg_roles WHERE rolname = ANY (:names)"
_SCOPES = (
    "SELECT role, municipality, psychiatry, team_id FROM access_scope"
    " WHERE db_user = session_user ORDER BY role, municipality, psychiatry, team_id"
)


def read_access(conn: Connection) -> Access:
    """The connected user's access, read in `conn` (a handful of catalogue reads)."""
    from sqlalchemy import text

    if conn.dialect.name != "postgresql":
        return EVERYTHING
    row = conn.execute(text(_WHO)).one_or_none()
    if row is None:
        return EVERYTHING
    user, bypass = str(row[0]), bool(row[1])
    names = [group_role(r) for r in ROLES]
    if bypass or not conn.execute(text(_ANY_GROUP), {"names": names}).scalar():
        return Access(user=user)
    groups = set(conn.execute(text(_GROUPS), {"names": names}).scalars())
    roles = frozenset(r for r in ROLES if group_role(r) in groups)
    scopes = tuple(Scope(*map(str, r)) for r in conn.execute(text(_SCOPES)))
    return Access(user=user, everything=False, roles=roles, scopes=scopes)
