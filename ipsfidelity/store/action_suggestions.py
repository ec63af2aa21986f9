"""Suggested items when a review is finished, and carrying open items into the next plan."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ipsfidelity.i18n import pick, tr
from ipsfidelity.packs import get_pack
from ipsfidelity.scoring import CaseloadEntry, assess_caseload
from ipsfidelity.store import models as m
from ipsfidelity.store._parts import StoreParts
from ipsfidelity.store.action_plan import append_item
from ipsfidelity.store.followup import (
    CASELOAD_PARTY,
    CASELOAD_REF,
    DONE,
    ActionDraft,
    ActionItemInfo,
    default_deadline,
    suggested_party,
)
from ipsfidelity.wording import caseload_limit, number


def _texts(texts: Mapping[Any, str]) -> dict[str, str]:
    """A pack's {"da": ..., "en": ...} text as the plain dict `pick` takes."""
    return dict(texts)


class ActionSuggestionMixin(StoreParts):
    def action_suggestions(self, assessment_id: str) -> list[ActionDraft]:
        """One draft per element rated below full marks (partial, not met; unrated ones get
        none), and one for caseload over the limit. Read only."""
        with self.reading() as s:
            a = self._assessment(s, assessment_id)
            return _drafts(s, a)

    def suggest_actions(self, assessment_id: str) -> list[ActionItemInfo]:
        """Write the suggestions that the plan does not cover yet (no item links that
        element); calling it again adds nothing. Returns the items written."""
        with self.session() as s:
            a = self._assessment(s, assessment_id)
            covered = {
                e
                for elements in s.scalars(
                    select(m.ActionItem.elements).where(m.ActionItem.assessment_id == a.id)
                )
                for e in elements
            }
            written = [
                append_item(s, a, **_promise(d), status="aaben", follow_up="").id
                for d in _drafts(s, a)
                if not set(d.elements) & covered
            ]
        return [self.get_action_item(i) for i in written]

    def carry_over(self, assessment_id: str) -> list[ActionItemInfo]:
        """Bring the open items of the team's previous assessment into this plan.

        Each copy keeps text, elements, party, owner, deadline, status and note, and points
        back with `origin_item_id`; items carried before are not carried twice.
        """
        previous = self.previous_assessment(assessment_id)
        if previous is None:
            return []
        with self.session() as s:
            a = self._assessment(s, assessment_id)
            carried = set(
                s.scalars(
                    select(m.ActionItem.origin_item_id).where(
                        m.ActionItem.assessment_id == a.id,
                        m.ActionItem.origin_item_id.is_not(None),
                    )
                )
            )
            open_items = s.scalars(
                select(m.ActionItem)
                .where(m.ActionItem.assessment_id == previous.id, m.ActionItem.status != DONE)
                .order_by(m.ActionItem.position)
            ).all()
            written = [
                append_item(
                    s, a, **_promise(o), status=o.status, follow_up=o.follow_up, origin_item_id=o.id
                ).id
                for o in open_items
                if o.id not in carried
            ]
        return [self.get_action_item(i) for i in written]


def _promise(item: ActionDraft | m.ActionItem) -> dict[str, Any]:
    """What a suggested or carried-over item says: who does what about which elements, by when."""
    return {
        "text": item.text,
        "elements": list(item.elements),
        "party": item.party,
        "owner": item.owner,
        "deadline": item.deadline,
    }


def _drafts(s: Session, a: m.Assessment) -> list[ActionDraft]:
    pack = get_pack(a.instrument_id, a.instrument_version)
    ratings = dict(
        s.execute(
            select(m.Rating.element_id, m.Rating.rating).where(m.Rating.assessment_id == a.id)
        ).all()
    )
    labels = {o.id: pick(_texts(o.label)) for o in pack.scale}
    deadline = default_deadline(a.date)
    drafts = []
    for principle in pack.principles:
        for element in principle.elements:
            value = pack.scale_values.get(ratings.get(element.id, ""))
            if value is None or value >= 1.0:  # unrated, or met in full
                continue
            drafts.append(
                ActionDraft(
                    text=tr(
                        "action.suggest.element",
                        element=element.id,
                        rating=labels[ratings[element.id]],
                        text=pick(_texts(element.text)),
                    ),
                    elements=(element.id,),
                    party=suggested_party(pack.id, principle.id),
                    deadline=deadline,
                )
            )
    entries = s.execute(
        select(m.Consultant.name, m.CaseloadEntry)
        .join(m.Consultant, m.Consultant.id == m.CaseloadEntry.consultant_id)
        .where(m.CaseloadEntry.assessment_id == a.id)
        .order_by(m.CaseloadEntry.position)
    ).all()
    load = assess_caseload(
        pack.caseload,
        [CaseloadEntry(n, c.fte, c.ips_cases, c.other_cases) for n, c in entries],
    )
    if load.status == "over":
        over = ", ".join(
            f"{c.consultant} {number(c.load)}" for c in load.consultants if c.status == "over"
        )
        drafts.append(
            ActionDraft(
                text=tr(
                    "action.suggest.caseload",
                    limit=caseload_limit(pack.caseload),
                    consultants=over,
                ),
                elements=(CASELOAD_REF,),
                party=CASELOAD_PARTY,
                deadline=deadline,
            )
        )
    return drafts
