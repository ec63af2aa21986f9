"""The exchange family's dialogs driven with qtbot on preview data: Apply waits for every
conflict, the merge view's keys and choose-all, the reopen reason for a finished review,
the export choices and the sync address check. (The whole flow on real files, against
the real core, is in test_exchange_ui.py.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from ipsfidelity.ui.exchange.export_dialog import ExportDialog, ExportOffer
from ipsfidelity.ui.exchange.merge_view import MergeDialog
from ipsfidelity.ui.exchange.preview import PreviewDialog
from ipsfidelity.ui.exchange.preview_data import (
    ConflictRow,
    ImportPreview,
    Resolution,
    ReviewLine,
    TeamLine,
)
from ipsfidelity.ui.exchange.sync_dialog import SyncDialog, url_problem
from tests.ui.conftest import activate


def _preview() -> ImportPreview:
    return ImportPreview(
        [
            ReviewLine("a1", "IPS Hvidovre", "2026-Q4", "conflict"),
            ReviewLine("a2", "IPS Aarhus", "2026-Q3", "conflict", locked=True),
            ReviewLine("a3", "IPS Odense", "2026-Q4", "new"),
            ReviewLine("a4", "IPS Køge", "2026-Q1", "refused", "slettet her"),
        ],
        [TeamLine("IPS Hvidovre", False), TeamLine("IPS Odense", True)],
        [
            ConflictRow("a1|r1", "a1", "IPS Hvidovre · 2026-Q4", "1.1", "4", "5", "3"),
            ConflictRow("a1|r2", "a1", "IPS Hvidovre · 2026-Q4", "1.2", "", None, "2"),
            ConflictRow("a2|r1", "a2", "IPS Aarhus · 2026-Q3", "3.1", "2", "3", None, True),
        ],
    )


def _show(qtbot: QtBot, dialog: QWidget) -> None:
    """On screen and active, as the window manager leaves a dialog (shortcuts need it)."""
    dialog.show()
    qtbot.waitExposed(dialog)
    activate(qtbot, dialog)


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_the_preview_lists_outcomes_and_teams_and_waits_for_choices(
    qtbot: QtBot, parent: QWidget
) -> None:
    dialog = PreviewDialog(_preview(), "Importér", parent)
    qtbot.addWidget(dialog)
    model = dialog.model
    shown = [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    # Conflicts first, then the refusal with its reason, then the rest.
    outcome, reason = model.columns.index("outcome"), model.columns.index("reason")
    assert model.columns == ["team", "period", "date", "state", "outcome", "reason"]
    assert [row[outcome] for row in shown] == ["Konflikt (afsluttet)", "Konflikt", "Afvist", "Ny"]
    assert shown[2][reason] == "slettet her"
    assert "Nye teams oprettes: IPS Odense" in dialog.teams.text()
    assert "Findes allerede her: IPS Hvidovre" in dialog.teams.text()
    assert dialog.summary.text() == "Konflikt: 2 · Afvist: 1 · Ny: 1"
    assert not dialog.apply_button.isEnabled()
    assert dialog.conflict_note.text().startswith("3 elementer eller felter i konflikt mangler")

    dialog.set_resolution(Resolution({"a1|r1": "local", "a1|r2": "incoming"}))
    assert not dialog.apply_button.isEnabled()  # one row still open
    dialog.set_resolution(Resolution({"a1|r1": "local", "a1|r2": "incoming", "a2|r1": "local"}))
    assert dialog.apply_button.isEnabled()


def test_merge_view_keys_choose_row_by_row_and_all(qtbot: QtBot, parent: QWidget) -> None:
    dialog = MergeDialog(_preview(), {}, parent)
    qtbot.addWidget(dialog)
    _show(qtbot, dialog)
    table = dialog.table
    assert table.currentIndex().row() == 0
    assert not dialog.apply_button.isEnabled()
    # The three values a row shows: here, incoming, base; "absent" and "unknown" in words.
    model = dialog.model
    assert [model.index(1, c).data() for c in (2, 3, 4)] == ["(tom)", "(findes ikke)", "2"]
    assert model.index(2, 4).data() == "(ukendt)"

    qtbot.keyClick(table, Qt.Key.Key_L)  # row 1: this computer's; on to row 2
    assert dialog.model.choices == {"a1|r1": "local"}
    assert (model.index(0, 2).data(), model.index(0, 3).data()) == ("✓ 4", "5")
    assert table.currentIndex().row() == 1
    qtbot.keyClick(table, Qt.Key.Key_I)
    assert dialog.model.choices["a1|r2"] == "incoming"
    assert dialog.progress.text() == "2 af 3 valgt"
    assert not dialog.apply_button.isEnabled()
    assert table.currentIndex().row() == 2
    qtbot.keyClick(table, Qt.Key.Key_Up)
    qtbot.keyClick(table, Qt.Key.Key_Up)
    qtbot.keyClick(table, Qt.Key.Key_I)  # changed its mind about row 1
    assert dialog.model.choices["a1|r1"] == "incoming"

    qtbot.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # all local
    assert set(dialog.model.choices.values()) == {"local"}
    assert dialog.apply_button.isEnabled()  # nothing taken into the finished review
    assert not dialog.reason.isVisible()
    with qtbot.waitSignal(dialog.accepted):
        dialog.apply_button.click()
    assert dialog.resolution() == Resolution(
        {"a1|r1": "local", "a1|r2": "local", "a2|r1": "local"}, ""
    )


def test_taking_incoming_into_a_finished_review_needs_a_reason(
    qtbot: QtBot, parent: QWidget
) -> None:
    dialog = MergeDialog(_preview(), {}, parent)
    qtbot.addWidget(dialog)
    _show(qtbot, dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)  # all incoming
    assert dialog.model.all_chosen()
    assert dialog.reason.isVisible()
    assert QApplication.focusWidget() is dialog.reason  # the one thing left to do
    assert "IPS Aarhus · 2026-Q3" in dialog.reason_label.text()
    assert not dialog.apply_button.isEnabled()  # chosen, but no reason yet
    qtbot.keyClicks(dialog.reason, "   ")
    assert not dialog.apply_button.isEnabled()  # blanks are no reason
    dialog.reason.setText("Konsensus aftalt på mødet 3. december")
    assert dialog.apply_button.isEnabled()
    assert dialog.resolution().reopen_reason == "Konsensus aftalt på mødet 3. december"
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_export_dialog_offers_what_the_window_has(
    qtbot: QtBot, parent: QWidget, tmp_path: Path
) -> None:
    offer = ExportOffer("a1", "IPS Hvidovre · 2026-Q4", "t1", "IPS Hvidovre")
    dialog = ExportDialog(offer, str(tmp_path), parent)
    qtbot.addWidget(dialog)
    assert dialog.review_radio.isChecked() and dialog.mask_box.isChecked()
    choice = dialog.choice()
    assert (choice.scope, choice.review_id, choice.path.parent) == ("review", "a1", tmp_path)
    dialog.team_radio.setChecked(True)
    assert dialog.choice().team_ids == ("t1",)
    assert "IPS Hvidovre" in dialog.path_edit.text()
    dialog.everything_radio.setChecked(True)
    dialog.mask_box.setChecked(False)
    choice = dialog.choice()
    assert (choice.scope, choice.team_ids, choice.mask_personal_data) == ("everything", (), False)

    assert not dialog.own_row.isVisibleTo(dialog)  # one reviewer: their ratings are the review
    two = ExportOffer("a1", "IPS Hvidovre · 2026-Q4", reviewers=("Anna Berg", "Bo Dahl"))
    both = ExportDialog(two, str(tmp_path), parent)
    qtbot.addWidget(both)
    assert both.own_row.isVisibleTo(both) and both.choice().reviewer is None
    both.own_box.setChecked(True)
    both.reviewer_combo.setCurrentText("Bo Dahl")
    assert both.choice().reviewer == "Bo Dahl"
    assert (
        Path(both.path_edit.text()).name == "Egne vurderinger Bo Dahl IPS Hvidovre · 2026-Q4.json"
    )
    both.everything_radio.setChecked(True)
    assert not both.own_row.isVisibleTo(both) and both.choice().reviewer is None

    nothing = ExportDialog(ExportOffer(overview_team_ids=("t1", "t2")), str(tmp_path), parent)
    qtbot.addWidget(nothing)
    assert not nothing.review_radio.isEnabled() and not nothing.team_radio.isEnabled()
    assert nothing.choice().scope == "teams" and nothing.choice().team_ids == ("t1", "t2")


def test_sync_address_never_holds_a_password(qtbot: QtBot, parent: QWidget) -> None:
    assert url_problem("postgresql://server.region.dk/ipsfidelity") is None
    assert url_problem("postgresql:///?service=region") is None
    assert url_problem("postgresql://mette:hemmelig@server/ipsfidelity") is not None
    assert url_problem("http://server") is not None
    assert url_problem("") is not None

    dialog = SyncDialog([("t1", "IPS Hvidovre"), ("t2", "IPS Odense")], "", {"t2"}, parent)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.url_edit.setText("postgresql://mette:hemmelig@server/ipsfidelity")
    dialog.ok_button.click()
    assert dialog.result() == 0 and dialog.problem.isVisible()
    assert "adgangskode" in dialog.problem.text()
    assert dialog.ticked() == ("t2",)
    dialog.tick_all(True)
    dialog.url_edit.setText("postgresql://server/ipsfidelity")
    with qtbot.waitSignal(dialog.accepted):
        dialog.ok_button.click()
    assert dialog.choice().send_team_ids == ("t1", "t2")


def test_the_exchange_menus_load_no_database_or_validation_library() -> None:
    """The family is built with the window: its dialogs and the core load when first used."""
    import os
    import subprocess
    import sys

    code = (
        "import sys; import ipsfidelity.ui.exchange.controller;"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'pydantic'}))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert done.stdout.strip() == "[]"


def test_back_from_the_merge_view_the_keyboard_is_on_the_preview(
    qtbot: QtBot, parent: QWidget
) -> None:
    preview = PreviewDialog(_preview(), "Importér", parent)
    qtbot.addWidget(preview)
    _show(qtbot, preview)
    preview.table.setFocus()
    qtbot.keyClick(preview.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(preview, "merge_dialog", None) is not None)
    merge = preview.merge_dialog
    assert merge is not None
    activate(qtbot, merge)
    qtbot.keyClick(merge.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(merge.table, Qt.Key.Key_Return)  # »Brug valgene«
    qtbot.waitUntil(lambda: preview.merge_dialog is None)
    assert preview.apply_button.isEnabled()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is preview.table)  # Enter applies
