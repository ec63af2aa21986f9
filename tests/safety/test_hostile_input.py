"""Hostile values in exchange files and store calls: one Danish line, exit 2, nothing written.

Each case here once crashed, hung, or was silently accepted (issue 12): extreme dates,
a vanishing fte, control characters, Unix numbers as dates, look-alike team names, a
file that moved an assessment to another team, a named pipe given to `import`.
"""

from __future__ import annotations

import copy
import datetime as dt
import gc
import hashlib
import json
import os
import sqlite3
import threading
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from ipsfidelity.cli import main
from ipsfidelity.errors import UserError
from ipsfidelity.store import Store, open_store
from ipsfidelity.store.views import CaseloadInfo

MIN_FTE = 0.01  # the documented minimum (scoring.caseload.MIN_FTE)
TEAM_ID = "5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6"
VALID: dict[str, Any] = {
    "format": "ipsfidelity-assessment",
    "format_version": 1,
    "assessment": {
        "id": "0b9f3c1e-6a55-4a8e-9d43-2a0f7d6b1c11",
        "instrument": {"id": "dk-minimum", "version": "1"},
        "team": {"id": TEAM_ID, "name": "IPS Tårnby", "municipality": "Tårnby"},
        "date": "2026-11-20",
        "period": "2026-Q4",
        "reviewers": ["Søren Ærø"],
        "ratings": [{"element": "P1.1", "rating": "met", "note": "Frivilligt", "evidence": []}],
        "caseload": [{"consultant": "Åse Bøgh", "fte": 1.0, "ips_cases": 18, "other_cases": 0}],
        "updated_at": "2026-11-20T14:03:00+01:00",
    },
}
# Words that only an untranslated (English) message would carry.
ENGLISH = ("input should", "valid", "error", "unable", "exceeds", "limit", "the ", "field")


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def variant(**changes: Any) -> dict[str, Any]:
    doc = copy.deepcopy(VALID)
    for dotted, value in changes.items():
        *parents, last = dotted.split("__")
        target: Any = doc
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        target[int(last) if last.isdigit() else last] = value
    return doc


def seeded_db(tmp_path: Path) -> Path:
    """A database holding the valid file, so refusals are checked against real rows."""
    db = tmp_path / "db.sqlite3"
    f = tmp_path / "valid.json"
    f.write_text(json.dumps(VALID), encoding="utf-8")
    assert main(["--db", str(db), "import", str(f)]) == 0
    settle(db)
    return db


def settle(db: Path) -> None:
    """Close the command's pooled connections and fold the WAL into the file, so the bytes
    compared later change only when something writes."""
    gc.collect()
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def refused(
    db: Path, tmp_path: Path, doc: object, capsys: pytest.CaptureFixture[str], *lang: str
) -> str:
    """Import `doc` into `db`; assert exit 2, one line, the file unchanged; return the line."""
    f = tmp_path / "hostile.json"
    f.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8", errors="surrogatepass")
    capsys.readouterr()
    before = sha(db)
    code = main(["--db", str(db), *lang, "import", str(f)])
    out, err = capsys.readouterr()
    assert code == 2, (out, err)
    assert sha(db) == before
    assert err.count("\n") == 1 and err.startswith("ipsfidelity: "), err
    return err.strip()


def danish(line: str) -> None:
    low = line.lower()
    assert "afvist" in low and not any(w in low for w in ENGLISH), line


@pytest.mark.parametrize(
    "stamp", ["9999-12-31T23:59:59-12:00", "0001-01-01T00:00:00+14:00", "0001-01-01T00:00:00Z"]
)
def test_extreme_times_are_refused_not_overflowed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], stamp: str
) -> None:
    db = seeded_db(tmp_path)
    for doc in (
        variant(assessment__updated_at=stamp),
        variant(
            assessment__id="0b9f3c1e-6a55-4a8e-9d43-2a0f7d6b1c12", assessment__updated_at=stamp
        ),
    ):
        danish(line := refused(db, tmp_path, doc, capsys))
        assert "mellem år 1900 og 2999" in line


