"""The lifecycle family on the main window: finish, reopen, the consensus step, the history.

It knows the open review only by id and what the window hands it; after a change of state
the window opens the review again, so the walk-through shows the lock (or its absence).
Imported on the way to the first window, so it imports no screen at module level.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from ipsfidelity.i18n import pick, tr
from ipsfidelity.ui.common.callbacks import guarded
from ipsfidelity.ui.common.host import OpenReview, warn
from ipsfidelity.ui.consensus import operations as ops

if TYPE_CHECKING:
    from ipsfidelity.history_words import PackWords
    from ipsfidelity.instrument import Instrument
    from ipsfidelity.store.lifecycle_views import HistoryInfo, LifecycleInfo
    from ipsfidelity.store.views import CaseloadInfo
    from ipsfidelity.ui.common.host import Host
    from ipsfidelity.ui.consensus.history import HistoryView
    from ipsfidelity.ui.consensus.screen import ConsensusView


class RatedReview(OpenReview, Protocol):
    """The open review as the lifecycle sees it: whose ratings the walk-through shows
    ("" the consensus), and whether it is rated blind (each reviewer on their own)."""

    rater: str

    @property
    def blind(self) -> bool: ...


class LifecycleController:
    def __init__(self, host: Host) -> None:
        self.host = host

    def finish_review(self, review: RatedReview) -> None:
        caseload_missing = not review.score().caseload.consultants
        # Rated blind, every reviewer signs: the finish is theirs jointly (Historik shows
        # »Fælles (Anna, Bo)«), not the act of the one last chosen in the walk-through.
        acting = "" if review.blind else review.rater
        self.finish(
            review.assessment_id, review.info.reviewers, caseload_missing, acting, review.pack
        )

    def reopen_review(self, review: RatedReview) -> None:
        # The reviewer who reopens is named in the report: the one chosen, or the only one.
        only = review.info.reviewers[0] if len(review.info.reviewers) == 1 else ""
        self.reopen(review.assessment_id, review.rater or only)

    def finish(
        self,
        assessment_id: str,
        reviewers: Sequence[str],
        caseload_missing: bool,
        acting: str,
        pack: Instrument,
    ) -> None:
        host = self.host
        host.commit_edits()

        def ask(found: tuple[LifecycleInfo, list[tuple[str, str]]]) -> None:
            from ipsfidelity.ui.consensus.dialogs import FinishDialog

            life, differing = found
            signed = {o.reviewer: o.signed_on for o in life.signoffs}
            labels = {s.id: pick(s.label) for s in pack.scale}
            dialog = FinishDialog(
                reviewers,
                caseload_missing,
                host.parent_widget(),
                signed=signed,
                differing=[(e, labels.get(r, r)) for e, r in differing],
            )

            def accepted() -> None:
                ops.finish(
                    host.worker,
                    assessment_id,
                    dialog.signoffs(),
                    dialog.caseload_reason(),
                    acting,
                    self._reload(assessment_id),
                    self._refused(tr("lifecycle.ui.finish_refused"), "finish_refused"),
                )

            host.show_dialog(dialog, accepted)

        # A consensus no reviewer gave is named before they sign: only with two or more.
        several = pack.element_ids if len(reviewers) > 1 else []
        ops.load_finish(host.worker, assessment_id, several, ask)

    def reopen(self, assessment_id: str, acting: str) -> None:
        from ipsfidelity.ui.consensus.dialogs import ReopenDialog

        host = self.host
        dialog = ReopenDialog(host.parent_widget())

        def accepted() -> None:
            ops.reopen(
                host.worker,
                assessment_id,
                dialog.reason(),
                acting,
                self._reload(assessment_id),
                self._refused(tr("lifecycle.ui.reopen_refused"), "reopen_refused"),
            )

        host.show_dialog(dialog, accepted)

    def _reload(self, assessment_id: str) -> Callable[[LifecycleInfo], None]:
        def done(_life: LifecycleInfo) -> None:
            self.host.open_assessment(assessment_id)
            self.host.refresh_assessments()

        return done

    def _refused(self, title: str, name: str) -> Callable[[str], None]:
        return lambda why: warn(self.host, title, why, name)


class ConsensusScreens:
    """The consensus screen of the open review: one at a time, built when asked for."""

    def __init__(self, host: Host) -> None:
        self.host = host
        self.view: ConsensusView | None = None
        self.assessment_id = ""
        self.acting = ""
        self.finished = False
        self.may_rate = True  # the server's rules, mirrored: may this role set the consensus
        self.built_for = ""  # the assessment the view was built for (its pack, reviewers)

    def show_review(self, review: RatedReview | None) -> None:
        """The consensus step of `review`, when it is rated blind. Its decisions are the
        reviewers' jointly: recorded with no single reviewer, not as the one chosen in the
        walk-through (Historik shows them as joint, history_words.who_decided)."""
        if review is not None and review.blind:
            self.show(review.assessment_id, "")

    def show(self, assessment_id: str, acting: str) -> None:
        self.host.commit_edits()
        self.assessment_id, self.acting = assessment_id, acting
        ops.load_consensus(self.host.worker, assessment_id, self._loaded)

    def _loaded(self, loaded: ops.ConsensusData) -> None:
        from ipsfidelity.instrument import get_pack
        from ipsfidelity.ui.consensus.screen import ConsensusView

        data, own, agreement, life, readings = loaded
        self.finished = life.finished
        self.may_rate = self.host.worker.access.may_rate(data.team)
        keep = self.view.current_element() if self.view is not None else None
        if self.view is None or self.built_for != data.info.id:
            self.close()
            pack = get_pack(data.info.instrument_id, data.info.instrument_version)
            from ipsfidelity.review_words import kind_word

            title = tr(
                "lifecycle.ui.consensus_title",
                team=data.team.name,
                period=data.info.period,
                kind=kind_word(data.info.kind),
            )
            view = ConsensusView(pack, data.info.reviewers, title)
            view.back_requested.connect(self._back)
            view.consensus_set.connect(lambda e, r: self._set(e, r, None))
            view.note_set.connect(lambda e, n: self._set(e, None, n))
            view.accept_requested.connect(self._accept)
            view.caseload_chosen.connect(self._take_caseload)
            self.host.add_screen(view)
            self.view, self.built_for = view, data.info.id
        self.view.show_data(own, data.ratings, agreement, keep, readings, data.caseload)
        self.host.show_screen(self.view)
        self.view.focus_table()

    def _set(self, element_id: str, rating: str | None, note: str | None) -> None:
        if self._refused():
            return
        assert self.view is not None
        self.view.show_message("")
        self.view.set_local(element_id, rating, note)
        ops.set_consensus(
            self.host.worker,
            self.assessment_id,
            element_id,
            rating,
            note,
            self.acting,
            self._failed,
            self._voided,
        )

    def _accept(self) -> None:
        if self._refused():
            return

        def done(result: tuple[list[str], list[str]]) -> None:
            self.show(self.assessment_id, self.acting)
            self._voided(result[1])

        ops.accept_agreed(self.host.worker, self.assessment_id, self.acting, done, self._failed)

    def _take_caseload(self, reviewer: str) -> None:
        if self._refused():
            return

        def done(result: tuple[tuple[CaseloadInfo, ...], list[str]]) -> None:
            taken, voided = result
            if self.view is not None:
                self.view.set_local_caseload(taken)
                self.view.show_message("")
            self.host.statusBar().showMessage(
                tr("lifecycle.ui.caseload_taken", name=reviewer), 8000
            )
            self._voided(voided)

        ops.adopt_caseload(
            self.host.worker, self.assessment_id, reviewer, self.acting, done, self._failed
        )

    def _voided(self, names: list[str]) -> None:
        if names and self.view is not None:
            self.view.show_message(tr("lifecycle.signoffs_voided", names=", ".join(names)))

    def _refused(self) -> bool:
        from ipsfidelity.errors import UserError
        from ipsfidelity.store.lifecycle_rules import refuse_if_finished

        if not self.may_rate:
            if self.view is not None:
                self.view.show_message(tr("server.ui.may_not_rate"))
            return True
        try:
            refuse_if_finished("finished" if self.finished else "")
        except UserError as exc:
            self._failed(str(exc))
            return True
        return False

    def _failed(self, why: str) -> None:
        from ipsfidelity.ui.common.refusals import in_app

        if self.view is not None:
            self.view.show_message(in_app(why))
        self.show(self.assessment_id, self.acting)  # what the database really holds

    def _back(self) -> None:
        assessment_id = self.assessment_id
        self.close()
        self.host.open_assessment(assessment_id)

    def close(self) -> None:
        if self.view is not None:
            self.host.remove_screen(self.view)
            self.view.deleteLater()
            self.view = None


class HistoryScreens:
    """Historik of the open review: its recorded changes, filtered, exported to CSV."""

    def __init__(self, host: Host) -> None:
        self.host = host
        self.view: HistoryView | None = None
        self.assessment_id = ""

    def show_review(self, review: OpenReview | None) -> None:
        if review is not None:
            self.show(review.assessment_id, f"{review.team.name} · {review.info.period}")

    def show(self, assessment_id: str, title: str) -> None:
        from ipsfidelity.ui.consensus.history import HistoryView

        self.host.commit_edits()
        self.close()
        self.assessment_id = assessment_id
        view = HistoryView(tr("lifecycle.ui.history_title", review=title))
        view.back_requested.connect(self._back)
        view.export_requested.connect(self.ask_export)
        self.host.add_screen(view)
        self.view = view

        def loaded(loaded: tuple[list[HistoryInfo], PackWords]) -> None:
            view.show_entries(*loaded)
            self.host.show_screen(view)
            view.focus_table()

        ops.load_history(self.host.worker, assessment_id, guarded(view, loaded))

    def ask_export(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        dialog = QFileDialog(self.host.parent_widget(), tr("lifecycle.ui.history_export"))
        dialog.setObjectName("history_export_dialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter("CSV (*.csv)")
        dialog.setDefaultSuffix("csv")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.selectFile(tr("lifecycle.ui.history_file"))
        self.host.show_dialog(dialog, lambda: self.export(Path(dialog.selectedFiles()[0])))

    def export(self, path: Path) -> None:
        """The shown entries to `path` (CPR-like numbers masked unless allowed), atomically."""
        from ipsfidelity.commands.history import write_csv
        from ipsfidelity.errors import UserError

        view = self.view
        if view is None:
            return
        try:
            write_csv(path, view.shown_entries(), view.allow_personal, view.pack)
        except UserError as exc:
            warn(self.host, tr("lifecycle.ui.history_export"), str(exc), "history_export_failed")
            return
        self.host.statusBar().showMessage(tr("lifecycle.ui.history_written", path=str(path)), 8000)

    def _back(self) -> None:
        assessment_id = self.assessment_id
        self.close()
        self.host.open_assessment(assessment_id, keep_undo=True)

    def close(self) -> None:
        if self.view is not None:
            self.host.remove_screen(self.view)
            self.view.deleteLater()
            self.view = None
