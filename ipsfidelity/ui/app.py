"""Starting the desktop app: the window first, the database and heavy imports after it.

`run()` is what `ipsfidelity` (no command) and `ipsfidelity --smoke` call.
"""

from __future__ import annotations

import os
import sys
import time
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from ipsfidelity.ui.main_window import MainWindow

TIMING_ENV = "IPSFIDELITY_TIMING"  # benchmarks: print when the window and team list show


def _mark(name: str) -> None:
    if os.environ.get(TIMING_ENV):
        print(f"ipsfidelity-timing {name} {time.time():.6f}", file=sys.stderr, flush=True)


_translators: list[QTranslator] = []


class _QtGaps(QTranslator):
    """The few texts of Qt's own dialogs that Qt's Danish catalogue lacks (the non-native
    file dialog's "&Look in:" and "Files of &type:"), from our catalogue."""

    def isEmpty(self) -> bool:
        return False

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        from ipsfidelity.i18n import tr

        if context == "QFileDialog":
            match source:
                case "&Look in:":
                    return tr("qt.file_dialog.look_in")
                case "Files of &type:":
                    return tr("qt.file_dialog.files_of_type")
        return None  # a null text: Qt then shows its English source, not an empty one


def install_qt_translation(qt_app: QApplication, lang: str) -> None:
    """Qt's own texts (Cancel, Yes, No, the file dialog) in the app's language, from the
    catalogues Qt ships (PySide6/Qt/translations) and, for its gaps, ours."""
    for old in _translators:
        qt_app.removeTranslator(old)
    _translators.clear()
    if lang == "da":  # asked last: only for what Qt's catalogue does not have
        gaps = _QtGaps(qt_app)
        qt_app.installTranslator(gaps)
        _translators.append(gaps)
    translator = QTranslator(qt_app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(f"qtbase_{lang}", folder):
        qt_app.installTranslator(translator)
        _translators.append(translator)


def _current_place(window: MainWindow) -> tuple[str, str | None]:
    """Which screen and assessment are showing, to come back to after a language change."""
    session, review, current = window.session, window.review, window.current_screen()
    aid = session.assessment_id if session else None
    if window.reviews.results_built is not None and current is window.reviews.results_built:
        return "results", aid
    if window.followup.plan_showing():
        return "plan", aid
    if review is not None and current is review:
        return "review", aid
    return "home", aid


class App:
    """Owns the main window, and rebuilds it when the language changes."""

    def __init__(self, qt_app: QApplication, db: str | None) -> None:
        self.qt_app = qt_app
        self.db = db
        self.window = self._new_window()

    def _new_window(self) -> MainWindow:
        from ipsfidelity.ui.main_window import MainWindow

        window = MainWindow(self.db)
        window.language_change_requested.connect(self.switch_language)
        return window

    def switch_language(self, code: str) -> None:
        """Every string is read when a screen is built, so the window is built again."""
        from ipsfidelity.i18n import set_language

        old = self.window
        place, assessment_id = _current_place(old)
        old.close()
        old.deleteLater()
        set_language(code)
        install_qt_translation(self.qt_app, code)
        self.window = self._new_window()
        self.window.show()
        self.window.start()
        if assessment_id:

            def reopen(_aid: str) -> None:
                self.window.assessment_opened.disconnect(reopen)
                if place == "results":
                    self.window.show_results()
                elif place == "plan":
                    self.window.show_action_plan()
                elif place == "home":
                    self.window.show_home()

            self.window.assessment_opened.connect(reopen)
            self.window.worker.ready.connect(lambda: self.window.open_assessment(assessment_id))


def start(db: str | None = None, lang: str | None = None) -> App:
    """Create the app and show its window (no event loop); tests and `run` share this."""
    from ipsfidelity.i18n import set_language
    from ipsfidelity.ui.common.app_icon import install_app_id
    from ipsfidelity.ui.common.crash import install_excepthook
    from ipsfidelity.ui.common.settings import (
        APPLICATION,
        ORGANISATION,
        chosen_language,
        open_settings,
    )

    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qt_app, QApplication)
    qt_app.setOrganizationName(ORGANISATION)
    qt_app.setApplicationName(APPLICATION)
    install_app_id(qt_app)
    install_excepthook()
    chosen = lang or chosen_language(sys.argv, open_settings())
    if chosen:
        set_language(chosen)
    from ipsfidelity.i18n import language

    install_qt_translation(qt_app, language())
    app = App(qt_app, db)
    app.window.show()
    QTimer.singleShot(0, lambda: _mark("first_window"))
    QTimer.singleShot(0, lambda: _start_window(app.window))  # after the first paint
    # Whichever comes first: the list read before the store opened, or by the store.
    app.window.teams_previewed.connect(lambda: _mark("team_list"))
    app.window.teams_shown.connect(lambda: _mark("team_list"))
    return app


def _start_window(window: MainWindow) -> None:
    from ipsfidelity.ui.common.app_icon import install_app_icon
    from ipsfidelity.ui.common.wheel_guard import install_wheel_guard

    qt_app = QApplication.instance()
    if isinstance(qt_app, QApplication):
        install_app_icon(qt_app)
        # Once the team list is on screen (or at the latest after 2 s, should the database
        # not open): a filter on the application costs every event a trip through Python,
        # and start-up's many events need not pay it (see install_wheel_guard).
        guard = partial(install_wheel_guard, qt_app)  # idempotent: whichever comes first
        window.teams_previewed.connect(guard)
        window.teams_shown.connect(guard)
        QTimer.singleShot(2000, qt_app, guard)
    window.start()
    window.worker.ready.connect(lambda: _mark("store_open"))


def run(db: str | None = None, smoke: bool = False) -> int:
    app = start(db)
    if smoke:
        # Quit once the team list is on screen: that proves the window, the worker
        # and the database all work. A database that cannot open ends the smoke too.
        window = app.window
        window.teams_shown.connect(lambda: QTimer.singleShot(0, window.close))
        window.database_failed.connect(lambda: QTimer.singleShot(0, window.close))
        QTimer.singleShot(30_000, window.close)
    code = app.qt_app.exec()
    return code
