"""The pieces the exchange modules share: the history rows an exchange writes, the conflict
about a deleted review, the reopening reason, the published schemas and the words for a
file's first problem."""

from __future__ import annotations

import json
import sqlite3
import string
from pathlib import Path

import pytest

from ipsfidelity.errors import UserError
from ipsfidelity.exchange import bundle_schema, schema
from ipsfidelity.exchange.apply import ReopenNeeded, apply_import, reason_for_reopening
from ipsfidelity.exchange.reader import _INVALID_KEYS, _INVALID_VALUES, parse_exchange_bytes
from ipsfidelity.i18n import tr
from ipsfidelity.resources import resource_path
from ipsfidelity.store.history import os_user
from ipsfidelity.store.lifecycle_rules import clean_reason
from ipsfidelity.words import CATALOGUE
from tests.merge_help import preview_from, shared_review
from tests.test_exchange import MINIMAL


def _review_rows(path: Path, aid: str) -> list[tuple[str, ...]]:
    with sqlite3.connect(path) as conn:
        return conn.execute(
            "SELECT entity, entity_id, element_id, subject, field, old_value, new_value, "
            "reviewer, os_user FROM history WHERE assessment_id = ? AND entity_id = ? "
            "ORDER BY at",
            (aid, aid),
        ).fetchall()


def test_an_import_and_a_deletion_are_recorded_about_the_whole_review(
    laptops, tmp_path: Path
) -> None:
    a, b = laptops
    aid, _ = shared_review(a, b, tmp_path)  # B imported it
    a.delete_assessment(aid)
    with b.acting_as("Bo"):
        assert apply_import(b, preview_from(a, b, tmp_path / "a.json")).deleted == 1
    rows = _review_rows(tmp_path / "b.sqlite3", aid)
    imported = [r for r in rows if r[4] == "imported"]
    deleted = [r for r in rows if r[4] == "deleted"]
    assert len(imported) == 1 and len(deleted) == 1
    assert imported[0][:6] == ("assessment", aid, "", "", "imported", None)
    assert json.loads(imported[0][6])["state"] == "draft"
    assert imported[0][7:] == ("", os_user())
    assert deleted[0] == ("assessment", aid, "", "", "deleted", None, None, "Bo", os_user())


def test_a_deletion_conflict_shows_the_side_that_deleted_the_review_as_absent(
    laptops, tmp_path: Path
) -> None:
    a, b = laptops
    aid, els = shared_review(a, b, tmp_path)
    b.set_rating(aid, els[3], "not_met")  # B goes on working on the copy A deletes
    a.delete_assessment(aid)
    (deleted_there,) = preview_from(a, b, tmp_path / "a.json").reviews[0].conflicts
    (deleted_here,) = preview_from(b, a, tmp_path / "b.json").reviews[0].conflicts
    exists = tr("sync.value.exists")
    assert deleted_there.id == deleted_here.id == f"{aid}|review:deleted"
    assert (deleted_there.local, deleted_there.incoming, deleted_there.base) == (
        exists,
        None,
        exists,
    )
    assert (deleted_here.local, deleted_here.incoming, deleted_here.base) == (None, exists, exists)
    assert deleted_there.label == deleted_here.label == tr("sync.label.review")
    assert not deleted_there.locked and not deleted_here.locked


def test_a_reopening_reason_is_asked_only_when_a_finished_review_reopens() -> None:
    assert reason_for_reopening(False, None) is None
    assert reason_for_reopening(False, "ignored") is None
    for blank in (None, "", "  \n"):
        with pytest.raises(ReopenNeeded):
            reason_for_reopening(True, blank)
    given = "  Rettelse   fra B "
    assert reason_for_reopening(True, given) == clean_reason(given)


@pytest.mark.parametrize(
    ("module", "file_name"),
    [(schema, "exchange-v2.schema.json"), (bundle_schema, "bundle-v1.schema.json")],
)
def test_the_published_schemas_are_written_byte_for_byte(
    module, file_name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    schema.print_schema(module.json_schema())
    published = resource_path("schemas", file_name).read_text(encoding="utf-8")
    assert capsys.readouterr().out == published
    assert json.loads(published)["$id"].endswith("/" + file_name)


def test_each_kind_of_invalid_value_gets_the_values_its_words_name() -> None:
    for key in set(_INVALID_KEYS.values()):
        named = {n for _, n, _, _ in string.Formatter().parse(CATALOGUE[key]["da"]) if n}
        assert named <= set(_INVALID_VALUES), key
    too_long = json.loads(json.dumps(MINIMAL))
    too_long["assessment"]["team"]["municipality"] = "x" * 201
    too_large = json.loads(json.dumps(MINIMAL))
    too_large["assessment"]["caseload"][0]["fte"] = 2
    for doc, where, words in (
        (too_long, "assessment.team.municipality", tr("invalid.string_too_long", max_length=200)),
        (too_large, "assessment.caseload.0.fte", tr("invalid.less_than_equal", le=1.0)),
    ):
        with pytest.raises(UserError) as refused:
            parse_exchange_bytes(json.dumps(doc).encode(), "x.json")
        assert f"{where}: {words}" in str(refused.value)
