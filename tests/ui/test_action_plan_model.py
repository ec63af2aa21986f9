"""The action-plan table model and the follow-up wording, without any window."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from ipsfidelity.store.followup import ActionItemInfo
from ipsfidelity.ui.common.followup_text import (
    agreement_indicator,
    follow_up_text,
    overdue_mark,
    shows_agreement,
)
from ipsfidelity.ui.common.outcome_panel import check_counts, share_percent, share_text
from ipsfidelity.ui.followup.plan_model import (
    DEADLINE,
    ELEMENTS,
    OWNER,
    PARTY,
    PERIOD,
    STATUS,
    TEXT,
    ActionPlanModel,
)
from ipsfidelity.ui.review.element_followup import items_by_element

NOW = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)


def item(n: int, **changes: object) -> ActionItemInfo:
    values: dict[str, object] = {
        "id": f"item-{n}",
        "assessment_id": "a1",
        "team_id": "t1",
        "team_name": "IPS Hvidovre",
        "period": "2026-Q4",
        "review_date": dt.date(2026, 11, 3),
        "position": n,
        "text": f"Handling {n}",
        "elements": ("P3.1",),
        "party": "faelles",
        "owner": "",
        "deadline": dt.date(2026, 12, 15),
        "status": "aaben",
        "follow_up": "",
        "origin_item_id": None,
        "continued_by": None,
        "created_at": NOW,
        "updated_at": NOW,
    }
    values.update(changes)
    return ActionItemInfo(**values)  # type: ignore[arg-type]


def model_with(*items: ActionItemInfo, today: dt.date = dt.date(2026, 12, 1)) -> ActionPlanModel:
    model = ActionPlanModel(("P1.1", "P3.1", "P6.1", "caseload"))
    model.set_items(list(items), today)
    return model


def test_rows_show_labels_and_marks_overdue_items_in_words() -> None:
    model = model_with(
        item(0),
        item(1, deadline=dt.date(2026, 11, 20), elements=("P6.1", "caseload"), party="kommune"),
        item(2, deadline=dt.date(2026, 11, 20), status="afsluttet"),
    )
    cell = lambda r, kind: model.index(r, model.column_of(kind)).data()  # noqa: E731
    assert model.columnCount() == 7  # no period column in a plan
    assert cell(0, DEADLINE) == "2026-12-15"
    assert cell(1, DEADLINE) == "2026-11-20  ⚠ overskredet"
    assert cell(2, DEADLINE) == "2026-11-20"  # finished: never overdue
    assert cell(1, ELEMENTS) == "P6.1, Caseload"
    assert cell(1, PARTY) == "Kommune"
    assert cell(0, STATUS) == "Åben"
    assert cell(2, STATUS) == "✔ Afsluttet"
    assert model.overdue_count() == 1
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Aftale og handling"


def test_carried_items_say_where_they_came_from() -> None:
    model = model_with(item(0, origin_item_id="old-1", period="2027-Q1"))
    model.origin_periods = {"old-1": "2026-Q4"}
    index = model.index(0, model.column_of(TEXT))
    assert index.data().startswith("↻ ")
    assert index.data(Qt.ItemDataRole.EditRole) == "Handling 0"
    assert index.data(Qt.ItemDataRole.ToolTipRole).startswith("Videreført fra 2026-Q4")


def test_edits_are_validated_where_typed_and_requested_not_written() -> None:
    model = model_with(item(0))
    requested: list[tuple[str, str, object, object]] = []
    refused: list[str] = []
    model.edit_requested.connect(lambda *args: requested.append(args))
    model.refused.connect(refused.append)
    at = lambda kind: model.index(0, model.column_of(kind))  # noqa: E731

    assert not model.setData(at(DEADLINE), "15/1/2027")
    assert refused[-1] == "Skriv fristen som 2027-04-30, 30-04-2027 eller 30.04.2027"
    assert model.setData(at(DEADLINE), " 2027-01-15 ")
    assert not model.setData(at(ELEMENTS), "P3.1, P9.9")
    assert refused[-1] == "»P9.9« er hverken et element i instrumentet eller Caseload"
    assert model.setData(at(ELEMENTS), "p3.1; caseload, P3.1")
    assert not model.setData(at(TEXT), "   ")
    assert model.setData(at(PARTY), "Psykiatri")
    assert model.setData(at(STATUS), "i_gang")
    assert model.setData(at(OWNER), "  Lise   Holm ")
    assert model.setData(at(OWNER), "")  # unchanged: nothing requested
    assert requested == [
        ("item-0", "deadline", dt.date(2026, 12, 15), dt.date(2027, 1, 15)),
        ("item-0", "elements", ("P3.1",), ("P3.1", "caseload")),
        ("item-0", "party", "faelles", "psykiatri"),
        ("item-0", "status", "aaben", "i_gang"),
        ("item-0", "owner", "", "Lise Holm"),
    ]
    assert model.items[0].deadline == dt.date(2026, 12, 15)  # the model itself never writes


def test_the_follow_up_list_shows_the_review_and_edits_only_follow_up_fields() -> None:
    model = ActionPlanModel(with_period=True, editable=frozenset({"status", "follow_up"}))
    model.set_items([item(0)])
    assert model.index(0, model.column_of(PERIOD)).data() == "2026-Q4 (2026-11-03)"
    assert not model.flags(model.index(0, model.column_of(TEXT))) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(0, model.column_of(STATUS))) & Qt.ItemFlag.ItemIsEditable


def test_items_are_grouped_beside_each_element_they_link() -> None:
    a, b = item(0, elements=("P3.1", "caseload")), item(1, elements=("P3.1",))
    grouped = items_by_element([a, b])
    assert grouped == {"P3.1": [a, b], "caseload": [a]}


def test_overdue_marks_and_the_agreement_line_read_without_colour() -> None:
    assert overdue_mark(0) == ""
    assert overdue_mark(1) == "⚠ 1 overskredet"
    assert overdue_mark(3) == "⚠ 3 overskredne"
    assert follow_up_text(0, 0) == ""
    assert follow_up_text(2, 1) == "2 åbne · ⚠ 1 overskredet"
    assert follow_up_text(2, 0) == "2 åbne"
    assert follow_up_text(1, 1) == "1 åben · ⚠ 1 overskredet"  # one, in the singular
    assert shows_agreement("dk-minimum", "P3.1")
    assert not shows_agreement("dk-minimum", "P3.2")
    assert agreement_indicator(None) == (
        "Ingen samarbejdsaftale registreret for teamet på vurderingsdatoen."
    )
    assert agreement_indicator(dt.date(2026, 3, 1)) == (
        "Samarbejdsaftale registreret, gældende fra 2026-03-01."
    )


def test_outcome_counts_are_checked_where_typed() -> None:
    assert check_counts("28", "13") == ((28, 13), "")
    assert check_counts("", "") == (None, "")  # both empty: no figures
    assert check_counts("28", "") == (None, "Udfyld begge tal")
    assert check_counts("28,5", "3") == (None, "Skriv et helt tal fra 0")
    assert check_counts("-1", "0") == (None, "Skriv et helt tal fra 0")
    assert check_counts("10", "11") == (
        None,
        "Der kan ikke være flere i job eller uddannelse end deltagere (10)",
    )
    assert share_text(28, 13) == "13 af 28 i job eller uddannelse (46,4 %)"
    assert share_text(0, 0) == "0 af 0 i job eller uddannelse"
    assert share_percent(59.5) == "59,5 %"
    assert share_percent(None) == "–"
