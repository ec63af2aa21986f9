"""The teams part of `Store`: list, find, create, rename and delete teams.

A team's name is unique up to case, look-alike forms and invisible characters
(`textcheck.name_key`), checked here in Python (SQLite's lower() folds only ASCII).
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ipsfidelity.errors import UserError
from ipsfidelity.i18n import tr
from ipsfidelity.store import models as m
from ipsfidelity.store._parts import StoreParts, stored
from ipsfidelity.store.rows import not_found, team_info
from ipsfidelity.store.views import TeamInfo
from ipsfidelity.textcheck import (
    first_bad_char,
    name_key,
    name_problem,
    normalise_name,
    problem_text,
)

TEAM_FIELDS = ("name", "municipality", "psychiatry", "clinics")


class TeamsMixin(StoreParts):
    def list_teams(self) -> list[TeamInfo]:
        # Table columns, not the ORM class: this is the app's first query at start-up, and
        # an ORM query would first configure every mapper (~10 ms) before the team list
        # shows; the next ORM query does that instead.
        t = m.Team.__table__.c
        query = select(t.id, t.name, t.municipality, t.psychiatry, t.clinics, t.updated_at)
        with self.reading() as s:
            rows = s.execute(query.order_by(func.lower(t.name)))
            return [TeamInfo(r[0], r[1], r[2], r[3], r[4], r[5]) for r in rows]

    def get_team(self, team_id: str) -> TeamInfo:
        with self.reading() as s:
            return team_info(self._team(s, team_id))

    def find_team(self, name: str) -> TeamInfo:
        """Exact name first, then a unique case-insensitive match."""
        with self.reading() as s:
            team = s.scalar(select(m.Team).where(m.Team.name == name))
            if team is None:
                key = name_key(name)
                matches = [t for t in s.scalars(select(m.Team)) if name_key(t.name) == key]
                if len(matches) != 1:
                    raise not_found("team", name)
                team = matches[0]
            return team_info(team)

    def create_team(
        self,
        name: str,
        municipality: str = "",
        psychiatry: str = "",
        clinics: str = "",
        *,
        team_id: str | None = None,
    ) -> TeamInfo:
        name = self._clean_team_name(name)
        try:
            with self.session() as s:
                self._refuse_duplicate_name(s, name, None)
                team = m.Team(
                    id=team_id or m.new_id(),
                    name=name,
                    municipality=municipality.strip(),
                    psychiatry=psychiatry.strip(),
                    clinics=clinics.strip(),
                )
                s.add(team)
                s.flush()
                return team_info(team)
        except IntegrityError:
            raise UserError(tr("team.duplicate", name=name)) from None

    def update_team(self, team_id: str, **fields: str) -> TeamInfo:
        unknown = set(fields) - set(TEAM_FIELDS)
        if unknown:
            raise TypeError(f"unknown team fields: {sorted(unknown)}")
        if "name" in fields:
            fields["name"] = self._clean_team_name(fields["name"])
        try:
            with self.session() as s:
                team = self._team(s, team_id)
                if "name" in fields:
                    self._refuse_duplicate_name(s, fields["name"], team_id)
                for key, value in fields.items():
                    setattr(team, key, value.strip())
                team.updated_at = m.utcnow()
                s.flush()
                return team_info(team)
        except IntegrityError:
            raise UserError(tr("team.duplicate", name=fields.get("name", ""))) from None

    def delete_team(self, team_id: str) -> None:
        with self.session() as s:
            s.delete(self._team(s, team_id))

    @staticmethod
    def _clean_team_name(name: str) -> str:
        name = normalise_name(name)  # NFC: a name typed in NFD is the same name
        if not name:
            raise UserError(tr("team.empty_name"))
        if len(name) > 200:
            raise UserError(tr("team.long_name"))
        problem = name_problem(name)
        if problem is not None:
            raise UserError(problem_text(problem, first_bad_char(name)))
        return name

    @staticmethod
    def _refuse_duplicate_name(s: Session, name: str, own_id: str | None) -> None:
        # Compared in Python on a key that ignores case (SQLite's lower() only folds ASCII,
        # and Danish names have æ, ø, å), look-alike forms and invisible characters.
        key = name_key(name)
        for other_id, other_name in s.execute(select(m.Team.id, m.Team.name)):
            if other_id != own_id and name_key(other_name) == key:
                raise UserError(tr("team.duplicate", name=name))

    @staticmethod
    def _team(s: Session, team_id: str) -> m.Team:
        return stored(s, m.Team, team_id)
