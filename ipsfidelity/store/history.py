"""The audit trail and the lock, enforced centrally on every ORM flush.

Why a `before_flush` listener rather than calls in each Store method: every write the
Store makes (ratings, caseload, kind, reviewers, the action plan, the agreement, the
team) goes through a flush, so one place sees all of them, records old -> new from
SQLAlchemy's attribute history, and adds the history rows to the same flush, hence the
same transaction as the change. A method added later cannot forget to record, and a
finished review cannot be changed by one that forgets to check. Rows written with a
bulk statement (the caseload table is replaced with one DELETE) are guarded and
recorded by the method itself (`guard_caseload`, `record_caseload`).

The libraries considered: sqlalchemy-continuum keeps a versions table per model (a
second copy of the schema to migrate forever) and is lightly maintained;
postgresql-audit is PostgreSQL only, and most installations here are SQLite files.
"""

from __future__ import annotations

import getpass
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from ipsfidelity.errors import UserError
from ipsfidelity.i18n import tr
from ipsfidelity.store import models as m
from ipsfidelity.store.followup import AGREEMENT_FIELDS
from ipsfidelity.store.lifecycle_rules import (
    DRAFT,
    FINISHED,
    NOT_RATED,
    UNLOCKED_ASSESSMENT_FIELDS,
    refuse_if_finished,
)
from ipsfidelity.store.lifecycle_views import history_value
from ipsfidelity.store.views import CaseloadInfo

# Session.info key: set by reopen(), the one operation that may change a finished review.
REOPENING = "ipsf_reopening"
# Session.info keys: sign-offs taken back in this transaction (their ids, recorded as
# "voided"; and (assessment id, reviewer) pairs, which the Store hands on after commit).
VOIDED_IDS = "ipsf_voided_ids"
VOIDED = "ipsf_voided"

# What is recorded per model: its entity name and the fields followed.
TRACKED: dict[type[Any], tuple[str, tuple[str, ...]]] = {
    m.Team: ("team", ("name", "municipality", "psychiatry", "clinics")),
    m.Assessment: (
        "assessment",
        ("date", "period", "reviewers", "kind", "state", "caseload_unavailable"),
    ),
    m.Rating: ("rating", ("rating", "note", "evidence")),
    m.ReviewerRating: ("reviewer_rating", ("rating", "note", "evidence")),
    m.ReviewerCaseload: ("reviewer_caseload", ("entries",)),
    m.SignOff: ("signoff", ("signed_on",)),
    m.Reopening: ("reopening", ("reason",)),
    m.ActionItem: (
        "action_item",
        ("text", "elements", "party", "owner", "deadline", "status", "follow_up"),
    ),
    m.Agreement: ("agreement", tuple(AGREEMENT_FIELDS)),
    m.Outcome: ("outcome", ("participants", "in_job_or_education")),
}
# Children of an assessment that its lock covers. The action plan and the outcome figures
# are follow-up work after the review, so they stay editable (and recorded).
LOCKED_CHILDREN = (m.Rating, m.ReviewerRating, m.ReviewerCaseload, m.CaseloadEntry, m.SignOff)
# What a sign-off confirms: a recorded change to any of these after someone signed takes
# the sign-offs back (docs/review-lifecycle.md), as a signature under a changed text would
# no longer be one. The state, the action plan and the team are not the signed record.
SIGNED_RECORD = frozenset({"rating", "reviewer_rating", "reviewer_caseload", "caseload"})
SIGNED_ASSESSMENT_FIELDS = frozenset(
    {"date", "period", "reviewers", "kind", "caseload_unavailable"}
)


@cache
def os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment (some services)
        return ""


def install(sessions: sessionmaker[Session], active_reviewer: Callable[[], str]) -> None:
    """Record and guard every flush of sessions made by `sessions`."""

    def before_flush(session: Session, _context: object, _instances: object) -> None:
        with session.no_autoflush:
            _Flush(session, active_reviewer()).run()

    event.listen(sessions, "before_flush", before_flush)


