"""What an import will write, decided before the write transaction starts
(exchange/importer.py plans it; lifecycle_import.py and apply.py write from it)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ipsfidelity.exchange.schema import AgreementDoc, AssessmentDoc, TeamDoc


@dataclass(frozen=True)
class AgreementWrite:
    team_id: str
    doc: AgreementDoc
    updated_at: dt.datetime


@dataclass
class ImportPlan:
    create: list[AssessmentDoc] = field(default_factory=list)
    update: list[AssessmentDoc] = field(default_factory=list)
    unchanged: list[AssessmentDoc] = field(default_factory=list)
    new_teams: dict[str, TeamDoc] = field(default_factory=dict)
    # Agreements travel with their team and carry their own stamp: a newer copy replaces
    # the stored one whether or not the assessment around it changed.
    new_agreements: list[AgreementWrite] = field(default_factory=list)
    updated_agreements: list[AgreementWrite] = field(default_factory=list)

    @property
    def writes(self) -> list[AssessmentDoc]:
        return self.create + self.update
