"""`ipsfidelity actions`: table with overdue marks, filters, JSON, CSV for Danish Excel."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest

from ipsfidelity.cli import main
from ipsfidelity.store import Store, open_store


def _out(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    capsys.readouterr()
    assert main(list(args)) == 0
    return capsys.readouterr().out


@pytest.fixture
def plan_db(any_url: str) -> str:
    """One team, two quarters; the later plan has an overdue, a future and a finished item."""
    store: Store = open_store(any_url)
    tid = store.create_team("IPS Ærø", "Ærø", "Psykiatrien Syd").id
    today = dt.date.today()
    q1 = store.create_assessment(tid, today - dt.timedelta(days=120)).id
    q2 = store.create_assessment(tid, today - dt.timedelta(days=10)).id
    store.add_action_item(
        q1,
        "=Fast plads i F-ACT",  # a cell Excel would take for a formula
        elements=["P3.2"],
        party="psykiatri",
        owner="Bo Ågård",
        deadline=today - dt.timedelta(days=30),
        status="i_gang",
    )
    store.add_action_item(q1, "Lukket punkt", status="afsluttet")
    store.carry_over(q2)  # the running item moves on; the finished one stays behind
    store.add_action_item(
        q2, "Ugentlige virksomhedsbesøg", elements=["P6.1"], party="kommune", owner="Åse Bøgh"
    )
    store.add_action_item(q2, "Ledermøde holdt", party="faelles", status="afsluttet")
    store.close()
    return any_url


def test_table_marks_overdue_and_filters(plan_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    out = _out(capsys, "--db", plan_db, "actions")
    rows = [line for line in out.splitlines() if "IPS Ærø" in line]
    # Carried item shown once (its latest copy), plus the two new ones, plus the closed Q1 one.
    assert len(rows) == 4
    header = out.splitlines()[0]
    assert "Ansvarlig part" in header and "Tovholder" in header and "Frist" in header
    assert "Deadline" not in out and "deadline" not in out
    overdue = [r for r in rows if r.startswith("!")]
    assert len(overdue) == 1 and "Fast plads i F-ACT" in overdue[0] and "Psykiatri" in overdue[0]
    assert "1 overskreden handling er markeret med !" in out
    open_rows = [
        r for r in _out(capsys, "--db", plan_db, "actions", "--open").splitlines() if "Ærø" in r
    ]
    assert len(open_rows) == 2 and not any("Afsluttet" in r for r in open_rows)
    english = _out(capsys, "--db", plan_db, "--lang", "en", "actions", "--team", "ips ærø")
    assert "Municipality" in english and "In progress" in english
    assert main(["--db", plan_db, "actions", "--team", "IPS Ingenby"]) == 2


def test_json_contract(plan_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    items = json.loads(_out(capsys, "--db", plan_db, "actions", "--open", "--json"))
    assert [i["text"] for i in items] == ["=Fast plads i F-ACT", "Ugentlige virksomhedsbesøg"]
    first = items[0]
    assert set(first) == {
        "id",
        "team",
        "assessment",
        "position",
        "text",
        "elements",
        "party",
        "owner",
        "deadline",
        "status",
        "follow_up",
        "origin",
        "overdue",
        "updated_at",
    }
    assert first["overdue"] is True and first["origin"] is not None
    assert first["party"] == "psykiatri" and first["status"] == "i_gang"
    assert items[1]["overdue"] is False and items[1]["elements"] == ["P6.1"]


def test_csv_for_danish_excel(
    plan_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "handlinger.csv"
    out = _out(capsys, "--db", plan_db, "actions", "--csv", str(target))
    assert "4 handlinger" in out
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:4] == ["Team", "Periode", "Dato", "Handling"]
    assert rows[0][-1] == "Overskredet"
    assert rows[0][5:8] == ["Ansvarlig part", "Tovholder", "Frist"]  # the report's terms
    assert len(rows) == 5
    flagged = [r for r in rows[1:] if r[-1] == "Ja"]
    assert len(flagged) == 1 and flagged[0][3] == "'=Fast plads i F-ACT"  # not a formula
    assert {r[5] for r in rows[1:]} == {"Psykiatri", "Kommune", "Fælles"}
    assert not list(tmp_path.glob(".handlinger.csv.*"))  # written atomically, nothing left over

    assert main(["--db", plan_db, "actions", "--json", "--csv", str(target)]) == 2
    assert main(["--db", plan_db, "actions", "--csv", str(tmp_path / "nowhere" / "x.csv")]) == 2
    assert "Kunne ikke skrive" in capsys.readouterr().err


def test_no_actions(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from ipsfidelity.store import open_store

    open_store(str(db_path)).close()
    assert "ingen handlinger" in _out(capsys, "--db", str(db_path), "actions")
