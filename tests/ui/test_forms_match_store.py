"""What a form shows is what the store holds: the mouse wheel changes no field that isn't
focused, every visible change is saved, and each form reopened after editing shows the store's
values (issue: a wheel turned a signatory's party to Psykiatri on screen, the file said Kommune).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ipsfidelity.store import Store, open_store
from ipsfidelity.store.followup import Signatory
from ipsfidelity.ui.app import App
from ipsfidelity.ui.common.date_field import DateField
from ipsfidelity.ui.common.wheel_guard import WheelGuard, install_wheel_guard
from ipsfidelity.ui.common.widgets import NoteEdit
from ipsfidelity.ui.followup.agreement import AgreementDialog
from ipsfidelity.ui.followup.plan_model import OWNER
from ipsfidelity.ui.followup.signatories import SIGN_PARTY
from ipsfidelity.ui.home.team_dialog import TeamDialog
from ipsfidelity.ui.main_window import MainWindow
from ipsfidelity.ui.review.session import CASELOAD_KEY, OUTCOME_KEY
from tests.ui.conftest import activate, focused, settle
from tests.ui.test_followup_screens import open_agreement, show_plan


@contextmanager
def stored(db_path: Path) -> Iterator[Store]:
    """The file as another program reads it right now."""
    check = open_store(str(db_path))
    try:
        yield check
    finally:
        check.close()


def wheel(widget: QWidget, steps: int = -3) -> None:
    """A real wheel event over the middle of `widget` (down by default), through the app."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_wheel_scrolls_past_a_box_without_focus_and_changes_a_focused_one(
    qtbot: QtBot,
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_wheel_guard(app)
    area = QScrollArea()
    qtbot.addWidget(area)
    inner = QWidget()
    layout = QVBoxLayout(inner)
    first = QLineEdit()
    combo, spin = QComboBox(), QSpinBox()
    combo.addItems(["Kommune", "Psykiatri", "Fælles"])
    layout.addWidget(first)
    layout.addWidget(combo)
    layout.addWidget(spin)
    inner.setMinimumHeight(2000)
    area.setWidget(inner)
    area.resize(300, 200)
    area.show()
    activate(qtbot, area)
    first.setFocus()
    assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel gives no focus
    wheel(combo)
    wheel(spin)
    assert (combo.currentIndex(), spin.value()) == (0, 0)
    assert area.verticalScrollBar().value() > 0  # the page scrolled instead
    assert focused() is first
    combo.setFocus()
    wheel(combo)
    assert combo.currentIndex() == 1  # in the box: the wheel is the user's choice


def agreement_form(dialog: AgreementDialog) -> dict[str, object]:
    """Every field as the dialog shows it, in the store's terms."""
    shown: dict[str, object] = {}
    for key, widget in dialog.fields.items():
        if isinstance(widget, DateField):
            shown[key] = widget.date()
        elif isinstance(widget, NoteEdit):
            shown[key] = widget.toPlainText()
        elif isinstance(widget, QLineEdit):
            text = widget.text()
            shown[key] = (int(text) if text else None) if dialog.kinds[key] == "count" else text
    signatories, why = dialog.sign_box.signatories()
    assert not why
    shown["signatories"] = signatories
    return shown


def agreement_stored(store: Store, team_id: str, keys: list[str]) -> dict[str, object]:
    [agreement] = store.agreements(team_id)
    values: dict[str, object] = {k: getattr(agreement, k) for k in keys}
    for key, value in values.items():
        if value is None and key not in ("signatories",) and not key.endswith("date"):
            values[key] = None if key in COUNT_KEYS else ""
    values["signatories"] = agreement.signatories
    return values


COUNT_KEYS: set[str] = set()


