"""Follow-up keys in the exchange file: agreement, action plan and outcome figures."""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import jsonschema
import pytest

from ipsfidelity.errors import UserError
from ipsfidelity.exchange import export_document, import_documents, parse_exchange_bytes
from ipsfidelity.exchange.schema import json_schema
from ipsfidelity.store import Store, open_store
from ipsfidelity.store.followup import Signatory
from ipsfidelity.store.views import CaseloadInfo
from tests.test_exchange import MINIMAL, db_digest, run_cli, write


@pytest.fixture
def source(tmp_path: Path) -> Iterator[Store]:
    """A team with an agreement and two quarters of action plans, one item carried over."""
    s = open_store(str(tmp_path / "source.sqlite3"))
    tid = s.create_team("IPS Rødovre", "Rødovre", "Psykiatrisk Center Glostrup", "OPUS").id
    s.create_agreement(
        tid,
        dt.date(2025, 1, 1),
        target_age="18-64 år",
        target_participants=30,
        target_referrals=25,
        target_in_job=15,
        presence_place="F-ACT Glostrup, fast kontorplads",
        presence_times="Tirsdage 9-12",
        leadership="Ledermøde to gange om året",
        signatories=[
            Signatory("Anne Ørsted", "Jobcenterchef", "kommune", dt.date(2024, 12, 10)),
            Signatory("Bo Ågård", "Centerchef", "psykiatri"),
        ],
    )
    q1 = s.create_assessment(tid, dt.date(2026, 2, 17), reviewers=["Mette"]).id
    q2 = s.create_assessment(tid, dt.date(2026, 5, 19), reviewers=["Mette"]).id
    for aid in (q1, q2):
        s.set_rating(aid, "P3.2", "partial", note="Hver anden måned")
        s.set_rating(aid, "P6.1", "not_met")
        s.set_caseload(aid, [CaseloadInfo("Åse Bøgh", 0.5, 14, 0)])
    first, second, _ = s.suggest_actions(q1)
    s.update_action_item(first.id, owner="Jens Østergaard", status="afsluttet")
    s.update_action_item(second.id, status="i_gang", follow_up="Tre virksomhedsbesøg i marts")
    s.carry_over(q2)
    s.add_action_item(q2, "Fast plads på konferencen i OPUS", party="psykiatri", owner="Bo Ågård")
    s.set_outcomes(q1, 28, 13)
    s.set_outcomes(q2, 31, 17)
    yield s
    s.close()


def _file_bytes(store: Store, assessment_id: str) -> bytes:
    doc = export_document(store.get_assessment(assessment_id), store.follow_up(assessment_id))
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


def _item_fields(store: Store, assessment_id: str) -> list[tuple[object, ...]]:
    return [
        (
            i.id,
            i.position,
            i.text,
            i.elements,
            i.party,
            i.owner,
            i.deadline,
            i.status,
            i.follow_up,
            i.origin_item_id,
            i.updated_at,
        )
        for i in store.action_plan(assessment_id)
    ]


def test_follow_up_survives_export_and_import_into_an_empty_database(
    source: Store, any_store: Store
) -> None:
    ids = [a.id for a in sorted(source.list_assessments(), key=lambda a: a.date)]
    files = [(f"{aid}.json", parse_exchange_bytes(_file_bytes(source, aid), aid)) for aid in ids]
    plan = import_documents(any_store, files)
    assert len(plan.create) == 2 and len(plan.new_agreements) == 1

    tid = source.list_teams()[0].id
    original = source.agreement_for(tid, dt.date(2026, 5, 19))
    copied = any_store.agreement_for(tid, dt.date(2026, 5, 19))
    assert copied is not None and original is not None
    assert copied.signatories == original.signatories
    assert {**vars(copied), "created_at": None} == {**vars(original), "created_at": None}
    for aid in ids:
        assert _item_fields(any_store, aid) == _item_fields(source, aid)
        assert any_store.get_outcomes(aid) == source.get_outcomes(aid)
        # The whole file, follow-up included, reads back identically from the copy.
        assert _file_bytes(any_store, aid) == _file_bytes(source, aid)
    # The carried-over link and the overdue view survive too.
    assert [i.id for i in any_store.overdue_items(dt.date(2026, 11, 22))] == [
        i.id for i in source.overdue_items(dt.date(2026, 11, 22))
    ]
    again = import_documents(any_store, files)
    assert len(again.unchanged) == 2 and not again.new_agreements
    assert not again.updated_agreements


