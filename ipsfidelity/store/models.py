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
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Stored as naive UTC (portable across SQLite and PostgreSQL), read back timezone-aware."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use an aware one")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        stamp: dt.datetime = (
            dt.datetime.fromisoformat(value) if isinstance(value, str) else value  # raw SQLite text
        )
        return stamp.replace(tzinfo=dt.UTC) if stamp.tzinfo is None else stamp.astimezone(dt.UTC)


NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _id() -> Mapped[str]:
    return mapped_column(String(36), primary_key=True, default=new_id)


def _stamp() -> Mapped[dt.datetime]:
    return mapped_column(UTCDateTime(), default=utcnow, nullable=False)


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
    team_id: Mapped[str] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = _stamp()
    updated_at: Mapped[dt.datetime] = _stamp()

    team: Mapped[Team] = relationship(back_populates="consultants")


class Assessment(Base):
    __tablename__ = "assessment"
    # Leads with team_id, so it also serves that foreign key.
    __table_args__ = (Index("ix_assessment_team_id_period", "team_id", "period"),)

    id: Mapped[str] = _id()
    team_id: Mapped[str] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"))
    date: Mapped[dt.date] = mapped_column(Date)
    period: Mapped[str] = mapped_column(String(16))
    instrument_id: Mapped[str] = mapped_column(String(32))
    instrument_version: Mapped[str] = mapped_column(String(32))
    reviewers: Mapped[list[str]] = mapped_column(JSON, default=list)
    # Where the walk-through was left, so it resumes there.
    last_element: Mapped[str | None] = mapped_column(String(32), nullable=True)
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
    assessment_id: Mapped[str] = mapped_column(ForeignKey("assessment.id", ondelete="CASCADE"))
    element_id: Mapped[str] = mapped_column(String(32))
    # Copied from the (immutable, versioned) pack so aggregates can group in SQL.
    principle_id: Mapped[str] = mapped_column(String(32))
    rating: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[list[str]] = mapped_column(JSON, default=list)
    updated_at: Mapped[dt.datetime] = _stamp()

    assessment: Mapped[Assessment] = relationship(back_populates="ratings")


class CaseloadEntry(Base):
    __tablename__ = "caseload_entry"
    __table_args__ = (
        CheckConstraint("fte > 0 AND fte <= 1", name="fte_range"),
        CheckConstraint("ips_cases >= 0 AND other_cases >= 0", name="cases_nonnegative"),
    )

    id: Mapped[str] = _id()
    assessment_id: Mapped[str] = mapped_column(
        ForeignKey("assessment.id", ondelete="CASCADE"), index=True
    )
    consultant_id: Mapped[str] = mapped_column(
        ForeignKey("consultant.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    fte: Mapped[float] = mapped_column(Float)
    ips_cases: Mapped[int] = mapped_column(Integer)
    other_cases: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[dt.datetime] = _stamp()

    assessment: Mapped[Assessment] = relationship(back_populates="caseload")
    consultant: Mapped[Consultant] = relationship()
