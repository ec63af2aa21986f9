"""An import that writes a stored review again touches only the tables whose rows changed
(store/bulk_replace.py), on a real SQLite file: unchanged rows keep their ids, a changed
table is replaced, the review's row is updated in place."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import text

from ipsfidelity.cli import main
from ipsfidelity.store import Store, open_store
from ipsfidelity.store.views import CaseloadInfo

TODAY = dt.date.today()


def _ids(store: Store, table: str) -> set[str]:
    with store.engine.connect() as conn:
        return set(conn.execute(text(f"SELECT id FROM {table}")).scalars())


def _export(db: Path, aid: str, out: Path, capsys: pytest.CaptureFixture[str]) -> dict:
    assert main(["--db", str(db), "export", aid, str(out)]) == 0
    capsys.readouterr()
    return json.loads(out.read_text(encoding="utf-8"))


def test_only_what_changed_is_written_again(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    there_db, here_db = tmp_path / "there.sqlite3", tmp_path / "here.sqlite3"
    there = open_store(str(there_db))
    team = there.create_team("IPS Køge", "Køge")
    review = there.create_assessment(team.id, TODAY - dt.timedelta(days=3), reviewers=["Åse"])
    elements = there.pack_for(review).element_ids
    for e in elements[:4]:
        there.set_rating(review.id, e, "met", note="Godt", evidence=None)
    there.set_caseload(review.id, [CaseloadInfo("Søren", 1.0, 15, 2)])
    there.add_action_item(review.id, "Møde med jobcentret")
    first = tmp_path / "first.json"
    _export(there_db, review.id, first, capsys)
    here = open_store(str(here_db))
    assert main(["--db", str(here_db), "import", str(first)]) == 0
    ratings, items = _ids(here, "rating"), _ids(here, "action_item")
    caseload = _ids(here, "caseload_entry")

    there.set_rating(review.id, elements[0], "partial")  # only a rating changes
    second = tmp_path / "second.json"
    _export(there_db, review.id, second, capsys)
    assert main(["--db", str(here_db), "import", str(second)]) == 0
    assert here.get_assessment(review.id).ratings[elements[0]].rating == "partial"
    assert _ids(here, "rating") != ratings  # the ratings were replaced ...
    assert _ids(here, "action_item") == items  # ... the rest not touched
    assert _ids(here, "caseload_entry") == caseload
    assert here.get_assessment(review.id).info.updated_at == (
        there.get_assessment(review.id).info.updated_at
    )

    there.update_assessment(review.id, period="2025-Q1")  # only the review's own row
    ratings = _ids(here, "rating")
    third = tmp_path / "third.json"
    _export(there_db, review.id, third, capsys)
    assert main(["--db", str(here_db), "import", str(third)]) == 0
    assert here.get_assessment(review.id).info.period == "2025-Q1"
    assert _ids(here, "rating") == ratings
    for store in (here, there):
        store.close()