def test_extreme_dates_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = seeded_db(tmp_path)
    new = "0b9f3c1e-6a55-4a8e-9d43-2a0f7d6b1c12"
    for doc in (
        variant(assessment__id=new, assessment__date="9999-12-31"),  # + 6 weeks overflowed
        variant(assessment__id=new, assessment__date="0001-01-01"),
    ):
        danish(refused(db, tmp_path, doc, capsys))


@pytest.mark.parametrize("fte", [1e-320, 5e-324, 0.009, 0.0, -1.0, 1.01])
def test_fte_below_the_minimum_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fte: float
) -> None:
    db = seeded_db(tmp_path)
    doc = variant(
        assessment__id="0b9f3c1e-6a55-4a8e-9d43-2a0f7d6b1c12",
        assessment__caseload__0__fte=fte,
    )
    line = refused(db, tmp_path, doc, capsys)
    danish(line)
    assert "caseload.0.fte" in line


def test_fte_at_the_minimum_imports_and_scores(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "db.sqlite3"
    f = tmp_path / "a.json"
    f.write_text(json.dumps(variant(assessment__caseload__0__fte=MIN_FTE)), encoding="utf-8")
    assert main(["--db", str(db), "import", str(f)]) == 0
    assert main(["--db", str(db), "score", VALID["assessment"]["id"]]) == 0
    assert "1800,0" in capsys.readouterr().out  # 18 cases on a hundredth of a post


def test_store_refuses_fte_below_the_minimum(any_store: Store) -> None:
    team = any_store.create_team("IPS Test")
    a = any_store.create_assessment(team.id, dt.date(2026, 10, 1))
    for fte in (1e-320, 0.005):
        with pytest.raises(UserError, match="mindst 0,01"):
            any_store.set_caseload(a.id, [CaseloadInfo("Kim", fte, 1, 0)])
    any_store.set_caseload(a.id, [CaseloadInfo("Kim", MIN_FTE, 1, 0)])
    assert any_store.score(a.id).caseload.consultants[0].load == 100.0


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("assessment__team__name", "IPS\x00Tårnby"),
        ("assessment__team__municipality", "Tår\x07nby"),
        ("assessment__team__municipality", "Tårnby\nKastrup"),  # one-line field
        ("assessment__reviewers__0", "Søren\x1b[31m"),
        ("assessment__ratings__0__note", "ok\x00"),
        ("assessment__ratings__0__note", "ok\x7f"),
        ("assessment__ratings__0__note", "ok\u2028"),
        ("assessment__caseload__0__consultant", "Åse\tBøgh"),
        ("assessment__team__name", "IPS \u202eybnråT"),
        ("assessment__team__name", "\u200b\u200d\ufeff"),
        ("assessment__team__name", "IPS\u2066Tårnby"),
    ],
)
def test_control_and_bidi_characters_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], field: str, value: str
) -> None:
    db = seeded_db(tmp_path)
    doc = variant(**{"assessment__id": "0b9f3c1e-6a55-4a8e-9d43-2a0f7d6b1c12", field: value})
    doc["assessment"]["team"]["id"] = "5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d7"
    line = refused(db, tmp_path, doc, capsys)
    danish(line)
    assert line.isprintable()


