"""The follow-up part of `Store`: agreements, action plans and outcome figures together."""

from __future__ import annotations

from ipsfidelity.store.action_plan import ActionPlanMixin
from ipsfidelity.store.action_suggestions import ActionSuggestionMixin
from ipsfidelity.store.agreements import AgreementMixin
from ipsfidelity.store.followup import FollowUpData
from ipsfidelity.store.outcomes import OutcomeMixin


class FollowupMixin(AgreementMixin, ActionPlanMixin, ActionSuggestionMixin, OutcomeMixin):
    def follow_up(self, assessment_id: str) -> FollowUpData:
        """Everything that follows one review, for the exchange file and the report."""
        plan = self.action_plan(assessment_id)  # also refuses an unknown assessment
        outcomes = self.get_outcomes(assessment_id)
        with self.reading() as s:
            a = self._assessment(s, assessment_id)
            team_id, date = a.team_id, a.date
        return FollowUpData(
            agreement=self.agreement_for(team_id, date),
            action_plan=tuple(plan),
            outcomes=outcomes,
        )
