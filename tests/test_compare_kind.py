"""The review's kind and the change since the team's previous review in the overview, the
trend and their spreadsheets (CSV and XLSX, app and CLI), on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ipsfidelity.analysis import of_kind, overview, sort_rows, trend
from ipsfidelity.analysis.export import trend_table, write_csv, write_trend
from ipsfidelity.errors import UserError
from ipsfidelity.instrument import default_pack
from ipsfidelity.review_words import state_word
from ipsfidelity.store import Store
from tests.test_compare_commands import run_cli

TODAY = dt.date(2026, 11, 22)


def _rate(store: Store, assessment_id: str, met: int) -> None:
    """The first `met` elements met, the rest not met."""
    for i, element in enumerate(default_pack().element_ids):
        store.set_rating(assessment_id, element, "met" if i < met else "not_met")


def _history(store: Store) -> dict[str, str]:
    """IPS Aarhus: independent Q1 (7 met), self Q2 (10 met), independent Q3 (14 met);
    IPS Brøndby: one independent review; IPS Cirkel: none."""
    a = store.create_team("IPS Aarhus", "Aarhus", "PC Vest")
    b = store.create_team("IPS Brøndby", "Brøndby", "PC Glostrup")
    store.create_team("IPS Cirkel", "Cirkel", "PC Øst")
    ids = {}
    for name, day, kind, met in (
        ("q1", dt.date(2026, 2, 10), "independent", 7),
        ("q2", dt.date(2026, 5, 12), "self", 10),
        ("q3", dt.date(2026, 8, 20), "independent", 14),
    ):
        ids[name] = store.create_assessment(a.id, day, kind=kind).id
        _rate(store, ids[name], met)
    ids["b"] = store.create_assessment(b.id, dt.date(2026, 9, 1)).id
    _rate(store, ids["b"], 14)
    return ids


def test_overview_shows_kind_and_change_and_filters_by_kind(any_store: Store) -> None:
    ids = _history(any_store)
    scores = {s.id: s for s in trend(any_store, any_store.find_team("IPS Aarhus").id)}
    assert [scores[ids[n]].kind for n in ("q1", "q2", "q3")] == [
        "independent",
        "self",
        "independent",
    ]

    rows = {r.team: r for r in overview(any_store, today=TODAY)}
    aarhus = rows["IPS Aarhus"]
    assert aarhus.kind == "independent" and aarhus.score.id == ids["q3"]
    # Since the review before it, whatever its kind: the self-assessment.
    assert aarhus.previous is not None and aarhus.previous.id == ids["q2"]
    assert aarhus.change == round(scores[ids["q3"]].overall - scores[ids["q2"]].overall, 1)
    assert aarhus.change is not None and aarhus.change > 0
    assert rows["IPS Brøndby"].change is None  # its first review
    assert rows["IPS Cirkel"].kind is None and rows["IPS Cirkel"].change is None

    independent = {r.team: r for r in overview(any_store, today=TODAY, kind="independent")}
    # The review before of the same kind: Q1, not the self-assessment.
    assert independent["IPS Aarhus"].previous.id == ids["q1"]
    assert independent["IPS Aarhus"].change == round(
        scores[ids["q3"]].overall - scores[ids["q1"]].overall, 1
    )
    own = {r.team: r for r in overview(any_store, today=TODAY, kind="self")}
    assert own["IPS Aarhus"].score.id == ids["q2"] and own["IPS Aarhus"].kind == "self"
    assert own["IPS Aarhus"].previous is None  # no self-assessment before it
    assert own["IPS Brøndby"].score is None  # only an independent review
    # The latest review date stays the team's, whatever the kind.
    assert own["IPS Aarhus"].last_review == dt.date(2026, 8, 20)

    in_q2 = {r.team: r for r in overview(any_store, "2026-Q2", today=TODAY)}
    assert in_q2["IPS Aarhus"].score.id == ids["q2"]
    assert in_q2["IPS Aarhus"].previous.id == ids["q1"]  # the one before, in any period
    assert overview(any_store, "2026-Q2", today=TODAY, kind="independent")[0].score is None

    by_change = sort_rows(list(rows.values()), "change", descending=True)
    assert [r.team for r in by_change] == ["IPS Aarhus", "IPS Brøndby", "IPS Cirkel"]
    mixed = [own["IPS Aarhus"], rows["IPS Brøndby"], rows["IPS Cirkel"]]
    by_kind = sort_rows(mixed, "kind", descending=True)  # "self" after "independent"
    assert [r.team for r in by_kind] == ["IPS Aarhus", "IPS Brøndby", "IPS Cirkel"]
    with pytest.raises(UserError):
        overview(any_store, kind="peer")


def test_trend_filters_by_kind() -> None:
    from ipsfidelity.store.aggregates import AssessmentScore

    def score(kind: str) -> AssessmentScore:
        return AssessmentScore(
            kind, "t", dt.date(2026, 1, 1), "2026-Q1", ("x", "1"), {}, None,
            "incomplete", "missing", 0, 14, kind,
        )  # fmt: skip

    both = [score("independent"), score("self")]
    assert [s.kind for s in of_kind(both, "self")] == ["self"]
    assert of_kind(both, None) == both


def test_trend_export_holds_every_review_with_kind_and_change(store: Store, tmp_path: Path) -> None:
    ids = _history(store)
    team = store.find_team("IPS Aarhus")
    scores = trend(store, team.id)
    table = trend_table(team.name, scores)
    assert table.header[:5] == ["Team", "Periode", "Dato", "Type", "Status"]
    assert table.header[5:13] == [t for t in table.header if t[:1] == "P" and t[1:2].isdigit()]
    assert table.header[13:] == ["Samlet", "Ændring siden forrige", "Resultat", "Caseload"]
    assert [row[1] for row in table.body] == ["2026-Q1", "2026-Q2", "2026-Q3"]
    assert [row[3] for row in table.body] == [
        "Ekstern vurdering",
        "Selvevaluering",
        "Ekstern vurdering",
    ]
    assert [row[4] for row in table.body] == [state_word(s.state) for s in scores]
    assert [row[13] for row in table.body] == [s.overall for s in scores]
    assert table.body[0][14] is None
    assert table.body[2][14] == round(scores[2].overall - scores[1].overall, 1)

    csv_path, xlsx_path = tmp_path / "udvikling.csv", tmp_path / "udvikling.xlsx"
    write_trend(team.name, scores, csv_path, "csv")
    write_trend(team.name, scores, xlsx_path, "xlsx")
    raw = csv_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    assert csv_path.stat().st_mode & 0o777 == 0o600
    header, *body = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert header == table.header and len(body) == 3
    assert body[1][2] == "2026-05-12" and "." not in body[1][13]  # decimal comma
    sheet = load_workbook(xlsx_path).active
    assert sheet is not None and sheet.title == "Udvikling pr. kvartal"
    cells = [list(r) for r in sheet.iter_rows()]
    assert [c.value for c in cells[0]] == table.header
    assert cells[3][13].value == scores[2].overall and cells[3][13].number_format == "0.0"
    assert cells[3][14].value == table.body[2][14]
    assert cells[3][14].number_format == "+0.0;-0.0;0.0"
    assert cells[1][14].value is None
    assert str(ids["q1"]) not in raw.decode("utf-8-sig")  # no internal ids


def test_exports_guard_formulas_and_mask_cpr(store: Store, tmp_path: Path) -> None:
    team = store.create_team("=HYPERLINK(1) 010190-1234", "Aarhus", "PC Vest")
    _rate(store, store.create_assessment(team.id, dt.date(2026, 3, 1), kind="self").id, 5)
    scores = trend(store, team.id)
    path = tmp_path / "t.csv"
    write_trend(team.name, scores, path, "csv")
    first = path.read_text(encoding="utf-8-sig").splitlines()[1]
    assert first.startswith("'=HYPERLINK(1)") and "010190-1234" not in first
    assert trend_table(team.name, scores).personal_data_places()
    write_trend(team.name, scores, path, "csv", mask_personal_data=False)
    assert "010190-1234" in path.read_text(encoding="utf-8-sig")
    write_csv(overview(store, today=TODAY), path)
    row = path.read_text(encoding="utf-8-sig").splitlines()[1].split(";")
    assert row[0].startswith("'=") and row[5] == "Selvevaluering"


def test_cli_kind_flag_and_trend_export(
    store: Store, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = _history(store)
    code, out, _ = run_cli(capsys, "--db", str(db_path), "overview", "--kind", "self", "--json")
    assert code == 0
    rows = {r["team"]["name"]: r for r in json.loads(out)}
    assert rows["IPS Aarhus"]["assessment"] == ids["q2"] and rows["IPS Aarhus"]["kind"] == "self"
    assert rows["IPS Brøndby"]["assessment"] is None
    code, out, _ = run_cli(capsys, "--db", str(db_path), "overview", "--json")
    aarhus = next(r for r in json.loads(out) if r["team"]["name"] == "IPS Aarhus")
    assert aarhus["previous"] == ids["q2"] and aarhus["change"] > 0
    code, out, _ = run_cli(capsys, "--db", str(db_path), "overview")
    assert "Selvevaluering" not in out and "Ekstern vurdering" in out and "↑" in out
    code, _, err = run_cli(capsys, "--db", str(db_path), "overview", "--kind", "peer")
    assert code == 2 and "peer" in err

    code, out, _ = run_cli(
        capsys, "--db", str(db_path), "compare", "--team", "IPS Aarhus", "--kind", "independent",
        "--json",
    )  # fmt: skip
    steps_json = json.loads(out)["assessments"]
    assert [s["assessment"] for s in steps_json] == [ids["q1"], ids["q3"]]
    assert {s["kind"] for s in steps_json} == {"independent"}
    code, out, _ = run_cli(capsys, "--db", str(db_path), "compare", "--team", "IPS Aarhus")
    assert "Selvevaluering" in out

    target = tmp_path / "aarhus.xlsx"
    code, out, _ = run_cli(
        capsys, "--db", str(db_path), "compare", "--team", "IPS Aarhus", "--xlsx", str(target)
    )
    assert code == 0 and str(target) in out
    sheet = load_workbook(target).active
    assert sheet is not None and sheet.max_row == 4  # header and every review
    target = tmp_path / "mangler" / "aarhus.csv"
    code, _, err = run_cli(
        capsys, "--db", str(db_path), "compare", "--team", "IPS Aarhus", "--csv", str(target)
    )
    assert code == 2 and "aarhus.csv" in err and not target.exists()