def test_exported_file_matches_the_published_schema(source: Store) -> None:
    aid = source.list_assessments()[0].id
    doc = json.loads(_file_bytes(source, aid))
    jsonschema.validate(doc, json_schema())
    assessment = doc["assessment"]
    assert assessment["team"]["agreement"]["signatories"][0]["signed_on"] == "2024-12-10"
    assert {i["party"] for i in assessment["action_plan"]} <= {"kommune", "psykiatri", "faelles"}
    assert set(assessment["outcomes"]) == {"participants", "in_job_or_education"}


def test_files_without_follow_up_keys_import_as_before(tmp_path: Path, any_store: Store) -> None:
    doc = parse_exchange_bytes(json.dumps(MINIMAL).encode(), "minimal.json")
    import_documents(any_store, [("minimal.json", doc)])
    aid = MINIMAL["assessment"]["id"]
    assert any_store.action_plan(aid) == []
    assert any_store.get_outcomes(aid) is None
    assert any_store.agreements(MINIMAL["assessment"]["team"]["id"]) == []
    exported = export_document(any_store.get_assessment(aid), any_store.follow_up(aid))
    assert exported["assessment"]["action_plan"] == []
    assert exported["assessment"]["outcomes"] is None  # written, so it replaces on re-import
    assert "agreement" not in exported["assessment"]["team"]


def test_a_hand_written_item_gets_the_defaults(any_store: Store) -> None:
    data = copy.deepcopy(MINIMAL)
    data["assessment"]["action_plan"] = [{"text": "  Aftal ledermøder  ", "elements": ["P3.1"]}]
    doc = parse_exchange_bytes(json.dumps(data).encode(), "x.json")
    import_documents(any_store, [("x.json", doc)])
    [item] = any_store.action_plan(data["assessment"]["id"])
    assert (item.text, item.party, item.status, item.owner) == (
        "Aftal ledermøder",
        "faelles",
        "aaben",
        "",
    )
    assert item.deadline == dt.date(2026, 11, 20) + dt.timedelta(weeks=6)
    assert len(item.id) == 36


def _with(path: str, value: object) -> dict:
    data = copy.deepcopy(MINIMAL)
    node = data["assessment"]
    *parents, last = path.split(".")
    for key in parents:
        node = node[key]
    node[last] = value
    return data


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (_with("action_plan", [{"text": "x", "elements": ["P9.9"]}]), "P9.9"),
        (_with("action_plan", [{"text": "x", "party": "region"}]), "party"),
        (_with("action_plan", [{"text": "x", "status": "done"}]), "status"),
        (_with("action_plan", [{"text": "   "}]), "text"),
        (_with("action_plan", [{"text": "x", "deadline": "snart"}]), "deadline"),
        (
            _with(
                "action_plan",
                [
                    {"id": "0b9f3c1e-6a55-4a8e-9d43-2a0f7d6b1c99", "text": "a"},
                    {"id": "0B9F3C1E-6A55-4A8E-9D43-2A0F7D6B1C99", "text": "b"},
                ],
            ),
            "flere gange",
        ),
        (_with("outcomes", {"participants": 10, "in_job_or_education": 11}), "flere end"),
        (_with("outcomes", {"participants": 10, "in_job_or_education": "5"}), "helt tal"),
        (_with("outcomes", {"participants": 10}), "mangler"),
        (_with("team.agreement", {"id": "0b9f3c1e-6a55-4a8e-9d43-2a0f7d6b1c12"}), "start_date"),
        (_with("outcomes", {"participants": 10, "in_job_or_education": 2, "cpr": "x"}), None),
    ],
)
def test_bad_follow_up_keys_are_refused_before_writing(
    tmp_path: Path,
    db_path: Path,
    capsys: pytest.CaptureFixture[str],
    data: dict,
    message: str | None,
) -> None:
    f = write(tmp_path / "a.json", data)
    open_store(str(db_path)).close()
    before = db_digest(db_path)
    code = run_cli("--db", str(db_path), "import", str(f))
    if message is None:  # unknown keys are ignored: no place for a CPR number is made
        assert code == 0
        return
    err = capsys.readouterr().err
    assert code == 2 and message in err and err.count("\n") == 1, err
    assert db_digest(db_path) == before


