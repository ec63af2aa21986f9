"""Each assessment's action plan (aftale- og handleplan): reading and editing items.

Suggestions and carry-over are in action_suggestions.py.

Every write also moves the assessment's `updated_at`, so an exported file with an
edited plan replaces the older copy on import elsewhere.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from ipsfidelity.errors import UserError
from ipsfidelity.i18n import language, tr
from ipsfidelity.packs import get_pack
from ipsfidelity.store import models as m
from ipsfidelity.store._parts import StoreParts, stored
from ipsfidelity.store.followup import (
    ACTION_STATUSES,
    CASELOAD_REF,
    DONE,
    PARTIES,
    ActionItemInfo,
    ActionPlanRow,
    default_deadline,
)
from ipsfidelity.store.rows import action_plan_row, not_found

ITEM_FIELDS = ("text", "elements", "party", "owner", "deadline", "status", "follow_up")
MAX_TEXT = 20_000


_ITEM = m.ActionItem.__table__.alias("item")
_LATER = m.ActionItem.__table__.alias("later")
_A, _T = m.Assessment.__table__, m.Team.__table__


def _items_query() -> Select[Any]:
    """Items with their review's team and period, and the item that continues each (a
    correlated lookup on the origin index): table columns named and ordered as
    ActionItemInfo's fields, not ORM objects, since the follow-up list across a region has
    thousands of rows."""
    i = _ITEM.c
    continued_by = (
        select(func.max(_LATER.c.id)).where(_LATER.c.origin_item_id == i.id).scalar_subquery()
    )
    return (
        select(
            i.id,
            i.assessment_id,
            _A.c.team_id,
            _T.c.name.label("team_name"),
            _A.c.period,
            _A.c.date.label("review_date"),
            i.position,
            i.text,
            i.elements,
            i.party,
            i.owner,
            i.deadline,
            i.status,
            i.follow_up,
            i.origin_item_id,
            continued_by.label("continued_by"),
            i.created_at,
            i.updated_at,
        )
        .select_from(_ITEM)
        .join(_A, _A.c.id == i.assessment_id)
        .join(_T, _T.c.id == _A.c.team_id)
    )


# The query's columns are ActionItemInfo's fields in their order (a test keeps them so):
# rows become views without a lookup by name, only the stored list of elements a tuple.
_ELEMENTS = [f.name for f in dataclasses.fields(ActionItemInfo)].index("elements")


def _infos(rows: Iterable[Any]) -> list[ActionItemInfo]:
    e = _ELEMENTS
    return [ActionItemInfo(*(*r[:e], tuple(r[e] or ()), *r[e + 1 :])) for r in rows]


def clean_item_fields(fields: dict[str, Any], allowed_elements: set[str]) -> dict[str, Any]:
    unknown = set(fields) - set(ITEM_FIELDS)
    if unknown:
        raise TypeError(f"unknown action item fields: {sorted(unknown)}")
    out = dict(fields)
    if "text" in out:
        out["text"] = str(out["text"]).strip()
        if not out["text"]:
            raise UserError(tr("action.empty_text"))
        if len(out["text"]) > MAX_TEXT:
            raise UserError(tr("action.too_long"))
    if "follow_up" in out:
        out["follow_up"] = str(out["follow_up"]).strip()
        if len(out["follow_up"]) > MAX_TEXT:
            raise UserError(tr("action.too_long"))
    if "owner" in out:
        out["owner"] = " ".join(str(out["owner"]).split())
        if len(out["owner"]) > 200:
            raise UserError(tr("action.long_owner"))
    if "party" in out and out["party"] not in PARTIES:
        raise UserError(tr("action.unknown_party", party=out["party"]))
    if "status" in out and out["status"] not in ACTION_STATUSES:
        raise UserError(tr("action.unknown_status", status=out["status"]))
    if "deadline" in out and (
        not isinstance(out["deadline"], dt.date) or isinstance(out["deadline"], dt.datetime)
    ):
        raise UserError(tr("action.no_deadline"))
    if "elements" in out:
        elements = list(dict.fromkeys(out["elements"]))
        strange = [e for e in elements if e not in allowed_elements]
        if strange:
            raise UserError(tr("action.unknown_element", element=strange[0]))
        out["elements"] = elements
    return out


def _allowed_elements(a: m.Assessment) -> set[str]:
    return {*get_pack(a.instrument_id, a.instrument_version).element_ids, CASELOAD_REF}


def _touch(a: m.Assessment, now: dt.datetime) -> None:
    a.updated_at = now


def append_item(
    s: Session, a: m.Assessment, item_id: str | None = None, **values: Any
) -> m.ActionItem:
    last = s.scalar(
        select(func.max(m.ActionItem.position)).where(m.ActionItem.assessment_id == a.id)
    )
    now = m.utcnow()
    row = m.ActionItem(
        id=item_id or m.new_id(),
        assessment_id=a.id,
        position=0 if last is None else last + 1,
        created_at=now,
        updated_at=now,
        **values,
    )
    s.add(row)
    _touch(a, now)
    s.flush()
    return row


class ActionPlanMixin(StoreParts):
    # -- reading -----------------------------------------------------------

    def action_plan(self, assessment_id: str) -> list[ActionItemInfo]:
        """The assessment's items in their order."""
        with self.reading() as s:
            self._assessment(s, assessment_id)
            rows = s.execute(
                _items_query()
                .where(_ITEM.c.assessment_id == assessment_id)
                .order_by(_ITEM.c.position, _ITEM.c.created_at)
            )
            return _infos(rows)

    def get_action_item(self, item_id: str) -> ActionItemInfo:
        with self.reading() as s:
            found = _infos(s.execute(_items_query().where(_ITEM.c.id == item_id)))
            if not found:
                raise not_found("action_item", item_id)
            return found[0]

    def origin_periods(self, item_ids: Sequence[str]) -> dict[str, str]:
        """item id -> the period of the review it belongs to, for those that exist (the
        plan a carried-over item came from may have come in another file, or never)."""
        if not item_ids:
            return {}
        i = _ITEM.c
        query = (
            select(i.id, _A.c.period)
            .select_from(_ITEM)
            .join(_A, _A.c.id == i.assessment_id)
            .where(i.id.in_(list(dict.fromkeys(item_ids))))
        )
        with self.reading() as s:
            return {item_id: period for item_id, period in s.execute(query)}

    def action_items(
        self,
        team_id: str | None = None,
        *,
        open_only: bool = False,
        include_continued: bool = False,
    ) -> list[ActionItemInfo]:
        """Items across assessments (the follow-up list), by team, review date and position.

        An item carried over into a later plan is left out by default: it is followed up
        through the item that continues it.
        """
        query = _items_query().order_by(func.lower(_T.c.name), _A.c.date, _ITEM.c.position)
        if team_id is not None:
            query = query.where(_A.c.team_id == team_id)
        if open_only:
            query = query.where(_ITEM.c.status != DONE)
        with self.reading() as s:
            items = _infos(s.execute(query))
        return [i for i in items if include_continued or i.continued_by is None]

    def overdue_items(
        self, today: dt.date | None = None, team_id: str | None = None
    ) -> list[ActionItemInfo]:
        """Not finished, deadline before `today`, and not continued in a later plan."""
        today = today or dt.date.today()
        items = self.action_items(team_id, open_only=True)
        return sorted(
            (i for i in items if i.deadline < today), key=lambda i: (i.deadline, i.team_name)
        )

    def action_plan_by_element(self, assessment_id: str) -> dict[str, list[ActionItemInfo]]:
        """The plan's items under each element (or "caseload") they link: what the
        walk-through shows beside an element. An item linking two elements is under both."""
        grouped: dict[str, list[ActionItemInfo]] = {}
        for item in self.action_plan(assessment_id):
            for element in item.elements:
                grouped.setdefault(element, []).append(item)
        return grouped

    def overdue_counts(self, today: dt.date | None = None) -> dict[str, int]:
        """team id -> number of overdue items, for marks in the overview."""
        counts: dict[str, int] = {}
        for item in self.overdue_items(today):
            counts[item.team_id] = counts.get(item.team_id, 0) + 1
        return counts

    def action_plan_rows(
        self, assessment_id: str, today: dt.date | None = None, lang: str | None = None
    ) -> list[ActionPlanRow]:
        """The report's action-plan table: item, element, responsible party, owner,
        deadline, status, whether it is overdue and whether it was carried over. Labels
        in `lang` (default: the current language; the report passes its own, as it may
        run on a worker thread while the app shows another language)."""
        today = today or dt.date.today()
        lang = lang or language()
        return [action_plan_row(i, today, lang) for i in self.action_plan(assessment_id)]

    # -- writing -----------------------------------------------------------

    def add_action_item(
        self,
        assessment_id: str,
        text: str,
        *,
        elements: Iterable[str] = (),
        party: str = "faelles",
        owner: str = "",
        deadline: dt.date | None = None,
        status: str = "aaben",
        follow_up: str = "",
        item_id: str | None = None,
    ) -> ActionItemInfo:
        """Append an item; the deadline defaults to the review date + 6 weeks."""
        with self.session() as s:
            a = self._assessment(s, assessment_id)
            values = clean_item_fields(
                {
                    "text": text,
                    "elements": list(elements),
                    "party": party,
                    "owner": owner,
                    "deadline": deadline or default_deadline(a.date),
                    "status": status,
                    "follow_up": follow_up,
                },
                _allowed_elements(a),
            )
            row = append_item(s, a, item_id=item_id, **values)
        return self.get_action_item(row.id)

    def update_action_item(self, item_id: str, **fields: Any) -> ActionItemInfo:
        with self.session() as s:
            row = self._item(s, item_id)
            a = self._assessment(s, row.assessment_id)
            values = clean_item_fields(fields, _allowed_elements(a))
            for key, value in values.items():
                setattr(row, key, value)
            now = m.utcnow()
            row.updated_at = now
            _touch(a, now)
        return self.get_action_item(item_id)

    def delete_action_item(self, item_id: str) -> None:
        with self.session() as s:
            row = self._item(s, item_id)
            _touch(self._assessment(s, row.assessment_id), m.utcnow())
            s.delete(row)

    def reorder_action_items(self, assessment_id: str, ordered_ids: Sequence[str]) -> None:
        """Put the plan in this order; `ordered_ids` must name every item exactly once."""
        with self.session() as s:
            a = self._assessment(s, assessment_id)
            rows = {
                r.id: r
                for r in s.scalars(
                    select(m.ActionItem).where(m.ActionItem.assessment_id == assessment_id)
                )
            }
            if sorted(ordered_ids) != sorted(rows):
                raise UserError(tr("action.reorder_mismatch"))
            now = m.utcnow()
            for position, item_id in enumerate(ordered_ids):
                if rows[item_id].position != position:
                    rows[item_id].position = position
                    rows[item_id].updated_at = now
            _touch(a, now)

    def merge_action_items(self, keep_id: str, other_ids: Sequence[str]) -> ActionItemInfo:
        """Fold other items of the same plan into `keep_id`: texts and follow-up notes
        joined in plan order, linked elements united, earliest deadline, the carried-over
        link of whichever had one; others deleted."""
        with self.session() as s:
            keep = self._item(s, keep_id)
            others = [self._item(s, i) for i in dict.fromkeys(other_ids) if i != keep_id]
            if any(o.assessment_id != keep.assessment_id for o in others):
                raise UserError(tr("action.merge_other_plan"))
            # The merged item continues at most one earlier item; two would leave one of
            # them looking open and un-followed in the earlier plan.
            origins = {r.origin_item_id for r in [keep, *others] if r.origin_item_id}
            if len(origins) > 1:
                raise UserError(tr("action.merge_two_origins"))
            keep.origin_item_id = next(iter(origins), None)
            rows = sorted([keep, *others], key=lambda r: r.position)
            keep.text = "\n".join(r.text for r in rows)
            keep.follow_up = "\n".join(r.follow_up for r in rows if r.follow_up)
            keep.elements = list(dict.fromkeys(e for r in rows for e in r.elements))
            keep.deadline = min(r.deadline for r in rows)
            now = m.utcnow()
            keep.updated_at = now
            _touch(self._assessment(s, keep.assessment_id), now)
            for o in others:
                s.delete(o)
        return self.get_action_item(keep_id)

    # -- helpers -----------------------------------------------------------

    @staticmethod
    def _item(s: Session, item_id: str) -> m.ActionItem:
        return stored(s, m.ActionItem, item_id)
