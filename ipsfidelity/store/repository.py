"""The one place that reads and writes review data. Every write commits at once.

Methods take and return plain values (`views.py`), so the UI and the CLI never
hold ORM objects across threads or sessions.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, delete, func, select, true
from sqlalchemy.orm import Session, joinedload, selectinload, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from ipsfidelity.errors import UserError
from ipsfidelity.i18n import tr
from ipsfidelity.packs import DEFAULT_PACK, NOT_RATED, get_pack
from ipsfidelity.periods import is_period, period_for
from ipsfidelity.scoring import Score
from ipsfidelity.store import history, text_guard
from ipsfidelity.store import models as m
from ipsfidelity.store._parts import stored
from ipsfidelity.store.bulk import BulkMixin
from ipsfidelity.store.followup_store import FollowupMixin
from ipsfidelity.store.lifecycle import LifecycleMixin
from ipsfidelity.store.lifecycle_rules import INDEPENDENT, check_kind, refuse_if_finished
from ipsfidelity.store.rating_rows import apply_rating, check_rating, consensus_row
from ipsfidelity.store.rows import (
    assessment_data,
    assessment_info,
    not_found,
    resolve_assessment_ref,
)
from ipsfidelity.store.teams import TeamsMixin
from ipsfidelity.store.views import (
    AssessmentData,
    AssessmentInfo,
    CaseloadInfo,
    RatingInfo,
    check_caseload,
)
from ipsfidelity.store.views import score_data as score_data  # re-exported

if TYPE_CHECKING:  # the pack is read only when something is scored (packs.py)
    from ipsfidelity.instrument import Instrument
    from ipsfidelity.store.access import Access
    from ipsfidelity.store.report_source import ReportSource
    from ipsfidelity.store.sqlite_reader import SQLiteReader

text_guard.install()  # every ORM write's texts are checked before the database sees them


class Store(TeamsMixin, LifecycleMixin, FollowupMixin, BulkMixin):
    """The teams, the review's lifecycle and its follow-up (agreement, action plan, outcome
    figures) come from the mixins; history.py records and guards every write."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        # Reads skip SQLite's write lock (deferred BEGIN), so a long write never stalls them.
        self.read_engine = engine.execution_options(ipsf_read_only=True)
        if engine.dialect.name == "postgresql":
            # One snapshot for all of a read's statements, as SQLite's transaction gives;
            # psycopg sends the level with its BEGIN, so it costs no round trip.
            self.read_engine = self.read_engine.execution_options(isolation_level="REPEATABLE READ")
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._read_sessions = sessionmaker(self.read_engine, expire_on_commit=False)
        self._current = threading.local()  # this thread's open read, if any
        # (assessment id, reviewer) of sign-offs taken back by a change since last taken:
        # `take_voided_signoffs` (the CLI and the app say so).
        self.voided_signoffs: list[tuple[str, str]] = []
        history.install(self._sessions, lambda: self.active_reviewer)
        self._access: Access | None = None

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work that commits on success and rolls back on any error."""
        try:
            with self._sessions() as session:
                with session.begin():
                    yield session
                # Sign-offs a change took back (store/history.py), once the change is committed.
                self.voided_signoffs.extend(session.info.pop(history.VOIDED, ()))
        except StaleDataError:
            # On a regional server a row the user may read but not change is left out of
            # the UPDATE by row-level security, which SQLAlchemy sees as 0 rows matched.
            raise UserError(tr("server.refused")) from None

    def access(self) -> Access:
        """What the connected user may do (store/access.py); read once per Store."""
        found = self._access
        if found is None:
            from ipsfidelity.store.access import EVERYTHING, read_access

            if self.dialect != "postgresql":  # a laptop's file: one user, every right
                self._access = EVERYTHING
                return EVERYTHING

            with self.read_connection() as conn:
                found = read_access(conn)
            self._access = found
        return found

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only unit of work: one snapshot, no write lock.

        Nested reads on the same thread join the outer one, so a screen that asks
        several methods wraps them in one `reading()` and costs one transaction (a
        round trip each for BEGIN and COMMIT on a server) and sees one snapshot."""
        current: Session | None = getattr(self._current, "session", None)
        if current is not None:
            yield current
            return
        with self._read_sessions() as session, session.begin():
            self._current.session = session
            try:
                yield session
            finally:
                self._current.session = None

    @contextmanager
    def read_connection(self) -> Iterator[Connection]:
        """The connection of this thread's read (joining an open one), for Core queries."""
        with self.reading() as session:
            yield session.connection()

    # -- assessments -------------------------------------------------------

    def create_assessment(
        self,
        team_id: str,
        date: dt.date,
        *,
        period: str | None = None,
        reviewers: Iterable[str] = (),
        instrument: tuple[str, str] = DEFAULT_PACK,
        assessment_id: str | None = None,
        kind: str = INDEPENDENT,
    ) -> AssessmentInfo:
        get_pack(*instrument)  # refuse an unknown pack before writing anything
        check_kind(kind)
        period = period or period_for(date)
        if not is_period(period):
            raise UserError(tr("assessment.bad_period", period=period))
        with self.session() as s:
            team = self._team(s, team_id)
            a = m.Assessment(
                id=assessment_id or m.new_id(),
                team_id=team.id,
                date=date,
                period=period,
                instrument_id=instrument[0],
                instrument_version=instrument[1],
                reviewers=[r.strip() for r in reviewers if r.strip()],
                kind=kind,
            )
            s.add(a)
            s.flush()
            return assessment_info(a, team.name)

    def update_assessment(
        self,
        assessment_id: str,
        *,
        date: dt.date | None = None,
        period: str | None = None,
        reviewers: Iterable[str] | None = None,
        last_element: str | None = None,
    ) -> AssessmentInfo:
        with self.session() as s:
            a = self._assessment(s, assessment_id)
            if date is not None or period is not None or reviewers is not None:
                refuse_if_finished(a.state)  # even unchanged values: the record is closed
            if date is not None:
                a.date = date
            if period is not None:
                if not is_period(period):
                    raise UserError(tr("assessment.bad_period", period=period))
                a.period = period
            if reviewers is not None:
                a.reviewers = [r.strip() for r in reviewers if r.strip()]
            if last_element is not None:
                a.last_element = last_element
            if date is not None or period is not None or reviewers is not None:
                a.updated_at = m.utcnow()
            s.flush()
            return assessment_info(a, a.team.name, self._rated_count(s, a.id))

    def delete_assessment(self, assessment_id: str) -> None:
        with self.session() as s:
            s.delete(self._assessment(s, assessment_id))

    def list_assessments(self, team_id: str | None = None) -> list[AssessmentInfo]:
        rated = (
            select(m.Rating.assessment_id, func.count().label("n"))
            .where(m.Rating.rating != NOT_RATED)
            .group_by(m.Rating.assessment_id)
            .subquery()
        )
        query = (
            select(m.Assessment, m.Team.name, func.coalesce(rated.c.n, 0))
            .join(m.Team, m.Team.id == m.Assessment.team_id)
            .outerjoin(rated, rated.c.assessment_id == m.Assessment.id)
            .order_by(
                func.lower(m.Team.name), m.Assessment.date.desc(), m.Assessment.created_at.desc()
            )
        )
        if team_id is not None:
            query = query.where(m.Assessment.team_id == team_id)
        with self.reading() as s:
            return [assessment_info(a, name, n) for a, name, n in s.execute(query)]

    def resolve_assessment(self, ref: str) -> str:
        """An assessment id from a full uuid or a unique prefix of one."""

        def matching(pattern: str) -> Sequence[str]:
            with self.reading() as s:
                query = select(m.Assessment.id).where(m.Assessment.id.like(pattern)).limit(2)
                return s.scalars(query).all()

        return resolve_assessment_ref(ref, matching)

    def get_assessment(self, assessment_id: str) -> AssessmentData:
        with self.reading() as s:
            # Team, ratings and caseload with its consultants in three statements, not one
            # per consultant.
            a = s.get(
                m.Assessment,
                assessment_id,
                options=[
                    joinedload(m.Assessment.team),
                    selectinload(m.Assessment.ratings),
                    selectinload(m.Assessment.caseload).joinedload(m.CaseloadEntry.consultant),
                ],
            )
            if a is None:
                raise not_found("assessment", assessment_id)
            caseload = [(c, c.consultant.name) for c in a.caseload]
            return assessment_data(a, a.team, a.ratings, caseload)

    def previous_assessment(
        self, assessment_id: str, *, same_kind: bool = False
    ) -> AssessmentInfo | None:
        """The same team's assessment just before this one (by date, then creation); with
        `same_kind`, the one before it of the same kind (the report compares an independent
        review with the previous independent one, a self-assessment with a self-assessment)."""
        with self.reading() as s:
            a = self._assessment(s, assessment_id)
            kind = m.Assessment.kind == a.kind if same_kind else true()
            prev = s.scalar(
                select(m.Assessment)
                .where(
                    m.Assessment.team_id == a.team_id,
                    m.Assessment.id != a.id,
                    kind,
                    (m.Assessment.date < a.date)
                    | ((m.Assessment.date == a.date) & (m.Assessment.created_at < a.created_at)),
                )
                .order_by(m.Assessment.date.desc(), m.Assessment.created_at.desc())
                .limit(1)
            )
            return None if prev is None else assessment_info(prev, a.team.name)

    @staticmethod
    def _assessment(s: Session, assessment_id: str) -> m.Assessment:
        return stored(s, m.Assessment, assessment_id)

    @staticmethod
    def _rated_count(s: Session, assessment_id: str) -> int:
        return (
            s.scalar(
                select(func.count())
                .select_from(m.Rating)
                .where(m.Rating.assessment_id == assessment_id, m.Rating.rating != NOT_RATED)
            )
            or 0
        )

    # -- ratings and caseload ---------------------------------------------

    def set_rating(
        self,
        assessment_id: str,
        element_id: str,
        rating: str | None = None,
        *,
        note: str | None = None,
        evidence: Iterable[str] | None = None,
    ) -> RatingInfo:
        """Set any of rating, note and evidence for one element; the rest stay as they were."""
        with self.session() as s:
            a = self._assessment(s, assessment_id)
            pack = get_pack(a.instrument_id, a.instrument_version)
            evidence_ids = check_rating(pack, element_id, rating, evidence)
            row = consensus_row(s, a, pack, element_id)
            apply_rating(row, rating, note, evidence_ids)
            row.updated_at = a.updated_at = m.utcnow()
            s.flush()
            return RatingInfo(row.element_id, row.rating, row.note, tuple(row.evidence))

    def set_caseload(self, assessment_id: str, entries: Sequence[CaseloadInfo]) -> None:
        """Replace the assessment's caseload table with `entries`, in that order."""
        check_caseload(entries)
        with self.session() as s:
            a = self._assessment(s, assessment_id)
            before = history.guard_caseload(s, a)  # a bulk delete: no flush event sees it
            s.execute(delete(m.CaseloadEntry).where(m.CaseloadEntry.assessment_id == a.id))
            now = m.utcnow()
            for position, entry in enumerate(entries):
                consultant = self._consultant(s, a.team_id, entry.consultant.strip())
                s.add(
                    m.CaseloadEntry(
                        assessment_id=a.id,
                        consultant_id=consultant.id,
                        position=position,
                        fte=entry.fte,
                        ips_cases=entry.ips_cases,
                        other_cases=entry.other_cases,
                        carried=int(entry.carried),
                        updated_at=now,
                    )
                )
            a.updated_at = now
            history.record_caseload(s, a, before, entries, self.active_reviewer)

    def carry_caseload(self, assessment_id: str) -> int:
        """A new review's caseload from the team's previous review: the same consultants, FTE
        and counts, each row marked `carried` until its counts are confirmed (docs/scoring.md).
        Only into an empty caseload; returns the number of rows carried."""
        previous = self.previous_assessment(assessment_id)
        if previous is None or self.get_assessment(assessment_id).caseload:
            return 0
        rows = self.get_assessment(previous.id).caseload
        carried = [replace(c, carried=True) for c in rows]
        if carried:
            self.set_caseload(assessment_id, carried)
        return len(carried)

    @staticmethod
    def _consultant(s: Session, team_id: str, name: str) -> m.Consultant:
        found = s.scalar(
            select(m.Consultant).where(m.Consultant.team_id == team_id, m.Consultant.name == name)
        )
        if found is None:
            found = m.Consultant(team_id=team_id, name=name)
            s.add(found)
            s.flush()
        return found

    # -- scores ------------------------------------------------------------

    def pack_for(self, info: AssessmentInfo) -> Instrument:
        return get_pack(info.instrument_id, info.instrument_version)

    def score(self, assessment_id: str) -> Score:
        data = self.get_assessment(assessment_id)
        return score_data(data)


if TYPE_CHECKING:

    def _report_sources(store: Store, reader: SQLiteReader) -> tuple[ReportSource, ReportSource]:
        return store, reader  # both are what a report reads from