def test_tab_and_line_breaks_stay_allowed_in_notes(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite3"
    f = tmp_path / "a.json"
    note = "Første linje\n\tindrykket\r\nsidste"
    f.write_text(json.dumps(variant(assessment__ratings__0__note=note)), encoding="utf-8")
    assert main(["--db", str(db), "import", str(f)]) == 0
    store = open_store(str(db))
    assert store.get_assessment(VALID["assessment"]["id"]).ratings["P1.1"].note == note
    store.close()


@pytest.mark.parametrize("bad", ["note\x00", "a\x1bb", "\ud800", "x\u202ey"])
def test_store_refuses_control_characters_before_the_database(any_store: Store, bad: str) -> None:
    team = any_store.create_team("IPS Test", clinics="Linje 1\nLinje 2")
    a = any_store.create_assessment(team.id, dt.date(2026, 10, 1))
    any_store.set_rating(a.id, "P1.1", "met", note="ok\n\tok")
    with pytest.raises(UserError, match="Teksten indeholder"):
        any_store.set_rating(a.id, "P1.1", note=bad)
    with pytest.raises(UserError):
        any_store.update_team(team.id, municipality=bad)
    with pytest.raises(UserError):
        any_store.create_assessment(team.id, dt.date(2026, 10, 2), reviewers=[bad])
    # The store is still usable and holds what it held.
    assert any_store.get_assessment(a.id).ratings["P1.1"].note == "ok\n\tok"
    assert any_store.get_team(team.id).municipality == ""
    assert len(any_store.list_assessments()) == 1


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("assessment__date", 0),
        ("assessment__date", -1),
        ("assessment__date", 1.5),
        ("assessment__date", "1"),
        ("assessment__date", "20261120"),
        ("assessment__updated_at", 0),
        ("assessment__updated_at", -1),
        ("assessment__updated_at", 1.5),
        ("assessment__updated_at", "1"),
        ("assessment__updated_at", "1764000000"),
        ("format_version", 1.0),
        ("format_version", True),
        ("format_version", "1"),
    ],
)
def test_dates_are_iso_strings_and_the_version_a_whole_number(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], field: str, value: object
) -> None:
    db = seeded_db(tmp_path)
    doc = variant(**{"assessment__id": "0b9f3c1e-6a55-4a8e-9d43-2a0f7d6b1c12", field: value})
    danish(refused(db, tmp_path, doc, capsys))


