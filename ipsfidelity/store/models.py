"""The schema. Every row that travels between machines has a UUID and an update time.

Changes here need a migration in `migrations/versions/`; a test compares the two.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    DateTime,
    FetchedValue,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from ipsfidelity.store.followup import ACTION_STATUSES as ACTION_STATUSES  # re-exported
from ipsfidelity.store.followup import PARTIES as PARTIES  # re-exported
from ipsfidelity.store.rows import utc_for_storage, utc_from_storage


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Stored as naive UTC (portable across SQLite and PostgreSQL), read back timezone-aware."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        return None if value is None else utc_for_storage(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        return None if value is None else utc_from_storage(value)  # str: raw SQLite text


NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _id(sort_order: int = 0) -> Mapped[str]:
    return mapped_column(String(36), primary_key=True, default=new_id, sort_order=sort_order)


def _child_of(parent: str, *, index: bool | None = None, sort_order: int = 0) -> Mapped[str]:
    """The id of the row's `parent` (a table's name): the row goes when its parent does."""
    return mapped_column(
        ForeignKey(f"{parent}.id", ondelete="CASCADE"), index=index, sort_order=sort_order
    )


def _stamp() -> Mapped[dt.datetime]:
    return mapped_column(UTCDateTime(), default=utcnow, nullable=False)


# A mixin's columns come after the class's own unless sorted first, as they stood before.
_FIRST = -1


class _OfAssessment:
    """The columns that open a row of one assessment's own, looked up by the assessment."""

    id: Mapped[str] = _id(_FIRST)
    assessment_id: Mapped[str] = _child_of("assessment", index=True, sort_order=_FIRST)


class Team(Base):
    __tablename__ = "team"

    id: Mapped[str] = _id()
    name: Mapped[str] = mapped_column(String(200), unique=True)
    municipality: Mapped[str] = mapped_column(String(200), default="")
    psychiatry: Mapped[str] = mapped_column(String(200), default="")
    clinics: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = _stamp()
    updated_at: Mapped[dt.datetime] = _stamp()

    assessments: Mapped[list[Assessment]] = relationship(
        back_populates="team", cascade="all, delete-orphan", passive_deletes=True
    )
    consultants: Mapped[list[Consultant]] = relationship(
        back_populates="team", cascade="all, delete-orphan", passive_deletes=True
    )


class Consultant(Base):
    __tablename__ = "consultant"
    __table_args__ = (UniqueConstraint("team_id", "name"),)  # also indexes team_id

    id: Mapped[str] = _id()
    team_id: Mapped[str] = _child_of("team")
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = _stamp()
    updated_at: Mapped[dt.datetime] = _stamp()

    team: Mapped[Team] = relationship(back_populates="consultants")


class Assessment(Base):
    __tablename__ = "assessment"
    # Leads with team_id, so it also serves that foreign key.
    __table_args__ = (Index("ix_assessment_team_id_period", "team_id", "period"),)

    id: Mapped[str] = _id()
    team_id: Mapped[str] = _child_of("team")
    date: Mapped[dt.date] = mapped_column(Date)
    period: Mapped[str] = mapped_column(String(16))
    instrument_id: Mapped[str] = mapped_column(String(32))
    instrument_version: Mapped[str] = mapped_column(String(32))
    reviewers: Mapped[list[str]] = mapped_column(JSON, default=list)
    # Where the walk-through was left, so it resumes there.
    last_element: Mapped[str | None] = mapped_column(String(32), nullable=True)
    # The review's lifecycle (docs/review-lifecycle.md; rules in store/lifecycle_rules.py).
    # Checked by the store, not by a CHECK constraint: migration 0003 adds them without
    # rebuilding the table (see its docstring).
    kind: Mapped[str] = mapped_column(
        String(16), default="independent", server_default="independent"
    )
    state: Mapped[str] = mapped_column(String(16), default="draft", server_default="draft")
    # Why the caseload could not be entered; None = not marked as unavailable.
    caseload_unavailable: Mapped[str | None] = mapped_column(Text, nullable=True)
    finished_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    created_at: Mapped[dt.datetime] = _stamp()
    updated_at: Mapped[dt.datetime] = _stamp()

    team: Mapped[Team] = relationship(back_populates="assessments")
    ratings: Mapped[list[Rating]] = relationship(
        back_populates="assessment", cascade="all, delete-orphan", passive_deletes=True
    )
    caseload: Mapped[list[CaseloadEntry]] = relationship(
        back_populates="assessment",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="CaseloadEntry.position",
    )


class Rating(Base):
    __tablename__ = "rating"
    # The unique index leads with assessment_id, so it also serves that foreign key.
    __table_args__ = (UniqueConstraint("assessment_id", "element_id"),)

    id: Mapped[str] = _id()
    assessment_id: Mapped[str] = _child_of("assessment")
    element_id: Mapped[str] = mapped_column(String(32))
    # Copied from the (immutable, versioned) pack so aggregates can group in SQL.
    principle_id: Mapped[str] = mapped_column(String(32))
    rating: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[list[str]] = mapped_column(JSON, default=list)
    updated_at: Mapped[dt.datetime] = _stamp()

    assessment: Mapped[Assessment] = relationship(back_populates="ratings")


