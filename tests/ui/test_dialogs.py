"""Bad input in the dialogs is refused at the field, with a message next to it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from ipsfidelity.store.views import AssessmentInfo
from ipsfidelity.ui.home.assessment_dialog import NewAssessmentDialog, date_problem
from ipsfidelity.ui.home.team_dialog import MUNICIPALITIES, TeamDialog


def _ok(dialog: TeamDialog) -> bool:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_team_name_empty_or_taken_is_refused(qtbot: QtBot) -> None:
    dialog = TeamDialog(["IPS Glostrup"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert not _ok(dialog)
    assert not dialog.name_message.isVisible()  # nothing typed yet: no scolding
    qtbot.keyClicks(dialog.name_edit, "ips  glostrup")
    assert not _ok(dialog)
    assert dialog.name_message.text() == "Der findes allerede et team, der hedder »ips glostrup«"
    assert dialog.name_message.isVisible()
    dialog.name_edit.selectAll()
    qtbot.keyClicks(dialog.name_edit, "   ")
    assert dialog.name_message.text() == "Teamet skal have et navn"
    assert not _ok(dialog)
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, "IPS Ballerup")
    assert _ok(dialog)
    assert not dialog.name_message.isVisible()
    assert dialog.values()["name"] == "IPS Ballerup"


def test_team_municipality_is_offered_but_free(qtbot: QtBot) -> None:
    dialog = TeamDialog([], name="IPS Ballerup", municipality="Ballerup")
    qtbot.addWidget(dialog)
    assert len(MUNICIPALITIES) == 12
    assert [dialog.municipality_box.itemText(i) for i in range(12)] == list(MUNICIPALITIES)
    dialog.municipality_box.setCurrentText("Gribskov")
    assert dialog.values()["municipality"] == "Gribskov"
    assert _ok(dialog)  # a team keeps its own name when edited


def test_assessment_date_more_than_a_year_ahead_is_refused(qtbot: QtBot) -> None:
    before = dt.date.today()  # and after: the dialog may open on either side of midnight
    dialog = NewAssessmentDialog("IPS Glostrup")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.date() in {before, dt.date.today()}
    today = dialog.date()
    assert dialog.period_edit.text() == f"{today.year}-Q{(today.month - 1) // 3 + 1}"
    assert dialog.start_button.isEnabled()
    far = today + dt.timedelta(days=400)
    dialog.date_edit.setDate(far)
    assert not dialog.start_button.isEnabled()
    assert dialog.date_message.isVisible()
    assert dialog.date_message.text() == "Datoen ligger mere end et år ude i fremtiden"
    near = today + dt.timedelta(days=300)
    dialog.date_edit.setDate(near)
    assert dialog.start_button.isEnabled()
    assert dialog.period_edit.text() == f"{near.year}-Q{(near.month - 1) // 3 + 1}"


def test_period_follows_the_date_until_edited_and_must_be_a_quarter(qtbot: QtBot) -> None:
    dialog = NewAssessmentDialog("IPS Glostrup")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.period_edit.selectAll()
    qtbot.keyClicks(dialog.period_edit, "2026-Q5")
    assert not dialog.start_button.isEnabled()
    assert dialog.period_message.text() == "Skriv perioden som år og kvartal, fx 2026-Q4"
    dialog.period_edit.selectAll()
    qtbot.keyClicks(dialog.period_edit, "2025-Q4")
    assert dialog.start_button.isEnabled()
    dialog.date_edit.setDate(dt.date(2026, 2, 1))
    assert dialog.period_edit.text() == "2025-Q4"  # the reviewer's choice stays
    values = dialog.values()
    assert values.period == "2025-Q4"
    assert values.instrument == ("dk-minimum", "2")  # the newest pack


def test_date_problem_edges() -> None:
    today = dt.date(2026, 11, 22)
    assert date_problem(today + dt.timedelta(days=366), today) == ""
    assert date_problem(today + dt.timedelta(days=367), today) != ""
    assert date_problem(dt.date(2020, 1, 1), today) == ""


def _info(period: str, day: dt.date, aid: str = "a1") -> AssessmentInfo:
    now = dt.datetime(2026, 11, 3, 9, 0)
    return AssessmentInfo(
        aid, "t1", "IPS Glostrup", day, period, "dk-minimum", "1", ("Åse",), None, now, now
    )


def test_a_reviewer_is_required_with_a_message_at_the_field(qtbot: QtBot) -> None:
    dialog = NewAssessmentDialog("IPS Glostrup")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.reviewers_message.isVisible()  # nothing tried yet: no scolding
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == 0 and dialog.isVisible()
    assert dialog.reviewers_message.isVisible()
    assert dialog.reviewers_message.text() == "Skriv mindst ét navn under »Bedømmere«"
    qtbot.keyClicks(dialog.reviewers_edit, " , ")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.reviewers_edit, "Åse Ørum")
    assert not dialog.reviewers_message.isVisible()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.values().reviewers == ("Åse Ørum",)


def test_an_assessment_in_the_same_period_is_offered_instead(qtbot: QtBot) -> None:
    today = dt.date.today()
    period = f"{today.year}-Q{(today.month - 1) // 3 + 1}"
    existing = [_info("2020-Q1", dt.date(2020, 2, 1), "old"), _info(period, today, "same")]
    dialog = NewAssessmentDialog("IPS Glostrup", existing=existing)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.reviewers_edit, "Åse Ørum")
    assert dialog.duplicate_message.isVisible()
    assert dialog.duplicate_message.text().startswith(
        f"Teamet har allerede en vurdering for {period} (dato {today.isoformat()})"
    )
    assert dialog.open_existing_button.isVisible() and dialog.second_box.isVisible()
    assert not dialog.start_button.isEnabled()  # a second one only when asked for
    dialog.second_box.setChecked(True)
    assert dialog.start_button.isEnabled()
    dialog.second_box.setChecked(False)
    dialog.period_edit.selectAll()
    qtbot.keyClicks(dialog.period_edit, "2019-Q4")  # another period: no question
    assert not dialog.duplicate_message.isVisible() and dialog.start_button.isEnabled()
    dialog.period_edit.selectAll()
    qtbot.keyClicks(dialog.period_edit, period)
    with qtbot.waitSignal(dialog.open_existing) as opened:
        qtbot.mouseClick(dialog.open_existing_button, Qt.MouseButton.LeftButton)
    assert opened.args == ["same"] and dialog.result() == 0


def test_enter_in_the_reviewers_field_starts_the_review(qtbot: QtBot) -> None:
    dialog = NewAssessmentDialog("IPS Glostrup")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.reviewers_edit.setFocus()
    qtbot.keyClicks(dialog.reviewers_edit, "Mette Sørensen, Jens Østergaard")
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.keyClick(dialog.reviewers_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.values().reviewers == ("Mette Sørensen", "Jens Østergaard")