def test_team_names_are_nfc_and_look_alikes_are_the_same_team(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "db.sqlite3"
    f = tmp_path / "a.json"
    nfd = unicodedata.normalize("NFD", "IPS Tårnby")
    assert nfd != "IPS Tårnby"
    f.write_text(json.dumps(variant(assessment__team__name=nfd)), encoding="utf-8")
    assert main(["--db", str(db), "import", str(f)]) == 0
    store = open_store(str(db))
    assert [t.name for t in store.list_teams()] == ["IPS Tårnby"]  # stored as NFC
    store.close()
    settle(db)
    other_team = "5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d7"
    for look_alike in ("IPS TÅRNBY", "IPS\u00a0Tårnby", "IPS Tår\u200bnby", "ＩＰＳ Tårnby", nfd):
        doc = variant(
            assessment__id="0b9f3c1e-6a55-4a8e-9d43-2a0f7d6b1c12",
            assessment__team__id=other_team,
            assessment__team__name=look_alike,
        )
        line = refused(db, tmp_path, doc, capsys)
        assert "et andet team hedder allerede" in line


def test_store_team_names_nfc_and_look_alikes(any_store: Store) -> None:
    team = any_store.create_team(unicodedata.normalize("NFD", "IPS Tårnby"))
    assert team.name == "IPS Tårnby"
    for look_alike in ("ips tårnby", "IPS Tår\u200bnby", "ＩＰＳ Tårnby"):
        with pytest.raises(UserError, match="allerede"):
            any_store.create_team(look_alike)
    other = any_store.create_team("IPS Kastrup")
    with pytest.raises(UserError):
        any_store.update_team(other.id, name="IPS TÅRNBY")
    for bad in ("\u200b\u200c", "IPS\u202eX", "IPS\x00X"):
        with pytest.raises(UserError):
            any_store.create_team(bad)
        with pytest.raises(UserError):
            any_store.update_team(other.id, name=bad)
    assert any_store.find_team("ips tår\u200bnby").id == team.id
    assert sorted(t.name for t in any_store.list_teams()) == ["IPS Kastrup", "IPS Tårnby"]


def test_a_newer_file_cannot_move_an_assessment_to_another_team(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = seeded_db(tmp_path)
    for stamp in ("2026-11-21T10:00:00+01:00", VALID["assessment"]["updated_at"]):
        doc = variant(
            assessment__updated_at=stamp,
            assessment__team__id="5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d7",
            assessment__team__name="IPS Kastrup",
        )
        line = refused(db, tmp_path, doc, capsys)
        assert "kan ikke flyttes til et andet team" in line and "IPS Tårnby" in line


def test_a_named_pipe_is_refused_without_waiting(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = seeded_db(tmp_path)
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    before = sha(db)
    result: list[int] = []
    worker = threading.Thread(
        target=lambda: result.append(main(["--db", str(db), "import", str(fifo)]))
    )
    worker.start()
    worker.join(timeout=10)
    if worker.is_alive():  # unblock the reader before failing
        with open(fifo, "wb"):
            pass
        worker.join()
        pytest.fail("import waited on a named pipe")
    assert result == [2]
    err = capsys.readouterr().err
    assert "ikke en almindelig fil" in err and err.count("\n") == 1
    assert sha(db) == before
    assert main(["--db", str(db), "import", str(tmp_path)]) == 2  # a folder likewise
    assert "ikke en almindelig fil" in capsys.readouterr().err


@pytest.mark.parametrize(
    "data",
    [
        b'{"format": "ipsfidelity-assessment", "format_version": 1, "assessment": {"x": '
        + b"9" * 5000
        + b"}}",
        b"\xff\xfe{}",
        b'{"format": "ipsfidelity-assessment", "format_version": 1, "assessment": "\\ud800"}',
        b'{"format": "ipsfidelity-assessment", "format_version": 1, "assessment": {"date": 0}}',
    ],
)
def test_no_english_leaks_through(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data: bytes
) -> None:
    db = seeded_db(tmp_path)
    f = tmp_path / "hostile.json"
    f.write_bytes(data)
    before = sha(db)
    capsys.readouterr()
    assert main(["--db", str(db), "import", str(f)]) == 2
    err = capsys.readouterr().err
    danish(err)
    assert err.count("\n") == 1 and sha(db) == before


def test_refusals_in_english_with_lang_en(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = seeded_db(tmp_path)
    doc = variant(assessment__id="0b9f3c1e-6a55-4a8e-9d43-2a0f7d6b1c12", assessment__date=0)
    line = refused(db, tmp_path, doc, capsys, "--lang", "en")
    assert "refused" in line and "must be a date as text" in line
    assert "afvist" not in line and "Input should" not in line


def test_a_tiny_fte_stored_by_an_older_version_is_named_not_crashed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "db.sqlite3"
    store = open_store(str(db))
    team = store.create_team("IPS Test")
    a = store.create_assessment(team.id, dt.date(2026, 10, 1))
    store.set_caseload(a.id, [CaseloadInfo("Kim", 0.8, 1, 0)])
    store.close()
    with sqlite3.connect(db) as conn:  # what an import let through before the minimum
        conn.execute("UPDATE caseload_entry SET fte = 1e-320")
    settle(db)
    before = sha(db)
    for args in (["score", a.id], ["report", a.id, "--out", str(tmp_path / "r.pdf")]):
        capsys.readouterr()
        assert main(["--db", str(db), *args]) == 2, args
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "Caseload for Kim er ugyldig" in err, err
        assert "mindst 0,01" in err
    gc.collect()
    assert sha(db) == before


@pytest.mark.postgres
def test_a_nul_in_a_file_never_reaches_postgresql(
    pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.json"
    good.write_text(json.dumps(VALID), encoding="utf-8")
    assert main(["--db", pg_url, "import", str(good)]) == 0
    for field, value in (
        ("assessment__ratings__0__note", "a\x00b"),
        ("assessment__team__name", "IPS\x00Tårnby"),
        ("assessment__caseload__0__consultant", "Åse\x00"),
    ):
        doc = variant(**{"assessment__updated_at": "2026-11-21T10:00:00+01:00", field: value})
        f = tmp_path / "nul.json"
        f.write_text(json.dumps(doc), encoding="utf-8")
        capsys.readouterr()
        assert main(["--db", pg_url, "import", str(f)]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "styretegn (U+0000)" in err, err
    store = open_store(pg_url)
    data = store.get_assessment(VALID["assessment"]["id"])
    assert data.ratings["P1.1"].note == "Frivilligt"
    assert data.info.updated_at == dt.datetime.fromisoformat(VALID["assessment"]["updated_at"])
    store.close()
