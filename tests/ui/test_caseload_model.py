"""The caseload table model, without any window: validation where typed, live load and status."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ipsfidelity.instrument import default_pack
from ipsfidelity.ui.common.colours import BAD, GOOD, WARN
from ipsfidelity.ui.review.caseload_model import (
    FTE,
    IPS,
    LOAD,
    NAME,
    OTHER,
    STATUS,
    CaseloadModel,
    parse_cases,
    parse_fte,
)
from ipsfidelity.ui.review.session import CaseloadRow


@pytest.fixture
def model(qapp: object) -> CaseloadModel:
    m = CaseloadModel(default_pack().caseload)
    m.set_rows((CaseloadRow("Birgitte Holm", 1.0, 10, 0), CaseloadRow("Kasper Løvgren", 0.5, 6, 2)))
    return m


def test_load_and_status_are_computed_and_coloured(model: CaseloadModel) -> None:
    assert model.rowCount() == 2 and model.columnCount() == 6
    assert model.headerData(FTE, Qt.Orientation.Horizontal) == "Årsværk"
    assert model.index(0, LOAD).data() == "10,0"
    assert model.index(1, LOAD).data() == "14,0"  # (6 + 2/2) / 0.5
    assert model.index(0, STATUS).data() == "i orden"
    assert model.index(0, STATUS).data(Qt.ItemDataRole.ForegroundRole).color().name() == GOOD
    assert not model.flags(model.index(0, LOAD)) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(0, OTHER)) & Qt.ItemFlag.ItemIsEditable


def test_an_edit_recomputes_live_and_is_reported_once(model: CaseloadModel, qtbot: QtBot) -> None:
    with qtbot.waitSignal(model.edited) as signal:
        assert model.setData(model.index(1, IPS), "12")
    before, after = signal.args
    assert before[1].ips_cases == 6 and after[1].ips_cases == 12
    assert model.index(1, LOAD).data() == "26,0"
    assert model.index(1, STATUS).data() == "over grænsen"
    assert model.index(1, STATUS).data(Qt.ItemDataRole.ForegroundRole).color().name() == BAD
    assert model.setData(model.index(1, IPS), "11")
    assert model.index(1, LOAD).data() == "24,0"
    # Pack version 2: beside other cases, above 20 is over; with IPS cases only, 24 is at the limit.
    assert model.index(1, STATUS).data(Qt.ItemDataRole.ForegroundRole).color().name() == BAD
    assert model.setData(model.index(1, OTHER), "0")
    assert model.setData(model.index(1, IPS), "12")
    assert model.index(1, LOAD).data() == "24,0"
    assert model.index(1, STATUS).data() == "ved grænsen"
    assert model.index(1, STATUS).data(Qt.ItemDataRole.ForegroundRole).color().name() == WARN


def test_a_danish_decimal_comma_is_understood(model: CaseloadModel) -> None:
    assert model.setData(model.index(0, FTE), "0,8")
    assert model.rows[0].fte == 0.8
    assert model.index(0, FTE).data(Qt.ItemDataRole.EditRole) == "0,8"
    assert model.setData(model.index(0, FTE), "0.75")
    assert model.index(0, FTE).data() == "0,75"


@pytest.mark.parametrize(
    "text", ["0", "-0,5", "1,5", "2", "", "en", "nan", "0,009", "1e-320", "0,00000001"]
)
def test_fte_outside_the_minimum_to_one_is_refused(
    model: CaseloadModel, qtbot: QtBot, text: str
) -> None:
    with qtbot.waitSignal(model.refused) as signal, qtbot.assertNotEmitted(model.edited):
        assert not model.setData(model.index(0, FTE), text)
    assert signal.args == ["Årsværk skal være mindst 0,01 og højst 1, fx 0,8"]
    assert model.rows[0].fte == 1.0


def test_fte_at_the_minimum_is_taken(model: CaseloadModel) -> None:
    assert model.setData(model.index(0, FTE), "0,01")
    assert model.rows[0].fte == 0.01


@pytest.mark.parametrize("column", [IPS, OTHER])
@pytest.mark.parametrize("text", ["-1", "2,5", "3.0", "x", ""])
def test_negative_or_fractional_cases_are_refused(
    model: CaseloadModel, qtbot: QtBot, column: int, text: str
) -> None:
    before = model.rows
    with qtbot.waitSignal(model.refused) as signal:
        assert not model.setData(model.index(0, column), text)
    assert signal.args == ["Antal sager skal være et helt tal fra 0"]
    assert model.rows == before


def test_empty_and_duplicate_consultant_names_are_refused(
    model: CaseloadModel, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(model.refused) as signal:
        assert not model.setData(model.index(0, NAME), "   ")
    assert signal.args == ["Konsulenten skal have et navn"]
    with qtbot.waitSignal(model.refused) as signal:
        assert not model.setData(model.index(0, NAME), "kasper  løvgren")
    assert signal.args == ["»kasper løvgren« står allerede i tabellen"]
    assert model.rows[0].consultant == "Birgitte Holm"


def test_rows_are_added_and_removed(model: CaseloadModel, qtbot: QtBot) -> None:
    with qtbot.waitSignal(model.edited):
        row = model.add_row()
    assert row == 2 and model.rowCount() == 3
    assert model.index(2, STATUS).data() == "Rækker uden navn gemmes ikke"
    with qtbot.waitSignal(model.edited):
        model.remove_row(0)
    assert [r.consultant for r in model.rows] == ["Kasper Løvgren", ""]


def test_parsers() -> None:
    assert parse_fte("1") == 1.0 and parse_fte(" 0,25 ") == 0.25 and parse_fte("1,01") is None
    assert parse_cases("007") == 7 and parse_cases("-3") is None and parse_cases("1e3") is None
