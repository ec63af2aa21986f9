"""The main window: overview, walk-through and results on one stack, with menus and autosave."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

# No `Qt` namespace import here: building its enums costs ~13 ms, and this module is
# on the path to the first window. Enums are reached through the objects instead.
from PySide6.QtCore import QByteArray, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QMessageBox

from ipsfidelity import __version__
from ipsfidelity.i18n import language, tr
from ipsfidelity.ui.followup_flow import FollowUpWindowMixin
from ipsfidelity.ui.settings import open_settings

if TYPE_CHECKING:
    from ipsfidelity.store import Store
    from ipsfidelity.store.views import AssessmentData, AssessmentInfo
    from ipsfidelity.ui.action_plan_session import ActionPlanSession
    from ipsfidelity.ui.compare_screens import CompareScreens
    from ipsfidelity.ui.database import Database
    from ipsfidelity.ui.home_view import HomeView
    from ipsfidelity.ui.report_common import ReportTarget
    from ipsfidelity.ui.report_export import ReportExport
    from ipsfidelity.ui.report_print import ReportPrint
    from ipsfidelity.ui.results_view import ResultsView
    from ipsfidelity.ui.review_session import ReviewSession
    from ipsfidelity.ui.review_view import ReviewView


# The question before deleting a team, by how many assessments go with it.
def _team_delete_question(name: str, count: int) -> str:
    if count == 0:
        return tr("teams.confirm_delete_empty", name=name, count=count)
    if count == 1:
        return tr("teams.confirm_delete_one", name=name, count=count)
    return tr("teams.confirm_delete", name=name, count=count)


class MainWindow(FollowUpWindowMixin, QMainWindow):
    teams_shown = Signal()  # the team list is on screen (first time and after changes)
    teams_previewed = Signal()  # the team list is on screen before the store has opened
    assessment_opened = Signal(str)
    database_failed = Signal()
    language_change_requested = Signal(str)
    # Built by start(), once the window shows:
    db: Database
    home: HomeView
    compare: CompareScreens

    def __init__(self, db_url: str | None) -> None:
        # Only a shell is built before the window shows: a title, the saved geometry and a
        # "loading" line. The screens, menus and the database follow in `start()`, called
        # once the window is on screen, so the first window appears as fast as a bare one.
        super().__init__()
        self.setWindowTitle(tr("app.title"))
        self.settings = open_settings()
        self._db_url = db_url
        self._built = False
        self._closed = False
        self.session: ReviewSession | None = None
        self.review: ReviewView | None = None
        self.active_dialog: QDialog | None = None  # the open dialog, for the keyboard and tests
        self._selected_team = str(self.settings.value("last_team", "") or "")
        self._results: ResultsView | None = None  # built when first shown (matplotlib)
        self._report_export: ReportExport | None = None  # built on first use
        self._report_print: ReportPrint | None = None
        self.plan: ActionPlanSession | None = None  # the open assessment's action plan
        self._plan_view = None  # built when first shown (see FollowUpWindowMixin)
        self.loading = QLabel(tr("app.loading"))
        self.loading.setStyleSheet("qproperty-alignment: AlignCenter;")
        self.setCentralWidget(self.loading)
        self.resize(1100, 720)
        geometry = self.settings.value("geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)

    def start(self) -> None:
        """Build the screens and open the database; called once the window is on screen."""
        if self._closed:
            return  # closed before it got going (a test, a quick quit): open nothing
        if not self._built:
            from ipsfidelity.ui.database import Database

            # Started first: the worker imports SQLAlchemy while the screens are built
            # (their signal connections are made before the event loop delivers anything).
            self.db = Database(self._db_url, self)
            self.db.start()
            self._build()

    def _build(self) -> None:
        from PySide6.QtGui import QUndoStack
        from PySide6.QtWidgets import QStackedWidget

        from ipsfidelity.ui.compare_screens import CompareScreens
        from ipsfidelity.ui.home_view import HomeView
        from ipsfidelity.ui.widgets import SavedIndicator

        self._built = True
        self.undo_stack = QUndoStack(self)
        self.home = HomeView()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.home)
        self.takeCentralWidget()  # the loading line moves onto the stack until the db opens
        self.stack.addWidget(self.loading)
        self.stack.setCurrentWidget(self.loading)
        self.setCentralWidget(self.stack)

        self.indicator = SavedIndicator()
        self.statusBar().addPermanentWidget(self.indicator)
        self.db.write_started.connect(self.indicator.show_saving)
        self.db.saved.connect(self.indicator.show_saved)
        self.db.write_refused.connect(self._write_refused)
        self.db.ready.connect(self._db_ready)
        self.db.previewed.connect(self._db_previewed)
        self.db.open_failed.connect(self._db_failed)
        self.db.damaged.connect(self._db_damaged)
        from ipsfidelity.ui.backup_menu import BackupMenu

        self.backup_menu = BackupMenu(self)

        self.home.team_selected.connect(self._team_selected)
        self.home.new_team.connect(self.new_team)
        self.home.edit_team.connect(self.edit_team)
        self.home.delete_team.connect(self.delete_team)
        self.home.new_assessment.connect(self.new_assessment)
        self.home.open_assessment.connect(self.open_assessment)
        self.home.delete_assessment.connect(self.delete_assessment)
        self.compare = CompareScreens(self)  # the team's development and all teams
        self.home.show_trend.connect(self.compare.show_selected_team)
        self.home.agreement.connect(self.open_agreement)
        self.home.follow_up.connect(self.open_follow_up)

        self._build_menus()
        splitter = self.settings.value("home_splitter")
        if isinstance(splitter, QByteArray):
            self.home.splitter.restoreState(splitter)

    @property
    def results(self) -> ResultsView:
        if self._results is None:
            from ipsfidelity.ui.results_view import ResultsView

            self._results = ResultsView()
            self._results.back_requested.connect(self.show_review)
            self._results.export_requested.connect(self.export_pdf)
            self._results.print_requested.connect(self.print_report)
            self._results.plan_requested.connect(self.show_action_plan)
            self.stack.addWidget(self._results)
        return self._results

    # -- menus -------------------------------------------------------------------

    def _action(self, text: str, slot: Callable[[], Any], keys: Any = None) -> QAction:
        action = QAction(text, self)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(tr("menu.file"))
        file_menu.addAction(self._action(tr("action.new_team"), self.new_team))
        file_menu.addAction(self._action(tr("action.new_assessment"), self.new_assessment))
        file_menu.addAction(
            self._action(tr("action.agreement"), self.open_agreement, "Ctrl+Shift+A")
        )
        file_menu.addAction(
            self._action(tr("action.follow_up"), self.open_follow_up, "Ctrl+Shift+O")
        )
        file_menu.addSeparator()
        self.export_action = self._action(tr("action.export_pdf"), self.export_pdf, "Ctrl+E")
        self.print_action = self._action(
            tr("action.print"), self.print_report, QKeySequence.StandardKey.Print
        )
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.print_action)
        file_menu.addSeparator()
        self.backup_menu.add_actions(file_menu)
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(tr("action.quit"), self.close, QKeySequence.StandardKey.Quit)
        )

        edit_menu = bar.addMenu(tr("menu.edit"))
        self.undo_action = self.undo_stack.createUndoAction(self, tr("action.undo"))
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = self.undo_stack.createRedoAction(self, tr("action.redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)

        view_menu = bar.addMenu(tr("menu.view"))
        view_menu.addAction(self._action(tr("action.overview"), self.show_home, "Ctrl+1"))
        self.walkthrough_action = self._action(tr("action.walkthrough"), self.show_review, "Ctrl+2")
        self.results_action = self._action(tr("action.results"), self.show_results, "Ctrl+3")
        view_menu.addAction(self.walkthrough_action)
        view_menu.addAction(self.results_action)
        self.compare.add_actions(view_menu)
        self.plan_action = self._action(tr("action.action_plan"), self.show_action_plan, "Ctrl+6")
        view_menu.addAction(self.plan_action)
        view_menu.addSeparator()
        language_menu = view_menu.addMenu(tr("menu.language"))
        group = QActionGroup(self)
        for code in ("da", "en"):
            action = QAction(tr("lang.da") if code == "da" else tr("lang.en"), self, checkable=True)
            action.setChecked(language() == code)
            action.triggered.connect(lambda _=False, c=code: self.choose_language(c))
            group.addAction(action)
            language_menu.addAction(action)

        help_menu = bar.addMenu(tr("menu.help"))
        help_menu.addAction(
            self._action(
                tr("action.shortcuts"), self.show_shortcuts, QKeySequence.StandardKey.HelpContents
            )
        )
        help_menu.addAction(self._action(tr("action.about"), self.show_about))
        self._update_actions()

    def _update_actions(self) -> None:
        self.walkthrough_action.setEnabled(self.review is not None)
        self.results_action.setEnabled(self.session is not None)
        self.plan_action.setEnabled(self.session is not None)

    # -- the database ------------------------------------------------------------

    def _write_refused(self, why: str) -> None:
        self.indicator.show_refused(why)
        if self.session is not None:  # show what the database really holds again
            self.open_assessment(self.session.assessment_id, keep_undo=False)

    def _db_previewed(self) -> None:
        """The teams, read before the store opened: shown at once. Everything the user does
        with them is queued on the worker and runs when the store is open."""
        if self.stack.currentWidget() is self.loading:
            self.stack.setCurrentWidget(self.home)
            self.home.focus_teams()
        self.home.set_teams(self.db.preview_teams, self._selected_team)
        self.teams_previewed.emit()

    def _db_ready(self) -> None:
        self.stack.setCurrentWidget(self.home)
        self.home.focus_teams()
        self.refresh_teams()

    def _db_failed(self, why: str) -> None:
        self.loading.setText(tr("app.db_failed", why=why))
        self.loading.setWordWrap(True)
        self.database_failed.emit()
        # A server that was not reachable may be in a moment: offer to try again.
        box = QMessageBox(QMessageBox.Icon.Warning, tr("app.title"), tr("app.db_failed", why=why))
        box.setParent(self, box.windowFlags())
        box.setObjectName("db_failed_dialog")
        box.addButton(tr("app.retry"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        self._show_dialog(box, self._retry_open)

    def _retry_open(self) -> None:
        self.loading.setText(tr("app.loading"))
        self.db.reopen(lambda _path: None)  # nothing to do to the file: just open again

    def _db_damaged(self) -> None:
        from ipsfidelity.ui.recovery_dialog import show_recovery

        self.stack.setCurrentWidget(self.loading)
        self.database_failed.emit()
        show_recovery(self)

    def close_for_reload(self) -> None:
        """Before the data is replaced underneath (a restore): nothing shows the old data."""
        self._close_review()
        self.stack.setCurrentWidget(self.loading)

    def refresh_teams(self, select_id: str | None = None) -> None:
        if select_id:
            self._selected_team = select_id
        self.db.read(lambda s: s.list_teams(), self._show_teams)

    def _show_teams(self, teams: list[Any]) -> None:
        self.home.set_teams(teams, self._selected_team)
        self.teams_shown.emit()

    def _team_selected(self, team_id: str) -> None:
        self._selected_team = team_id
        if team_id:
            self.settings.setValue("last_team", team_id)
            self.refresh_assessments()

    def refresh_assessments(self) -> None:
        team_id = self._selected_team
        if not team_id:
            return

        def show(rows: list[Any]) -> None:
            if team_id == self._selected_team:
                self.home.set_assessments(rows)

        from ipsfidelity.ui.home_models import load_assessment_rows

        self.db.read(lambda s: load_assessment_rows(s, team_id), show)

    # -- teams -------------------------------------------------------------------

    def _show_dialog(self, dialog: QDialog, on_accept: Callable[[], None]) -> None:
        """Non-blocking (window-modal) dialogs, so the event loop and the worker keep going."""
        self.active_dialog = dialog
        dialog.accepted.connect(on_accept)
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        dialog.setWindowModality(dialog.windowModality().WindowModal)
        QDialog.open(dialog)  # QPrintDialog's own open(receiver, member) hides the plain one

    def show_dialog(self, dialog: QDialog, on_accept: Callable[[], None]) -> None:
        self._show_dialog(dialog, on_accept)

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.active_dialog is dialog:
            self.active_dialog = None
        dialog.deleteLater()

    def new_team(self) -> None:
        from ipsfidelity.ui.team_dialog import TeamDialog

        dialog = TeamDialog(self.home.team_model.names(), self)

        def create() -> None:
            values = dialog.values()
            self.db.write(
                lambda s: s.create_team(**values),
                lambda team: self.refresh_teams(team.id),
                self._team_refused,
            )

        self._show_dialog(dialog, create)

    def edit_team(self) -> None:
        from ipsfidelity.ui.team_dialog import TeamDialog

        team = self.home.current_team()
        if team is None:
            return
        dialog = TeamDialog(
            self.home.team_model.names(),
            self,
            name=team.name,
            municipality=team.municipality,
            psychiatry=team.psychiatry,
            clinics=team.clinics,
        )

        def update() -> None:
            values = dialog.values()
            self.db.write(
                lambda s: s.update_team(team.id, **values),
                lambda _t: self.refresh_teams(team.id),
                self._team_refused,
            )

        self._show_dialog(dialog, update)

    def _team_refused(self, why: str) -> None:
        self.indicator.show_refused(why)
        QMessageBox.warning(self, tr("app.title"), why)

    def delete_team(self) -> None:
        team = self.home.current_team()
        if team is None:
            return
        count = self.home.assessment_model.rowCount()
        self._confirm(
            _team_delete_question(team.name, count),
            lambda: self.db.write(
                lambda s: s.delete_team(team.id), lambda _r: self.refresh_teams()
            ),
        )

    def _confirm(self, text: str, on_yes: Callable[[], None]) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            tr("app.title"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)  # Enter never deletes
        self._show_dialog(box, on_yes)

    # -- assessments ---------------------------------------------------------------

    def new_assessment(self) -> None:
        from ipsfidelity.ui.assessment_dialog import NewAssessmentDialog

        team = self.home.current_team()
        if team is None:
            return
        shown = self.home.assessment_model.rows
        existing = [r.info for r in shown if r.info.team_id == team.id]
        dialog = NewAssessmentDialog(team.name, self, existing)
        dialog.open_existing.connect(self.open_assessment)

        def created(found: tuple[AssessmentInfo, int]) -> None:
            info, carried = found
            self.refresh_assessments()
            self.open_assessment(info.id)
            if carried:
                self.statusBar().showMessage(tr("plan.carried_over", count=carried), 10_000)

        def create() -> None:
            v = dialog.values()
            self.db.write(lambda s: _create_assessment(s, team.id, v), created)

        self._show_dialog(dialog, create)

    def delete_assessment(self, assessment_id: str) -> None:
        row = self.home.current_assessment_row()
        if row is None:
            return

        def delete() -> None:
            if self.session is not None and self.session.assessment_id == assessment_id:
                self._close_review()
            self.db.write(
                lambda s: s.delete_assessment(assessment_id), lambda _r: self.refresh_assessments()
            )

        self._confirm(
            tr(
                "assessments.confirm_delete", date=row.info.date.isoformat(), period=row.info.period
            ),
            delete,
        )

    def open_assessment(self, assessment_id: str, *, keep_undo: bool = False) -> None:
        self.db.read(
            lambda s: s.get_assessment(assessment_id),
            lambda data: self._show_assessment(data, keep_undo),
        )

    def _show_assessment(self, data: AssessmentData, keep_undo: bool) -> None:
        from ipsfidelity.ui.review_session import ReviewSession
        from ipsfidelity.ui.review_view import ReviewView

        self._close_review()
        if not keep_undo:
            self.undo_stack.clear()
        from ipsfidelity.ui.action_plan_session import ActionPlanSession

        self.session = ReviewSession(self.db, data, self)
        self.plan = ActionPlanSession(self.db, data.info.id, self)
        self.plan.load()
        self.review = ReviewView(self.session, self.undo_stack, self.plan)
        self.review.back_requested.connect(self.show_home)
        self.review.results_requested.connect(self.show_results)
        self.review.plan_requested.connect(self.show_action_plan)
        self.review.agreement_requested.connect(self.open_agreement_of_review)
        # On the next turn of the event loop: the edit's own write is queued by then.
        self.session.element_changed.connect(lambda _e: self._suggest_soon())
        self.session.caseload_changed.connect(self._suggest_soon)
        splitter = self.settings.value("review_splitter")
        if isinstance(splitter, QByteArray):
            self.review.splitter.restoreState(splitter)
        self.stack.addWidget(self.review)
        self.stack.setCurrentWidget(self.review)
        self.review.focus_current()
        self._update_actions()
        self.assessment_opened.emit(data.info.id)

    def _close_review(self) -> None:
        if self.review is not None:
            self.review.element_page.commit_note()
            self.settings.setValue("review_splitter", self.review.splitter.saveState())
            self.stack.removeWidget(self.review)
            self.review.deleteLater()
            self.review = None
        if self.session is not None:
            self.session.deleteLater()
            self.session = None
        if self.plan is not None:
            if self._plan_view is not None and self.stack.currentWidget() is self._plan_view:
                self.stack.setCurrentWidget(self.home)
            self.plan.deleteLater()
            self.plan = None
        self.undo_stack.clear()
        self._update_actions()

    # -- moving between screens -----------------------------------------------------

    def show_home(self) -> None:
        if self.review is not None:
            self.review.element_page.commit_note()
        self.stack.setCurrentWidget(self.home)
        self.refresh_assessments()
        self.home.assessment_table.setFocus()

    def show_review(self) -> None:
        if self.review is not None:
            self.stack.setCurrentWidget(self.review)
            self.review.focus_current()

    def show_results(self) -> None:
        session = self.session
        if session is None:
            return
        if self.review is not None:
            self.review.element_page.commit_note()
        self.results.show_session(session)
        self.stack.setCurrentWidget(self.results)
        self.results.back_button.setFocus()
        aid = session.assessment_id
        self.db.read(lambda s: _previous_score(s, aid), self._show_previous)

    def _show_previous(self, found: tuple[Any, str] | None) -> None:
        if found is not None and self.session is not None:
            previous, period = found
            self.results.show_radar(self.session.score(), previous, period)

    # -- the report: export and print ----------------------------------------------

    def report_target(self) -> ReportTarget | None:
        from ipsfidelity.ui.report_common import report_target

        return report_target(self.session, self.home if self._built else None)

    @property
    def report_export(self) -> ReportExport:
        if self._report_export is None:
            from ipsfidelity.ui.report_export import ReportExport

            self._report_export = ReportExport(self)
        return self._report_export

    @property
    def report_print(self) -> ReportPrint:
        if self._report_print is None:
            from ipsfidelity.ui.report_print import ReportPrint

            self._report_print = ReportPrint(self)
        return self._report_print

    def export_pdf(self) -> None:
        if self.review is not None:
            self.review.element_page.commit_note()  # queued before the report reads
        target = self.report_target()
        if target is None:
            self.statusBar().showMessage(tr("report.no_assessment"), 5000)
            return
        from ipsfidelity.ui.personal_data import ask_about_personal_data

        ask_about_personal_data(self, target, self.report_export.start)

    def print_report(self) -> None:
        if self.review is not None:
            self.review.element_page.commit_note()
        target = self.report_target()
        if target is None:
            self.statusBar().showMessage(tr("report.no_assessment"), 5000)
            return
        from ipsfidelity.ui.personal_data import ask_about_personal_data

        ask_about_personal_data(self, target, self.report_print.start)

    # -- help, language ------------------------------------------------------------

    def show_shortcuts(self) -> None:
        """The list scrolls: it is longer than a 720-pixel laptop screen is high."""
        from PySide6.QtWidgets import QDialogButtonBox, QTextBrowser, QVBoxLayout

        dialog = QDialog(self)
        dialog.setObjectName("shortcuts_dialog")
        dialog.setWindowTitle(tr("shortcuts.title"))
        text = QTextBrowser()
        text.setHtml(tr("shortcuts.text"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(text)
        layout.addWidget(buttons)
        dialog.resize(620, min(560, max(360, self.height() - 80)))
        self._show_dialog(dialog, lambda: None)

    def show_about(self) -> None:
        QMessageBox.about(self, tr("app.title"), tr("about.text", version=__version__))

    def choose_language(self, code: str) -> None:
        self.settings.setValue("language", code)
        if code != language():
            self.language_change_requested.emit(code)

    def current_place(self) -> tuple[str, str | None]:
        """Which screen and assessment are showing, to come back to after a language change."""
        aid = self.session.assessment_id if self.session else None
        if self._results is not None and self.stack.currentWidget() is self._results:
            return "results", aid
        if self._plan_view is not None and self.stack.currentWidget() is self._plan_view:
            return "plan", aid
        if self.review is not None and self.stack.currentWidget() is self.review:
            return "review", aid
        return "home", aid

    # -- window state ----------------------------------------------------------------

    def save_state(self) -> None:
        self.settings.setValue("geometry", self.saveGeometry())
        if self._built:
            self.settings.setValue("home_splitter", self.home.splitter.saveState())
        if self.review is not None:
            self.settings.setValue("review_splitter", self.review.splitter.saveState())
        if self._plan_view is not None:
            self.settings.setValue("plan_splitter", self._plan_view.splitter.saveState())
        if self._selected_team:
            self.settings.setValue("last_team", self._selected_team)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closed = True
        if self.review is not None:
            self.review.element_page.commit_note()  # the last words typed are saved too
        self.save_state()
        if self._report_print is not None:
            self._report_print.wait()
        if self._built:
            self.db.close()
        super().closeEvent(event)


def _create_assessment(store: Store, team_id: str, v: Any) -> tuple[AssessmentInfo, int]:
    """A new assessment, with the open items of the team's previous plan carried into it."""
    info = store.create_assessment(
        team_id, v.date, period=v.period, reviewers=v.reviewers, instrument=v.instrument
    )
    return info, len(store.carry_over(info.id))


def _previous_score(store: Store, assessment_id: str) -> tuple[Any, str] | None:
    previous = store.previous_assessment(assessment_id)
    if previous is None:
        return None
    return store.score(previous.id), previous.period
