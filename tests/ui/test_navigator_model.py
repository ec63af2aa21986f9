"""The walk-through's navigator model, without any window."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ipsfidelity.instrument import default_pack
from ipsfidelity.ui.common.colours import BAD, GOOD, LOAD_COLOURS
from ipsfidelity.ui.review.navigator import NavigatorModel
from ipsfidelity.ui.review.session import CASELOAD_KEY


def test_principles_hold_their_elements_then_caseload_and_outcomes(qapp: object) -> None:
    pack = default_pack()
    model = NavigatorModel(pack)
    assert model.rowCount() == len(pack.principles) + 2
    first = model.index(0, 0)
    # The count is joined by no-break spaces: a narrow row wraps before it, never inside.
    assert first.data().replace("\u00a0", " ") == "P1 Ingen eksklusion · 0 af 2 vurderet"
    assert first.data().endswith(" ·\u00a00\u00a0af\u00a02\u00a0vurderet")
    assert model.rowCount(first) == 2
    assert model.index(0, 0, first).data() == "○  P1.1  ikke vurderet"
    assert model.index(model.rowCount() - 2, 0).data() == "Caseload · ikke udfyldt"
    assert model.index(model.rowCount() - 1, 0).data() == "Resultattal · ikke udfyldt (valgfrit)"
    model.set_outcome_status(True)
    assert model.index(model.rowCount() - 1, 0).data() == "Resultattal · udfyldt"
    elements = [
        NavigatorModel.key_at(model.index(r, 0, model.index(p, 0)))
        for p in range(len(pack.principles))
        for r in range(model.rowCount(model.index(p, 0)))
    ]
    assert elements == list(pack.element_ids)


def test_a_rating_changes_the_mark_the_colour_and_the_principle_count(qapp: object) -> None:
    model = NavigatorModel(default_pack())
    model.set_rating("P1.2", "met")
    model.set_rating("P3.2", "not_met")
    p1 = model.index(0, 0)
    assert model.index(1, 0, p1).data() == "✔  P1.2  Opfyldt"
    assert model.index(1, 0, p1).data(Qt.ItemDataRole.ForegroundRole).color().name() == GOOD
    assert p1.data().replace("\u00a0", " ") == "P1 Ingen eksklusion · 1 af 2 vurderet"
    p3_2 = model.index_for("P3.2")
    assert p3_2.data() == "✘  P3.2  Ikke opfyldt"
    assert p3_2.data(Qt.ItemDataRole.ForegroundRole).color().name() == BAD
    assert model.status("P3.2") == "not_met"
    model.set_rating("P3.2", "partial")
    assert model.index_for("P3.2").data() == "◐  P3.2  Delvist opfyldt"


def test_a_principle_leads_to_its_first_element(qapp: object) -> None:
    model = NavigatorModel(default_pack())
    assert NavigatorModel.key_at(model.index(2, 0)) == "P3.1"
    assert NavigatorModel.key_at(model.index_for(CASELOAD_KEY)) == CASELOAD_KEY
    model.set_caseload_status("over")
    item = model.index_for(CASELOAD_KEY)
    assert item.data() == "Caseload · over grænsen"
    assert item.data(Qt.ItemDataRole.ForegroundRole).color().name() == LOAD_COLOURS["over"]
