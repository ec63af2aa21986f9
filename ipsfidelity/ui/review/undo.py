"""Undoable review edits. Each command's redo/undo goes through the session, so it is saved."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtGui import QUndoCommand

from ipsfidelity.i18n import tr
from ipsfidelity.ui.review.session import CASELOAD_KEY, CaseloadRow, ReviewSession

_NOTE_ID = 1001


class SessionCommand(QUndoCommand):
    """A value from `before` to `after` through one of the session's setters (`apply`);
    undo also shows the place it was changed (`key`: an element, or the caseload) again."""

    def __init__(
        self,
        text: str,
        session: ReviewSession,
        key: str,
        apply: Callable[[Any], None],
        before: Any,
        after: Any,
    ) -> None:
        super().__init__(text)
        self.session, self.key, self.apply = session, key, apply
        self.before, self.after = before, after

    def redo(self) -> None:
        self.apply(self.after)

    def undo(self) -> None:
        self.apply(self.before)
        self.session.focus_requested.emit(self.key)


class RatingCommand(SessionCommand):
    def __init__(self, session: ReviewSession, element_id: str, before: str, after: str) -> None:
        setter = partial(session.set_rating, element_id)
        super().__init__(
            tr("undo.rating", element=element_id), session, element_id, setter, before, after
        )


class NoteCommand(SessionCommand):
    """One step per burst of typing in one element's note (merged while typing)."""

    def __init__(self, session: ReviewSession, element_id: str, before: str, after: str) -> None:
        setter = partial(session.set_note, element_id)
        super().__init__(
            tr("undo.note", element=element_id), session, element_id, setter, before, after
        )
        self._first = True

    def id(self) -> int:
        return _NOTE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, NoteCommand) or other.key != self.key:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        super().redo()
        if self._first:  # the editor already shows the text; only the write was left to do
            self._first = False
        else:
            self.session.focus_requested.emit(self.key)


class EvidenceCommand(SessionCommand):
    def __init__(
        self,
        session: ReviewSession,
        element_id: str,
        before: tuple[str, ...],
        after: tuple[str, ...],
    ) -> None:
        setter = partial(session.set_evidence, element_id)
        super().__init__(
            tr("undo.evidence", element=element_id), session, element_id, setter, before, after
        )


class CaseloadCommand(SessionCommand):
    def __init__(
        self,
        session: ReviewSession,
        before: tuple[CaseloadRow, ...],
        after: tuple[CaseloadRow, ...],
    ) -> None:
        text = tr("common.caseload_lower")
        super().__init__(text, session, CASELOAD_KEY, session.set_caseload, before, after)