def test_newer_plan_replaces_older_copy_and_agreement_updates_on_its_own(
    source: Store, any_store: Store
) -> None:
    q1 = min(source.list_assessments(), key=lambda a: a.date).id
    old = parse_exchange_bytes(_file_bytes(source, q1), "old.json")
    import_documents(any_store, [("old.json", old)])

    item = source.action_plan(q1)[1]
    source.update_action_item(item.id, status="afsluttet", follow_up="Lukket i maj")
    newer = parse_exchange_bytes(_file_bytes(source, q1), "new.json")
    plan = import_documents(any_store, [("new.json", newer)])
    assert len(plan.update) == 1
    assert _item_fields(any_store, q1) == _item_fields(source, q1)
    with pytest.raises(UserError, match="ældre"):
        import_documents(any_store, [("old.json", old)])

    # Only the agreement changed: it is updated though the assessment is unchanged.
    tid = source.list_teams()[0].id
    agreement = source.agreement_for(tid, dt.date(2026, 2, 17))
    assert agreement is not None
    source.update_agreement(agreement.id, target_in_job=18)
    doc = export_document(source.get_assessment(q1), source.follow_up(q1))
    doc["assessment"]["updated_at"] = newer.updated_at.isoformat()
    plan = import_documents(
        any_store, [("agreement.json", parse_exchange_bytes(json.dumps(doc).encode()))]
    )
    assert len(plan.unchanged) == 1 and len(plan.updated_agreements) == 1
    assert any_store.get_agreement(agreement.id).target_in_job == 18


def test_clashing_agreements_and_item_ids_are_refused(source: Store, any_store: Store) -> None:
    q1 = min(source.list_assessments(), key=lambda a: a.date).id
    doc = json.loads(_file_bytes(source, q1))
    import_documents(any_store, [("a.json", parse_exchange_bytes(json.dumps(doc).encode()))])
    tid = doc["assessment"]["team"]["id"]

    # Another agreement for the same team and start date, made on another machine.
    clash = copy.deepcopy(doc)
    clash["assessment"]["id"] = "0b9f3c1e-6a55-4a8e-9d43-2a0f7d6b1c13"
    clash["assessment"]["action_plan"] = []
    clash["assessment"]["team"]["agreement"]["id"] = "0b9f3c1e-6a55-4a8e-9d43-2a0f7d6b1c14"
    with pytest.raises(UserError, match="2025-01-01"):
        import_documents(any_store, [("b.json", parse_exchange_bytes(json.dumps(clash).encode()))])

    # An action item id that belongs to another assessment here.
    steal = copy.deepcopy(doc)
    steal["assessment"]["id"] = "0b9f3c1e-6a55-4a8e-9d43-2a0f7d6b1c15"
    del steal["assessment"]["team"]["agreement"]
    with pytest.raises(UserError, match="anden vurdering"):
        import_documents(any_store, [("c.json", parse_exchange_bytes(json.dumps(steal).encode()))])
    assert len(any_store.list_assessments()) == 1
    assert len(any_store.agreements(tid)) == 1


def test_a_file_from_a_version_without_follow_up_keeps_the_stored_plan(
    source: Store, any_store: Store
) -> None:
    q1 = min(source.list_assessments(), key=lambda a: a.date).id
    doc = json.loads(_file_bytes(source, q1))
    import_documents(any_store, [("a.json", parse_exchange_bytes(json.dumps(doc).encode()))])
    stored_items = _item_fields(any_store, q1)
    stored_outcomes = any_store.get_outcomes(q1)
    assert stored_items and stored_outcomes is not None

    # A newer edit of the ratings, written by a tool that knows nothing of follow-up.
    older_tool = copy.deepcopy(doc)
    for key in ("action_plan", "outcomes"):
        del older_tool["assessment"][key]
    older_tool["assessment"]["ratings"][0]["note"] = "Rettet på en anden maskine"
    # Newer than the stored edit, whenever the test runs: relative to the stored value.
    stored_at = dt.datetime.fromisoformat(doc["assessment"]["updated_at"])
    older_tool["assessment"]["updated_at"] = (stored_at + dt.timedelta(days=1)).isoformat()
    plan = import_documents(
        any_store, [("old-tool.json", parse_exchange_bytes(json.dumps(older_tool).encode()))]
    )
    assert len(plan.update) == 1
    assert any_store.get_assessment(q1).ratings["P3.2"].note == "Rettet på en anden maskine"
    assert _item_fields(any_store, q1) == stored_items  # not wiped
    assert any_store.get_outcomes(q1) == stored_outcomes

    # An empty plan and `null` figures, written on purpose, do replace them.
    emptied = copy.deepcopy(older_tool)
    emptied["assessment"].update(
        action_plan=[], outcomes=None, updated_at=(stored_at + dt.timedelta(days=2)).isoformat()
    )
    import_documents(any_store, [("e.json", parse_exchange_bytes(json.dumps(emptied).encode()))])
    assert any_store.action_plan(q1) == [] and any_store.get_outcomes(q1) is None