class _Flush:
    def __init__(self, session: Session, reviewer: str) -> None:
        self.s = session
        self.reviewer = reviewer
        self.now = m.utcnow()
        self.reopening = bool(session.info.get(REOPENING))
        self.entries: list[m.HistoryEntry] = []

    def run(self) -> None:
        for obj in list(self.s.deleted):
            self._guard(obj, deleted=True)
            self._record_deleted(obj)
        for obj in list(self.s.new):
            if isinstance(obj, m.HistoryEntry):
                continue
            self._guard(obj)
            self._record_new(obj)
        for obj in list(self.s.dirty):
            if not self.s.is_modified(obj, include_collections=False):
                continue
            self._guard(obj)
            self._record_changed(obj)
        self._void_signoffs()
        self.s.add_all(self.entries)

    def _void_signoffs(self) -> None:
        """Take back the sign-offs given before a change to the signed record."""
        changed = {
            e.assessment_id
            for e in self.entries
            if e.assessment_id
            and (
                e.entity in SIGNED_RECORD
                or (e.entity == "assessment" and e.field in SIGNED_ASSESSMENT_FIELDS)
            )
        }
        new = {obj.id for obj in self.s.new if isinstance(obj, m.Assessment)}
        for assessment_id in sorted(changed - new):
            for row in void_signoffs(self.s, assessment_id):
                self._record_deleted(row)

    # -- the lock ----------------------------------------------------------

    def _guard(self, obj: Any, *, deleted: bool = False) -> None:
        if isinstance(obj, m.HistoryEntry):
            raise UserError(tr("history.append_only"))
        if isinstance(obj, m.Assessment):
            if deleted:
                refuse_if_finished(_committed(obj, "state"))
                return
            changed = _changed_fields(obj) - UNLOCKED_ASSESSMENT_FIELDS
            if not changed or _committed(obj, "state") != FINISHED:
                return
            if self.reopening and changed <= {"state", "finished_at"}:
                return
            refuse_if_finished(FINISHED)
        elif isinstance(obj, LOCKED_CHILDREN):
            if self.reopening and isinstance(obj, m.SignOff) and deleted:
                return
            self._refuse_if_assessment_finished(obj.assessment_id)
        elif isinstance(obj, m.Team) and deleted:
            finished = self.s.scalar(
                select(m.Assessment.id)
                .where(m.Assessment.team_id == obj.id, m.Assessment.state == FINISHED)
                .limit(1)
            )
            if finished is not None:
                raise UserError(tr("lifecycle.team_has_finished", name=obj.name))

    def _refuse_if_assessment_finished(self, assessment_id: str) -> None:
        a = self.s.get(m.Assessment, assessment_id)
        if a is not None:
            refuse_if_finished(_committed(a, "state"))

    # -- the record --------------------------------------------------------

    def _record_new(self, obj: Any) -> None:
        spec = TRACKED.get(type(obj))
        if spec is None:
            return
        entity, fields = spec
        for name in fields:
            value = getattr(obj, name, None)
            if isinstance(obj, m.Assessment) and name == "state" and value is None:
                value = DRAFT  # the column's default, given by the INSERT after this flush
            if value in (None, "", [], NOT_RATED) and not isinstance(obj, m.Assessment):
                continue
            if value is None:  # a review's empty fields: nothing to say at its creation
                continue
            self._add(obj, entity, name, None, value)

    def _record_deleted(self, obj: Any) -> None:
        spec = TRACKED.get(type(obj))
        if spec is None:
            return
        entity, fields = spec
        old = {name: getattr(obj, name, None) for name in fields}
        voided = isinstance(obj, m.SignOff) and obj.id in self.s.info.get(VOIDED_IDS, ())
        self._add(obj, entity, "voided" if voided else "deleted", old, None)

    def _record_changed(self, obj: Any) -> None:
        spec = TRACKED.get(type(obj))
        if spec is None:
            return
        entity, fields = spec
        state = inspect(obj)
        for name in fields:
            hist = state.attrs[name].history
            if not hist.has_changes():
                continue
            old = hist.deleted[0] if hist.deleted else None
            new = hist.added[0] if hist.added else None
            if history_value(old) != history_value(new):
                self._add(obj, entity, name, old, new)

    def _add(self, obj: Any, entity: str, field: str, old: Any, new: Any) -> None:
        team_id, assessment_id = self._owners(obj)
        self.entries.append(
            m.HistoryEntry(
                id=m.new_id(),
                at=self.now,
                team_id=team_id,
                assessment_id=assessment_id,
                entity=entity,
                entity_id=getattr(obj, "id", None) or "",
                element_id=getattr(obj, "element_id", "") or "",
                subject=getattr(obj, "reviewer", "") if not isinstance(obj, m.Reopening) else "",
                field=field,
                old_value=history_value(old),
                new_value=history_value(new),
                reviewer=self.reviewer,
                os_user=os_user(),
            )
        )

    def _owners(self, obj: Any) -> tuple[str | None, str | None]:
        if isinstance(obj, m.Team):
            return obj.id, None
        if isinstance(obj, m.Agreement):
            return obj.team_id, None
        if isinstance(obj, m.Assessment):
            return obj.team_id, obj.id
        assessment_id = getattr(obj, "assessment_id", None)
        a = None if assessment_id is None else self.s.get(m.Assessment, assessment_id)
        return (None if a is None else a.team_id), assessment_id