class CaseloadEntry(_OfAssessment, Base):
    __tablename__ = "caseload_entry"
    __table_args__ = (
        CheckConstraint("fte > 0 AND fte <= 1", name="fte_range"),
        CheckConstraint("ips_cases >= 0 AND other_cases >= 0", name="cases_nonnegative"),
    )

    consultant_id: Mapped[str] = _child_of("consultant", index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    fte: Mapped[float] = mapped_column(Float)
    ips_cases: Mapped[int] = mapped_column(Integer)
    other_cases: Mapped[int] = mapped_column(Integer)
    # Copied from the team's previous review and not yet confirmed: its counts are last
    # quarter's until someone confirms them, and the caseload counts as not entered.
    # 0 or 1: an integer, as the read-only SQLite path reads it without conversion.
    carried: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    updated_at: Mapped[dt.datetime] = _stamp()

    assessment: Mapped[Assessment] = relationship(back_populates="caseload")
    consultant: Mapped[Consultant] = relationship()


# -- follow-up: cooperation agreement, action plan, outcome figures -----------

# PARTIES and ACTION_STATUSES (imported above from followup.py, which needs no SQLAlchemy)
# are spelled out in ActionItem's check constraints.


class Agreement(Base):
    """The team's cooperation agreement (samarbejdsaftale, seed 000), one row per version.

    The version in force on a day is the one with the latest start date on or before it.
    """

    __tablename__ = "agreement"
    __table_args__ = (
        UniqueConstraint("team_id", "start_date"),  # also indexes team_id
        CheckConstraint(
            "(target_participants IS NULL OR target_participants >= 0)"
            " AND (target_referrals IS NULL OR target_referrals >= 0)"
            " AND (target_in_job IS NULL OR target_in_job >= 0)",
            name="targets_nonnegative",
        ),
    )

    id: Mapped[str] = _id()
    team_id: Mapped[str] = _child_of("team")
    start_date: Mapped[dt.date] = mapped_column(Date)
    # Parties and where participants come from.
    municipality: Mapped[str] = mapped_column(String(200), default="")
    psychiatry: Mapped[str] = mapped_column(String(200), default="")
    clinics: Mapped[str] = mapped_column(Text, default="")
    # Target-group criteria (målgruppekriterier).
    target_age: Mapped[str] = mapped_column(String(200), default="")
    target_clinics: Mapped[str] = mapped_column(Text, default="")
    target_motivation: Mapped[str] = mapped_column(Text, default="")
    target_benefits: Mapped[str] = mapped_column(Text, default="")
    target_other: Mapped[str] = mapped_column(Text, default="")
    startup: Mapped[str] = mapped_column(Text, default="")
    # Target figures (måltal) and how often they are followed up.
    target_participants: Mapped[int | None] = mapped_column(Integer, nullable=True)
    target_referrals: Mapped[int | None] = mapped_column(Integer, nullable=True)
    target_in_job: Mapped[int | None] = mapped_column(Integer, nullable=True)
    follow_up_cadence: Mapped[str] = mapped_column(Text, default="")
    referral: Mapped[str] = mapped_column(Text, default="")
    # The consultants' presence in psychiatry.
    presence_place: Mapped[str] = mapped_column(Text, default="")
    presence_times: Mapped[str] = mapped_column(Text, default="")
    presence_conferences: Mapped[str] = mapped_column(Text, default="")
    leadership: Mapped[str] = mapped_column(Text, default="")
    duration: Mapped[str] = mapped_column(Text, default="")
    # [{"name": ..., "role": ..., "party": ..., "signed_on": "YYYY-MM-DD" | null}]
    signatories: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    created_at: Mapped[dt.datetime] = _stamp()
    updated_at: Mapped[dt.datetime] = _stamp()


class ActionItem(_OfAssessment, Base):
    """One line of an assessment's action plan (aftale- og handleplan, seed 001)."""

    __tablename__ = "action_item"
    __table_args__ = (
        CheckConstraint("party IN ('kommune', 'psykiatri', 'faelles')", name="party_known"),
        CheckConstraint("status IN ('aaben', 'i_gang', 'afsluttet')", name="status_known"),
    )

    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    # Element ids of the assessment's pack, or "caseload".
    elements: Mapped[list[str]] = mapped_column(JSON, default=list)
    party: Mapped[str] = mapped_column(String(16))
    owner: Mapped[str] = mapped_column(String(200), default="")
    deadline: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="aaben")
    follow_up: Mapped[str] = mapped_column(Text, default="")
    # The item in the team's previous assessment this one continues. A plain indexed
    # reference, not a foreign key: an exchange file carries one assessment, so the
    # item it points to may arrive in another file later, or never.
    origin_item_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    created_at: Mapped[dt.datetime] = _stamp()
    updated_at: Mapped[dt.datetime] = _stamp()


