"""The lifecycle part of `Store`: kind, reviewers' own ratings, consensus, sign-off,
finishing, reopening, history and agreement. The rules are in lifecycle_rules.py; the
lock and the history are enforced for every write in history.py."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ipsfidelity.errors import UserError
from ipsfidelity.i18n import tr
from ipsfidelity.packs import NOT_RATED, get_pack
from ipsfidelity.store import lifecycle_rules as rules
from ipsfidelity.store import models as m
from ipsfidelity.store._parts import StoreParts
from ipsfidelity.store.history import REOPENING
from ipsfidelity.store.lifecycle_views import (
    HISTORY_COLUMNS,
    HistoryInfo,
    LifecycleInfo,
    ReopeningInfo,
    SignOffInfo,
)
from ipsfidelity.store.rating_rows import apply_rating, check_rating, consensus_row
from ipsfidelity.store.rows import columns, lifecycle_info
from ipsfidelity.store.views import CaseloadInfo, RatingInfo, check_caseload

if TYPE_CHECKING:
    from ipsfidelity.scoring.agreement import Agreement


class LifecycleMixin(StoreParts):
    # The reviewer working at this machine, named in every history entry (the app's
    # "who is rating" choice, the CLI's --as). The OS user is recorded as well.
    active_reviewer: str = ""
    voided_signoffs: list[tuple[str, str]]  # set by Store.__init__, filled after commits

    def take_voided_signoffs(self, assessment_id: str) -> list[str]:
        """The reviewers whose sign-off of this review a committed change took back since
        last asked (a change to the signed record voids the sign-offs: store/history.py)."""
        names = [r for a, r in self.voided_signoffs if a == assessment_id]
        self.voided_signoffs[:] = [(a, r) for a, r in self.voided_signoffs if a != assessment_id]
        return list(dict.fromkeys(names))

    @contextmanager
    def acting_as(self, reviewer: str) -> Iterator[None]:
        before, self.active_reviewer = self.active_reviewer, " ".join(reviewer.split())
        try:
            yield
        finally:
            self.active_reviewer = before

    # -- reading -----------------------------------------------------------

    def lifecycle(self, assessment_id: str) -> LifecycleInfo:
        with self.reading() as s:
            a = self._assessment(s, assessment_id)
            return _lifecycle_info(s, a)

    def reviewer_ratings(self, assessment_id: str) -> dict[str, dict[str, RatingInfo]]:
        """Every reviewer's own ratings (reviewer -> element -> rating), for the consensus step.

        The rating step shows only the active reviewer's own: `own_ratings`."""
        with self.reading() as s:
            self._assessment(s, assessment_id)
            return _own_ratings(s, assessment_id)

    def own_ratings(self, assessment_id: str, reviewer: str) -> dict[str, RatingInfo]:
        """One reviewer's own ratings, and nothing of the others' (blind rating)."""
        with self.reading() as s:
            self._assessment(s, assessment_id)
            return _own_ratings(s, assessment_id, reviewer).get(reviewer, {})

    def agreement(self, assessment_id: str) -> Agreement:
        """Agreement between the reviewers' own ratings (scoring/agreement.py)."""
        from ipsfidelity.scoring.agreement import reviewer_agreement

        with self.reading() as s:
            a = self._assessment(s, assessment_id)
            pack = get_pack(a.instrument_id, a.instrument_version)
            own = _own_ratings(s, assessment_id)
        values = {r: {e: info.rating for e, info in by.items()} for r, by in own.items()}
        return reviewer_agreement(pack, values)

    def history(
        self,
        assessment_id: str,
        *,
        entity: str | None = None,
        reviewer: str | None = None,
        element_id: str | None = None,
        since: dt.datetime | None = None,
    ) -> list[HistoryInfo]:
        """The review's recorded changes, oldest first, optionally filtered."""
        with self.reading() as s:
            self._assessment(s, assessment_id)
            query = select(m.HistoryEntry).where(m.HistoryEntry.assessment_id == assessment_id)
            if entity is not None:
                query = query.where(m.HistoryEntry.entity == entity)
            if reviewer is not None:
                query = query.where(
                    (m.HistoryEntry.reviewer == reviewer) | (m.HistoryEntry.subject == reviewer)
                )
            if element_id is not None:
                query = query.where(m.HistoryEntry.element_id == element_id)
            if since is not None:
                query = query.where(m.HistoryEntry.at >= since)
            rows = s.scalars(query.order_by(m.HistoryEntry.at, m.HistoryEntry.entity))
            return [history_info(r) for r in rows]

    def finish_problems(self, assessment_id: str) -> list[str]:
        with self.reading() as s:
            return rules.finish_problems(**_finish_facts(s, self._assessment(s, assessment_id)))

    # -- writing -----------------------------------------------------------

    def set_kind(self, assessment_id: str, kind: str) -> None:
        rules.check_kind(kind)
        with self.session() as s:
            a = self._assessment(s, assessment_id)
            rules.refuse_if_finished(a.state)
            if a.kind == kind:
                return
            rules.refuse_unless_draft_for_kind(a.state)
            a.kind = kind
            a.updated_at = m.utcnow()

    def set_reviewer_rating(
        self,
        assessment_id: str,
        reviewer: str,
        element_id: str,
        rating: str | None = None,
        *,
        note: str | None = None,
        evidence: Iterable[str] | None = None,
    ) -> RatingInfo:
        """Set one reviewer's own rating, note or evidence for one element.

        With a single named reviewer, their ratings are the consensus directly: the
        consensus row is written too, so one reviewer rates exactly as before."""
        with self.session() as s:
            a = self._assessment(s, assessment_id)
            rules.refuse_if_finished(a.state)
            name = rules.check_reviewer(reviewer, a.reviewers or ())
            pack = get_pack(a.instrument_id, a.instrument_version)
            evidence_ids = check_rating(pack, element_id, rating, evidence)
            row = s.scalar(
                select(m.ReviewerRating).where(
                    m.ReviewerRating.assessment_id == a.id,
                    m.ReviewerRating.reviewer == name,
                    m.ReviewerRating.element_id == element_id,
                )
            )
            if row is None:
                row = m.ReviewerRating(
                    assessment_id=a.id,
                    reviewer=name,
                    element_id=element_id,
                    rating=NOT_RATED,
                    note="",
                    evidence=[],
                )
                s.add(row)
            apply_rating(row, rating, note, evidence_ids)
            now = m.utcnow()
            row.updated_at = a.updated_at = now
            if len(a.reviewers or ()) == 1:
                consensus = consensus_row(s, a, pack, element_id)
                apply_rating(consensus, rating, note, evidence_ids)
                consensus.updated_at = now
            s.flush()
            a.state = rules.state_after_rating(a.state, _who_rated(s, a.id))
            return RatingInfo(row.element_id, row.rating, row.note, tuple(row.evidence))

    def merge_reviewer_ratings(
        self,
        assessment_id: str,
        reviewer: str,
        ratings: Sequence[RatingInfo],
        caseload: Sequence[CaseloadInfo] | None = None,
    ) -> None:
        """One reviewer's own ratings from another machine, merged into this assessment in
        one transaction: the reviewer is added to the named reviewers if new, each element
        in `ratings` is set; the consensus and the other reviewers' ratings stay as they are
        (with a single reviewer their ratings are the consensus, as when rating here)."""
        if caseload is not None:
            check_caseload(caseload)
        with self.session() as s:
            a = self._assessment(s, assessment_id)
            rules.refuse_if_finished(a.state)
            name = " ".join(reviewer.split())
            if not name:
                raise UserError(tr("lifecycle.reviewer_needed"))
            if name not in (a.reviewers or ()):
                a.reviewers = [*(a.reviewers or ()), name]
            pack = get_pack(a.instrument_id, a.instrument_version)
            single = len(a.reviewers) == 1
            now = m.utcnow()
            for r in ratings:
                evidence = check_rating(pack, r.element_id, r.rating, r.evidence)
                row = s.scalar(
                    select(m.ReviewerRating).where(
                        m.ReviewerRating.assessment_id == a.id,
                        m.ReviewerRating.reviewer == name,
                        m.ReviewerRating.element_id == r.element_id,
                    )
                )
                if row is None:
                    row = m.ReviewerRating(
                        assessment_id=a.id, reviewer=name, element_id=r.element_id, evidence=[]
                    )
                    s.add(row)
                apply_rating(row, r.rating, r.note, evidence)
                row.updated_at = now
                if single:
                    consensus = consensus_row(s, a, pack, r.element_id)
                    apply_rating(consensus, r.rating, r.note, evidence)
                    consensus.updated_at = now
            if caseload is not None:
                row_c = s.scalar(
                    select(m.ReviewerCaseload).where(
                        m.ReviewerCaseload.assessment_id == a.id,
                        m.ReviewerCaseload.reviewer == name,
                    )
                )
                if row_c is None:
                    row_c = m.ReviewerCaseload(assessment_id=a.id, reviewer=name)
                    s.add(row_c)
                row_c.entries = [
                    {
                        "consultant": e.consultant.strip(),
                        "fte": e.fte,
                        "ips_cases": e.ips_cases,
                        "other_cases": e.other_cases,
                    }
                    for e in caseload
                ]
                row_c.updated_at = now
            a.updated_at = now
            s.flush()
            a.state = rules.state_after_rating(a.state, _who_rated(s, a.id))

    def set_reviewer_caseload(
        self, assessment_id: str, reviewer: str, entries: Sequence[CaseloadInfo]
    ) -> None:
        """A reviewer's own caseload reading (the consensus table is `set_caseload`)."""
        check_caseload(entries)
        with self.session() as s:
            a = self._assessment(s, assessment_id)
            rules.refuse_if_finished(a.state)
            name = rules.check_reviewer(reviewer, a.reviewers or ())
            row = s.scalar(
                select(m.ReviewerCaseload).where(
                    m.ReviewerCaseload.assessment_id == a.id, m.ReviewerCaseload.reviewer == name
                )
            )
            values = [
                {
                    "consultant": e.consultant.strip(),
                    "fte": e.fte,
                    "ips_cases": e.ips_cases,
                    "other_cases": e.other_cases,
                }
                for e in entries
            ]
            if row is None:
                row = m.ReviewerCaseload(assessment_id=a.id, reviewer=name, entries=[])
                s.add(row)
            row.entries = values
            row.updated_at = a.updated_at = m.utcnow()

    def reviewer_caseloads(self, assessment_id: str) -> dict[str, tuple[CaseloadInfo, ...]]:
        with self.reading() as s:
            self._assessment(s, assessment_id)
            rows = s.scalars(
                select(m.ReviewerCaseload)
                .where(m.ReviewerCaseload.assessment_id == assessment_id)
                .order_by(m.ReviewerCaseload.reviewer)
            )
            return {
                r.reviewer: tuple(
                    CaseloadInfo(e["consultant"], e["fte"], e["ips_cases"], e["other_cases"])
                    for e in r.entries
                )
                for r in rows
            }

    def adopt_caseload(self, assessment_id: str, reviewer: str) -> tuple[CaseloadInfo, ...]:
        """Make one reviewer's own caseload reading the review's caseload (the consensus
        step's choice); what was taken."""
        with self.reading() as s:
            rules.refuse_if_finished(self._assessment(s, assessment_id).state)
        own = self.reviewer_caseloads(assessment_id).get(" ".join(reviewer.split()))
        if own is None:
            raise UserError(tr("lifecycle.no_own_caseload", name=reviewer))
        set_caseload = self.set_caseload  # type: ignore[attr-defined]
        set_caseload(assessment_id, own)
        return own

    def set_consensus(
        self,
        assessment_id: str,
        element_id: str,
        rating: str | None = None,
        *,
        note: str | None = None,
    ) -> RatingInfo:
        """The agreed rating of one element, with an optional consensus note."""
        set_rating = self.set_rating  # type: ignore[attr-defined]
        info: RatingInfo = set_rating(assessment_id, element_id, rating, note=note)
        return info

    def accept_agreed(self, assessment_id: str) -> list[str]:
        """Set the consensus of every element all reviewers rated alike and that has no
        consensus yet; the elements set, in the pack's order."""
        with self.session() as s:
            a = self._assessment(s, assessment_id)
            rules.refuse_if_finished(a.state)
            pack = get_pack(a.instrument_id, a.instrument_version)
            own = _own_ratings(s, a.id)
            values = {r: {e: i.rating for e, i in by.items()} for r, by in own.items()}
            agreed = rules.agreed_elements(pack.element_ids, values)
            done = []
            now = m.utcnow()
            for element_id, rating in agreed.items():
                row = consensus_row(s, a, pack, element_id)
                if row.rating != NOT_RATED:
                    continue
                row.rating = rating
                row.updated_at = now
                done.append(element_id)
            if done:
                a.updated_at = now
            return done

    def mark_caseload_unavailable(self, assessment_id: str, reason: str | None) -> None:
        """Say why the caseload cannot be entered (None: take that back). A finished review
        is refused first: with any reason at all it would still be locked."""
        with self.session() as s:
            a = self._assessment(s, assessment_id)
            rules.refuse_if_finished(a.state)
            cleaned = None if reason is None else rules.clean_reason(reason)
            a.caseload_unavailable = cleaned
            a.updated_at = m.utcnow()

    def sign_off(self, assessment_id: str, reviewer: str, signed_on: dt.date) -> None:
        with self.session() as s:
            a = self._assessment(s, assessment_id)
            _sign(s, a, reviewer, signed_on)

    def finish(
        self,
        assessment_id: str,
        signoffs: Iterable[tuple[str, dt.date]] = (),
    ) -> LifecycleInfo:
        """Sign (any sign-offs given) and finish, in one transaction; refused with every
        reason at once when something is missing."""
        with self.session() as s:
            a = self._assessment(s, assessment_id)
            for reviewer, day in signoffs:
                _sign(s, a, reviewer, day)
            s.flush()
            rules.refuse_unless_finishable(**_finish_facts(s, a))
            a.state = rules.FINISHED
            a.finished_at = a.updated_at = m.utcnow()
            s.flush()
            return _lifecycle_info(s, a)

    def reopen(self, assessment_id: str, reason: str) -> LifecycleInfo:
        """Open a finished review again: the reason is kept and shown in the report; the
        sign-offs are taken back (they are in the history), to be given again."""
        cleaned = rules.clean_reason(reason)
        with self.session() as s:
            a = self._assessment(s, assessment_id)
            if a.state != rules.FINISHED:
                raise UserError(tr("lifecycle.not_finished"))
            s.info[REOPENING] = True
            try:
                s.add(
                    m.Reopening(
                        assessment_id=a.id,
                        reason=cleaned,
                        reviewer=self.active_reviewer,
                        os_user=_os_user(),
                    )
                )
                for row in s.scalars(select(m.SignOff).where(m.SignOff.assessment_id == a.id)):
                    s.delete(row)
                a.state = rules.state_after_reopening(_who_rated(s, a.id))
                a.finished_at = None
                a.updated_at = m.utcnow()
                s.flush()
            finally:
                s.info.pop(REOPENING, None)
            return _lifecycle_info(s, a)


