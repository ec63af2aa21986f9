"""Outcome figures per assessment: participants, and of them in ordinary job or education.

Counts only; there is no field for anything that identifies a citizen.
"""

from __future__ import annotations

from sqlalchemy import delete, select

from ipsfidelity.store import models as m
from ipsfidelity.store._parts import StoreParts
from ipsfidelity.store.followup import OutcomeInfo, check_outcome_counts
from ipsfidelity.store.rows import outcome_info


class OutcomeMixin(StoreParts):
    def get_outcomes(self, assessment_id: str) -> OutcomeInfo | None:
        with self.reading() as s:
            a = self._assessment(s, assessment_id)
            row = s.scalar(select(m.Outcome).where(m.Outcome.assessment_id == a.id))
            return None if row is None else outcome_info(row, a)

    def set_outcomes(
        self, assessment_id: str, participants: int, in_job_or_education: int
    ) -> OutcomeInfo:
        check_outcome_counts(participants, in_job_or_education)
        with self.session() as s:
            a = self._assessment(s, assessment_id)
            row = s.scalar(select(m.Outcome).where(m.Outcome.assessment_id == a.id))
            now = m.utcnow()
            if row is None:
                row = m.Outcome(assessment_id=a.id, created_at=now)
                s.add(row)
            row.participants = participants
            row.in_job_or_education = in_job_or_education
            row.updated_at = now
            a.updated_at = now  # so the exported file replaces older copies
            s.flush()
            return outcome_info(row, a)

    def clear_outcomes(self, assessment_id: str) -> None:
        with self.session() as s:
            a = self._assessment(s, assessment_id)
            gone = s.execute(delete(m.Outcome).where(m.Outcome.assessment_id == a.id))
            if gone.rowcount:  # type: ignore[attr-defined]
                a.updated_at = m.utcnow()

    def outcome_trend(self, team_id: str) -> list[OutcomeInfo]:
        """The team's outcome figures over time, oldest review first."""
        with self.reading() as s:
            self._team(s, team_id)
            rows = s.execute(
                select(m.Outcome, m.Assessment)
                .join(m.Assessment, m.Assessment.id == m.Outcome.assessment_id)
                .where(m.Assessment.team_id == team_id)
                .order_by(m.Assessment.date, m.Assessment.created_at)
            )
            return [outcome_info(o, a) for o, a in rows]
