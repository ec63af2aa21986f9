"""Exchange files: the minimal file imports, re-imports are idempotent, hostile files are refused."""

from __future__ import annotations

import copy
import hashlib
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from ipsfidelity.cli import main
from ipsfidelity.exchange import export_document, parse_exchange_bytes
from ipsfidelity.exchange.schema import json_schema
from ipsfidelity.resources import resource_path
from ipsfidelity.store import Store, open_store

# The example from the issue, with only the required keys.
MINIMAL = {
    "format": "ipsfidelity-assessment",
    "format_version": 1,
    "assessment": {
        "id": "0b9f3c1e-6a55-4a8e-9d43-2a0f7d6b1c11",
        "instrument": {"id": "dk-minimum", "version": "1"},
        "team": {
            "id": "5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6",
            "name": "IPS Københavns Kommune – Østerbro",
            "municipality": "København",
            "psychiatry": "Psykiatrisk Center København",
        },
        "date": "2026-11-20",
        "period": "2026-Q4",
        "reviewers": ["Søren Ærø"],
        "ratings": [
            {
                "element": "P1.1",
                "rating": "met",
                "note": "Frivilligt for alle",
                "evidence": ["interview"],
            }
        ],
        "caseload": [{"consultant": "Åse Bøgh", "fte": 1.0, "ips_cases": 18, "other_cases": 0}],
        "updated_at": "2026-11-20T14:03:00+01:00",
    },
}


def write(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def db_digest(db: Path) -> str:
    """Content of every table, so "unchanged" means unchanged rows, not just file bytes."""
    with sqlite3.connect(db) as conn:
        tables = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
        ]
        h = hashlib.sha256()
        for t in tables:
            for row in conn.execute(f"SELECT * FROM {t} ORDER BY 1"):
                h.update(repr(row).encode())
    return h.hexdigest()


def run_cli(*args: str) -> int:
    return main(list(args))


