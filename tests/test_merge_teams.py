"""Teams and cooperation agreements in a merge: a one-sided change shows in the preview,
a deleted agreement stays deleted, and a new team must have one name across the files."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from ipsfidelity.cli import main
from ipsfidelity.exchange.apply import apply_import
from ipsfidelity.exchange.bundle import export_bundle
from ipsfidelity.exchange.incoming import read_files
from ipsfidelity.exchange.merge import preview_import
from ipsfidelity.exchange.preview import Status, TeamStatus
from tests.merge_help import TODAY, move, preview_from


def test_a_one_sided_agreement_change_shows_and_applies(
    laptops, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = laptops
    team = a.create_team("IPS Ringsted", "Ringsted")
    ag = a.create_agreement(team.id, TODAY - dt.timedelta(days=30), duration="Et år")
    move(a, b, tmp_path / "start.json")
    a.update_agreement(ag.id, duration="To år")  # only laptop A changes it
    preview = preview_from(a, b, tmp_path / "a.json")
    (row,) = preview.teams
    assert row.status == TeamStatus.UPDATED
    assert row.applied == ("Varighed og evaluering",)
    assert preview.has_changes and not preview.conflicts and not preview.reviews
    capsys.readouterr()
    assert (
        main(["--db", str(tmp_path / "b.sqlite3"), "import", "--dry-run", str(tmp_path / "a.json")])
        == 0
    )
    out = capsys.readouterr().out
    assert "Samarbejdsaftaler for IPS Ringsted ændres: Varighed og evaluering" in out
    apply_import(b, preview)
    assert b.agreements(team.id)[0].duration == "To år"
    again = preview_from(a, b, tmp_path / "again.json")
    assert again.teams[0].status == TeamStatus.MATCHED and not again.has_changes


def test_a_new_agreement_of_a_known_team_shows(laptops, tmp_path: Path) -> None:
    a, b = laptops
    team = a.create_team("IPS Sorø", "Sorø")
    move(a, b, tmp_path / "start.json")
    a.create_agreement(team.id, TODAY - dt.timedelta(days=3), target_age="18-30")
    preview = preview_from(a, b, tmp_path / "a.json")
    (row,) = preview.teams
    assert row.status == TeamStatus.UPDATED and preview.has_changes
    (label,) = row.applied
    assert label == f"ny aftale fra {_day(TODAY - dt.timedelta(days=3))}"
    apply_import(b, preview)
    assert b.agreements(team.id)[0].target_age == "18-30"


def test_a_deleted_agreement_travels_and_an_old_file_does_not_bring_it_back(
    laptops, tmp_path: Path
) -> None:
    a, b = laptops
    team = a.create_team("IPS Holbæk", "Holbæk")
    old = a.create_agreement(team.id, TODAY - dt.timedelta(days=400), duration="Et år")
    a.create_agreement(team.id, TODAY - dt.timedelta(days=30), duration="To år")
    move(a, b, tmp_path / "start.json")
    export_bundle(a, tmp_path / "old.json")  # still holds both agreements
    a.delete_agreement(old.id)
    preview = preview_from(a, b, tmp_path / "a.json")
    (row,) = preview.teams
    assert row.status == TeamStatus.UPDATED and preview.has_changes
    assert row.applied == (f"aftalen fra {_day(old.start_date)} slettes",)
    apply_import(b, preview)
    assert [x.duration for x in b.agreements(team.id)] == ["To år"]
    # The old file on either laptop: the deleted agreement stays deleted.
    for store in (a, b):
        again = preview_import(store, read_files([tmp_path / "old.json"]))
        assert not again.has_changes
        apply_import(store, again)
        assert [x.duration for x in store.agreements(team.id)] == ["To år"]
    assert not preview_from(a, b, tmp_path / "a2.json").has_changes


def test_a_deleted_agreement_changed_here_since_is_a_conflict(laptops, tmp_path: Path) -> None:
    a, b = laptops
    team = a.create_team("IPS Kalundborg", "Kalundborg")
    ag = a.create_agreement(team.id, TODAY - dt.timedelta(days=30), duration="Et år")
    move(a, b, tmp_path / "start.json")
    a.delete_agreement(ag.id)
    b.update_agreement(ag.id, duration="To år")  # B went on working on it
    preview = preview_from(a, b, tmp_path / "a.json")
    (c,) = preview.conflicts
    assert c.element == f"agreement:{ag.id}:deleted" and (c.local, c.incoming) == ("findes", None)
    apply_import(b, preview, {c.id: "local"})
    assert [x.duration for x in b.agreements(team.id)] == ["To år"]  # kept, by choice
    # B knows the deletion now and kept it: no new question from the same side.
    assert not preview_from(a, b, tmp_path / "a2.json").conflicts
    # B's copy goes back to A: it was changed after A deleted it, so it comes back.
    preview = preview_from(b, a, tmp_path / "b.json")
    assert preview.teams[0].status == TeamStatus.UPDATED
    apply_import(a, preview)
    assert [x.duration for x in a.agreements(team.id)] == ["To år"]


def test_a_deleted_agreement_taken_from_the_file_in_a_conflict(laptops, tmp_path) -> None:
    a, b = laptops
    team = a.create_team("IPS Odsherred", "Odsherred")
    ag = a.create_agreement(team.id, TODAY - dt.timedelta(days=30), duration="Et år")
    move(a, b, tmp_path / "start.json")
    a.delete_agreement(ag.id)
    b.update_agreement(ag.id, duration="To år")
    apply_import(b, preview_from(a, b, tmp_path / "a.json"), keep="incoming")
    assert b.agreements(team.id) == []


def test_a_new_team_named_differently_in_two_files_is_refused(laptops, tmp_path: Path) -> None:
    a, b = laptops
    team = a.create_team("IPS Roskilde", "Roskilde")
    review = a.create_assessment(team.id, TODAY - dt.timedelta(days=5), reviewers=["Anna"])
    export_bundle(a, tmp_path / "one.json")
    doc = json.loads((tmp_path / "one.json").read_text(encoding="utf-8"))
    doc["teams"][0]["name"] = "IPS Roskilde Syd"
    doc["assessments"][0]["team"]["name"] = "IPS Roskilde Syd"
    doc["assessments"][0]["id"] = "0" * 8 + review.id[8:]  # another review of the same team
    (tmp_path / "two.json").write_text(json.dumps(doc), encoding="utf-8")
    one = read_files([tmp_path / "one.json"])
    two = read_files([tmp_path / "two.json"])
    preview = preview_import(b, [*one, *two])
    (row,) = preview.teams
    assert row.status == TeamStatus.REFUSED
    assert "har forskellige navne i filerne" in row.reason
    assert {r.status for r in preview.reviews} == {Status.REFUSED}
    apply_import(b, preview)
    assert b.list_teams() == [] and b.list_assessments() == []


def _day(day: dt.date) -> str:
    from ipsfidelity.wording import date_text

    return date_text(day)
