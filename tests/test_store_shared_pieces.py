"""The pieces the store's parts share: fetching a row by id, a view's columns taken over by
name, the lifecycle view, the mixins' columns, the action-item query's columns, role words."""

from __future__ import annotations

import dataclasses
import datetime as dt
from types import SimpleNamespace

import pytest

from ipsfidelity.errors import UserError
from ipsfidelity.i18n import set_language
from ipsfidelity.store import Store, rows
from ipsfidelity.store import models as m
from ipsfidelity.store._parts import stored
from ipsfidelity.store.access import role_word
from ipsfidelity.store.action_plan import _items_query
from ipsfidelity.store.aggregates import _HEAD_FIELDS, AssessmentHead, AssessmentScore
from ipsfidelity.store.followup import ActionItemInfo, AgreementInfo, OutcomeInfo
from ipsfidelity.store.lifecycle_views import ReopeningInfo, SignOffInfo
from ipsfidelity.store.server_rules import ROLES
from ipsfidelity.store.views import AssessmentInfo


def test_stored_gives_the_row_or_says_which_kind_of_row_is_missing(any_store: Store) -> None:
    team = any_store.create_team("IPS Brøndby", "Brøndby")
    with any_store.reading() as s:
        assert stored(s, m.Team, team.id).name == "IPS Brøndby"
        with pytest.raises(UserError, match=r"^Intet team hedder »nowhere«$"):
            stored(s, m.Team, "nowhere")
        with pytest.raises(UserError, match=r"^Ingen vurdering har id »nowhere«$"):
            stored(s, m.Assessment, "nowhere")
        with pytest.raises(UserError, match=r"^Ingen handling har id »nowhere«$"):
            stored(s, m.ActionItem, "nowhere")
        with pytest.raises(UserError, match=r"^Ingen samarbejdsaftale har id »nowhere«$"):
            stored(s, m.Agreement, "nowhere")


def _fields(view: type) -> list[str]:
    return [f.name for f in dataclasses.fields(view)]


@pytest.mark.parametrize(
    ("table", "names", "view", "converted"),
    [
        (
            "assessment",
            rows.ASSESSMENT_COLUMNS,
            AssessmentInfo,
            {"team_name", "reviewers", "rated"},
        ),
        ("agreement", rows.AGREEMENT_COLUMNS, AgreementInfo, {"signatories"}),
        (
            "action_item",
            rows.ACTION_ITEM_COLUMNS,
            ActionItemInfo,
            {"team_id", "team_name", "period", "review_date", "elements", "continued_by"},
        ),
        ("outcome", rows.OUTCOME_COLUMNS, OutcomeInfo, {"assessment_id", "date", "period"}),
    ],
)
def test_a_views_columns_are_its_tables_and_with_the_converted_its_fields(
    table: str, names: tuple[str, ...], view: type, converted: set[str]
) -> None:
    assert set(names) <= set(m.Base.metadata.tables[table].columns.keys())
    assert len(set(names)) == len(names)
    assert set(names) | converted == set(_fields(view))
    assert not set(names) & converted


def test_columns_takes_the_named_attributes_over() -> None:
    row = SimpleNamespace(participants=12, in_job_or_education=5, updated_at=None, other=1)
    assert rows.columns(row, rows.OUTCOME_COLUMNS) == {
        "participants": 12,
        "in_job_or_education": 5,
        "updated_at": None,
    }
    with pytest.raises(AttributeError):
        rows.columns(SimpleNamespace(), ["participants"])


def test_the_action_item_query_gives_the_views_fields_in_order() -> None:
    assert [c.name for c in _items_query().selected_columns] == _fields(ActionItemInfo)


def test_lifecycle_info_puts_sign_offs_in_the_named_reviewers_order() -> None:
    a = SimpleNamespace(id="a1", kind="independent", state="consensus", reviewers=["Bo", "Al"])
    day = dt.date(2026, 3, 2)
    signed = [SignOffInfo("Al", day), SignOffInfo("Eve", day), SignOffInfo("Bo", day)]
    when = dt.datetime(2026, 3, 1, 9, tzinfo=dt.UTC)
    reopened = [ReopeningInfo("tal rettet", "Bo", "bo", when)]
    info = rows.lifecycle_info(a, None, None, iter(signed), iter(reopened))
    assert [o.reviewer for o in info.signoffs] == ["Bo", "Al", "Eve"]
    assert info.reopenings == tuple(reopened)
    assert (info.assessment_id, info.kind, info.state) == ("a1", "independent", "consensus")
    assert info.caseload_unavailable is None and info.finished_at is None


@pytest.mark.parametrize(
    ("model", "first"),
    [
        (m.ReviewerRating, ["id", "assessment_id", "reviewer", "element_id"]),
        (m.ReviewerCaseload, ["id", "assessment_id", "reviewer", "entries"]),
        (m.SignOff, ["id", "assessment_id", "reviewer", "signed_on"]),
        (m.CaseloadEntry, ["id", "assessment_id", "consultant_id", "position"]),
        (m.ActionItem, ["id", "assessment_id", "position", "text"]),
        (m.Reopening, ["id", "assessment_id", "reason"]),
    ],
)
def test_a_mixins_columns_open_the_table(model: type[m.Base], first: list[str]) -> None:
    table = model.__table__
    assert list(table.columns.keys())[: len(first)] == first
    (key,) = table.c.assessment_id.foreign_keys
    assert (key.target_fullname, key.ondelete) == ("assessment.id", "CASCADE")


def test_every_role_has_its_word_in_both_languages() -> None:
    try:
        set_language("da")
        danish = [role_word(r) for r in ROLES]
        set_language("en")
        english = [role_word(r) for r in ROLES]
    finally:
        set_language("da")
    assert len(set(danish)) == len(set(english)) == len(ROLES)
    assert not set(ROLES) & set(danish)  # "ambassadør", "teamleder", ...
    assert danish != english
    assert role_word("unknown") == "unknown"


def test_a_score_repeats_exactly_the_fields_it_shares_with_its_head() -> None:
    shared = set(_fields(AssessmentHead)) & set(_fields(AssessmentScore))
    assert set(_HEAD_FIELDS) == shared