def test_minimal_file_imports_and_scores(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = write(tmp_path / "a.json", MINIMAL)
    assert run_cli("--db", str(db_path), "import", str(f)) == 0
    assert "nye: 1," in capsys.readouterr().out
    store = open_store(str(db_path))
    data = store.get_assessment(MINIMAL["assessment"]["id"])
    assert data.team.name == "IPS Københavns Kommune – Østerbro"
    assert data.ratings["P1.1"].note == "Frivilligt for alle"
    assert len(data.ratings) == 1  # absent elements stay unrated
    assert data.caseload[0].consultant == "Åse Bøgh"
    assert store.score(data.info.id).verdict == "incomplete"


def test_reimport_changes_nothing_newer_updates_older_is_kept_out(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = write(tmp_path / "a.json", MINIMAL)
    assert run_cli("--db", str(db_path), "import", str(f)) == 0
    digest = db_digest(db_path)
    assert run_cli("--db", str(db_path), "import", str(f)) == 0
    assert "uændrede: 1." in capsys.readouterr().out
    assert db_digest(db_path) == digest

    newer = copy.deepcopy(MINIMAL)
    newer["assessment"]["updated_at"] = "2026-11-21T09:00:00+01:00"
    newer["assessment"]["ratings"] = [
        {"element": "P1.1", "rating": "partial"},
        {"element": "P2.1", "rating": "met"},
    ]
    assert run_cli("--db", str(db_path), "import", str(write(tmp_path / "b.json", newer))) == 0
    store = open_store(str(db_path))
    data = store.get_assessment(MINIMAL["assessment"]["id"])
    assert {k: r.rating for k, r in data.ratings.items()} == {"P1.1": "partial", "P2.1": "met"}
    store.close()

    digest = db_digest(db_path)
    capsys.readouterr()
    # The original is older now: the newer copy here is kept, and the output says so.
    assert run_cli("--db", str(db_path), "import", str(f)) == 0
    assert "Beholdt her: 1" in capsys.readouterr().out
    assert db_digest(db_path) == digest


def _mutate(path: str, value: object):
    def apply(doc: dict) -> dict:
        doc = copy.deepcopy(doc)
        *parents, last = path.split(".")
        node = doc
        for p in parents:
            node = node[int(p)] if p.isdigit() else node[p]
        if value is KeyError:
            del node[last]
        elif last.isdigit():
            node[int(last)] = value
        else:
            node[last] = value
        return doc

    return apply


HOSTILE = {
    "unknown element": (_mutate("assessment.ratings.0.element", "P9.9"), "P9.9"),
    "rating off the scale": (_mutate("assessment.ratings.0.rating", "excellent"), "excellent"),
    "negative cases": (_mutate("assessment.caseload.0.ips_cases", -1), "caseload.0.ips_cases"),
    "fractional cases": (_mutate("assessment.caseload.0.other_cases", 2.5), "other_cases"),
    "cases as text": (_mutate("assessment.caseload.0.ips_cases", "18"), "ips_cases"),
    "fte zero": (_mutate("assessment.caseload.0.fte", 0), "fte"),
    "fte above one": (_mutate("assessment.caseload.0.fte", 1.5), "fte"),
    "wrong format version": (_mutate("format_version", 3), "formatversion 3"),
    "other format": (_mutate("format", "something-else"), "udvekslingsfil"),
    "missing id": (_mutate("assessment.id", KeyError), "assessment.id"),
    "bad uuid": (_mutate("assessment.id", "not-a-uuid"), "assessment.id"),
    "unknown instrument": (_mutate("assessment.instrument.version", "99"), "findes ikke"),
    "naive timestamp": (_mutate("assessment.updated_at", "2026-11-20T14:03:00"), "updated_at"),
    "bad period": (_mutate("assessment.period", "Q4-2026"), "period"),
    "duplicate element": (
        _mutate(
            "assessment.ratings",
            [{"element": "P1.1", "rating": "met"}, {"element": "P1.1", "rating": "partial"}],
        ),
        "P1.1",
    ),
    "unknown evidence": (_mutate("assessment.ratings.0.evidence", ["rumour"]), "rumour"),
    "empty team name": (_mutate("assessment.team.name", "  "), "team.name"),
    "ratings not a list": (_mutate("assessment.ratings", {"P1.1": "met"}), "ratings"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_invalid_files_are_refused_with_one_line_and_no_change(
    case: str, tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    open_store(str(db_path)).close()
    digest = db_digest(db_path)
    mutate, expected = HOSTILE[case]
    f = write(tmp_path / "bad.json", mutate(MINIMAL))
    assert run_cli("--db", str(db_path), "import", str(f)) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert "bad.json" in err and expected in err, err
    assert "Traceback" not in err
    assert db_digest(db_path) == digest


RAW_HOSTILE = {
    "truncated": json.dumps(MINIMAL).encode()[:200],
    "not json": b"PK\x03\x04 this is a zip file",
    "deeply nested": b"[" * 100_000 + b"]" * 100_000,
    "nested in a string is fine but outside is not": b'{"format": "ipsfidelity-assessment", "x": '
    + b"[" * 50
    + b"]" * 50
    + b"}",
    "huge": b'{"format": "ipsfidelity-assessment", "pad": "' + b"x" * (3 * 1024 * 1024) + b'"}',
    "nan": json.dumps(MINIMAL).replace('"fte": 1.0', '"fte": NaN').encode(),
    "not utf-8": json.dumps(MINIMAL, ensure_ascii=False)
    .encode()
    .replace("Søren".encode(), "Søren".encode("latin-1")),
    "a list": b"[1, 2, 3]",
    "empty": b"",
    "huge number": json.dumps(MINIMAL)
    .replace('"ips_cases": 18', '"ips_cases": ' + "9" * 5000)
    .encode(),
}


@pytest.mark.parametrize("case", sorted(RAW_HOSTILE))
def test_malformed_bytes_are_refused(
    case: str, tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    open_store(str(db_path)).close()
    digest = db_digest(db_path)
    f = tmp_path / "hostile.json"
    f.write_bytes(RAW_HOSTILE[case])
    assert run_cli("--db", str(db_path), "import", str(f)) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "hostile.json" in err and "Traceback" not in err, err
    assert db_digest(db_path) == digest


def test_one_bad_file_among_good_ones_writes_nothing(tmp_path: Path, db_path: Path) -> None:
    open_store(str(db_path)).close()
    digest = db_digest(db_path)
    good = write(tmp_path / "good.json", MINIMAL)
    bad = write(tmp_path / "bad.json", _mutate("assessment.ratings.0.rating", "great")(MINIMAL))
    assert run_cli("--db", str(db_path), "import", str(good), str(bad)) == 2
    assert db_digest(db_path) == digest


def test_team_name_clash_is_refused(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = open_store(str(db_path))
    store.create_team("IPS Københavns Kommune – Østerbro")  # same name, another id
    store.close()
    digest = db_digest(db_path)
    assert run_cli("--db", str(db_path), "import", str(write(tmp_path / "a.json", MINIMAL))) == 2
    assert "hedder allerede" in capsys.readouterr().err
    assert db_digest(db_path) == digest


def test_export_round_trips_into_an_empty_database(tmp_path: Path, store: Store) -> None:
    from ipsfidelity.demo import fill_demo

    fill_demo(store)
    source = store.list_assessments()[0]
    out = tmp_path / "export.json"
    assert run_cli("--db", str(store.engine.url.database), "export", source.id[:8], str(out)) == 0
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    assert not list(tmp_path.glob(".export.json.*"))  # no temporary file left behind
    other = tmp_path / "other.sqlite3"
    assert run_cli("--db", str(other), "import", str(out)) == 0
    copy_store = open_store(str(other))
    original, copied = store.get_assessment(source.id), copy_store.get_assessment(source.id)
    assert export_document(copied) == export_document(original)
    assert copy_store.score(source.id) == store.score(source.id)
    copy_store.close()


def test_schema_file_is_in_step_and_accepts_the_minimal_file() -> None:
    published = json.loads(
        resource_path("schemas", "exchange-v2.schema.json").read_text(encoding="utf-8")
    )
    # Regenerate: python -m ipsfidelity.exchange.schema > resources/schemas/exchange-v2.schema.json
    assert published == json_schema(), "the published schema differs from the models"
    jsonschema.validate(MINIMAL, published)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(_mutate("assessment.caseload.0.fte", 2)(MINIMAL), published)


def test_unknown_extra_keys_are_ignored() -> None:
    doc = copy.deepcopy(MINIMAL)
    doc["generator"] = "another tool 2.0"
    doc["assessment"]["risk_register"] = [{"text": "a key a later version may add"}]
    parsed = parse_exchange_bytes(json.dumps(doc).encode(), "x.json")
    assert parsed.id == MINIMAL["assessment"]["id"]


def test_the_installed_command_refuses_without_traceback(tmp_path: Path, db_path: Path) -> None:
    f = tmp_path / "broken.json"
    f.write_bytes(b'{"format": "ipsfidelity-assessment", "format_version": 1, "assessment": {')
    result = subprocess.run(
        [sys.executable, "-m", "ipsfidelity", "--db", str(db_path), "import", str(f)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert result.stderr.startswith("ipsfidelity: ") and result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr


def test_bulk_import_reads_back_identically_on_both_backends(any_store: Store) -> None:
    """The import writes rows straight to the driver; the models must read them as written."""
    import datetime as dt

    from ipsfidelity.exchange import import_documents

    doc = parse_exchange_bytes(json.dumps(MINIMAL).encode(), "minimal.json")
    plan = import_documents(any_store, [("minimal.json", doc)])
    assert len(plan.create) == 1
    data = any_store.get_assessment(doc.id)
    assert data.info.date == dt.date(2026, 11, 20)
    assert data.info.reviewers == ("Søren Ærø",)
    assert data.ratings["P1.1"].evidence == ("interview",)
    assert data.info.updated_at == dt.datetime(2026, 11, 20, 13, 3, tzinfo=dt.UTC)
    assert export_document(data)["assessment"]["updated_at"] == "2026-11-20T13:03:00+00:00"
    # The same file again: unchanged, on either backend.
    again = import_documents(any_store, [("minimal.json", doc)])
    assert len(again.unchanged) == 1 and not again.writes
