"""`compare` and `overview` from the command line; CSV and XLSX read back cell by cell."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ipsfidelity.cli import main
from ipsfidelity.i18n import tr
from ipsfidelity.review_words import state_word
from ipsfidelity.scoring import round1
from ipsfidelity.store import open_store


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_url(any_url: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert run_cli(capsys, "--db", any_url, "demo")[0] == 0
    store = open_store(any_url)
    try:  # one team without any review, so blanks are exported too
        store.create_team("IPS Uden Vurdering", "Gribskov", "PC Nordsjælland")
    finally:
        store.close()
    return any_url


def test_compare_json(demo_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(
        capsys, "--db", demo_url, "compare", "--team", "ips frederiksberg", "--json"
    )
    assert code == 0
    data = json.loads(out)
    assert data["team"]["name"] == "IPS Frederiksberg"
    history = data["assessments"]
    assert [a["period"] for a in history] == ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]
    store = open_store(demo_url)
    try:
        for before, after in zip([None, *history], history, strict=False):
            score = store.score(after["assessment"])
            assert after["overall"] == score.overall and after["verdict"] == score.verdict
            assert after["caseload"] == score.caseload.status
            assert [p["score"] for p in after["principles"]] == [p.score for p in score.principles]
            if before is None:
                assert after["overall_delta"] is None and after["changes"] == []
                assert after["caseload_change"] is None and after["verdict_change"] is None
                continue
            assert after["caseload_change"] == {
                "from": before["caseload"],
                "to": after["caseload"],
                "changed": before["caseload"] != after["caseload"],
            }
            assert after["verdict_change"] == {
                "from": before["verdict"],
                "to": after["verdict"],
                "changed": before["verdict"] != after["verdict"],
            }
            assert after["overall_delta"] == round1(after["overall"] - before["overall"])
            for old, new in zip(before["principles"], after["principles"], strict=True):
                assert new["delta"] == round1(new["score"] - old["score"])
            old_r = store.get_assessment(before["assessment"]).rating_values
            new_r = store.get_assessment(after["assessment"]).rating_values
            assert {c["element"]: (c["from"], c["to"]) for c in after["changes"]} == {
                e: (old_r[e], new_r[e]) for e in new_r if old_r[e] != new_r[e]
            }
    finally:
        store.close()


def test_compare_text_and_errors(demo_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(
        capsys, "--db", demo_url, "compare", "--team", "IPS Frederiksberg", "--json"
    )
    q2 = json.loads(out)["assessments"][1]
    delta = q2["overall_delta"]
    arrow = "↑" if delta > 0 else "↓" if delta < 0 else "="
    expected = arrow if delta == 0 else f"{arrow} {abs(delta):.1f}".replace(".", ",")
    code, out, _ = run_cli(capsys, "--db", demo_url, "compare", "--team", "IPS Frederiksberg")
    assert code == 0
    assert "2026-Q2 mod 2026-Q1:" in out and expected in out and "Samlet" in out
    code, out, _ = run_cli(capsys, "--db", demo_url, "compare", "--team", "IPS Uden Vurdering")
    assert code == 0 and "ingen vurderinger" in out
    code, _, err = run_cli(capsys, "--db", demo_url, "compare", "--team", "Ingen Sådan")
    assert code == 2 and "Ingen Sådan" in err and "Traceback" not in err
    code, _, err = run_cli(capsys, "--db", demo_url, "compare")
    assert code == 2


def test_compare_shows_a_verdict_flipped_by_caseload(
    demo_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Hillerød 2026-Q2 to Q3: no element moves, yet the caseload goes over the limit."""
    code, out, _ = run_cli(capsys, "--db", demo_url, "compare", "--team", "IPS Hillerød", "--json")
    q3 = json.loads(out)["assessments"][2]
    assert q3["period"] == "2026-Q3" and q3["changes"] == []
    assert q3["caseload_change"] == {"from": "ok", "to": "over", "changed": True}
    assert q3["verdict_change"] == {"from": "meets", "to": "does_not_meet", "changed": True}
    code, out, _ = run_cli(capsys, "--db", demo_url, "compare", "--team", "IPS Hillerød")
    step = out.split("2026-Q3 mod 2026-Q2:")[1].split("\n\n")[0]
    assert "Elementer: ingen ændringer" in step
    assert "Caseload: i orden → over grænsen" in step
    assert "Resultat: Lever op → Lever ikke op" in step
    q2 = out.split("2026-Q2 mod 2026-Q1:")[1].split("\n\n")[0]
    assert "Caseload: ved grænsen" in q2 and "→ i orden" in q2
    code, out, _ = run_cli(
        capsys, "--db", demo_url, "--lang", "en", "compare", "--team", "IPS Hillerød"
    )
    assert code == 0
    assert "Caseload: ok → over the limit" in out and "Verdict: Meets → Does not meet" in out


