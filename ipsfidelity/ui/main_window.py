"""The main window: overview, walk-through and results on one stack, with menus and autosave."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

# No `Qt` namespace import here: building its enums costs ~13 ms, and this module is
# on the path to the first window. Enums are reached through the objects instead.
from PySide6.QtCore import QByteArray, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow

from ipsfidelity.i18n import language, tr
from ipsfidelity.ui.common.actions import FINISH_KEYS, REOPEN_KEYS, add_actions
from ipsfidelity.ui.common.settings import open_settings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ipsfidelity.store.views import TeamInfo
    from ipsfidelity.ui.common.plan_session import ActionPlanSession
    from ipsfidelity.ui.common.worker import Worker
    from ipsfidelity.ui.compare.controller import CompareScreens
    from ipsfidelity.ui.consensus.controller import (
        ConsensusScreens,
        HistoryScreens,
        LifecycleController,
    )
    from ipsfidelity.ui.exchange.controller import ExchangeController
    from ipsfidelity.ui.followup.controller import FollowupController
    from ipsfidelity.ui.home.controller import HomeController
    from ipsfidelity.ui.home.view import HomeView
    from ipsfidelity.ui.report.common import ReportTarget
    from ipsfidelity.ui.report.controller import ReportController
    from ipsfidelity.ui.review.controller import ReviewController
    from ipsfidelity.ui.review.results import ResultsView
    from ipsfidelity.ui.review.session import ReviewSession
    from ipsfidelity.ui.review.view import ReviewView


class MainWindow(QMainWindow):
    """Composes one controller per screen family and is their `Host` (ui/common/host.py)."""

    teams_shown = Signal()  # the team list is on screen (first time and after changes)
    teams_previewed = Signal()  # the team list is on screen before the store has opened
    assessment_opened = Signal(str)
    database_failed = Signal()
    language_change_requested = Signal(str)
    # Built by start(), once the window shows:
    worker: Worker
    home: HomeView
    compare: CompareScreens
    teams: HomeController
    followup: FollowupController
    reports: ReportController
    reviews: ReviewController
    lifecycle: LifecycleController
    consensus: ConsensusScreens
    history: HistoryScreens
    exchange: ExchangeController

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
        self.active_dialog: QDialog | None = None  # the open dialog, for the keyboard and tests
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
            from ipsfidelity.ui.common.worker import Worker

            # Started first: the worker imports SQLAlchemy while the screens are built
            # (their signal connections are made before the event loop delivers anything).
            self.worker = Worker(self._db_url, self)
            self.worker.start()
            self._build()

    def _build(self) -> None:
        from PySide6.QtGui import QUndoStack
        from PySide6.QtWidgets import QStackedWidget

        from ipsfidelity.ui.common.widgets import SavedIndicator
        from ipsfidelity.ui.compare.controller import CompareScreens
        from ipsfidelity.ui.consensus.controller import (
            ConsensusScreens,
            HistoryScreens,
            LifecycleController,
        )
        from ipsfidelity.ui.exchange.controller import ExchangeController
        from ipsfidelity.ui.followup.controller import FollowupController
        from ipsfidelity.ui.home.controller import HomeController
        from ipsfidelity.ui.home.view import HomeView
        from ipsfidelity.ui.report.controller import ReportController
        from ipsfidelity.ui.review.controller import ReviewController

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
        self.who_label = QLabel()
        self.who_label.setObjectName("who_label")
        self.who_label.hide()
        self.statusBar().addPermanentWidget(self.who_label)
        self.statusBar().addPermanentWidget(self.indicator)
        self.worker.write_started.connect(self.indicator.show_saving)
        self.worker.saved.connect(self.indicator.show_saved)
        self.worker.write_refused.connect(self._write_refused)
        from ipsfidelity.ui.common.status import ScreenMessages

        self.screen_messages = ScreenMessages(self.statusBar(), self.indicator, self.stack)
        self.worker.ready.connect(self._db_ready)
        self.worker.previewed.connect(self._db_previewed)
        self.worker.open_failed.connect(self._db_failed)
        self.worker.damaged.connect(self._db_damaged)
        from ipsfidelity.ui.backup.menu import BackupMenu

        self.backup_menu = BackupMenu(self)

        self.teams = HomeController(
            self, self.home, self.indicator.show_refused, self._closing, self.teams_shown.emit
        )
        self.followup = followup = FollowupController(self, self.undo_stack)
        self.reports = ReportController(self, self.teams.selected_assessment)
        self.reviews = ReviewController(
            self, self.undo_stack, self._wire_review, self._wire_results
        )
        self.reviews.changed.append(self._update_actions)
        self.lifecycle = LifecycleController(self)
        self.consensus = ConsensusScreens(self)
        self.history = HistoryScreens(self)
        followup.agreement_changed.append(self._agreement_changed)
        self.compare = CompareScreens(self)  # the team's development and all teams
        self.home.show_trend.connect(self.compare.show_selected_team)
        self.home.agreement.connect(followup.open_agreement)
        self.home.follow_up.connect(followup.open_followup)
        # Import (menu, dropped files), export (menu, the overview's selected teams), sync.
        self.exchange = ExchangeController(self, self.reports.target)
        self.compare.export_requested.append(self.exchange.ask_export)

        self._build_menus()

    # The open assessment, on the review family's controller (None before it is built).
    @property
    def session(self) -> ReviewSession | None:
        return self.reviews.session if hasattr(self, "reviews") else None

    @property
    def review(self) -> ReviewView | None:
        return self.reviews.review if hasattr(self, "reviews") else None

    @property
    def plan(self) -> ActionPlanSession | None:
        return self.reviews.plan if hasattr(self, "reviews") else None

    @property
    def results(self) -> ResultsView:
        return self.reviews.results

    def _wire_review(self, session: ReviewSession, review: ReviewView) -> None:
        """What the other families do with a walk-through just opened."""
        review.plan_requested.connect(self.show_action_plan)
        review.agreement_requested.connect(self.followup.open_agreement_of_review)
        # On the next turn of the event loop: the edit's own write is queued by then.
        session.element_changed.connect(lambda _e: self.followup.suggest_soon())
        session.caseload_changed.connect(self.followup.suggest_soon)
        # Finishing, reopening and the lock (the lifecycle family).
        review.refused.connect(self.indicator.show_refused)
        review.finish_requested.connect(lambda: self.lifecycle.finish_review(session))
        review.consensus_requested.connect(self.show_consensus)
        review.history_requested.connect(self.show_history)
        review.reopen_requested.connect(lambda: self.lifecycle.reopen_review(session))

    def _wire_results(self, results: ResultsView) -> None:
        results.export_requested.connect(self.reports.export_pdf)
        results.print_requested.connect(self.reports.print_report)
        results.plan_requested.connect(self.followup.show_action_plan)

    # -- menus: each family adds its own actions ----------------------------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(tr("menu.file"))
        self.teams.add_actions(file_menu)
        self.new_team_action = self.teams.new_team_action
        self.new_assessment_action = self.teams.new_assessment_action
        # The open review's lifecycle, beside the walk-through's buttons; "Afslut vurdering",
        # never a bare "Afslut", which is what quitting the program used to be called.
        lifecycle_rows = (
            (tr("lifecycle.ui.finish_action"), self.finish_review, FINISH_KEYS),
            (tr("lifecycle.ui.reopen_action"), self.reopen_review, REOPEN_KEYS),
        )
        self.finish_action, self.reopen_action = add_actions(file_menu, self, lifecycle_rows)
        followup_rows = (
            (tr("action.agreement"), self.followup.open_agreement, "Ctrl+Shift+A"),
            (tr("action.follow_up"), self.followup.open_followup, "Ctrl+Shift+O"),
        )
        add_actions(file_menu, self, followup_rows)
        for family in (self.reports, self.exchange, self.backup_menu):
            file_menu.addSeparator()
            family.add_actions(file_menu)
        self.export_action, self.print_action = (
            self.reports.export_action,
            self.reports.print_action,
        )
        file_menu.addSeparator()
        add_actions(
            file_menu, self, [(tr("action.quit"), self.close, QKeySequence.StandardKey.Quit)]
        )

        edit_menu = bar.addMenu(tr("menu.edit"))
        self.undo_action = self.undo_stack.createUndoAction(self, tr("action.undo"))
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = self.undo_stack.createRedoAction(self, tr("action.redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)

        view_menu = bar.addMenu(tr("menu.view"))
        screen_rows = (
            (tr("action.overview"), self.show_home, "Ctrl+1"),
            (tr("action.walkthrough"), self.show_review, "Ctrl+2"),
            (tr("action.results"), self.show_results, "Ctrl+3"),
        )
        _, self.walkthrough_action, self.results_action = add_actions(view_menu, self, screen_rows)
        self.compare.add_actions(view_menu)
        review_rows = (
            (tr("action.action_plan"), self.show_action_plan, "Ctrl+6"),
            (tr("lifecycle.ui.consensus_button"), self.show_consensus, "Ctrl+7"),
            (tr("lifecycle.ui.history_button"), self.show_history, "Ctrl+8"),
        )
        self.plan_action, self.consensus_action, self.history_action = add_actions(
            view_menu, self, review_rows
        )
        view_menu.addSeparator()
        language_menu = view_menu.addMenu(tr("menu.language"))
        group = QActionGroup(self)
        for code in ("da", "en"):
            action = QAction(tr("lang.da") if code == "da" else tr("lang.en"), self, checkable=True)
            action.setChecked(language() == code)
            action.triggered.connect(lambda _=False, c=code: self.choose_language(c))
            group.addAction(action)
            language_menu.addAction(action)

        from ipsfidelity.ui.help.menu import HelpMenu

        self.help = HelpMenu(self, self._db_url)  # Vejledning (F1), Tastaturgenveje and Om
        self.help.add_actions(bar.addMenu(tr("menu.help")))
        self._update_actions()

    def _update_actions(self) -> None:
        self.walkthrough_action.setEnabled(self.review is not None)
        self.results_action.setEnabled(self.session is not None)
        self.plan_action.setEnabled(self.session is not None)
        self.consensus_action.setEnabled(self.session is not None and self.session.blind)
        self.history_action.setEnabled(self.session is not None)
        session = self.session
        may_rate = session is not None and session.may_rate
        locked = session is not None and session.locked
        self.finish_action.setEnabled(may_rate and not locked)
        self.reopen_action.setEnabled(may_rate and locked)

    # -- the database ------------------------------------------------------------

    def _write_refused(self, why: str) -> None:
        from ipsfidelity.ui.common.refusals import in_app

        self.indicator.show_refused(in_app(why))
        if self.session is not None:  # show what the database really holds again
            self.open_assessment(self.session.assessment_id, keep_undo=False)

    def _db_previewed(self) -> None:
        """The teams, read before the store opened: shown at once. Everything the user does
        with them is queued on the worker and runs when the store is open."""
        if self.stack.currentWidget() is self.loading:
            self.stack.setCurrentWidget(self.home)
            self.home.focus_teams()
        self.teams.show_preview(self.worker.preview_teams)
        self.teams_previewed.emit()

    def _db_ready(self) -> None:
        # The server's rules for this user (store/access.py): who is connected, in what
        # role, shown in the status bar; what the role may never do, hidden.
        from ipsfidelity.store.access import who_text

        access = self.worker.access
        self.teams.mirror_access(access)
        self.who_label.setText(who_text(access))
        self.who_label.setVisible(not access.everything)
        self.stack.setCurrentWidget(self.home)
        self.home.focus_teams()
        self.refresh_teams()

    def _db_failed(self, why: str) -> None:
        from ipsfidelity.ui.backup.recovery import show_open_failed

        self.show_loading(tr("app.db_failed", why=why))
        self.database_failed.emit()
        show_open_failed(self, why)

    def _db_damaged(self) -> None:
        from ipsfidelity.ui.backup.recovery import show_recovery

        self.stack.setCurrentWidget(self.loading)
        self.database_failed.emit()
        show_recovery(self)

    def close_for_reload(self) -> None:
        """Before the data is replaced underneath (a restore): nothing shows the old data."""
        self._close_review()
        self.stack.setCurrentWidget(self.loading)

    def refresh_teams(self, select_id: str | None = None) -> None:
        self.teams.refresh_teams(select_id)

    def refresh_assessments(self) -> None:
        self.teams.refresh_assessments()

    # -- dialogs -------------------------------------------------------------------

    def show_dialog(self, dialog: QDialog, on_accept: Callable[[], None]) -> None:
        """Non-blocking (window-modal) dialogs, so the event loop and the worker keep going."""
        self.active_dialog = dialog
        dialog.accepted.connect(on_accept)
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        dialog.setWindowModality(dialog.windowModality().WindowModal)
        QDialog.open(dialog)  # QPrintDialog's own open(receiver, member) hides the plain one

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.active_dialog is dialog:
            self.active_dialog = None
        dialog.deleteLater()

    def confirm(self, text: str, on_yes: Callable[[], None]) -> None:
        from ipsfidelity.ui.common.questions import yes_no_box

        self.show_dialog(yes_no_box(tr("app.title"), text, self), on_yes)

    # -- assessments ---------------------------------------------------------------

    def _closing(self, assessment_id: str) -> None:
        if self.session is not None and self.session.assessment_id == assessment_id:
            self._close_review()

    def open_assessment(self, assessment_id: str, *, keep_undo: bool = False) -> None:
        self.reviews.open_assessment(assessment_id, keep_undo, self.assessment_opened.emit)

    def _close_review(self) -> None:
        if self.plan is not None and self.followup.plan_showing():
            self.stack.setCurrentWidget(self.home)
        self.reviews.close()

    # -- moving between screens -----------------------------------------------------

    def show_home(self) -> None:
        self.commit_edits()
        self.stack.setCurrentWidget(self.home)
        self.refresh_assessments()
        self.home.assessment_table.setFocus()

    def show_review(self) -> None:
        self.reviews.show_review()

    def show_results(self) -> None:
        self.reviews.show_results()

    def show_consensus(self) -> None:
        self.consensus.show_review(self.session)

    def show_history(self) -> None:
        self.history.show_review(self.session)

    def finish_review(self) -> None:
        """Filer → Afslut vurdering: the open review, shown in its walk-through while the
        reviewers sign, as its »Afslut vurdering…« button does. From the consensus screen,
        that screen stays: cancelled, the keys go on setting the consensus, not into the
        own ratings of the reviewer last chosen in the walk-through."""
        session = self.session
        if session is not None and session.may_rate and not session.locked:
            consensus = self.consensus.view
            if consensus is None or self.current_screen() is not consensus:
                self.show_review()
            self.lifecycle.finish_review(session)

    def reopen_review(self) -> None:
        """Filer → Genåbn vurdering: as the finished review's »Genåbn…« button."""
        session = self.session
        if session is not None and session.may_rate and session.locked:
            self.show_review()
            self.lifecycle.reopen_review(session)

    # -- the report: export and print ----------------------------------------------

    def report_target(self) -> ReportTarget | None:
        """The open assessment, else the one selected on the home screen."""
        return self.reports.target() if self._built else None

    # -- help, language ------------------------------------------------------------

    def show_shortcuts(self) -> None:
        self.help.show_shortcuts()

    def show_about(self) -> None:
        self.help.show_about()

    def choose_language(self, code: str) -> None:
        self.settings.setValue("language", code)
        if code != language():
            self.language_change_requested.emit(code)

    # -- the host the families are given (ui/common/host.py) ---------------------------

    def parent_widget(self) -> QWidget:
        return self

    def add_screen(self, screen: QWidget) -> None:
        self.stack.addWidget(screen)

    def show_screen(self, screen: QWidget) -> None:
        self.stack.setCurrentWidget(screen)

    def remove_screen(self, screen: QWidget) -> None:
        self.stack.removeWidget(screen)

    def current_screen(self) -> QWidget | None:
        return self.stack.currentWidget()

    def show_loading(self, text: str) -> None:
        self.loading.setText(text)
        self.loading.setWordWrap(True)

    def quit(self) -> None:
        self.close()

    def selected_team(self) -> TeamInfo | None:
        return self.home.current_team()

    def open_review(self) -> ReviewSession | None:
        return self.session

    def open_plan(self) -> ActionPlanSession | None:
        return self.plan

    def commit_edits(self) -> None:
        if self.review is not None:
            self.review.element_page.commit_note()

    def show_action_plan(self) -> None:
        self.followup.show_action_plan()

    def _agreement_changed(self) -> None:
        if self.review is not None:
            self.review.reload_agreement()

    # -- window state ----------------------------------------------------------------

    def save_state(self) -> None:
        self.settings.setValue("geometry", self.saveGeometry())
        if self._built:
            self.teams.save_state()
        if self.review is not None:
            self.settings.setValue("review_splitter", self.review.splitter.saveState())
        if self.followup.plan_view_built is not None:
            self.settings.setValue(
                "plan_splitter", self.followup.plan_view_built.splitter.saveState()
            )
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closed = True
        self.commit_edits()  # the last words typed are saved too
        self.save_state()
        if self._built:
            self.reports.wait()
            self.worker.close()
        super().closeEvent(event)