def test_the_agreement_reopened_shows_what_is_stored_and_the_wheel_changed_nothing(
    store: Store, app: App, qtbot: QtBot, db_path: Path
) -> None:
    window = app.window
    team = store.create_team("IPS Glostrup", "Glostrup", "Psykiatrisk Center Glostrup")
    start = dt.date.today() - dt.timedelta(days=90)
    agreement = store.create_agreement(team.id, start)
    store.update_agreement(
        agreement.id,
        signatories=(Signatory("Anne Holm", "Leder", "kommune", start),),
    )
    window.refresh_teams(team.id)
    settle(qtbot, window)
    dialog = open_agreement(qtbot, window)
    activate(qtbot, dialog)
    COUNT_KEYS.update(k for k, kind in dialog.kinds.items() if kind == "count")
    party = dialog.sign_box.table.cellWidget(0, SIGN_PARTY)
    assert isinstance(party, QComboBox) and party.currentData() == "kommune"
    # The wheel over the dialog passes the party (and every other box) by.
    for box in dialog.findChildren(QComboBox):
        wheel(box)
    assert party.currentData() == "kommune"
    # A field typed and left with Tab, another left by closing the dialog.
    target = dialog.fields["target_age"]
    assert isinstance(target, QLineEdit)
    target.setFocus()
    qtbot.keyClicks(target, "18-40 år")
    qtbot.keyClick(target, Qt.Key.Key_Tab)
    participants = next(k for k in COUNT_KEYS)
    count = dialog.fields[participants]
    assert isinstance(count, QLineEdit)
    count.setFocus()
    qtbot.keyClicks(count, "12")
    shown = agreement_form(dialog)
    dialog.reject()
    settle(qtbot, window)
    keys = list(dialog.fields)
    with stored(db_path) as check:
        assert shown == agreement_stored(check, team.id, keys)  # all that was shown is saved

    again = open_agreement(qtbot, window)
    settle(qtbot, window)
    with stored(db_path) as check:
        assert agreement_form(again) == agreement_stored(check, team.id, keys)
    assert agreement_form(again)["target_age"] == "18-40 år"
    assert agreement_form(again)[participants] == 12
    again.reject()
    settle(qtbot, window)


def test_the_team_reopened_shows_what_is_stored(
    store: Store, app: App, qtbot: QtBot, db_path: Path
) -> None:
    window = app.window
    team = store.create_team("IPS Ballerup", "Ballerup", "Psykiatrisk Center Ballerup")
    window.refresh_teams(team.id)
    settle(qtbot, window)

    def open_team() -> TeamDialog:
        qtbot.mouseClick(window.home.edit_team_button, Qt.MouseButton.LeftButton)
        dialog = window.active_dialog
        assert isinstance(dialog, TeamDialog)
        activate(qtbot, dialog)
        return dialog

    dialog = open_team()
    dialog.name_edit.setFocus()
    wheel(dialog.municipality_box)  # over the list of municipalities, not in it
    dialog.psychiatry_edit.selectAll()
    qtbot.keyClicks(dialog.psychiatry_edit, "Psykiatrisk Center Glostrup")
    shown = dialog.values()
    assert shown["municipality"] == "Ballerup"
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    settle(qtbot, window)
    with stored(db_path) as check:
        saved = check.get_team(team.id)
    assert {k: getattr(saved, k) for k in shown} == shown
    again = open_team()
    assert again.values() == shown
    again.reject()


def open_review(qtbot: QtBot, window: MainWindow, team_id: str, assessment_id: str) -> None:
    window.refresh_teams(team_id)
    window.open_assessment(assessment_id)
    qtbot.waitUntil(
        lambda: window.session is not None and window.session.assessment_id == assessment_id,
        timeout=10_000,
    )
    settle(qtbot, window)
    activate(qtbot, window)


