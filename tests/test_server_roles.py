"""The regional server's roles, enforced by PostgreSQL itself: through the app's Store and
through plain SQL as each role, on the tests' real server."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text

from ipsfidelity.cli import main
from ipsfidelity.errors import UserError
from ipsfidelity.i18n import tr
from ipsfidelity.instrument import default_pack
from ipsfidelity.store import open_store
from ipsfidelity.store.models import Base
from ipsfidelity.store.server_rules import NO_RLS, all_tables, setup_script
from ipsfidelity.store.server_setup import Grant, grant, list_grants, revoke, setup_server
from tests.lifecycle_help import finish_review
from tests.server_region import Region, build_region, drop_region

pytestmark = pytest.mark.postgres
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def region(pg_url: str) -> Iterator[Region]:
    r = build_region(pg_url)
    yield r
    drop_region(r)


def test_every_table_has_rules() -> None:
    assert set(Base.metadata.tables) == set(all_tables()), "give the new table its policies"
    assert "alembic_version" in NO_RLS


def test_setup_runs_twice_and_every_table_has_row_security(region: Region) -> None:
    s = open_store(region.url)
    try:
        assert setup_server(s) == setup_server(s)  # the second run changes nothing
        with s.engine.connect() as conn:
            secured = dict(
                conn.execute(
                    text("SELECT relname, relrowsecurity FROM pg_class WHERE relname = ANY (:t)"),
                    {"t": list(all_tables())},
                ).all()
            )
            policies = conn.execute(text("SELECT count(*) FROM pg_policies")).scalar()
    finally:
        s.close()
    assert secured == dict.fromkeys(all_tables(), True)
    assert policies and policies >= 2 * len(all_tables())


def test_team_lead_reads_only_own_municipality(region: Region) -> None:
    lead = region.store_for("team_lead")
    assert [t.name for t in lead.list_teams()] == ["IPS Brøndby"]
    assert {a.id for a in lead.list_assessments()} == {region.reviews["IPS Brøndby"]}
    with pytest.raises(UserError):
        lead.get_assessment(region.reviews["IPS Herlev"])
    other = region.reviews["IPS Herlev"]
    with region.sql_as("team_lead") as conn:
        for table in ("rating", "caseload_entry", "action_item"):
            rows = conn.execute(f"SELECT assessment_id FROM {table}").fetchall()
            assert rows and other not in {r[0] for r in rows}
        assert conn.execute(
            "SELECT count(*) FROM assessment WHERE id = %s", (other,)
        ).fetchone() == (0,)
        teams = {r[0] for r in conn.execute("SELECT team_id FROM history").fetchall()}
        assert teams == {region.teams["IPS Brøndby"]}


def test_team_lead_works_on_the_plan_but_does_not_rate(region: Region) -> None:
    lead = region.store_for("team_lead")
    own = region.reviews["IPS Brøndby"]
    item = lead.add_action_item(own, "Teamlederen følger op")
    lead.update_action_item(item.id, status="i_gang")
    lead.create_agreement(region.teams["IPS Brøndby"], dt.date.today() - dt.timedelta(days=5))
    with pytest.raises(UserError) as refused:
        lead.set_rating(own, default_pack().element_ids[1], "met")
    assert str(refused.value) == tr("server.refused")
    with pytest.raises(UserError):
        lead.add_action_item(region.reviews["IPS Herlev"], "Ikke mit team")


def test_ambassador_rates_and_finishes_own_teams_only(region: Region) -> None:
    amb = region.store_for("ambassador")
    pack = default_pack()
    own, other = region.reviews["IPS Brøndby"], region.reviews["IPS Herlev"]
    for element in pack.element_ids:
        amb.set_rating(own, element, "met")
    finish_review(amb, own)
    assert amb.lifecycle(own).state == "finished"
    new = amb.create_assessment(region.teams["IPS Brøndby"], dt.date.today())
    amb.delete_assessment(new.id)
    with pytest.raises(UserError):
        amb.set_rating(other, pack.element_ids[0], "not_met")
    with pytest.raises(UserError):  # a team the ambassador cannot see is not found
        amb.create_assessment(region.teams["IPS Herlev"], dt.date.today())
    assert len(region.store_for("steering").list_assessments(region.teams["IPS Herlev"])) == 1
    with pytest.raises(UserError):
        amb.add_action_item(own, "Ikke ambassadørens")
    with region.sql_as("ambassador") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute(
            "INSERT INTO rating (id, assessment_id, element_id, principle_id, rating, note,"
            " evidence, updated_at) VALUES (gen_random_uuid()::text, %s, 'x', 'P1', 'full', '',"
            " '[]', now())",
            (other,),
        )


def test_steering_group_reads_everything_and_writes_nothing(region: Region) -> None:
    steering = region.store_for("steering")
    assert len(steering.list_teams()) == 2
    assert len(steering.list_assessments()) == 2
    own = region.reviews["IPS Herlev"]
    assert steering.action_plan(own)
    for attempt in (
        lambda: steering.set_rating(own, default_pack().element_ids[0], "not_met"),
        lambda: steering.add_action_item(own, "Styregruppen skriver"),
        lambda: steering.create_team("IPS Ny"),
        lambda: steering.update_team(region.teams["IPS Herlev"], municipality="Gladsaxe"),
    ):
        with pytest.raises(UserError) as refused:
            attempt()
        assert str(refused.value) == tr("server.refused")
    with region.sql_as("steering") as conn:
        assert conn.execute("SELECT count(*) FROM rating").fetchone()[0] >= 2
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE team SET name = 'x'")


def test_admin_keeps_teams_but_not_reviews(region: Region) -> None:
    admin = region.store_for("admin")
    team = admin.create_team("IPS Gladsaxe", "Gladsaxe", "PC Ballerup")
    admin.update_team(team.id, clinics="F-ACT Nord")
    assert len(admin.list_teams()) == 3
    with pytest.raises(UserError):
        admin.set_rating(region.reviews["IPS Brøndby"], default_pack().element_ids[0], "not_met")
    admin.delete_team(region.teams["IPS Herlev"])  # its draft review goes with it
    assert [t.name for t in admin.list_teams()] == ["IPS Brøndby", "IPS Gladsaxe"]
    assert {g.db_user for g in list_grants(admin)} == set(region.users.values())
    # Administrators keep the users: another team lead, granted and taken away again.
    lead = region.users["team_lead"]
    grant(
        admin,
        region.users["steering"],
        "team_lead",
        [Grant(region.users["steering"], "team_lead", municipality="Herlev")],
    )
    assert revoke(admin, region.users["steering"], "team_lead") == 1
    with pytest.raises(UserError, match="nægter"):  # only the DBA makes administrators
        grant(admin, lead, "admin", [])
    assert [g.role for g in list_grants(region.store_for("ambassador"))] == ["ambassador"]


def test_history_names_the_server_user_and_cannot_be_forged(region: Region) -> None:
    amb = region.store_for("ambassador")
    own = region.reviews["IPS Brøndby"]
    amb.set_rating(own, default_pack().element_ids[2], "partial")
    mine = [h for h in amb.history(own) if h.element_id == default_pack().element_ids[2]]
    assert [h.db_user for h in mine] == [region.users["ambassador"]]
    forged = (
        "INSERT INTO history (id, at, team_id, assessment_id, entity, entity_id, element_id,"
        " subject, field, reviewer, os_user, db_user) VALUES (gen_random_uuid()::text, now(),"
        " %s, %s, 'rating', '', '', '', 'rating', 'Åse', '', %s)"
    )
    team = region.teams["IPS Brøndby"]
    with region.sql_as("ambassador") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute(forged, (team, own, region.users["steering"]))
    with region.sql_as("ambassador") as conn:
        conn.execute(forged.replace(", db_user)", ")").replace(", %s)", ")"), (team, own))
        who = conn.execute("SELECT db_user FROM history WHERE reviewer = 'Åse'").fetchall()
        assert who == [(region.users["ambassador"],)]
    with region.sql_as("ambassador") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("UPDATE history SET db_user = 'someone'")  # no right, and the trigger


def test_access_mirrors_the_roles(region: Region) -> None:
    brondby = region.store_for("steering").get_team(region.teams["IPS Brøndby"])
    herlev = region.store_for("steering").get_team(region.teams["IPS Herlev"])
    amb = region.store_for("ambassador").access()
    assert amb.may_rate(brondby) and not amb.may_rate(herlev)
    assert not amb.may_follow_up(brondby) and not amb.may_edit_teams
    lead = region.store_for("team_lead").access()
    assert lead.may_follow_up(brondby) and not lead.may_follow_up(herlev)
    assert not lead.may_rate(brondby)
    steering = region.store_for("steering").access()
    assert steering.reads_only and steering.steering
    admin = region.store_for("admin").access()
    assert admin.may_edit_teams and not admin.may_rate(brondby)
    owner = open_store(region.url)
    try:
        assert owner.access().everything
    finally:
        owner.close()


def test_revoke_takes_the_role_away(region: Region) -> None:
    owner = open_store(region.url)
    try:
        assert revoke(owner, region.users["team_lead"], "team_lead") == 1
        assert revoke(owner, region.users["team_lead"], "team_lead") == 0  # idempotent
    finally:
        owner.close()
    with pytest.raises(UserError) as refused:  # no role left: not even the schema to read
        region.store_for("team_lead")
    assert "nægter adgang" in str(refused.value)


def test_cli_sets_up_grants_and_refuses_in_danish(
    pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = pg_url.replace("postgresql+psycopg://", "postgresql://")
    assert main(["--db", db, "server", "setup"]) == 0
    assert main(["--db", db, "server", "setup"]) == 0
    assert "rækkeadgang" in capsys.readouterr().out
    assert (
        main(
            [
                "--db",
                db,
                "server",
                "grant",
                "nobody_here",
                "ambassador",
                "--municipality",
                "Brøndby",
            ]
        )
        == 2
    )
    assert tr("server.no_such_user", user="nobody_here") in capsys.readouterr().err
    assert main(["--db", db, "server", "grant", "nobody_here", "ambassador"]) == 2
    assert tr("server.scope_needed") in capsys.readouterr().err


def test_sqlite_stays_single_user(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    s = open_store(str(db_path))
    try:
        assert s.access().everything
        with pytest.raises(UserError, match="SQLite"):
            setup_server(s)
    finally:
        s.close()
    assert main(["--db", str(db_path), "server", "setup"]) == 2
    assert "SQLite" in capsys.readouterr().err


def test_docs_show_the_sql_the_setup_runs(capsys: pytest.CaptureFixture[str]) -> None:
    doc = (ROOT / "docs" / "server.md").read_text(encoding="utf-8")
    assert setup_script() in doc, "regenerate docs/server.md: ipsfidelity server setup --sql"
    assert main(["server", "setup", "--sql"]) == 0
    assert capsys.readouterr().out == setup_script()


def test_service_and_password_files_keep_the_password_out_of_the_url(
    region: Region, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy.engine import make_url

    url = make_url(region.url)
    user = region.users["ambassador"]
    service = tmp_path / "pg_service.conf"
    service.write_text(
        f"[ipsf]\nhost={url.host}\nport={url.port}\ndbname={url.database}\nuser={user}\n",
        encoding="utf-8",
    )
    passfile = tmp_path / "pgpass"
    passfile.write_text(f"{url.host}:{url.port}:{url.database}:{user}:Hemmelig-1\n")
    passfile.chmod(0o600)
    monkeypatch.setenv("PGSERVICEFILE", str(service))
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    s = open_store(f"postgresql:///{url.database}?service=ipsf")
    try:
        assert s.access().user == user
        assert [t.name for t in s.list_teams()] == ["IPS Brøndby"]
    finally:
        s.close()


def test_setup_by_a_user_is_refused_in_danish(
    region: Region, capsys: pytest.CaptureFixture[str]
) -> None:
    url = region.url_for("steering").replace("postgresql+psycopg://", "postgresql://")
    assert main(["--db", url, "server", "setup"]) == 2
    err = capsys.readouterr().err
    assert "Serveren nægter opsætningen" in err and "Traceback" not in err
    assert "Hemmelig" not in err  # never the password


def test_an_exchange_file_is_imported_only_within_the_role(
    region: Region, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A review rated on a laptop (SQLite) goes to the server through its ambassador; no
    one else may put it there, nor may the ambassador bring a team the region lacks."""
    files = {}
    for name, team_id in (("IPS Brøndby", region.teams["IPS Brøndby"]), ("IPS Ny", None)):
        laptop = open_store(str(tmp_path / f"{name}.sqlite3"))
        team = laptop.create_team(name, "Brøndby", "PC Glostrup", team_id=team_id)
        review = laptop.create_assessment(team.id, dt.date.today(), reviewers=["Åse"])
        laptop.set_rating(review.id, default_pack().element_ids[0], "met")
        laptop.close()
        files[name] = tmp_path / f"{name}.json"
        db = str(tmp_path / f"{name}.sqlite3")
        assert main(["--db", db, "export", review.id, str(files[name])]) == 0
    capsys.readouterr()

    def import_as(role: str, name: str) -> int:
        url = region.url_for(role).replace("postgresql+psycopg://", "postgresql://")
        return main(["--db", url, "import", str(files[name])])

    for role, name in (("team_lead", "IPS Brøndby"), ("steering", "IPS Brøndby")):
        assert import_as(role, name) == 2
        assert tr("server.refused") in capsys.readouterr().err
    assert import_as("ambassador", "IPS Ny") == 2
    assert tr("server.refused") in capsys.readouterr().err
    assert import_as("ambassador", "IPS Brøndby") == 0
    assert len(region.store_for("steering").list_assessments(region.teams["IPS Brøndby"])) == 2


