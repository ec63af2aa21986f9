"""Teams and cooperation agreements in a merge: a one-sided change shows in the preview,
a deleted agreement stays deleted, and a new team must have one name across the files."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from ipsfidelity.exchange.apply import apply_import
from ipsfidelity.exchange.bundle import export_bundle
from ipsfidelity.exchange.incoming import read_files
from ipsfidelity.exchange.merge import preview_import
from ipsfidelity.exchange.preview import Status, TeamStatus
from ipsfidelity.store import open_store
from tests.merge_help import TODAY, move, preview_from, shared_review


@pytest.fixture
def laptops(tmp_path: Path):
    a = open_store(str(tmp_path / "a.sqlite3"))
    b = open_store(str(tmp_path / "b.sqlite3"))
    yield a, b
    a.close()
    b.close()


def test_a_one_sided_agreement_change_shows_and_applies(laptops, tmp_path: Path) -> None:
    a, b = laptops
    team = a.create_team("IPS Ringsted", "Ringsted")
    ag = a.create_agreement(team.id, TODAY - dt.timedelta(days=30), duration="Et år")
    move(a, b, tmp_path / "start.json")
    a.update_agreement(ag.id, duration="To år")  # only laptop A changes it
    preview = preview_from(a, b, tmp_path / "a.json")
    (row,) = preview.teams
    assert row.status == TeamStatus.UPDATED
    assert row.applied == ("Samarbejdsaftale: Varighed og evaluering",)
    assert preview.has_changes and not preview.conflicts and not preview.reviews
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
    assert label.startswith("Ny samarbejdsaftale fra ")
    apply_import(b, preview)
    assert b.agreements(team.id)[0].target_age == "18-30"