class Outcome(Base):
    """Outcome figures for one assessment: counts only, never anything about a person."""

    __tablename__ = "outcome"
    __table_args__ = (
        UniqueConstraint("assessment_id"),  # one per assessment; also indexes the key
        CheckConstraint(
            "participants >= 0 AND in_job_or_education >= 0"
            " AND in_job_or_education <= participants",
            name="counts_valid",
        ),
    )

    id: Mapped[str] = _id()
    assessment_id: Mapped[str] = _child_of("assessment")
    participants: Mapped[int] = mapped_column(Integer)
    in_job_or_education: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = _stamp()
    updated_at: Mapped[dt.datetime] = _stamp()


# -- the review's lifecycle: reviewers' own ratings, sign-offs, reopenings, history --


class _ReviewersOwn:
    """The columns that open a row of one named reviewer's own in an assessment."""

    id: Mapped[str] = _id(_FIRST)
    assessment_id: Mapped[str] = _child_of("assessment", sort_order=_FIRST)
    reviewer: Mapped[str] = mapped_column(String(200), sort_order=_FIRST)


class ReviewerRating(_ReviewersOwn, Base):
    """One reviewer's own (blind) rating of one element; `rating` holds the consensus."""

    __tablename__ = "reviewer_rating"
    __table_args__ = (UniqueConstraint("assessment_id", "reviewer", "element_id"),)

    element_id: Mapped[str] = mapped_column(String(32))
    rating: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[list[str]] = mapped_column(JSON, default=list)
    updated_at: Mapped[dt.datetime] = _stamp()


class ReviewerCaseload(_ReviewersOwn, Base):
    """A reviewer's own caseload reading: [{consultant, fte, ips_cases, other_cases}]."""

    __tablename__ = "reviewer_caseload"
    __table_args__ = (UniqueConstraint("assessment_id", "reviewer"),)

    entries: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    updated_at: Mapped[dt.datetime] = _stamp()


class SignOff(_ReviewersOwn, Base):
    """A named reviewer's sign-off, given before the review is finished."""

    __tablename__ = "signoff"
    __table_args__ = (UniqueConstraint("assessment_id", "reviewer"),)

    signed_on: Mapped[dt.date] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = _stamp()


class Reopening(_OfAssessment, Base):
    """A finished review opened again: why, by whom and when (the report shows it)."""

    __tablename__ = "reopening"

    reason: Mapped[str] = mapped_column(Text)
    reviewer: Mapped[str] = mapped_column(String(200), default="")
    os_user: Mapped[str] = mapped_column(String(200), default="")
    at: Mapped[dt.datetime] = _stamp()


class HistoryEntry(Base):
    """One change, append-only. No foreign keys: the trail outlives a deleted review."""

    __tablename__ = "history"
    __table_args__ = (Index("ix_history_assessment_id_at", "assessment_id", "at"),)

    id: Mapped[str] = _id()
    at: Mapped[dt.datetime] = _stamp()
    team_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    assessment_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    # What changed: "rating", "reviewer_rating", "caseload", "assessment", "action_item", ...
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(36), default="")
    element_id: Mapped[str] = mapped_column(String(32), default="")
    # Whose own rating it was (reviewer_rating, signoff), or "upgrade" for migration 0003.
    subject: Mapped[str] = mapped_column(String(200), default="")
    field: Mapped[str] = mapped_column(String(64))
    old_value: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON
    new_value: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON
    reviewer: Mapped[str] = mapped_column(String(200), default="")  # the active reviewer
    os_user: Mapped[str] = mapped_column(String(200), default="")
    # On PostgreSQL the server fills in the database role (DEFAULT session_user).
    # FetchedValue: the ORM leaves the column out of its INSERT, so the server default applies.
    db_user: Mapped[str | None] = mapped_column(
        String(200), nullable=True, server_default=FetchedValue()
    )


# -- the regional server: who may see what (docs/server.md) ---------------------------


class AccessScope(Base):
    """One grant on a regional PostgreSQL server: a login role, its role in the region and
    where it applies. The server's row-level security policies read this table, keyed by
    `session_user`, so no client can claim another's scope. Unused on a SQLite file.

    Exactly one of municipality, psychiatry and team_id names the scope of an ambassador or
    a team lead; all three are empty for the steering group and the administrators.
    """

    __tablename__ = "access_scope"
    __table_args__ = (
        UniqueConstraint("db_user", "role", "municipality", "psychiatry", "team_id"),
        CheckConstraint(
            "role IN ('ambassador', 'team_lead', 'steering', 'admin')", name="role_known"
        ),
    )

    id: Mapped[str] = _id()
    db_user: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    municipality: Mapped[str] = mapped_column(String(200), default="")
    psychiatry: Mapped[str] = mapped_column(String(200), default="")
    # A plain reference, not a foreign key: a scope may name a team made later.
    team_id: Mapped[str] = mapped_column(String(36), default="")
    created_at: Mapped[dt.datetime] = _stamp()