def test_cli_grants_lists_and_revokes(region: Region, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    db = region.url.replace("postgresql+psycopg://", "postgresql://")
    user = region.users["steering"]
    grant_args = ["--db", db, "server", "grant", user, "team_lead", "--team", "IPS Herlev"]
    assert main(grant_args) == 0
    assert main(grant_args) == 0  # twice: still one scope row
    capsys.readouterr()
    assert main(["--db", db, "server", "access", "--json"]) == 0
    rows = [g for g in json.loads(capsys.readouterr().out) if g["db_user"] == user]
    assert [(g["role"], g["team_id"]) for g in rows] == [
        ("steering", ""),
        ("team_lead", region.teams["IPS Herlev"]),
    ]
    assert main(["--db", db, "server", "revoke", user, "team_lead"]) == 0
    said = tr("server.revoked", user=user, role=tr("server.role.team_lead"), count=1)
    assert said in capsys.readouterr().out


def test_team_lead_of_a_psychiatry_unit(region: Region) -> None:
    from sqlalchemy.engine import make_url

    from tests.server_region import PASSWORD

    user = f"unit_{make_url(region.url).database}"
    admin_dsn = region.url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(admin_dsn, autocommit=True) as conn:
        conn.execute(f"CREATE ROLE \"{user}\" LOGIN PASSWORD '{PASSWORD}'")
    region.users["unit_lead"] = user  # dropped with the others
    owner = open_store(region.url)
    try:
        grant(owner, user, "team_lead", [Grant(user, "team_lead", psychiatry="PC Ballerup")])
    finally:
        owner.close()
    lead = region.store_for("unit_lead")
    assert [t.name for t in lead.list_teams()] == ["IPS Herlev"]
    herlev = lead.get_team(region.teams["IPS Herlev"])
    assert lead.access().may_follow_up(herlev)
    lead.add_action_item(region.reviews["IPS Herlev"], "Enhedens leder følger op")
