"""A whole review driven through the app as a user would, then checked in the database."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from ipsfidelity.store import open_store
from ipsfidelity.ui.app import App
from ipsfidelity.ui.home.assessment_dialog import NewAssessmentDialog
from ipsfidelity.ui.home.team_dialog import TeamDialog
from ipsfidelity.ui.review.session import CASELOAD_KEY
from tests.ui.conftest import activate, focused, settle


class Keys:
    """Sends keys to whatever has the focus, counting the ratings and moves."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.count = 0

    def press(
        self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        self.count += 1
        self.qtbot.keyClick(focused(), key, modifier)

    def type(self, text: str) -> None:  # typed text is not counted
        for ch in text:
            self.qtbot.keyClicks(focused(), ch)


def test_a_whole_review_by_keyboard(app: App, qtbot: QtBot, db_path: Path) -> None:
    window = app.window
    home = window.home
    assert home.teams_empty.isVisible()

    # A new team, through the dialog.
    qtbot.mouseClick(home.new_team_button, Qt.MouseButton.LeftButton)
    dialog = window.active_dialog
    assert isinstance(dialog, TeamDialog)
    qtbot.keyClicks(dialog.name_edit, "IPS Glostrup")
    dialog.municipality_box.setCurrentText("Glostrup")
    qtbot.keyClicks(dialog.psychiatry_edit, "Psykiatrisk Center Glostrup")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: home.team_model.names() == ["IPS Glostrup"])
    settle(qtbot, window)
    assert "Glostrup" in home.team_details.text()

    # A new assessment; the walk-through opens by itself.
    qtbot.mouseClick(home.new_assessment_button, Qt.MouseButton.LeftButton)
    new = window.active_dialog
    assert isinstance(new, NewAssessmentDialog)
    assert new.pack_box.currentText() == "Minimumsdefinition af IPS · dk-minimum v2"
    qtbot.keyClicks(new.reviewers_edit, "Åse Ørum, Søren Bæk")
    qtbot.mouseClick(new.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.review is not None, timeout=10_000)
    settle(qtbot, window)
    review = window.review
    assert review is not None
    activate(qtbot, window)
    assert review.key == "P1.1"

    # Two reviewers: the app asks who is rating first. Here they rate together, on purpose:
    # End (the last on the list) is the consensus, Enter goes on to the element.
    keys = Keys(qtbot)
    assert focused() is review.lifecycle.rater_combo
    keys.press(Qt.Key.Key_End)
    qtbot.waitUntil(lambda: window.session is not None and not window.session.awaiting_rater)
    keys.press(Qt.Key.Key_Return)
    assert focused() is review.element_page

    # Every element by one key: 1 = Opfyldt, except P5.1 which is 2 = Delvist opfyldt.
    for element_id in window.session.pack.element_ids:
        assert review.key == element_id
        keys.press(Qt.Key.Key_2 if element_id == "P5.1" else Qt.Key.Key_1)
    assert review.key == CASELOAD_KEY
    assert review.navigator_model.status("P5.1") == "partial"
    assert review.navigator_model.status("P1.1") == "met"

    # One consultant in the caseload table, by keyboard.
    keys.press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    keys.type("Birgitte Holm")
    keys.press(Qt.Key.Key_Tab)
    keys.type("0,8")
    keys.press(Qt.Key.Key_Tab)
    keys.type("12")
    keys.press(Qt.Key.Key_Tab)
    keys.type("4")
    keys.press(Qt.Key.Key_Return)  # Qt commits an editor's Enter on the next event loop turn
    qtbot.waitUntil(lambda: review.caseload_model.rows[0].other_cases == 4)
    rows = review.caseload_model.rows
    assert [(r.consultant, r.fte, r.ips_cases, r.other_cases) for r in rows] == [
        ("Birgitte Holm", 0.8, 12, 4)
    ]
    assert review.caseload_model.index(0, 4).data() == "17,5"  # (12 + 4/2) / 0.8
    assert review.navigator_model.status(CASELOAD_KEY) == "ok"

    # The results screen says it in plain Danish.
    keys.press(Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.results
    assert keys.count <= 30, f"{keys.count} keystrokes"
    verdict = window.results.verdict_text()
    assert verdict == "Teamet lever ikke op til minimumsdefinitionen: P5.1"
    assert "i orden" in window.results.caseload_label.text()
    settle(qtbot, window)
    assert window.results.radar is not None
    assert window.indicator.text() == "✔ Gemt"
    assessment_id = window.session.assessment_id

    window.close()  # waits for every queued write

    store = open_store(str(db_path))
    try:
        data = store.get_assessment(assessment_id)
    finally:
        store.close()
    assert data.team.name == "IPS Glostrup"
    assert data.team.municipality == "Glostrup"
    assert data.info.reviewers == ("Åse Ørum", "Søren Bæk")
    assert data.info.rated == 14
    assert data.ratings["P5.1"].rating == "partial"
    assert {r.rating for k, r in data.ratings.items() if k != "P5.1"} == {"met"}
    assert [(c.consultant, c.fte, c.ips_cases, c.other_cases) for c in data.caseload] == [
        ("Birgitte Holm", 0.8, 12, 4)
    ]
    assert data.info.last_element == CASELOAD_KEY

    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "ipsfidelity",
            "score",
            assessment_id,
            "--json",
            "--db",
            str(db_path),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    score = json.loads(out.stdout)
    assert score["verdict"] == "does_not_meet"
    assert score["not_met"] == ["P5.1"]
    assert score["caseload"]["status"] == "ok"
    assert score["caseload"]["consultants"] == [
        {"consultant": "Birgitte Holm", "load": 17.5, "status": "ok"}
    ]
    p5 = next(p for p in score["principles"] if p["id"] == "P5")
    assert p5["score"] == 50.0
    assert score["overall"] == 93.8  # seven principles at 100, one at 50: 750/8 = 93.75
