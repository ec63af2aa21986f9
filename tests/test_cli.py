"""The command-line contract: output shapes, demo data, errors as one line with exit 2."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from ipsfidelity import __version__
from ipsfidelity.cli import main
from ipsfidelity.demo import TEAMS
from ipsfidelity.store import open_store


def cli_json(capsys: pytest.CaptureFixture[str], *args: str) -> object:
    capsys.readouterr()
    assert main([*args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.fixture
def demo_db(db_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["--db", str(db_path), "demo"]) == 0
    capsys.readouterr()
    return str(db_path)


def test_instruments(capsys: pytest.CaptureFixture[str]) -> None:
    packs = cli_json(capsys, "instruments")
    assert (
        packs[0]["id"] == "dk-minimum" and packs[0]["version"] == "1" and packs[0]["elements"] == 14
    )
    assert [p["id"] for p in packs[0]["principles"]] == [f"P{i}" for i in range(1, 9)]
    assert main(["instruments"]) == 0
    assert "Minimumsdefinition af IPS" in capsys.readouterr().out


def test_demo_fills_region_hovedstaden_teams_with_quarterly_reviews(
    demo_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    teams = cli_json(capsys, "--db", demo_db, "teams")
    assert len(teams) >= 3
    assert {t["municipality"] for t in teams} <= {
        "Albertslund",
        "Ballerup",
        "Brøndby",
        "Frederiksberg",
        "Frederikssund",
        "Glostrup",
        "Helsingør",
        "Hillerød",
        "Hvidovre",
        "København",
        "Rødovre",
        "Tårnby",
    }
    assert all(t["assessments"] == 4 for t in teams)
    assessments = cli_json(capsys, "--db", demo_db, "assessments")
    assert len(assessments) == 4 * len(teams)
    verdicts = {a["verdict"] for a in assessments}
    assert {"meets", "does_not_meet"} <= verdicts  # varied, not all the same
    overall = {a["overall"] for a in assessments}
    assert len(overall) >= 5
    for team in teams:
        periods = sorted(a["period"] for a in assessments if a["team"]["id"] == team["id"])
        assert len(set(periods)) == 4 and all(re.fullmatch(r"\d{4}-Q[1-4]", p) for p in periods)
    # Running it again changes nothing.
    assert main(["--db", demo_db, "demo"]) == 0
    assert "oprettede vurderinger: 0," in capsys.readouterr().out


def test_assessments_filtered_by_team(demo_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    name = TEAMS[2][0]
    rows = cli_json(capsys, "--db", demo_db, "assessments", "--team", name)
    assert len(rows) == 4 and {r["team"]["name"] for r in rows} == {name}
    assert main(["--db", demo_db, "assessments", "--team", "IPS Ingenby"]) == 2
    assert "Intet team" in capsys.readouterr().err


def test_assessments_say_each_reviews_kind_and_state(
    demo_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from ipsfidelity.store import open_store

    store = open_store(demo_db)
    try:
        truth = {
            a.id: (a.kind, a.state)
            for team in store.list_teams()
            for a in store.list_assessments(team.id)
        }
    finally:
        store.close()
    rows = cli_json(capsys, "--db", demo_db, "assessments")
    assert {r["id"]: (r["kind"], r["state"]) for r in rows} == truth
    assert {state for _, state in truth.values()} >= {"finished", "draft"}  # the demo varies
    assert main(["--db", demo_db, "assessments"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[4:6] == ["Type", "Status"]
    words = {"finished": "Afsluttet", "draft": "Kladde", "consensus": "Konsensus"}
    for line in lines[2:]:
        kind, state = truth[next(i for i in truth if i.startswith(line.split()[0]))]
        assert {"independent": "Ekstern", "self": "Selv"}[kind] in line and words[state] in line


def test_score_json_contract(demo_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    first = cli_json(capsys, "--db", demo_db, "assessments")[0]
    data = cli_json(capsys, "--db", demo_db, "score", first["id"][:6])
    assert set(data) == {
        "assessment",
        "instrument",
        "principles",
        "overall",
        "caseload",
        "verdict",
        "not_met",
    }
    assert data["assessment"] == first["id"]
    assert data["instrument"] == {"id": "dk-minimum", "version": "1"}
    assert [p["id"] for p in data["principles"]] == [f"P{i}" for i in range(1, 9)]
    for p in data["principles"]:
        assert set(p) == {"id", "score", "rated", "elements"}
    assert data["caseload"]["status"] in {"ok", "warning", "over", "missing"}
    for c in data["caseload"]["consultants"]:
        assert set(c) == {"consultant", "load", "status"}
    assert data["verdict"] in {"meets", "does_not_meet", "incomplete"}
    assert data["overall"] == first["overall"]
    assert all(re.fullmatch(r"P\d\.\d", e) for e in data["not_met"])


def test_score_human_output_in_danish_and_english(
    demo_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    aid = cli_json(capsys, "--db", demo_db, "assessments")[0]["id"]
    assert main(["--db", demo_db, "score", aid]) == 0
    out = capsys.readouterr().out
    assert "Samlet" in out and "minimumsdefinitionen" in out
    assert main(["--db", demo_db, "--lang", "en", "score", aid]) == 0
    out = capsys.readouterr().out
    assert "Overall" in out and "minimum definition" in out


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["score", "zzzz"], "Ingen vurdering"),
        (["score"], "forkert brug"),
        (["frobnicate"], "forkert brug"),
        (["export", "zzzz", "/tmp/x.json"], "Ingen vurdering"),
        (["import", "/nonexistent/file.json"], "findes ikke"),
        (["--db", "mysql+nosuchdriver://x/y", "teams"], "kan ikke bruges"),
        (["--db", "/nonexistent/dir/x.sqlite3", "teams"], "/nonexistent/dir/x.sqlite3 findes ikke"),
    ],
)
def test_errors_are_one_line_exit_2(
    args: list[str], expected: str, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    open_store(str(db_path)).close()  # an existing, empty database
    if "--db" not in args:
        args = ["--db", str(db_path), *args]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert expected in err
    assert "Traceback" not in err
    assert err.strip().splitlines()[-1].startswith("ipsfidelity: ")
    assert not Path("/nonexistent").exists()  # reading never makes a database on the spot


def test_english_messages(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    open_store(str(db_path)).close()
    assert main(["--lang", "en", "--db", str(db_path), "score", "zzzz"]) == 2
    assert "No assessment" in capsys.readouterr().err


def test_export_to_an_unwritable_place_is_a_clear_error(
    demo_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    aid = cli_json(capsys, "--db", demo_db, "assessments")[0]["id"]
    assert main(["--db", demo_db, "export", aid, "/nonexistent-dir/out.json"]) == 2
    assert "Kunne ikke skrive" in capsys.readouterr().err


def test_version_and_help_from_the_real_entry_point(tmp_path: Path) -> None:
    version = subprocess.run(
        [sys.executable, "-m", "ipsfidelity", "--version"], capture_output=True, text=True
    )
    assert version.returncode == 0 and version.stdout.strip() == f"ipsfidelity {__version__}"
    helptext = subprocess.run(
        [sys.executable, "-m", "ipsfidelity", "--help"], capture_output=True, text=True
    )
    assert helptext.returncode == 0
    for command in ("instruments", "demo", "teams", "assessments", "score", "import", "export"):
        assert command in helptext.stdout
    assert "database" in helptext.stdout


def test_db_from_environment_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "from-env.sqlite3"
    monkeypatch.setenv("IPSFIDELITY_DB", str(target))
    assert main(["demo"]) == 0
    assert target.exists()
    assert len(cli_json(capsys, "teams")) >= 3


def test_cli_on_postgresql(pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", pg_url, "demo"]) == 0
    rows = cli_json(capsys, "--db", pg_url, "assessments")
    assert len(rows) >= 12
    score = cli_json(capsys, "--db", pg_url, "score", rows[0]["id"])
    assert score["overall"] == rows[0]["overall"]


def test_a_database_that_cannot_be_created_is_a_danish_one_liner(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--db", "/proc/ipsfidelity-test.sqlite3", "demo"]) == 2  # demo creates it
    err = capsys.readouterr().err
    assert err.startswith("ipsfidelity: Databasen /proc/ipsfidelity-test.sqlite3 kan ikke oprettes")
    assert "Traceback" not in err and "Uventet" not in err and err.count("\n") == 1


def test_usage_errors_and_help_are_danish(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["frobnicate"]) == 2
    err = capsys.readouterr().err
    assert "ugyldigt valg: 'frobnicate'" in err and "brug: ipsfidelity" in err
    assert "invalid choice" not in err
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "tilvalg:" in out and "vis denne hjælp og afslut" in out
    assert "show this help" not in out
    assert main(["--lang", "en", "frobnicate"]) == 2
    assert "invalid choice" in capsys.readouterr().err


def test_no_screen_is_a_danish_one_liner_not_a_qt_abort(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    done = subprocess.run(
        [sys.executable, "-m", "ipsfidelity", "--db", str(tmp_path / "x.sqlite3")],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert done.returncode == 2
    assert (
        done.stderr.startswith("ipsfidelity: Der er ingen skærm") and done.stderr.count("\n") == 1
    )