def _os_user() -> str:
    from ipsfidelity.store.history import os_user

    return os_user()


def _sign(s: Session, a: m.Assessment, reviewer: str, signed_on: dt.date) -> None:
    rules.refuse_if_finished(a.state)
    name = rules.check_reviewer(reviewer, a.reviewers or ())
    if not isinstance(signed_on, dt.date) or isinstance(signed_on, dt.datetime):
        raise UserError(tr("lifecycle.signoff_date"))
    row = s.scalar(
        select(m.SignOff).where(m.SignOff.assessment_id == a.id, m.SignOff.reviewer == name)
    )
    if row is None:
        s.add(m.SignOff(assessment_id=a.id, reviewer=name, signed_on=signed_on))
    else:
        row.signed_on = signed_on


def _own_ratings(
    s: Session, assessment_id: str, reviewer: str | None = None
) -> dict[str, dict[str, RatingInfo]]:
    query = select(m.ReviewerRating).where(m.ReviewerRating.assessment_id == assessment_id)
    if reviewer is not None:
        query = query.where(m.ReviewerRating.reviewer == reviewer)
    out: dict[str, dict[str, RatingInfo]] = {}
    for r in s.scalars(query.order_by(m.ReviewerRating.reviewer, m.ReviewerRating.element_id)):
        out.setdefault(r.reviewer, {})[r.element_id] = RatingInfo(
            r.element_id, r.rating, r.note, tuple(r.evidence)
        )
    return out


