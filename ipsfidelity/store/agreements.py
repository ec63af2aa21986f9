"""The team's cooperation agreement (samarbejdsaftale), versioned by its start date."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ipsfidelity.errors import UserError
from ipsfidelity.i18n import tr
from ipsfidelity.store import models as m
from ipsfidelity.store._parts import StoreParts, stored
from ipsfidelity.store.followup import (
    AGREEMENT_COUNT_FIELDS,
    AGREEMENT_FIELDS,
    AGREEMENT_SHORT_FIELDS,
    AGREEMENT_TEXT_FIELDS,
    AgreementInfo,
)
from ipsfidelity.store.rows import agreement_info as agreement_info  # re-exported
from ipsfidelity.store.rows import signatories_from_json as signatories_from_json
from ipsfidelity.store.rows import signatories_to_json as signatories_to_json

MAX_TEXT = 20_000
MAX_SIGNATORIES = 20


def clean_agreement_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """Check and normalise editable fields; raise UserError for what the user can fix."""
    unknown = set(fields) - set(AGREEMENT_FIELDS)
    if unknown:
        raise TypeError(f"unknown agreement fields: {sorted(unknown)}")
    out: dict[str, Any] = {}
    for key, value in fields.items():
        if key in AGREEMENT_TEXT_FIELDS:
            text = str(value).strip()
            limit = 200 if key in AGREEMENT_SHORT_FIELDS else MAX_TEXT
            if len(text) > limit:
                raise UserError(tr("agreement.too_long", field=key, limit=limit))
            out[key] = text
        elif key in AGREEMENT_COUNT_FIELDS:
            if value is not None and (
                isinstance(value, bool) or not isinstance(value, int) or value < 0
            ):
                raise UserError(tr("agreement.bad_count", field=key))
            out[key] = value
        elif key == "start_date":
            if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
                raise UserError(tr("agreement.no_start_date"))
            out[key] = value
        else:  # signatories
            signatories = tuple(value)
            if len(signatories) > MAX_SIGNATORIES:
                raise UserError(tr("agreement.too_many_signatories", limit=MAX_SIGNATORIES))
            for s in signatories:
                if not s.name.strip() or len(s.name) > 200 or len(s.role) > 200:
                    raise UserError(tr("agreement.bad_signatory"))
                if s.party not in ("", "kommune", "psykiatri"):
                    raise UserError(tr("agreement.bad_signatory"))
            out[key] = signatories_to_json(signatories)
    return out


class AgreementMixin(StoreParts):
    def agreements(self, team_id: str) -> list[AgreementInfo]:
        """Every version of the team's agreement, oldest start date first."""
        with self.reading() as s:
            self._team(s, team_id)
            rows = s.scalars(
                select(m.Agreement)
                .where(m.Agreement.team_id == team_id)
                .order_by(m.Agreement.start_date)
            )
            return [agreement_info(r) for r in rows]

    def get_agreement(self, agreement_id: str) -> AgreementInfo:
        with self.reading() as s:
            return agreement_info(self._agreement(s, agreement_id))

    def agreement_for(self, team_id: str, on_date: dt.date | None = None) -> AgreementInfo | None:
        """The version in force on `on_date` (default today): latest start date on or before it."""
        on_date = on_date or dt.date.today()
        with self.reading() as s:
            row = s.scalar(
                select(m.Agreement)
                .where(m.Agreement.team_id == team_id, m.Agreement.start_date <= on_date)
                .order_by(m.Agreement.start_date.desc())
                .limit(1)
            )
            return None if row is None else agreement_info(row)

    def create_agreement(
        self,
        team_id: str,
        start_date: dt.date,
        *,
        agreement_id: str | None = None,
        **fields: Any,
    ) -> AgreementInfo:
        """A new version. Parties and clinics not given are taken from the team."""
        values = clean_agreement_fields({**fields, "start_date": start_date})
        try:
            with self.session() as s:
                team = self._team(s, team_id)
                self._refuse_same_start(s, team_id, start_date, None)
                values.setdefault("municipality", team.municipality)
                values.setdefault("psychiatry", team.psychiatry)
                values.setdefault("clinics", team.clinics)
                row = m.Agreement(id=agreement_id or m.new_id(), team_id=team.id, **values)
                s.add(row)
                s.flush()
                return agreement_info(row)
        except IntegrityError:  # a concurrent writer took the same start date
            raise UserError(tr("agreement.same_start", date=start_date.isoformat())) from None

    def update_agreement(self, agreement_id: str, **fields: Any) -> AgreementInfo:
        values = clean_agreement_fields(fields)
        try:
            with self.session() as s:
                row = self._agreement(s, agreement_id)
                if "start_date" in values:
                    self._refuse_same_start(s, row.team_id, values["start_date"], row.id)
                for key, value in values.items():
                    setattr(row, key, value)
                row.updated_at = m.utcnow()
                s.flush()
                return agreement_info(row)
        except IntegrityError:
            when = str(fields.get("start_date"))
            raise UserError(tr("agreement.same_start", date=when)) from None

    def delete_agreement(self, agreement_id: str) -> None:
        with self.session() as s:
            s.delete(self._agreement(s, agreement_id))

    @staticmethod
    def _refuse_same_start(s: Session, team_id: str, start: dt.date, own_id: str | None) -> None:
        other = s.scalar(
            select(m.Agreement.id).where(
                m.Agreement.team_id == team_id, m.Agreement.start_date == start
            )
        )
        if other is not None and other != own_id:
            raise UserError(tr("agreement.same_start", date=start.isoformat()))

    @staticmethod
    def _agreement(s: Session, agreement_id: str) -> m.Agreement:
        return stored(s, m.Agreement, agreement_id)