def _committed(obj: Any, name: str) -> Any:
    """The value as last loaded from (or written to) the database."""
    hist = inspect(obj).attrs[name].history
    if hist.deleted:
        return hist.deleted[0]
    if hist.unchanged:
        return hist.unchanged[0]
    return getattr(obj, name)


def _changed_fields(obj: Any) -> set[str]:
    state = inspect(obj)
    return {a.key for a in state.attrs if a.history.has_changes()}


def void_signoffs(s: Session, assessment_id: str) -> list[m.SignOff]:
    """Delete the stored sign-offs of a review (not yet finished) whose record changed,
    noting them in the session for the history and for the Store's caller."""
    rows = [
        row
        for row in s.scalars(select(m.SignOff).where(m.SignOff.assessment_id == assessment_id))
        if row not in s.deleted
    ]
    for row in rows:
        s.info.setdefault(VOIDED_IDS, set()).add(row.id)
        s.info.setdefault(VOIDED, []).append((assessment_id, row.reviewer))
        s.delete(row)
    return rows


# -- the caseload table, replaced with a bulk DELETE by Store.set_caseload ----------


def caseload_rows(s: Session, assessment_id: str) -> list[dict[str, Any]]:
    rows = s.execute(
        select(m.CaseloadEntry, m.Consultant.name)
        .join(m.Consultant, m.Consultant.id == m.CaseloadEntry.consultant_id)
        .where(m.CaseloadEntry.assessment_id == assessment_id)
        .order_by(m.CaseloadEntry.position)
    )
    return [_caseload_dict(name, c.fte, c.ips_cases, c.other_cases) for c, name in rows]


def _caseload_dict(name: str, fte: float, ips: int, other: int) -> dict[str, Any]:
    return {"consultant": name, "fte": fte, "ips_cases": ips, "other_cases": other}


def guard_caseload(s: Session, a: m.Assessment) -> list[dict[str, Any]]:
    """Refuse on a finished review; else the caseload as it stands, for `record_caseload`."""
    refuse_if_finished(_committed(a, "state"))
    return caseload_rows(s, a.id)


def record_caseload(
    s: Session,
    a: m.Assessment,
    before: Sequence[dict[str, Any]],
    entries: Iterable[CaseloadInfo],
    reviewer: str,
) -> None:
    after = [
        _caseload_dict(e.consultant.strip(), e.fte, e.ips_cases, e.other_cases) for e in entries
    ]
    if history_value(list(before)) == history_value(after):
        return
    void_signoffs(s, a.id)  # recorded as "voided" by the flush that deletes them
    s.add(
        m.HistoryEntry(
            id=m.new_id(),
            at=m.utcnow(),
            team_id=a.team_id,
            assessment_id=a.id,
            entity="caseload",
            entity_id=a.id,
            element_id="",
            subject="",
            field="entries",
            old_value=history_value(list(before)),
            new_value=history_value(after),
            reviewer=reviewer,
            os_user=os_user(),
        )
    )
