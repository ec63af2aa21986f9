"""Sync and import as each role against a regional server with row-level security: a
laptop fetches only what the role may read; what the role may not write is refused in one
Danish line, with nothing half-written on either side."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from ipsfidelity.cli import main
from ipsfidelity.errors import UserError
from ipsfidelity.exchange.sync import apply_sync, preview_sync
from ipsfidelity.instrument import default_pack
from ipsfidelity.store import Store, open_store
from tests.server_region import PASSWORD, Region, build_region, drop_region

pytestmark = pytest.mark.postgres
TODAY = dt.date.today()


@pytest.fixture
def region(pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Region]:
    r = build_region(pg_url)
    url = make_url(pg_url)
    passfile = tmp_path / "pgpass"
    passfile.write_text(
        "".join(f"{url.host}:{url.port}:{url.database}:{u}:{PASSWORD}\n" for u in r.users.values())
    )
    passfile.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    yield r
    drop_region(r)


def _url(region: Region, role: str) -> str:
    """The role's URL without its password (sync refuses one: the pass file has it)."""
    return make_url(region.url).set(username=region.users[role], password=None).render_as_string()


def _digest(store: Store) -> list[object]:
    tables = ("team", "assessment", "rating", "history", "action_item", "caseload_entry")
    with store.engine.connect() as conn:
        return [conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in tables]


def _laptop(region: Region, tmp_path: Path, name: str = "laptop") -> Store:
    s = open_store(str(tmp_path / f"{name}.sqlite3"))
    region.stores.append(s)
    return s


def _owner(region: Region) -> Store:
    s = open_store(region.url)
    region.stores.append(s)
    return s


@pytest.mark.parametrize("role", ["ambassador", "team_lead", "steering"])
def test_fetch_brings_only_what_the_role_may_read(
    region: Region, tmp_path: Path, role: str
) -> None:
    laptop = _laptop(region, tmp_path)
    result = apply_sync(laptop, preview_sync(laptop, _url(region, role)))
    expected = (
        set(region.reviews.values()) if role == "steering" else {region.reviews["IPS Brøndby"]}
    )
    assert {a.id for a in laptop.list_assessments()} == expected
    assert result.fetched.created == len(expected)
    assert result.sent.created == 0


def test_ambassador_sends_ratings_but_not_a_team_the_region_lacks(
    region: Region, tmp_path: Path
) -> None:
    laptop = _laptop(region, tmp_path)
    url = _url(region, "ambassador")
    apply_sync(laptop, preview_sync(laptop, url))
    own = region.reviews["IPS Brøndby"]
    first = default_pack().element_ids[1]
    laptop.set_rating(own, first, "partial")
    apply_sync(laptop, preview_sync(laptop, url))
    assert _owner(region).get_assessment(own).ratings[first].rating == "partial"

    team = laptop.create_team("IPS Ny", "Brøndby")
    laptop.create_assessment(team.id, TODAY, reviewers=["Åse"])
    server = _owner(region)
    before_server, before_laptop = _digest(server), _digest(laptop)
    with pytest.raises(UserError) as refused:
        apply_sync(laptop, preview_sync(laptop, url))
    assert "\n" not in str(refused.value)
    print("AMB NEW TEAM:", refused.value)
    assert _digest(server) == before_server
    assert _digest(laptop) == before_laptop


def test_team_lead_sends_the_action_plan(region: Region, tmp_path: Path) -> None:
    laptop = _laptop(region, tmp_path)
    url = _url(region, "team_lead")
    apply_sync(laptop, preview_sync(laptop, url))
    own = region.reviews["IPS Brøndby"]
    laptop.add_action_item(own, "Teamlederens handling")
    server = _owner(region)
    before_server = _digest(server)
    try:
        apply_sync(laptop, preview_sync(laptop, url))
        print("LEAD PLAN: ok", len(server.action_plan(own)))
    except UserError as exc:
        print("LEAD PLAN:", exc)
        assert _digest(server) == before_server

    laptop.set_rating(own, default_pack().element_ids[2], "not_met")
    before_server = _digest(server)
    with pytest.raises(UserError) as refused:
        apply_sync(laptop, preview_sync(laptop, url))
    print("LEAD RATING:", refused.value)
    assert _digest(server) == before_server


def test_steering_sends_nothing(region: Region, tmp_path: Path) -> None:
    laptop = _laptop(region, tmp_path)
    url = _url(region, "steering")
    apply_sync(laptop, preview_sync(laptop, url))
    own = region.reviews["IPS Herlev"]
    laptop.set_rating(own, default_pack().element_ids[2], "not_met")
    server = _owner(region)
    before_server, before_laptop = _digest(server), _digest(laptop)
    with pytest.raises(UserError) as refused:
        apply_sync(laptop, preview_sync(laptop, url))
    print("STEERING:", refused.value)
    assert _digest(server) == before_server
    assert _digest(laptop) == before_laptop


@pytest.mark.parametrize("role", ["ambassador", "team_lead", "steering"])
def test_cli_import_and_sync_as_each_role(
    region: Region, tmp_path: Path, role: str, capsys: pytest.CaptureFixture[str]
) -> None:
    laptop = _laptop(region, tmp_path)
    apply_sync(laptop, preview_sync(laptop, _url(region, "steering")))  # everything
    for aid in region.reviews.values():
        laptop.set_rating(aid, default_pack().element_ids[3], "partial")
    db = str(tmp_path / "laptop.sqlite3")
    out = tmp_path / "all.json"
    assert main(["--db", db, "export", *region.reviews.values(), str(out)]) == 0 or True
    capsys.readouterr()
    url = _url(region, role).replace("postgresql+psycopg://", "postgresql://")
    server = _owner(region)
    before = _digest(server)
    code = main(["--db", url, "import", str(out)])
    err = capsys.readouterr().err
    print("CLI IMPORT", role, code, err)
    code = main(["--db", db, "sync", url])
    err2 = capsys.readouterr()
    print("CLI SYNC", role, code, err2)
    assert "Traceback" not in err + err2.err
