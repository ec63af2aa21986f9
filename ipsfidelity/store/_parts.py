"""What the follow-up mixins use of `Store` (repository.py), declared for type checkers only."""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from ipsfidelity.store import models as m
from ipsfidelity.store.followup import ActionItemInfo
from ipsfidelity.store.views import AssessmentInfo


class StoreParts:
    if TYPE_CHECKING:

        def session(self) -> AbstractContextManager[Session]: ...

        def reading(self) -> AbstractContextManager[Session]: ...

        @staticmethod
        def _team(s: Session, team_id: str) -> m.Team: ...

        @staticmethod
        def _assessment(s: Session, assessment_id: str) -> m.Assessment: ...

        def previous_assessment(self, assessment_id: str) -> AssessmentInfo | None: ...

        def get_action_item(self, item_id: str) -> ActionItemInfo: ...