def _expected_cells(row: dict, principles: list[str], latest: bool) -> list:
    """What a spreadsheet row must hold, from `overview --json` (None: empty cell);
    `latest`: with the team's latest review date beside the review's own."""
    scores = {p["id"]: p["score"] for p in row["principles"]}
    date = lambda v: None if v is None else dt.date.fromisoformat(v)  # noqa: E731
    kinds = {None: None, "self": "Selvevaluering", "independent": "Ekstern vurdering"}
    return [
        row["team"]["name"],
        row["team"]["municipality"],
        row["team"]["psychiatry"],
        row["period"],
        date(row["date"]),
        kinds[row["kind"]],
        None if row["state"] is None else state_word(row["state"]),
        *(scores.get(p) for p in principles),
        row["overall"],
        row["change"],
        None if row["verdict"] is None else tr(f"verdict.short.{row['verdict']}"),
        None if row["caseload"] is None else tr(f"caseload.status.{row['caseload']}"),
        *([date(row["last_review"])] if latest else []),
        "Ja" if row["stale"] else "Nej",
    ]


def _csv_value(text: str, expected: object) -> object:
    if text == "":
        return None
    if isinstance(expected, float):
        assert "." not in text, "decimal comma expected"
        return float(text.replace(",", "."))
    if isinstance(expected, dt.date):
        return dt.date.fromisoformat(text)
    return text


@pytest.mark.parametrize("period", [None, "2026-Q2"])
def test_overview_exports_match_json(
    demo_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], period: str | None
) -> None:
    extra = [] if period is None else ["--period", period]
    code, out, _ = run_cli(capsys, "--db", demo_url, "overview", *extra, "--json")
    assert code == 0
    rows = json.loads(out)
    assert len(rows) == 5 and rows[-1]["assessment"] is None
    if period:
        assert {r["period"] for r in rows[:-1]} == {period}
    csv_path, xlsx_path = tmp_path / "oversigt.csv", tmp_path / "oversigt.xlsx"
    assert run_cli(capsys, "--db", demo_url, "overview", *extra, "--csv", str(csv_path))[0] == 0
    assert run_cli(capsys, "--db", demo_url, "overview", *extra, "--xlsx", str(xlsx_path))[0] == 0

    raw = csv_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    header, *body = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    principles = [h.split(" ", 1)[0] for h in header[7:15]]
    assert principles == [f"P{i}" for i in range(1, 9)]
    assert header[:7] == ["Team", "Kommune", "Psykiatri", "Periode", "Dato", "Type", "Status"]
    assert header[15:17] == ["Samlet", "Ændring siden forrige"]
    assert header[-1] == "Over 6 måneder siden"
    # Each team's latest review: its date is the latest review date, written once.
    latest = period is not None
    assert ("Seneste vurdering" in header) is latest
    assert header.count("Dato") == 1
    assert len(body) == len(rows)
    for json_row, csv_row in zip(rows, body, strict=True):
        expected = _expected_cells(json_row, principles, latest)
        assert len(csv_row) == len(expected)
        for text, want in zip(csv_row, expected, strict=True):
            assert _csv_value(text, want) == want

    sheet = load_workbook(xlsx_path).active
    cells = [list(r) for r in sheet.iter_rows()]
    assert [c.value for c in cells[0]] == header
    assert len(cells) == len(rows) + 1
    for json_row, xl_row in zip(rows, cells[1:], strict=True):
        expected = _expected_cells(json_row, principles, latest)
        for i, (cell, want) in enumerate(zip(xl_row, expected, strict=True)):
            value = cell.value
            if isinstance(value, dt.datetime):
                value = value.date()
            assert value == want
            if isinstance(want, float):
                shown = "+0.0;-0.0;0.0" if i == 16 else "0.0"  # the change with its sign
                assert cell.data_type == "n" and cell.number_format == shown


def test_overview_text_and_errors(
    demo_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run_cli(capsys, "--db", demo_url, "overview")
    assert code == 0
    assert "IPS Uden Vurdering !" in out and "IPS Hillerød" in out and "81,3" in out
    code, _, err = run_cli(capsys, "--db", demo_url, "overview", "--period", "2026-4")
    assert code == 2 and "2026-4" in err
    code, _, _ = run_cli(capsys, "--db", demo_url, "overview", "--json", "--csv", "x.csv")
    assert code == 2
    target = tmp_path / "mangler" / "oversigt.csv"
    code, _, err = run_cli(capsys, "--db", demo_url, "overview", "--csv", str(target))
    assert code == 2 and "oversigt.csv" in err and not target.exists()
    existing = tmp_path / "gammel.xlsx"
    existing.write_bytes(b"old")
    assert run_cli(capsys, "--db", demo_url, "overview", "--xlsx", str(existing))[0] == 0
    assert existing.read_bytes()[:2] == b"PK"  # replaced whole (atomic_write)
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
