"""The regional server's words: roles, the set-up command, refusals by the server.

One module for the area, a sorted dict, both languages; merged into the catalogue by
`ipsfidelity/words/__init__.py` and looked up with `ipsfidelity.i18n.tr`.
"""

from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    "server.col.role": {
        "da": "Rolle",
        "en": "Role",
    },
    "server.col.user": {
        "da": "Bruger",
        "en": "User",
    },
    "server.grant_denied": {
        "da": "Serveren nægter at give eller tage rollen; det kræver databasens ejer eller, for andre roller end administrator, en administrator. (Serverens svar: {why})",
        "en": "The server refuses to grant or revoke the role; that takes the database's owner or, for roles other than administrator, an administrator. (The server said: {why})",
    },
    "server.granted": {
        "da": "{user} har nu rollen {role}",
        "en": "{user} now has the role {role}",
    },
    "server.help.access": {
        "da": "Vis hvem der har hvilken rolle",
        "en": "Show who has which role",
    },
    "server.help.grant": {
        "da": "Giv en bruger en rolle for kommuner, enheder eller teams",
        "en": "Give a user a role for municipalities, units or teams",
    },
    "server.help.municipality": {
        "da": "Kommune (kan gentages)",
        "en": "Municipality (may be repeated)",
    },
    "server.help.revoke": {
        "da": "Fjern en brugers rolle (alle eller de nævnte områder)",
        "en": "Take a user's role away (all or the named scopes)",
    },
    "server.help.role": {
        "da": "ambassador, team_lead, steering eller admin",
        "en": "ambassador, team_lead, steering or admin",
    },
    "server.help.server": {
        "da": "Sæt en regional PostgreSQL-server op og giv brugere roller",
        "en": "Set up a regional PostgreSQL server and give users roles",
    },
    "server.help.setup": {
        "da": "Opret skema, roller og regler på en tom database (kan køres igen)",
        "en": "Create schema, roles and policies on an empty database (safe to run again)",
    },
    "server.help.sql": {
        "da": "Skriv den SQL, opsætningen kører, uden at forbinde",
        "en": "Print the SQL the set-up runs, without connecting",
    },
    "server.help.team": {
        "da": "Teamets navn (kan gentages)",
        "en": "The team's name (may be repeated)",
    },
    "server.help.unit": {
        "da": "Psykiatrisk enhed (kan gentages)",
        "en": "Psychiatry unit (may be repeated)",
    },
    "server.help.user": {
        "da": "Brugerens navn på serveren (login-rolle)",
        "en": "The user's name on the server (login role)",
    },
    "server.no_such_user": {
        "da": "Serveren har ingen bruger {user}. Opret den først (CREATE ROLE ... LOGIN, se docs/server.md)",
        "en": "The server has no user {user}. Create it first (CREATE ROLE ... LOGIN, see docs/server.md)",
    },
    "server.refused": {
        "da": "Serveren afviser ændringen: din rolle i regionen må ikke ændre dette. Spørg regionens administrator, hvis du skal have adgang",
        "en": "The server refuses the change: your role in the region may not change this. Ask the region's administrator if you need access",
    },
    "server.revoked": {
        "da": "Fjernede adgange for {user} ({role}): {count}",
        "en": "Grants removed from {user} ({role}): {count}",
    },
    "server.role.admin": {
        "da": "administrator",
        "en": "administrator",
    },
    "server.role.ambassador": {
        "da": "ambassadør",
        "en": "ambassador",
    },
    "server.role.steering": {
        "da": "styregruppe",
        "en": "steering group",
    },
    "server.role.team_lead": {
        "da": "teamleder",
        "en": "team lead",
    },
    "server.scope_needed": {
        "da": "En ambassadør eller teamleder skal have mindst én kommune, psykiatrisk enhed eller ét team (--municipality, --unit, --team)",
        "en": "An ambassador or team lead needs at least one municipality, psychiatry unit or team (--municipality, --unit, --team)",
    },
    "server.scope_not_for": {
        "da": "Styregruppen og administratorer gælder hele regionen: angiv ingen kommune, enhed eller team",
        "en": "The steering group and administrators cover the whole region: name no municipality, unit or team",
    },
    "server.setup_denied": {
        "da": "Serveren nægter opsætningen; den kræver databasens ejer eller en bruger, der må oprette roller. (Serverens svar: {why})",
        "en": "The server refuses the set-up; it needs the database's owner or a user who may create roles. (The server said: {why})",
    },
    "server.setup_done": {
        "da": "Serveren er sat op: skema, roller og regler for rækkeadgang ({count} sætninger)",
        "en": "The server is set up: schema, roles and row-level security ({count} statements)",
    },
    "server.sqlite_single_user": {
        "da": "Roller findes kun på en regional PostgreSQL-server; en SQLite-fil har én bruger",
        "en": "Roles exist only on a regional PostgreSQL server; a SQLite file has one user",
    },
    "server.ui.may_not_edit_teams": {
        "da": "Kun regionens administratorer opretter, ændrer og sletter teams",
        "en": "Only the region's administrators create, change and delete teams",
    },
    "server.ui.may_not_follow_up": {
        "da": "Din rolle må ikke ændre dette teams handleplan, samarbejdsaftale eller resultater; du kan læse dem",
        "en": "Your role may not change this team's action plan, agreement or outcomes; you can read them",
    },
    "server.ui.may_not_rate": {
        "da": "Din rolle må ikke bedømme dette teams gennemgange; du kan læse dem",
        "en": "Your role may not rate this team's reviews; you can read them",
    },
    "server.ui.no_agreement": {
        "da": "Teamet har ingen samarbejdsaftale registreret.",
        "en": "The team has no cooperation agreement on file.",
    },
    "server.ui.no_role": {
        "da": "ingen rolle",
        "en": "no role",
    },
    "server.ui.read_only_plan": {
        "da": "Kun læsning: din rolle på serveren må ikke ændre dette teams handleplan.",
        "en": "Read only: your role on the server may not change this team's action plan.",
    },
    "server.ui.read_only_review": {
        "da": "Kun læsning: din rolle på serveren må ikke bedømme dette teams gennemgange.",
        "en": "Read only: your role on the server may not rate this team's reviews.",
    },
    "server.ui.who": {
        "da": "{user} · {roles}",
        "en": "{user} · {roles}",
    },
    "server.unknown_role": {
        "da": "Ukendt rolle {role}; vælg en af: {roles}",
        "en": "Unknown role {role}; choose one of: {roles}",
    },
}
