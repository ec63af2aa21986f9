"""The follow-up screens clicked through: agreement dialog, P3.1 line, action-plan page,
outcome figures and overdue marks, each read back through `Store`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from ipsfidelity.store import Store, open_store
from ipsfidelity.ui.app import App
from ipsfidelity.ui.common.widgets import NoteEdit
from ipsfidelity.ui.followup.agreement import AgreementDialog
from ipsfidelity.ui.followup.plan_model import DEADLINE, ELEMENTS, TEXT
from ipsfidelity.ui.followup.plan_view import ActionPlanView
from ipsfidelity.ui.home.models import FOLLOW_UP_COLUMN
from ipsfidelity.ui.main_window import MainWindow
from ipsfidelity.ui.review.view import ReviewView
from tests.ui.conftest import activate, focused, settle


def read_store(db_path: Path) -> Store:
    return open_store(str(db_path))


def line(dialog: AgreementDialog, key: str) -> QLineEdit:
    widget = dialog.fields[key]
    assert isinstance(widget, QLineEdit)
    return widget


def type_into(qtbot: QtBot, widget: QLineEdit, text: str) -> None:
    """Type into a one-line field and press Enter: the field is left as the user leaves it."""
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def open_agreement(qtbot: QtBot, window: MainWindow) -> AgreementDialog:
    qtbot.mouseClick(window.home.agreement_button, Qt.MouseButton.LeftButton)
    dialog = window.active_dialog
    assert isinstance(dialog, AgreementDialog)
    qtbot.waitUntil(lambda: dialog.loaded)
    return dialog


def show_plan(qtbot: QtBot, window: MainWindow, team_id: str, assessment_id: str) -> ActionPlanView:
    """Open the assessment from the home screen and go to its action plan."""
    window.refresh_teams(team_id)
    window.open_assessment(assessment_id)
    qtbot.waitUntil(lambda: window.plan is not None and window.plan.loaded)
    window.show_action_plan()
    settle(qtbot, window)
    return window.followup.plan_view


def test_the_agreement_is_edited_field_by_field_and_versioned(
    store: Store, app: App, qtbot: QtBot, db_path: Path
) -> None:
    window = app.window
    team = store.create_team("IPS Glostrup", "Glostrup", "Psykiatrisk Center Glostrup", "OPUS")
    window.refresh_teams(team.id)
    settle(qtbot, window)

    dialog = open_agreement(qtbot, window)
    assert dialog.height() <= 660  # fits a 720-pixel laptop screen
    assert dialog.empty_label.isVisible() and not dialog.form_scroll.isVisible()
    dialog.new_date.setDate(dt.date(2026, 3, 1))
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.current is not None)
    assert line(dialog, "municipality").text() == "Glostrup"  # the team's parties to start
    assert line(dialog, "clinics").text() == "OPUS"
    box = dialog.version_box
    assert box.currentText().endswith("(gældende nu)")
    assert box.width() >= box.fontMetrics().horizontalAdvance(box.currentText())  # not cut

    type_into(qtbot, line(dialog, "target_age"), "18-40 år")
    # A target figure that is not a whole number is refused next to the field, not written.
    type_into(qtbot, line(dialog, "target_participants"), "tyve")
    assert dialog.messages["target_participants"].text() == (
        "Skriv et helt tal fra 0, eller lad feltet stå tomt"
    )
    type_into(qtbot, line(dialog, "target_participants"), "20")
    assert dialog.messages["target_participants"].isHidden()
    type_into(qtbot, line(dialog, "target_in_job"), "12")
    leaders = dialog.fields["leadership"]
    assert isinstance(leaders, NoteEdit)
    leaders.setFocus()
    qtbot.keyClicks(leaders, "Lederne mødes to gange om året")
    qtbot.keyClick(leaders, Qt.Key.Key_Escape)  # leaving the field saves it
    dialog.sign_box.add_signatory()
    dialog.sign_box.table.item(0, 0).setText("Anne Berg")
    dialog.sign_box.table.item(0, 1).setText("Centerchef")
    dialog.sign_box.table.item(0, 3).setText("2026-02-20")
    settle(qtbot, window)

    # A second version from a later date starts as a copy, without the signatures.
    dialog.new_date.setDate(dt.date(2027, 1, 1))
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(dialog.versions) == 2 and dialog.current == dialog.versions[1])
    assert line(dialog, "target_age").text() == "18-40 år"
    assert dialog.sign_box.table.rowCount() == 0
    # Moving its start date onto the first version's is refused beside the field.
    start = dialog.fields["start_date"]
    start.setDate(dt.date(2026, 3, 1))  # type: ignore[attr-defined]
    dialog.commit("start_date")
    qtbot.waitUntil(lambda: dialog.messages["start_date"].isVisible())
    assert "allerede en samarbejdsaftale med virkning fra 2026-03-01" in (
        dialog.messages["start_date"].text()
    )
    dialog.reject()
    settle(qtbot, window)

    check = read_store(db_path)
    try:
        first, second = check.agreements(team.id)
        assert first.start_date == dt.date(2026, 3, 1)
        assert (first.target_age, first.target_participants, first.target_in_job) == (
            "18-40 år",
            20,
            12,
        )
        assert first.leadership == "Lederne mødes to gange om året"
        assert [(s.name, s.role, s.signed_on) for s in first.signatories] == [
            ("Anne Berg", "Centerchef", dt.date(2026, 2, 20))
        ]
        assert second.start_date == dt.date(2027, 1, 1)
        assert second.target_participants == 20 and second.signatories == ()
        assert check.agreement_for(team.id, dt.date(2026, 11, 3)).id == first.id
    finally:
        check.close()


def test_p31_shows_the_agreement_in_force_on_the_review_date(
    review: ReviewView, app: App, qtbot: QtBot, db_path: Path
) -> None:
    window = app.window
    panel = review.followup
    review.go_to("P3.1")
    qtbot.waitUntil(lambda: panel.agreement_known)
    assert panel.isVisible()
    assert panel.indicator_text() == (
        "Ingen samarbejdsaftale registreret for teamet på vurderingsdatoen."
    )
    review.go_to("P3.2")
    assert not panel.isVisible()  # other elements say nothing about agreements

    review.go_to("P3.1")
    qtbot.mouseClick(panel.agreement_button, Qt.MouseButton.LeftButton)
    dialog = window.active_dialog
    assert isinstance(dialog, AgreementDialog)
    assert dialog.on_date == dt.date(2026, 11, 3)  # the review's date, not today
    qtbot.waitUntil(lambda: dialog.loaded)
    dialog.new_date.setDate(dt.date(2026, 12, 1))  # after the review: not in force then
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.current is not None)
    settle(qtbot, window)
    assert panel.indicator_text().startswith("Ingen samarbejdsaftale")
    dialog.new_date.setDate(dt.date(2025, 6, 1))
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(dialog.versions) == 2)
    settle(qtbot, window)
    assert panel.indicator_text() == "Samarbejdsaftale registreret, gældende fra 2025-06-01."
    assert panel.agreement_button.text() == "Åbn &samarbejdsaftalen …"
    dialog.reject()


def test_the_action_plan_page_adds_merges_moves_and_deletes(
    review: ReviewView, app: App, qtbot: QtBot, db_path: Path
) -> None:
    window = app.window
    aid = window.session.assessment_id
    window.show_action_plan()
    view = window.followup.plan_view
    assert view.table_box.empty_label.isVisible()  # an unfinished review gets no suggestions
    for _ in range(3):
        view.add_item()
        qtbot.waitUntil(lambda n=_: len(window.plan.items) == n + 1)
        view.table.closePersistentEditor(view.table.currentIndex())
    settle(qtbot, window)
    view.table.setFocus()
    model = view.model
    for row, text in enumerate(("Aftale om tilstedeværelse", "Fast mødetid", "Ledermøde")):
        model.setData(model.index(row, model.column_of(TEXT)), text)
    settle(qtbot, window)
    ids = window.plan.ids()

    # Alt+Down moves the current item down; undo moves it back.
    view.table.setCurrentIndex(model.index(0, model.column_of(TEXT)))
    qtbot.keyClick(view.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.plan.ids() == [ids[1], ids[0], ids[2]]
    window.undo_action.trigger()
    assert window.plan.ids() == ids

    # Merge two selected items (Ctrl+M, then confirm).
    view.table.selectionModel().clearSelection()
    view.table.setCurrentIndex(model.index(0, model.column_of(TEXT)))
    view.table.selectRow(0)
    view.table.selectionModel().select(
        model.index(1, 0),
        view.table.selectionModel().SelectionFlag.Select
        | view.table.selectionModel().SelectionFlag.Rows,
    )
    assert view.merge_button.isEnabled()
    qtbot.keyClick(view.table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    box = window.active_dialog
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: len(window.plan.items) == 2)
    assert window.plan.items[0].text == "Aftale om tilstedeværelse\nFast mødetid"

    # Delete asks first.
    activate(qtbot, window)
    view.table.selectionModel().clearSelection()
    view.table.setCurrentIndex(model.index(1, model.column_of(TEXT)))
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    box = window.active_dialog
    assert isinstance(box, QMessageBox)
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: len(window.plan.items) == 1)
    settle(qtbot, window)

    check = read_store(db_path)
    try:
        assert [i.text for i in check.action_plan(aid)] == [
            "Aftale om tilstedeværelse\nFast mødetid"
        ]
    finally:
        check.close()


def test_outcome_figures_are_validated_and_shown_beside_the_reference(
    store: Store, review: ReviewView, app: App, qtbot: QtBot, db_path: Path
) -> None:
    window = app.window
    session = window.session
    earlier = store.create_assessment(session.team.id, dt.date(2026, 5, 4))
    store.set_outcomes(earlier.id, 25, 10)
    window.show_action_plan()
    panel = window.followup.plan_view.outcomes
    settle(qtbot, window)
    assert panel.share_label.text() == "Ingen resultattal for denne vurdering."
    assert panel.reference_label.text() == (
        "Forskningsprojektet Inklusion: 59,5 % af deltagerne kom i job eller uddannelse"
    )
    assert panel.trend.rowCount() == 1

    type_into(qtbot, panel.participants_edit, "2x")
    assert panel.message.text() == "Skriv et helt tal fra 0"
    type_into(qtbot, panel.participants_edit, "28")
    type_into(qtbot, panel.in_job_edit, "30")
    assert panel.message.text() == (
        "Der kan ikke være flere i job eller uddannelse end deltagere (28)"
    )
    type_into(qtbot, panel.in_job_edit, "13")
    settle(qtbot, window)
    assert panel.message.isHidden()
    assert panel.share_label.text() == "13 af 28 i job eller uddannelse (46,4 %)"
    assert panel.trend.rowCount() == 2
    assert [panel.trend.item(r, 2).text() for r in range(2)] == ["40,0 %", "46,4 %"]

    check = read_store(db_path)
    try:
        outcome = check.get_outcomes(session.assessment_id)
        assert outcome is not None
        assert (outcome.participants, outcome.in_job_or_education) == (28, 13)
    finally:
        check.close()


def test_overdue_items_are_marked_on_the_home_screen_and_in_the_plan(
    store: Store, app: App, qtbot: QtBot
) -> None:
    window = app.window
    team = store.create_team("IPS Rødovre", "Rødovre")
    a = store.create_assessment(team.id, dt.date(2026, 5, 4))
    yesterday = dt.date.today() - dt.timedelta(days=1)
    store.add_action_item(a.id, "Aftale om måltal", elements=["P1.1"], deadline=yesterday)
    store.add_action_item(a.id, "Ledermøde", elements=["P3.1"], deadline=yesterday)
    store.add_action_item(
        a.id, "Fælles konference", deadline=yesterday, status="afsluttet"
    )  # finished: not overdue
    store.add_action_item(a.id, "Nyt møde", deadline=dt.date.today() + dt.timedelta(days=30))
    window.refresh_teams(team.id)
    settle(qtbot, window)
    home_model = window.home.assessment_model
    assert home_model.headerData(FOLLOW_UP_COLUMN, Qt.Orientation.Horizontal) == "Opfølgning"
    assert home_model.index(0, FOLLOW_UP_COLUMN).data() == "3 åbne · ⚠ 2 overskredne"

    window.open_assessment(a.id)
    qtbot.waitUntil(lambda: window.plan is not None and window.plan.loaded)
    window.show_action_plan()
    view = window.followup.plan_view
    assert view.overdue_label.text() == "⚠ 2 overskredne"
    deadline = view.model.column_of(DEADLINE)
    assert view.model.index(0, deadline).data().endswith("⚠ overskredet")
    assert not view.model.index(2, deadline).data().endswith("⚠ overskredet")


def test_the_plan_is_reached_from_the_results_and_back(
    review: ReviewView, app: App, qtbot: QtBot
) -> None:
    window = app.window
    window.show_results()
    qtbot.mouseClick(window.results.plan_button, Qt.MouseButton.LeftButton)
    view = window.followup.plan_view
    assert window.stack.currentWidget() is view
    assert view.heading.text() == "Handleplan · IPS Hvidovre · 2026-Q4 · 2026-11-03"
    qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.results
    assert window.plan_action.isEnabled()
    settle(qtbot, window)


def test_a_language_switch_comes_back_to_the_action_plan(
    review: ReviewView, app: App, qtbot: QtBot
) -> None:
    window = app.window
    window.show_action_plan()
    window.choose_language("en")
    qtbot.waitUntil(
        lambda: app.window is not window and app.window.followup.plan_view_built is not None
    )
    new = app.window
    assert new.stack.currentWidget() is new.followup.plan_view
    assert new.followup.plan_view.add_button.text() == "&Add action"
    settle(qtbot, new)


def test_a_finished_review_is_prefilled_once_when_its_plan_is_first_opened(
    store: Store, app: App, qtbot: QtBot, db_path: Path
) -> None:
    from ipsfidelity.instrument import default_pack
    from ipsfidelity.store.views import CaseloadInfo

    window = app.window
    team = store.create_team("IPS Hillerød", "Hillerød")
    a = store.create_assessment(team.id, dt.date(2026, 9, 1))
    for element_id in default_pack().element_ids:
        store.set_rating(a.id, element_id, "partial" if element_id == "P5.1" else "met")
    store.set_caseload(a.id, [CaseloadInfo("Karin Lund", 1.0, 30, 0)])  # over the limit
    window.refresh_teams(team.id)
    window.open_assessment(a.id)
    qtbot.waitUntil(lambda: window.plan is not None and window.plan.loaded)
    window.show_action_plan()
    qtbot.waitUntil(lambda: len(window.plan.items) == 2)
    view = window.followup.plan_view
    assert [i.elements for i in view.model.items] == [("P5.1",), ("caseload",)]
    assert view.notice.text() == "2 handlinger foreslået ud fra vurderingen"
    # Asking again says there is nothing new, rather than nothing at all.
    qtbot.mouseClick(view.suggest_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.notice.text().startswith("Ingen nye forslag"))
    assert len(window.plan.items) == 2
    caseload_row = view.model.index(1, view.model.column_of(ELEMENTS))
    assert caseload_row.data() == "Caseload"

    # Deleted suggestions do not come back when the plan is opened again.
    activate(qtbot, window)
    view.table.setCurrentIndex(view.model.index(0, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    box = window.active_dialog
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: len(window.plan.items) == 1)
    window.show_home()
    window.open_assessment(a.id)
    qtbot.waitUntil(lambda: window.plan is not None and window.plan.loaded)
    window.show_action_plan()
    settle(qtbot, window)
    assert [i.elements for i in window.plan.items] == [("caseload",)]
    # The caseload item shows beside the caseload page in the walk-through.
    window.show_review()
    window.review.go_to("caseload")
    assert window.review.followup.isVisible()
    assert list(window.review.followup.status_boxes) == [window.plan.items[0].id]


def test_an_agreement_version_is_deleted_after_asking(
    store: Store, app: App, qtbot: QtBot, db_path: Path
) -> None:
    window = app.window
    team = store.create_team("IPS Frederiksberg", "Frederiksberg")
    store.create_agreement(team.id, dt.date(2025, 1, 1), target_age="18-30")
    store.create_agreement(team.id, dt.date(2026, 1, 1), target_age="18-40")
    window.refresh_teams(team.id)
    settle(qtbot, window)
    dialog = open_agreement(qtbot, window)
    assert dialog.version_box.count() == 2
    assert dialog.version_box.currentText() == "gælder fra 2026-01-01 (gældende nu)"
    assert line(dialog, "target_age").text() == "18-40"
    dialog.version_box.setCurrentIndex(0)
    assert line(dialog, "target_age").text() == "18-30"
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    box = dialog.confirm_box
    assert box is not None and "2025-01-01" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: dialog.version_box.count() == 1)
    assert line(dialog, "target_age").text() == "18-40"
    dialog.reject()
    settle(qtbot, window)
    check = read_store(db_path)
    try:
        assert [a.start_date for a in check.agreements(team.id)] == [dt.date(2026, 1, 1)]
    finally:
        check.close()


def test_the_plan_page_follows_the_assessment_that_is_open(
    store: Store, app: App, qtbot: QtBot
) -> None:
    window = app.window
    team = store.create_team("IPS Ballerup", "Ballerup")
    first = store.create_assessment(team.id, dt.date(2026, 3, 2))
    second = store.create_assessment(team.id, dt.date(2026, 6, 2))
    store.add_action_item(first.id, "Første plan")
    store.add_action_item(second.id, "Anden plan")
    window.refresh_teams(team.id)
    for assessment in (first, second, first):
        window.open_assessment(assessment.id)
        qtbot.waitUntil(
            lambda a=assessment: (
                window.plan is not None and window.plan.assessment_id == a.id and window.plan.loaded
            )
        )
        window.show_action_plan()
        qtbot.wait(10)  # the event loop runs: the previous plan is really deleted
        expected = "Første plan" if assessment is first else "Anden plan"
        assert [i.text for i in window.followup.plan_view.model.items] == [expected]
        window.show_home()
    settle(qtbot, window)


def test_a_carried_over_item_whose_element_is_now_met_is_marked(
    store: Store, app: App, qtbot: QtBot
) -> None:
    window = app.window
    team = store.create_team("IPS Gladsaxe", "Gladsaxe")
    spring = store.create_assessment(team.id, dt.date(2026, 4, 1))
    store.add_action_item(spring.id, "Måltal for henvisninger", elements=["P1.1"])
    store.add_action_item(spring.id, "Ledermøde om konferencer", elements=["P3.1"])
    autumn = store.create_assessment(team.id, dt.date(2026, 10, 1))
    store.set_rating(autumn.id, "P1.1", "met")
    store.set_rating(autumn.id, "P3.1", "partial")
    store.carry_over(autumn.id)
    view = show_plan(qtbot, window, team.id, autumn.id)
    view.table.selectionModel().clearSelection()
    view.focus_table()  # the first row is current, nothing selected
    assert view.delete_button.isEnabled() and view.down_button.isEnabled()
    model = view.model
    rows = {i.text: r for r, i in enumerate(model.items)}
    met = model.index(rows["Måltal for henvisninger"], model.column_of(ELEMENTS))
    still = model.index(rows["Ledermøde om konferencer"], model.column_of(ELEMENTS))
    assert met.data() == "P1.1  ✔ nu opfyldt"
    assert "Afsluttet" in met.data(Qt.ItemDataRole.ToolTipRole)
    assert still.data() == "P3.1"
    # Once it is marked finished, the hint has done its job.
    window.plan.update(model.items[rows["Måltal for henvisninger"]].id, status="afsluttet")
    settle(qtbot, window)
    assert met.data() == "P1.1"


def test_f2_continues_a_cells_text_instead_of_replacing_it(
    store: Store, app: App, qtbot: QtBot
) -> None:
    window = app.window
    team = store.create_team("IPS Lyngby", "Lyngby")
    a = store.create_assessment(team.id, dt.date(2026, 9, 1))
    store.add_action_item(a.id, "Fast mødetid med behandlerne", elements=["P3.2"])
    view = show_plan(qtbot, window, team.id, a.id)
    activate(qtbot, window)
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, view.model.column_of(TEXT)))
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.waitUntil(lambda: not editor.hasSelectedText())
    qtbot.keyClicks(editor, " hver uge")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.plan.items[0].text == "Fast mødetid med behandlerne hver uge")
    # A new row's placeholder text is still replaced by what is typed.
    view.add_item()
    qtbot.waitUntil(lambda: len(window.plan.items) == 2 and isinstance(focused(), QLineEdit))
    new_editor = focused()
    qtbot.wait(20)  # let any queued step run, as a user's first key would
    qtbot.keyClicks(new_editor, "Aftale om praktik")
    qtbot.keyClick(new_editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.plan.items[1].text == "Aftale om praktik")
