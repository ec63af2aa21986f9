"""What a screen family may ask of the window around it.

Screens never import the main window, not even for type hints: they receive a `Host`,
which the main window is. It is also the parent widget of their dialogs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QDialog, QStatusBar, QWidget

    from ipsfidelity.instrument import Instrument
    from ipsfidelity.scoring import Score
    from ipsfidelity.store.views import AssessmentInfo, TeamInfo
    from ipsfidelity.ui.common.plan_session import ActionPlanSession
    from ipsfidelity.ui.common.worker import Worker


class OpenReview(Protocol):
    """What other families read of the assessment open in the walk-through."""

    info: AssessmentInfo
    team: TeamInfo
    pack: Instrument

    @property
    def assessment_id(self) -> str: ...

    def score(self) -> Score: ...


class Host(Protocol):
    # The one serial worker every read and write runs on, and the user's settings.
    worker: Worker
    settings: QSettings

    def parent_widget(self) -> QWidget:
        """The parent of a family's dialogs and message boxes."""
        ...

    def statusBar(self) -> QStatusBar:  # Qt's name: the main window is the host
        ...

    def show_dialog(self, dialog: QDialog, on_accept: Callable[[], None]) -> None:
        """Show a window-modal dialog without blocking the event loop."""
        ...

    def confirm(self, text: str, on_yes: Callable[[], None]) -> None:
        """Ask Yes/No (No the default); `on_yes` runs only on Yes."""
        ...

    # -- the window's screens -------------------------------------------------------

    def add_screen(self, screen: QWidget) -> None: ...

    def show_screen(self, screen: QWidget) -> None: ...

    def remove_screen(self, screen: QWidget) -> None: ...

    def current_screen(self) -> QWidget | None: ...

    def show_loading(self, text: str) -> None:
        """Put the loading line, with `text`, in place of every screen."""
        ...

    def close_for_reload(self) -> None:
        """Before the data is replaced underneath: nothing shows the old data."""
        ...

    def quit(self) -> None: ...

    # -- navigation requests -------------------------------------------------------

    def show_home(self) -> None: ...

    def selected_team(self) -> TeamInfo | None:
        """The team selected on the home screen."""
        ...

    def refresh_teams(self, select_id: str | None = None) -> None: ...

    def refresh_assessments(self) -> None: ...

    def open_assessment(self, assessment_id: str, *, keep_undo: bool = False) -> None: ...

    def show_results(self) -> None: ...

    # -- the assessment open in the walk-through ------------------------------------

    def open_review(self) -> OpenReview | None: ...

    def open_plan(self) -> ActionPlanSession | None: ...

    def commit_edits(self) -> None:
        """Save what is being typed in the walk-through (a note) before another screen reads."""
        ...


def warn(host: Host, title: str, text: str, name: str) -> None:
    """A warning with an OK button, window-modal on the host; `name` is its object name."""
    from PySide6.QtWidgets import QMessageBox

    buttons = QMessageBox.StandardButton.Ok
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, buttons, host.parent_widget())
    box.setObjectName(name)
    host.show_dialog(box, lambda: None)
