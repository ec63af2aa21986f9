"""Who may see and change what on a regional PostgreSQL server, as the SQL that says so.

The one source of the roles, privileges and row-level security policies: `server setup`
runs `setup_statements()` and docs/server.md shows the same statements (a test keeps the
two equal). Plain strings, no SQLAlchemy, so the rules read as a table.

The four group roles (a login role is made a member of one or more by `server grant`):

- ambassador: reads the teams in scope, rates and finishes their reviews;
- team lead: reads the teams in scope, works on their action plans, agreements and
  outcome figures;
- steering group: reads everything, writes nothing;
- administrator: reads everything, keeps teams, consultants and the scopes.

A scope row in `access_scope` (keyed by the server's `session_user`, which no client can
set) names a municipality, a psychiatry unit or one team. The policies ask two functions
which teams and which reviews the session's user has in scope for a role; they run as the
tables' owner (SECURITY DEFINER) so the policies do not recurse, and are called once per
statement (an uncorrelated `IN (SELECT ...)`), not once per row.
"""

from __future__ import annotations

from typing import Final

from ipsfidelity.store.server_lock import lock_statements

AMBASSADOR: Final = "ambassador"
TEAM_LEAD: Final = "team_lead"
STEERING: Final = "steering"
ADMIN: Final = "admin"
ROLES: Final = (AMBASSADOR, TEAM_LEAD, STEERING, ADMIN)
SCOPED_ROLES: Final = (AMBASSADOR, TEAM_LEAD)  # need a municipality, unit or team
GROUP_PREFIX: Final = "ipsf_"


def group_role(role: str) -> str:
    """The PostgreSQL group role of a role in the region: ipsf_ambassador, ..."""
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}")
    return GROUP_PREFIX + role


# Every table of the schema and how its rows belong to a team: through its own id (team),
# a team_id column, or an assessment_id column. tests/test_server_roles.py fails when a
# table of the models is missing here, so a new table cannot go without a policy.
TEAM_KEYED: Final = ("consultant", "assessment", "agreement", "history")
ASSESSMENT_KEYED: Final = (
    "rating",
    "caseload_entry",
    "action_item",
    "outcome",
    "reviewer_rating",
    "reviewer_caseload",
    "signoff",
    "reopening",
)
OTHER_TABLES: Final = ("team", "access_scope")
NO_RLS: Final = ("alembic_version",)  # the schema's version: read by everyone, no rows to hide

# What each role may change, beyond reading (SELECT) what it has in scope.
REVIEW_TABLES: Final = (
    "assessment",
    "rating",
    "caseload_entry",
    "reviewer_rating",
    "reviewer_caseload",
    "signoff",
    "reopening",
)
FOLLOW_UP_TABLES: Final = ("action_item", "agreement", "outcome")
WRITES: Final[dict[str, tuple[str, ...]]] = {
    AMBASSADOR: (*REVIEW_TABLES, "consultant"),  # a caseload names its consultants
    TEAM_LEAD: FOLLOW_UP_TABLES,
    STEERING: (),
    ADMIN: ("team", "consultant", "access_scope"),
}
# A change to the action plan or the outcome figures moves its review's updated_at (so an
# exported file replaces older copies): the team lead may change that one column.
TEAM_LEAD_ASSESSMENT_COLUMNS: Final = ("updated_at",)

_WRITE = "INSERT, UPDATE, DELETE"


def all_tables() -> tuple[str, ...]:
    return (*OTHER_TABLES, *TEAM_KEYED, *ASSESSMENT_KEYED)


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _functions(schema: str) -> list[str]:
    path = f"SET search_path = {_q(schema)}, pg_temp"
    scope_match = (
        "s.db_user = session_user AND s.role = ANY (roles) AND (s.team_id = t.id"
        " OR (s.municipality <> '' AND s.municipality = t.municipality)"
        " OR (s.psychiatry <> '' AND s.psychiatry = t.psychiatry))"
    )
    return [
        "CREATE OR REPLACE FUNCTION ipsf_team_ids(roles text[]) RETURNS SETOF varchar\n"
        f"  LANGUAGE sql STABLE SECURITY DEFINER {path} ROWS 50 AS $$\n"
        f"  SELECT DISTINCT t.id FROM team t JOIN access_scope s ON {scope_match} $$",
        "CREATE OR REPLACE FUNCTION ipsf_assessment_ids(roles text[]) RETURNS SETOF varchar\n"
        f"  LANGUAGE sql STABLE SECURITY DEFINER {path} ROWS 1000 AS $$\n"
        "  SELECT a.id FROM assessment a WHERE a.team_id IN"
        " (SELECT ipsf_team_ids(roles)) $$",
        "REVOKE ALL ON FUNCTION ipsf_team_ids(text[]), ipsf_assessment_ids(text[]) FROM PUBLIC",
    ]


def _in_scope(table: str, roles: tuple[str, ...]) -> str:
    """A policy expression: the row belongs to a team the user has in scope for `roles`."""
    array = "ARRAY[" + ", ".join(f"'{r}'" for r in roles) + "]"
    if table == "team":
        return f"id IN (SELECT ipsf_team_ids({array}))"
    if table in TEAM_KEYED:
        return f"team_id IN (SELECT ipsf_team_ids({array}))"
    if table in ASSESSMENT_KEYED:
        return f"assessment_id IN (SELECT ipsf_assessment_ids({array}))"
    raise ValueError(table)


# The history names the server's user (DEFAULT session_user); a row may leave it empty
# only when it travelled from a laptop (made on SQLite). No client can name another.
HISTORY_WHO: Final = "(db_user IS NULL OR db_user = session_user)"


