"""The exchange family on the main window: Filer → Importér … (files or a folder, or files
dropped on the window), Filer → Eksportér … and Filer → Synkronisér med server ….

Every step that reads files, the database or the server runs on the serial database
worker with a progress dialog whose Cancel works until the write starts. Nothing is
written before the user has seen the preview and applied it; conflicts are chosen row
by row in the merge view first.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from ipsfidelity.i18n import tr
from ipsfidelity.ui.common.actions import add_actions
from ipsfidelity.ui.common.folders import start_folder
from ipsfidelity.ui.common.host import warn
from ipsfidelity.ui.common.worker import Relay

# The dialogs, the operations and the progress plumbing load on first use: this module is
# on the way to the first window.
if TYPE_CHECKING:
    from ipsfidelity.store import Store
    from ipsfidelity.ui.common.host import Host
    from ipsfidelity.ui.exchange.export_dialog import ExportChoice, ExportOffer
    from ipsfidelity.ui.exchange.operations import ApplyJob
    from ipsfidelity.ui.exchange.preview import PreviewDialog
    from ipsfidelity.ui.exchange.preview_data import Applied, ImportPreview, Resolution
    from ipsfidelity.ui.exchange.progress import (
        Crash,
        ExchangeProgress,
        JobProgress,
        WasCancelled,
    )
    from ipsfidelity.ui.exchange.sync_dialog import SyncChoice

FOLDER_KEY = "exchange/folder"


class ReviewChoice(Protocol):
    """The review open in the walk-through, else the one selected (the report's target)."""

    @property
    def assessment_id(self) -> str: ...

    def title(self) -> str:
        """ "team · period"."""
        ...


CurrentReview = Callable[[], ReviewChoice | None]


class ExchangeController(QObject):
    def __init__(self, host: Host, current_review: CurrentReview) -> None:
        super().__init__(host.parent_widget())
        self.host = host
        self.current_review = current_review
        self.relay = Relay(self)
        self.busy = False
        self.progress: ExchangeProgress | None = None
        self.preview_dialog: PreviewDialog | None = None
        self.last_message = ""  # what the last step told the user (tests read it)
        self.last_applied: Applied | None = None
        window = host.parent_widget()
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def add_actions(self, menu: QMenu) -> None:
        rows = (
            (tr("xui.action.import"), self.ask_import, "Ctrl+I"),
            (tr("xui.action.import_folder"), self.ask_import_folder, "Ctrl+Shift+I"),
            (tr("xui.action.export"), self.ask_export, "Ctrl+Shift+E"),
            (tr("xui.action.sync"), self.ask_sync, None),
        )
        (
            self.import_action,
            self.import_folder_action,
            self.export_action,
            self.sync_action,
        ) = add_actions(menu, self.host.parent_widget(), rows)

    # -- small things ------------------------------------------------------------------

    def _status(self, text: str, ms: int = 10_000) -> None:
        self.last_message = text
        self.host.statusBar().showMessage(text, ms)

    def _refused(self, title: str, why: str) -> None:
        self.busy = False
        self.last_message = why
        warn(self.host, title, why, "exchange_error")

    def folder(self) -> str:
        return start_folder(self.host.settings, FOLDER_KEY)

    def _can_start(self) -> bool:
        if self.host.worker.store is None:
            return False
        if self.busy:
            self._status(tr("xui.busy"), 5000)
            return False
        return True

    def _finished_job(self, result: Any, title: str) -> bool:
        """True when `result` is a real result; a cancel or a crash is dealt with here."""
        from ipsfidelity.ui.exchange.progress import Crash, WasCancelled

        self.progress = None
        if isinstance(result, WasCancelled):
            self.busy = False
            self._status(tr("xui.cancelled"), 8000)
            return False
        if isinstance(result, Crash):
            self.busy = False
            exc = result.error
            sys.excepthook(type(exc), exc, exc.__traceback__)
            return False
        return True

    # -- Importér … ----------------------------------------------------------------------

    def ask_import(self) -> None:
        dialog = self._import_dialog(tr("xui.import.title"), "import_file_dialog")
        if dialog is not None:
            dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
            dialog.setNameFilter(tr("xui.file_filter"))
            dialog.filesSelected.connect(
                lambda chosen: self.import_paths([Path(c) for c in chosen])
            )
            self.host.show_dialog(dialog, lambda: None)

    def ask_import_folder(self) -> None:
        dialog = self._import_dialog(tr("xui.import.folder_title"), "import_folder_dialog")
        if dialog is not None:
            dialog.setFileMode(QFileDialog.FileMode.Directory)
            dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
            dialog.fileSelected.connect(lambda chosen: self.import_paths([Path(chosen)]))
            self.host.show_dialog(dialog, lambda: None)

    def _import_dialog(self, title: str, name: str) -> QFileDialog | None:
        """A file dialog in the folder last imported from; None while nothing may start."""
        if not self._can_start():
            return None
        dialog = QFileDialog(self.host.parent_widget(), title)
        dialog.setObjectName(name)
        dialog.setDirectory(self.folder())
        dialog.resize(760, 480)
        return dialog

    def import_paths(self, paths: Sequence[Path]) -> None:
        """Read and preview `paths` (files or folders) on the worker; nothing is written."""
        if not paths or not self._can_start():
            return
        from ipsfidelity.ui.exchange import operations as ops
        from ipsfidelity.ui.exchange.progress import run_with_progress

        self.host.commit_edits()  # a note being typed is compared (and kept) too
        self.busy = True
        self.host.settings.setValue(FOLDER_KEY, str(paths[0].parent))
        chosen = list(paths)
        title = tr("xui.import.title")
        self.progress = run_with_progress(
            self.host,
            self.relay,
            title,
            lambda store, steps: ops.preview_import(store, chosen, steps),
            lambda result: self._show_preview(result, title, ops.apply_import),
            lambda why: self._refused(title, why),
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Files dropped anywhere on the window are imported (after the preview)."""
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(
            event, (QDragEnterEvent, QDropEvent)
        ):
            if _local_paths(event):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            paths = _local_paths(event)
            if paths:
                event.acceptProposedAction()
                self.import_paths(paths)
                return True
        return super().eventFilter(watched, event)

    # -- the preview, the merge view, applying -------------------------------------------

    def _show_preview(
        self,
        result: ImportPreview | Crash | WasCancelled,
        title: str,
        apply: ApplyJob,
    ) -> None:
        if not self._finished_job(result, title):
            return
        from ipsfidelity.ui.exchange.preview import PreviewDialog
        from ipsfidelity.ui.exchange.preview_data import ImportPreview

        assert isinstance(result, ImportPreview)

        dialog = PreviewDialog(result, title, self.host.parent_widget())
        self.preview_dialog = dialog

        def closed(_code: int) -> None:
            self.preview_dialog = None

        def rejected() -> None:
            self.busy = False
            self._status(tr("xui.cancelled"), 8000)

        dialog.finished.connect(closed)
        dialog.rejected.connect(rejected)
        self.host.show_dialog(dialog, lambda: self._apply(result, dialog.resolution, title, apply))

    def _apply(
        self,
        preview: ImportPreview,
        resolution: Resolution,
        title: str,
        apply: ApplyJob,
    ) -> None:
        from ipsfidelity.ui.exchange.progress import run_with_progress

        self.progress = run_with_progress(
            self.host,
            self.relay,
            title,
            lambda store, steps: apply(store, preview, resolution, steps),
            lambda result: self._applied(result, title, preview),
            lambda why: self._refused(title, tr("xui.apply_refused", why=why)),
            write=True,
        )

    def _applied(
        self, result: Applied | Crash | WasCancelled, title: str, preview: ImportPreview
    ) -> None:
        if not self._finished_job(result, title):
            return
        from ipsfidelity.ui.exchange.preview_data import Applied, whole

        assert isinstance(result, Applied)
        self.busy = False
        self.last_applied = result
        text = tr(
            "xui.applied",
            created=whole(result.created),
            updated=whole(result.updated),
            unchanged=whole(result.unchanged),
            kept=whole(result.kept),
            deleted=whole(result.deleted),
        )
        if result.reopened == 1:
            text += " " + tr("xui.reopened_one")
        elif result.reopened:
            text += " " + tr("xui.reopened", count=whole(result.reopened))
        if result.sent == 1:
            text += " " + tr("xui.sync.sent_one")
        elif result.sent:
            text += " " + tr("xui.sync.sent", count=whole(result.sent))
        self._status(text, 15_000)
        self.host.refresh_teams()
        self.host.refresh_assessments()
        review = self.host.open_review()
        changed = {r.review_id for r in preview.reviews if r.outcome != "unchanged"}
        if review is not None and review.assessment_id.lower() in changed:
            self.host.open_assessment(review.assessment_id, keep_undo=False)

    # -- Eksportér … ----------------------------------------------------------------------

    def ask_export(self, overview_team_ids: Sequence[str] = ()) -> None:
        if not self._can_start():
            return
        self.host.commit_edits()  # what is being typed goes into the file too
        from ipsfidelity.ui.exchange.export_dialog import ExportOffer

        current = self.current_review()
        team = self.host.selected_team()
        offer = ExportOffer(
            current.assessment_id if current else None,
            current.title() if current else "",
            team.id if team else None,
            team.name if team else "",
            tuple(overview_team_ids),
        )
        if offer.review_id is None:
            self._show_export_dialog(offer)
            return
        aid = offer.review_id

        def reviewers(store: Store) -> tuple[str, ...]:
            return tuple(store.get_assessment(aid).info.reviewers)

        self.host.worker.read(
            reviewers, lambda names: self._show_export_dialog(replace(offer, reviewers=names))
        )

    def _show_export_dialog(self, offer: ExportOffer) -> None:
        from ipsfidelity.ui.exchange.export_dialog import ExportDialog

        dialog = ExportDialog(offer, self.folder(), self.host.parent_widget())
        self.export_dialog = dialog
        self.host.show_dialog(dialog, lambda: self.export(dialog.choice()))

    def export(self, choice: ExportChoice) -> None:
        if not self._can_start():
            return
        from ipsfidelity.ui.exchange import operations as ops
        from ipsfidelity.ui.exchange.preview_data import whole
        from ipsfidelity.ui.exchange.progress import run_with_progress

        self.busy = True
        self.host.settings.setValue(FOLDER_KEY, str(choice.path.parent))
        title = tr("xui.export.title")

        def job(store: Store, steps: JobProgress) -> int:
            return ops.export(
                store,
                choice.scope,
                choice.path,
                choice.mask_personal_data,
                choice.review_id,
                choice.team_ids,
                steps,
                choice.reviewer,
            )

        def done(result: int | Crash | WasCancelled) -> None:
            if not self._finished_job(result, title):
                return
            assert isinstance(result, int)
            self.busy = False
            self.last_export = choice.path
            path = str(choice.path)
            self._status(
                tr("xui.export.done_one", path=path)
                if result == 1
                else tr("xui.export.done", count=whole(result), path=path),
                15_000,
            )

        self.progress = run_with_progress(
            self.host, self.relay, title, job, done, lambda why: self._refused(title, why)
        )

    # -- Synkronisér med server … ---------------------------------------------------------

    def ask_sync(self) -> None:
        if not self._can_start():
            return
        self.host.worker.read(
            lambda s: [(t.id, t.name) for t in s.list_teams()], self._show_sync_dialog
        )

    def _show_sync_dialog(self, teams: list[tuple[str, str]]) -> None:
        from ipsfidelity.ui.exchange.sync_dialog import SEND_KEY, SERVER_KEY, SyncDialog

        url = str(self.host.settings.value(SERVER_KEY, "") or "")
        if self.host.settings.contains(SEND_KEY):
            ticked = set(str(self.host.settings.value(SEND_KEY, "") or "").split(","))
        else:  # the first sync: the team selected on the home screen
            team = self.host.selected_team()
            ticked = {team.id} if team is not None else set()
        dialog = SyncDialog(teams, url, ticked, self.host.parent_widget())
        self.sync_dialog = dialog
        self.host.show_dialog(dialog, lambda: self.sync(dialog.choice()))

    def sync(self, choice: SyncChoice) -> None:
        from ipsfidelity.ui.exchange import operations as ops
        from ipsfidelity.ui.exchange.progress import run_with_progress
        from ipsfidelity.ui.exchange.sync_dialog import SEND_KEY, SERVER_KEY

        if not self._can_start():
            return
        self.host.commit_edits()
        self.host.settings.setValue(SERVER_KEY, choice.url)
        self.host.settings.setValue(SEND_KEY, ",".join(choice.send_team_ids))
        self.busy = True
        title = tr("xui.sync.title")
        self.progress = run_with_progress(
            self.host,
            self.relay,
            title,
            lambda store, steps: ops.sync_preview(store, choice.url, choice.send_team_ids, steps),
            lambda result: self._show_preview(result, title, ops.apply_sync),
            lambda why: self._sync_failed(choice, why),
        )

    def _sync_failed(self, choice: SyncChoice, why: str) -> None:
        """A Danish sentence and Retry; nothing was written on either side."""
        self.busy = False
        self.last_message = why
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            tr("xui.sync.title"),
            why,
            QMessageBox.StandardButton.Cancel,
            self.host.parent_widget(),
        )
        box.setObjectName("sync_error")
        box.setInformativeText(tr("xui.sync.unchanged"))
        retry = box.addButton(tr("xui.sync.retry"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(retry)
        self.sync_error_box = box
        self.host.show_dialog(box, lambda: None)

        def clicked(button: object) -> None:
            if button is retry:
                self.sync(choice)

        box.buttonClicked.connect(clicked)


def _local_paths(event: QDropEvent | QDragEnterEvent) -> list[Path]:
    data = event.mimeData()
    if data is None or not data.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in data.urls() if u.isLocalFile()]
