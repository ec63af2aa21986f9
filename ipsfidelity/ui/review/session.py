"""The assessment being reviewed: local state the screens show, every change written at once.

Screens and undo commands change the review only through `ReviewSession`; it
updates its own state, tells the screens, and queues the write on the database
worker. Scores are computed locally from that state (pure scoring, no SQL).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ipsfidelity.instrument import NOT_RATED, Instrument, get_pack
from ipsfidelity.scoring import CaseloadEntry, Score, score_assessment
from ipsfidelity.store.lifecycle_rules import FINISHED
from ipsfidelity.ui.review import operations as ops

if TYPE_CHECKING:
    from ipsfidelity.store.views import AssessmentData, CaseloadInfo, RatingInfo
    from ipsfidelity.ui.common.worker import Worker

CASELOAD_KEY = "caseload"  # the navigator's page after the pack's elements
OUTCOME_KEY = "outcomes"  # the last page: the quarter's outcome figures


@dataclass(frozen=True)
class ElementState:
    rating: str = NOT_RATED
    note: str = ""
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class CaseloadRow:
    consultant: str = ""
    fte: float = 1.0
    ips_cases: int = 0
    other_cases: int = 0
    carried: bool = False  # from the previous review; its counts wait for confirmation


def saveable_rows(rows: tuple[CaseloadRow, ...]) -> tuple[CaseloadRow, ...]:
    """The rows the database takes: a row without a name is still being typed."""
    return tuple(r for r in rows if r.consultant.strip())


def caseload_rows(entries: Iterable[CaseloadInfo]) -> tuple[CaseloadRow, ...]:
    return tuple(
        CaseloadRow(c.consultant, c.fte, c.ips_cases, c.other_cases, c.carried) for c in entries
    )


def element_states(pack: Instrument, ratings: dict[str, RatingInfo]) -> dict[str, ElementState]:
    states = {e: ElementState() for e in pack.element_ids}
    for element_id, r in ratings.items():
        if element_id in states:
            states[element_id] = ElementState(r.rating, r.note, tuple(r.evidence))
    return states


class ReviewSession(QObject):
    """The review's consensus ratings, or, once a reviewer is chosen ("who is rating", two or
    more reviewers), that reviewer's own ratings and nothing of the others' (blind rating)."""

    element_changed = Signal(str)  # element id whose rating, note or evidence changed
    caseload_changed = Signal()
    focus_requested = Signal(str)  # undo/redo shows the element it touched
    rater_changed = Signal()  # another reviewer's own ratings (or the consensus) are shown
    signoffs_voided = Signal(str)  # names whose sign-off a change just took back

    def __init__(self, worker: Worker, data: AssessmentData, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.info = data.info
        self.team = data.team
        # The server's rules, mirrored: a user whose role may not rate this team's reviews
        # reads them (store/access.py); the walk-through is then read-only.
        self.may_rate = worker.access.may_rate(data.team)
        self.may_follow_up = worker.access.may_follow_up(data.team)
        self.pack: Instrument = get_pack(data.info.instrument_id, data.info.instrument_version)
        self.elements: dict[str, ElementState] = element_states(self.pack, data.ratings)
        self.consensus = dict(self.elements)  # kept while a reviewer's own are shown
        self.rater = ""  # the reviewer whose own ratings are shown; "" the consensus
        # Two or more reviewers and nobody chosen yet on this computer: nothing is written
        # until someone is (a first key press must not become the consensus).
        self.awaiting_rater = False
        self.caseload: tuple[CaseloadRow, ...] = caseload_rows(data.caseload)
        self.consensus_caseload = self.caseload  # kept while a reviewer's own reading is shown

    @property
    def assessment_id(self) -> str:
        return self.info.id

    @property
    def locked(self) -> bool:
        return self.info.state == FINISHED

    @property
    def blind(self) -> bool:
        """Two or more reviewers: each may rate on their own."""
        return len(self.info.reviewers) >= 2

    def show_rater(
        self,
        rater: str,
        ratings: dict[str, RatingInfo] | None = None,
        caseload: Iterable[CaseloadInfo] = (),
    ) -> None:
        """Show `rater`'s own ratings and caseload reading (read with `own_reading`), or the
        consensus ("")."""
        if not self.rater:
            self.consensus = dict(self.elements)
            self.consensus_caseload = self.caseload
        self.rater = rater
        self.awaiting_rater = False
        self.elements = element_states(self.pack, ratings or {}) if rater else dict(self.consensus)
        self.caseload = caseload_rows(caseload) if rater else self.consensus_caseload
        self.rater_changed.emit()
        for element_id in self.elements:
            self.element_changed.emit(element_id)
        self.caseload_changed.emit()

    @property
    def keys(self) -> list[str]:
        """Every page of the walk-through in order: the elements, caseload, outcome figures."""
        return [*self.pack.element_ids, CASELOAD_KEY, OUTCOME_KEY]

    def resume_key(self) -> str:
        """Where the walk-through was left, else the first unrated element."""
        last = self.info.last_element
        if last in self.keys:
            return last
        for element_id, state in self.elements.items():
            if state.rating == NOT_RATED:
                return element_id
        return self.keys[0]

    @property
    def rated(self) -> int:
        return sum(1 for s in self.elements.values() if s.rating != NOT_RATED)

    def score(self) -> Score:
        ratings = {k: s.rating for k, s in self.elements.items()}
        entries = [
            CaseloadEntry(r.consultant, r.fte, r.ips_cases, r.other_cases, not r.carried)
            for r in saveable_rows(self.caseload)
        ]
        return score_assessment(self.pack, ratings, entries)

    # -- changes: local state first, then one queued write each -------------

    def set_rating(self, element_id: str, rating: str) -> None:
        self._update(element_id, rating=rating)
        self._write(element_id, rating)

    def set_note(self, element_id: str, note: str) -> None:
        self._update(element_id, note=note)
        self._write(element_id, note=note)

    def set_evidence(self, element_id: str, evidence: tuple[str, ...]) -> None:
        self._update(element_id, evidence=evidence)
        self._write(element_id, evidence=evidence)

    def _write(
        self,
        element_id: str,
        rating: str | None = None,
        *,
        note: str | None = None,
        evidence: tuple[str, ...] | None = None,
    ) -> None:
        """The consensus (one reviewer: today's flow), or the chosen reviewer's own."""
        ops.set_rating(
            self.worker,
            self.assessment_id,
            element_id,
            rating,
            note=note,
            evidence=evidence,
            reviewer=self.rater,
            voided=self._voided,
        )

    def _voided(self, names: list[str]) -> None:
        if names:
            self.signoffs_voided.emit(", ".join(names))

    def set_caseload(self, rows: tuple[CaseloadRow, ...]) -> None:
        saved_before = saveable_rows(self.caseload)
        self.caseload = tuple(rows)
        self.caseload_changed.emit()
        to_save = saveable_rows(self.caseload)
        if to_save == saved_before:
            return  # only an unnamed row changed: nothing the database holds
        if self.rater:  # the chosen reviewer's own reading; the consensus is set at consensus
            own = tuple((r.consultant.strip(), r.fte, r.ips_cases, r.other_cases) for r in to_save)
            ops.set_own_caseload(self.worker, self.assessment_id, self.rater, own, self._voided)
        else:
            rows = tuple(
                (r.consultant.strip(), r.fte, r.ips_cases, r.other_cases, r.carried)
                for r in to_save
            )
            ops.set_caseload(self.worker, self.assessment_id, rows, self._voided)

    def set_position(self, key: str) -> None:
        """Remember where the reviewer is, so the walk-through resumes there."""
        if key == self.info.last_element or not self.may_rate:
            return
        self.info = replace(self.info, last_element=key)
        ops.set_position(self.worker, self.assessment_id, key)

    def _update(self, element_id: str, **changes: object) -> None:
        self.elements[element_id] = replace(self.elements[element_id], **changes)  # type: ignore[arg-type]
        self.element_changed.emit(element_id)