def test_the_review_plan_outcomes_and_caseload_reopened_show_what_is_stored(
    store: Store, app: App, qtbot: QtBot, db_path: Path
) -> None:
    window = app.window
    team = store.create_team("IPS Hvidovre", "Hvidovre", "Psykiatrisk Center Hvidovre")
    day = dt.date.today() - dt.timedelta(days=10)
    info = store.create_assessment(team.id, day, reviewers=["Mette Sørensen"])
    store.add_action_item(info.id, "Aftale om måltal", deadline=day + dt.timedelta(days=42))
    open_review(qtbot, window, team.id, info.id)
    review = window.review
    assert review is not None
    # The assessment: a rating and a note.
    first = review.session.pack.element_ids[0]
    review.go_to(first)
    review.element_page.note_edit.setFocus()
    qtbot.keyClicks(review.element_page.note_edit, "Set i journalen")
    review.element_page.setFocus()
    qtbot.keyClick(review.element_page, Qt.Key.Key_2)
    # The caseload: one consultant typed in.
    review.go_to(CASELOAD_KEY)
    qtbot.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(focused(), "Nanna Friis")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: review.caseload_model.rows[0].consultant == "Nanna Friis")
    settle(qtbot, window)
    # The plan: an owner typed into its cell; the outcome figures.
    window.show_action_plan()
    settle(qtbot, window)
    view = window.followup.plan_view
    table = view.table
    table.setFocus()
    table.setCurrentIndex(view.model.index(0, view.model.column_of(OWNER)))
    for char in "Jens Berg":
        qtbot.keyClicks(focused(), char)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    settle(qtbot, window)
    # The outcome figures: the walk-through's last step, by keyboard.
    window.show_review()
    review.go_to(OUTCOME_KEY)
    activate(qtbot, window)
    qtbot.keyClicks(focused(), "28")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.keyClicks(focused(), "13")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    settle(qtbot, window)

    # Away and back: every form shows what the file holds.
    window.show_home()
    settle(qtbot, window)
    open_review(qtbot, window, team.id, info.id)
    review = window.review
    assert review is not None
    with stored(db_path) as check:
        data = check.get_assessment(info.id)
        items = check.action_items(team.id)
        figures = check.get_outcomes(info.id)
    review.go_to(first)
    state = review.session.elements[first]
    assert (state.rating, state.note) == (data.ratings[first].rating, data.ratings[first].note)
    assert review.element_page.note_edit.toPlainText() == data.ratings[first].note
    assert data.ratings[first].note == "Set i journalen"
    shown_rows = [
        (r.consultant, r.fte, r.ips_cases, r.other_cases) for r in review.caseload_model.rows
    ]
    assert shown_rows == [(c.consultant, c.fte, c.ips_cases, c.other_cases) for c in data.caseload]
    assert shown_rows and shown_rows[0][0] == "Nanna Friis"
    view = show_plan(qtbot, window, team.id, info.id)
    assert [(i.text, i.owner, i.deadline) for i in view.model.items] == [
        (i.text, i.owner, i.deadline) for i in items
    ]
    assert items[0].owner == "Jens Berg"
    outcomes = window_outcomes(window)
    assert figures is not None and (figures.participants, figures.in_job_or_education) == (28, 13)
    assert (outcomes.participants_edit.text(), outcomes.in_job_edit.text()) == ("28", "13")
    section = window.followup.plan_view.outcome_section
    assert "13 af 28" in section.toggle.text()  # folded, the figures still show
    window.show_review()
    review = window.review  # the plan opened the assessment again: a new walk-through
    assert review is not None
    review.go_to(OUTCOME_KEY)
    settle(qtbot, window)
    page = review.outcome_page.panel
    assert (page.participants_edit.text(), page.in_job_edit.text()) == ("28", "13")


def window_outcomes(window: MainWindow):  # type: ignore[no-untyped-def]
    """The outcome figures' panel of the open review's plan page."""
    return window.followup.plan_view.outcomes


def test_the_app_guards_the_first_windows_boxes_installed_after_its_first_paint(
    app: App, qtbot: QtBot
) -> None:
    """The guard comes once the first window is painted (no filter on its first events);
    boxes made before it get the guarded focus policy then, as later ones do on polish."""
    qt_app = QApplication.instance()
    assert isinstance(qt_app, QApplication)
    qtbot.waitUntil(lambda: qt_app.findChild(WheelGuard) is not None)
    made_before = QComboBox()  # as the first window's boxes were: then the guard installs
    made_before.setFocusPolicy(Qt.FocusPolicy.WheelFocus)
    qtbot.addWidget(made_before)
    for guard in qt_app.findChildren(WheelGuard):  # as before the app installed it
        qt_app.removeEventFilter(guard)
        guard.setParent(None)
    assert qt_app.findChild(WheelGuard) is None
    install_wheel_guard(qt_app)
    assert made_before.focusPolicy() == Qt.FocusPolicy.StrongFocus
