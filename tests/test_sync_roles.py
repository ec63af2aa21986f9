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
from ipsfidelity.i18n import tr
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


def _refused_untouched(laptop: Store, region: Region, url: str) -> None:
    """Sync is refused in one Danish line; neither side has changed."""
    server = _owner(region)
    before_server, before_laptop = _digest(server), _digest(laptop)
    with pytest.raises(UserError) as refused:
        apply_sync(laptop, preview_sync(laptop, url))
    assert str(refused.value) == tr("server.refused")
    assert _digest(server) == before_server
    assert _digest(laptop) == before_laptop


def test_ambassador_sends_ratings_but_not_the_plan_nor_a_new_team(
    region: Region, tmp_path: Path
) -> None:
    laptop = _laptop(region, tmp_path)
    url = _url(region, "ambassador")
    apply_sync(laptop, preview_sync(laptop, url))
    own = region.reviews["IPS Brøndby"]
    first = default_pack().element_ids[1]
    laptop.set_rating(own, first, "partial")
    result = apply_sync(laptop, preview_sync(laptop, url))  # the team lead's plan stays
    assert result.sent.updated == 1
    server = _owner(region)
    assert server.get_assessment(own).ratings[first].rating == "partial"
    assert [i.text for i in server.action_plan(own)] == ["Fælles møde med jobcentret"]

    item = laptop.action_plan(own)[0]
    laptop.update_action_item(item.id, text="Ambassadørens ændring")
    _refused_untouched(laptop, region, url)

    laptop2 = _laptop(region, tmp_path, "laptop2")
    apply_sync(laptop2, preview_sync(laptop2, url))
    team = laptop2.create_team("IPS Ny", "Brøndby")
    laptop2.create_assessment(team.id, TODAY, reviewers=["Åse"])
    _refused_untouched(laptop2, region, url)


def test_team_lead_sends_the_action_plan_but_not_ratings(region: Region, tmp_path: Path) -> None:
    laptop = _laptop(region, tmp_path)
    url = _url(region, "team_lead")
    apply_sync(laptop, preview_sync(laptop, url))
    own = region.reviews["IPS Brøndby"]
    laptop.add_action_item(own, "Teamlederens handling")
    laptop.set_outcomes(own, 10, 4)
    result = apply_sync(laptop, preview_sync(laptop, url))
    assert result.sent.updated == 1
    server = _owner(region)
    assert len(server.action_plan(own)) == 2
    outcomes = server.get_outcomes(own)
    assert outcomes is not None and outcomes.participants == 10
    assert server.get_assessment(own).ratings == laptop.get_assessment(own).ratings

    laptop.set_rating(own, default_pack().element_ids[2], "not_met")
    _refused_untouched(laptop, region, url)


def test_steering_sends_nothing(region: Region, tmp_path: Path) -> None:
    laptop = _laptop(region, tmp_path)
    url = _url(region, "steering")
    apply_sync(laptop, preview_sync(laptop, url))
    laptop.set_rating(region.reviews["IPS Herlev"], default_pack().element_ids[2], "not_met")
    _refused_untouched(laptop, region, url)


@pytest.mark.parametrize(
    ("role", "allowed"), [("ambassador", True), ("team_lead", False), ("steering", False)]
)
def test_cli_import_and_sync_as_each_role(
    region: Region, tmp_path: Path, role: str, allowed: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    laptop = _laptop(region, tmp_path)
    apply_sync(laptop, preview_sync(laptop, _url(region, "steering")))  # reads everything
    element = default_pack().element_ids[3]
    files = {}
    for name, aid in region.reviews.items():
        laptop.set_rating(aid, element, "partial")
        files[name] = tmp_path / f"{name}.json"
    db = str(tmp_path / "laptop.sqlite3")
    for name, aid in region.reviews.items():
        assert main(["--db", db, "export", aid, str(files[name])]) == 0
    capsys.readouterr()
    url = _url(region, role).replace("postgresql+psycopg://", "postgresql://")
    server = _owner(region)
    before = _digest(server)
    # Herlev is out of every scoped role's reach; Brøndby only the ambassador may rate.
    code = main(["--db", url, "import", str(files["IPS Herlev"])])
    err = capsys.readouterr().err
    assert code == 2 and tr("server.refused") in err and "Traceback" not in err
    assert _digest(server) == before
    code = main(["--db", url, "import", str(files["IPS Brøndby"])])
    err = capsys.readouterr().err
    assert code == (0 if allowed else 2), err
    rating = server.get_assessment(region.reviews["IPS Brøndby"]).ratings.get(element)
    assert (rating is not None and rating.rating == "partial") == allowed
    code = main(["--db", db, "sync", url, "--keep", "local"])
    out = capsys.readouterr()
    assert code == 2 and "Traceback" not in out.err
    assert tr("server.refused") in out.err  # Herlev's change stays on the laptop
