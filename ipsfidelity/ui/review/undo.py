"""Undoable review edits. Each command's redo/undo goes through the session, so it is saved."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from ipsfidelity.i18n import tr
from ipsfidelity.ui.review.session import CASELOAD_KEY, CaseloadRow, ReviewSession

_NOTE_ID = 1001


class RatingCommand(QUndoCommand):
    def __init__(self, session: ReviewSession, element_id: str, before: str, after: str) -> None:
        super().__init__(tr("undo.rating", element=element_id))
        self.session, self.element_id, self.before, self.after = session, element_id, before, after

    def redo(self) -> None:
        self.session.set_rating(self.element_id, self.after)

    def undo(self) -> None:
        self.session.set_rating(self.element_id, self.before)
        self.session.focus_requested.emit(self.element_id)


class NoteCommand(QUndoCommand):
    """One step per burst of typing in one element's note (merged while typing)."""

    def __init__(self, session: ReviewSession, element_id: str, before: str, after: str) -> None:
        super().__init__(tr("undo.note", element=element_id))
        self.session, self.element_id, self.before, self.after = session, element_id, before, after
        self._first = True

    def id(self) -> int:
        return _NOTE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, NoteCommand) or other.element_id != self.element_id:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        if self._first:  # the editor already shows the text; only the write is left to do
            self._first = False
            self.session.set_note(self.element_id, self.after)
            return
        self.session.set_note(self.element_id, self.after)
        self.session.focus_requested.emit(self.element_id)

    def undo(self) -> None:
        self.session.set_note(self.element_id, self.before)
        self.session.focus_requested.emit(self.element_id)


class EvidenceCommand(QUndoCommand):
    def __init__(
        self,
        session: ReviewSession,
        element_id: str,
        before: tuple[str, ...],
        after: tuple[str, ...],
    ) -> None:
        super().__init__(tr("undo.evidence", element=element_id))
        self.session, self.element_id, self.before, self.after = session, element_id, before, after

    def redo(self) -> None:
        self.session.set_evidence(self.element_id, self.after)

    def undo(self) -> None:
        self.session.set_evidence(self.element_id, self.before)
        self.session.focus_requested.emit(self.element_id)


class CaseloadCommand(QUndoCommand):
    def __init__(
        self,
        session: ReviewSession,
        before: tuple[CaseloadRow, ...],
        after: tuple[CaseloadRow, ...],
    ) -> None:
        super().__init__(tr("common.caseload_lower"))
        self.session, self.before, self.after = session, before, after

    def redo(self) -> None:
        self.session.set_caseload(self.after)

    def undo(self) -> None:
        self.session.set_caseload(self.before)
        self.session.focus_requested.emit(CASELOAD_KEY)