def _who_rated(s: Session, assessment_id: str) -> set[str]:
    return set(
        s.scalars(
            select(m.ReviewerRating.reviewer)
            .where(
                m.ReviewerRating.assessment_id == assessment_id,
                m.ReviewerRating.rating != NOT_RATED,
            )
            .distinct()
        )
    )


def _finish_facts(s: Session, a: m.Assessment) -> dict[str, Any]:
    pack = get_pack(a.instrument_id, a.instrument_version)
    consensus = dict(
        s.execute(
            select(m.Rating.element_id, m.Rating.rating).where(m.Rating.assessment_id == a.id)
        ).all()
    )
    has_caseload = (
        s.scalar(select(m.CaseloadEntry.id).where(m.CaseloadEntry.assessment_id == a.id).limit(1))
        is not None
    )
    signed = set(s.scalars(select(m.SignOff.reviewer).where(m.SignOff.assessment_id == a.id)))
    return {
        "state": a.state,
        "element_ids": pack.element_ids,
        "consensus": consensus,
        "has_caseload": has_caseload,
        "caseload_unavailable": a.caseload_unavailable,
        "reviewers": tuple(a.reviewers or ()),
        "signed": signed,
    }


def _lifecycle_info(s: Session, a: m.Assessment) -> LifecycleInfo:
    signoffs = s.scalars(
        select(m.SignOff).where(m.SignOff.assessment_id == a.id).order_by(m.SignOff.signed_on)
    )
    reopenings = s.scalars(
        select(m.Reopening).where(m.Reopening.assessment_id == a.id).order_by(m.Reopening.at)
    )
    return lifecycle_info(
        a,
        a.caseload_unavailable,
        a.finished_at,
        (SignOffInfo(o.reviewer, o.signed_on) for o in signoffs),
        (ReopeningInfo(r.reason, r.reviewer, r.os_user, r.at) for r in reopenings),
    )


def history_info(row: Any) -> HistoryInfo:
    return HistoryInfo(**columns(row, HISTORY_COLUMNS))
