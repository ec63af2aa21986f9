"""What the follow-up mixins use of `Store` (repository.py), declared for type checkers only;
and the one way the parts fetch a row by its id."""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy.orm import Session

from ipsfidelity.store import models as m
from ipsfidelity.store.followup import ActionItemInfo
from ipsfidelity.store.rows import not_found
from ipsfidelity.store.views import AssessmentInfo


class StoreParts:
    if TYPE_CHECKING:

        def session(self) -> AbstractContextManager[Session]: ...

        def reading(self) -> AbstractContextManager[Session]: ...

        @staticmethod
        def _team(s: Session, team_id: str) -> m.Team: ...

        @staticmethod
        def _assessment(s: Session, assessment_id: str) -> m.Assessment: ...

        def previous_assessment(
            self, assessment_id: str, *, same_kind: bool = False
        ) -> AssessmentInfo | None: ...

        def get_action_item(self, item_id: str) -> ActionItemInfo: ...


_Row = TypeVar("_Row", bound=m.Base)


def stored(s: Session, model: type[_Row], key: str) -> _Row:
    """The `model` row whose id is `key`; a UserError that says so when there is none."""
    row = s.get(model, key)
    if row is None:
        raise not_found(model.__tablename__, key)
    return row
