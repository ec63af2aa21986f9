"""A small region on the tests' PostgreSQL server, set up with roles: two municipalities'
teams with a review each, and one login role per role in the region (with a password).

Login roles belong to the whole server, so their names carry the test database's name,
and they are dropped again when the test ends.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import psycopg
from sqlalchemy.engine import make_url

from ipsfidelity.instrument import default_pack
from ipsfidelity.store import Store, open_store
from ipsfidelity.store.server_setup import Grant, grant, setup_server
from ipsfidelity.store.views import CaseloadInfo

PASSWORD = "Hemmelig-1"


@dataclass
class Region:
    url: str  # the owner's
    teams: dict[str, str]  # name -> id
    reviews: dict[str, str]  # team name -> its review's id
    users: dict[str, str]  # role -> login role name
    stores: list[Store] = field(default_factory=list)

    def url_for(self, role: str) -> str:
        return (
            make_url(self.url)
            .set(username=self.users[role], password=PASSWORD)
            .render_as_string(hide_password=False)
        )

    def store_for(self, role: str) -> Store:
        s = open_store(self.url_for(role))
        self.stores.append(s)
        return s

    @contextmanager
    def sql_as(self, role: str) -> Iterator[psycopg.Connection]:
        """A plain psycopg connection as that role, as psql would make it."""
        dsn = self.url_for(role).replace("postgresql+psycopg://", "postgresql://")
        with psycopg.connect(dsn) as conn:
            yield conn


def _admin_dsn(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


def build_region(pg_url: str) -> Region:
    owner = open_store(pg_url)
    pack = default_pack()
    teams, reviews = {}, {}
    places = {
        "IPS Brøndby": ("Brøndby", "PC Glostrup"),
        "IPS Herlev": ("Herlev", "PC Ballerup"),
    }
    when = dt.date.today() - dt.timedelta(days=30)
    for name, (municipality, unit) in places.items():
        team = owner.create_team(name, municipality, unit)
        teams[name] = team.id
        a = owner.create_assessment(team.id, when, reviewers=["Åse", "Bo"])
        reviews[name] = a.id
        owner.set_rating(a.id, pack.element_ids[0], "met", note="Set af ejeren")
        owner.set_caseload(a.id, [CaseloadInfo("Søren", 1.0, 15, 0)])
        owner.add_action_item(a.id, "Fælles møde med jobcentret")
    setup_server(owner)
    db = make_url(pg_url).database
    users = {r: f"{r}_{db}" for r in ("ambassador", "team_lead", "steering", "admin")}
    with psycopg.connect(_admin_dsn(pg_url), autocommit=True) as conn:
        for user in users.values():
            conn.execute(f"CREATE ROLE \"{user}\" LOGIN PASSWORD '{PASSWORD}'")
    grant(
        owner,
        users["ambassador"],
        "ambassador",
        [Grant(users["ambassador"], "ambassador", team_id=teams["IPS Brøndby"])],
    )
    grant(
        owner,
        users["team_lead"],
        "team_lead",
        [Grant(users["team_lead"], "team_lead", municipality="Brøndby")],
    )
    grant(owner, users["steering"], "steering", [])
    grant(owner, users["admin"], "admin", [])
    owner.close()
    return Region(pg_url, teams, reviews, users)


def drop_region(region: Region) -> None:
    for s in region.stores:
        s.close()
    with psycopg.connect(_admin_dsn(region.url), autocommit=True) as conn:
        for user in region.users.values():
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s",
                (user,),
            )
            conn.execute(f'DROP ROLE IF EXISTS "{user}"')