def _policies(table: str) -> list[tuple[str, str, str, str | None, str | None]]:
    """(name, command, roles, USING, WITH CHECK) of each policy on `table`."""
    everyone_reads = f"{group_role(STEERING)}, {group_role(ADMIN)}"
    scoped = f"{group_role(AMBASSADOR)}, {group_role(TEAM_LEAD)}"
    if table == "access_scope":
        return [
            ("own_scope", "SELECT", "PUBLIC", "db_user = session_user", None),
            ("admin_reads", "SELECT", group_role(ADMIN), "true", None),
            ("admin_writes", "ALL", group_role(ADMIN), "true", "true"),
        ]
    out: list[tuple[str, str, str, str | None, str | None]] = [
        ("region_reads", "SELECT", everyone_reads, "true", None),
        ("scope_reads", "SELECT", scoped, _in_scope(table, SCOPED_ROLES), None),
    ]
    if table == "history":
        out.append(("admin_records", "INSERT", group_role(ADMIN), None, HISTORY_WHO))
        for role in (AMBASSADOR, TEAM_LEAD):
            check = f"{HISTORY_WHO} AND (team_id IS NULL OR {_in_scope(table, (role,))})"
            out.append((f"{role}_records", "INSERT", group_role(role), None, check))
        return out
    for role in (ADMIN, AMBASSADOR, TEAM_LEAD):
        if table not in WRITES[role]:
            continue
        rule = "true" if role == ADMIN else _in_scope(table, (role,))
        out.append((f"{role}_writes", "ALL", group_role(role), rule, rule))
    if table == "assessment":
        rule = _in_scope(table, (TEAM_LEAD,))
        out.append(("team_lead_touches", "UPDATE", group_role(TEAM_LEAD), rule, rule))
    return out


def _grants(table: str) -> list[str]:
    t = _q(table)
    groups = ", ".join(group_role(r) for r in ROLES)
    out = [f"REVOKE ALL ON {t} FROM PUBLIC", f"GRANT SELECT ON {t} TO {groups}"]
    if table == "history":
        return [
            *out,
            f"GRANT INSERT ON {t} TO {group_role(AMBASSADOR)}, "
            f"{group_role(TEAM_LEAD)}, {group_role(ADMIN)}",
        ]
    for role in (AMBASSADOR, TEAM_LEAD, ADMIN):
        if table in WRITES[role]:
            out.append(f"GRANT {_WRITE} ON {t} TO {group_role(role)}")
    if table == "assessment":
        columns = ", ".join(TEAM_LEAD_ASSESSMENT_COLUMNS)
        out.append(f"GRANT UPDATE ({columns}) ON {t} TO {group_role(TEAM_LEAD)}")
    return out


def role_statements() -> list[str]:
    """The group roles, made only when missing (roles belong to the whole server)."""
    out = []
    for role in ROLES:
        name = group_role(role)
        out.append(
            "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
            f"'{name}') THEN CREATE ROLE {name} NOLOGIN; END IF; END $$"
        )
    # Administrators keep the users: they may grant the other three roles (not their own,
    # which only the DBA grants). NOINHERIT, so that holding that right does not also give
    # an administrator the other roles' privileges.
    admin = group_role(ADMIN)
    others = ", ".join(group_role(r) for r in ROLES if r != ADMIN)
    out.append(f"ALTER ROLE {admin} NOINHERIT")
    out.append(f"GRANT {others} TO {admin} WITH ADMIN OPTION")
    return out


def setup_statements(schema: str = "public") -> list[str]:
    """Everything `server setup` runs after the migrations, in order. Idempotent: each
    policy is dropped and made again, so running it twice (or after a new migration's
    table) leaves the rules exactly as written here."""
    out = role_statements()
    out.append(f"REVOKE CREATE ON SCHEMA {_q(schema)} FROM PUBLIC")
    groups = ", ".join(group_role(r) for r in ROLES)
    out.append(f"GRANT USAGE ON SCHEMA {_q(schema)} TO {groups}")
    out.extend(_functions(schema))
    out.append(
        f"GRANT EXECUTE ON FUNCTION ipsf_team_ids(text[]), ipsf_assessment_ids(text[]) TO {groups}"
    )
    for table in NO_RLS:
        out.append(f"REVOKE ALL ON {_q(table)} FROM PUBLIC")
        out.append(f"GRANT SELECT ON {_q(table)} TO {groups}")
    for table in all_tables():
        t = _q(table)
        out.extend(_grants(table))
        out.append(f"ALTER TABLE {t} ENABLE ROW LEVEL SECURITY")
        for name, command, roles, using, check in _policies(table):
            out.append(f"DROP POLICY IF EXISTS {name} ON {t}")
            sql = f"CREATE POLICY {name} ON {t} FOR {command} TO {roles}"
            if using is not None:
                sql += f"\n  USING ({using})"
            if check is not None:
                sql += f"\n  WITH CHECK ({check})"
            out.append(sql)
    out.extend(lock_statements(schema))  # a finished review is locked here too
    return out


def grant_statements(user: str, role: str) -> list[str]:
    """Make login role `user` a member of the role's group (its scope rows are written by
    the command, as data)."""
    return [f"GRANT {group_role(role)} TO {_q(user)}"]


def revoke_statements(user: str, role: str) -> list[str]:
    return [f"REVOKE {group_role(role)} FROM {_q(user)}"]


def setup_script(schema: str = "public") -> str:
    """The statements as one script, as docs/server.md shows them."""
    return "".join(f"{s};\n" for s in setup_statements(schema))
