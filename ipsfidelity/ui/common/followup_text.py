"""Follow-up wording and links shared by the screens (and the overview being built in parallel).

Kept free of widgets, so the overview table can call `overdue_mark` and the walk-through can
ask `shows_agreement` without importing any screen.
"""

from __future__ import annotations

import datetime as dt

from ipsfidelity.i18n import CodeWords, tr
from ipsfidelity.typed_dates import parse_typed_date
from ipsfidelity.wording import action_status_text, party_text

# Pack elements that a recorded cooperation agreement is evidence for, by (pack id, element id).
# The one place that knows "P3.1 is the formal agreement"; a new pack adds its own line here.
AGREEMENT_ELEMENTS: frozenset[tuple[str, str]] = frozenset({("dk-minimum", "P3.1")})

PARTY_IDS = ("kommune", "psykiatri", "faelles")
STATUS_IDS = ("aaben", "i_gang", "afsluttet")
CASELOAD_REF = "caseload"  # ipsfidelity.store.followup.CASELOAD_REF, without importing the store


def shows_agreement(pack_id: str, element_id: str) -> bool:
    return (pack_id, element_id) in AGREEMENT_ELEMENTS


def overdue_mark(count: int) -> str:
    """'⚠ 2 overskredne' for a count of overdue items; '' for none. Mark and words, never
    colour alone: for the home screen's assessment list and the overview across teams."""
    if count <= 0:
        return ""
    return tr("plan.overdue_one") if count == 1 else tr("plan.overdue_count", count=count)


def party_label(party: str) -> str:
    return party_text(party)


def status_label(status: str) -> str:
    return action_status_text(status)


# The column title of each of an action item's fields.
_PLAN_FIELD_KEYS = {
    "text": "plan.col.text",
    "elements": "common.element",
    "party": "common.party",
    "owner": "common.owner",
    "deadline": "common.deadline",
    "status": "common.status",
    "follow_up": "common.follow_up",
}


# The column title of an action item's field (undo texts name it too).
plan_field_label = CodeWords(_PLAN_FIELD_KEYS, "action field")


def element_label(element: str) -> str:
    return tr("common.caseload") if element == CASELOAD_REF else element


def agreement_indicator(start: dt.date | None) -> str:
    """The P3.1 line: is an agreement in force on the review date, and since when."""
    if start is None:
        return tr("indicator.agreement_none")
    return tr("indicator.agreement_since", date=start.isoformat())


def parse_date(text: str) -> dt.date | None:
    """A typed date in any form the date fields take (ipsfidelity.typed_dates)."""
    return parse_typed_date(text)


def parse_count(text: str) -> tuple[bool, int | None]:
    """(ok, value): a whole number from 0, or None for an empty field."""
    text = text.strip()
    if not text:
        return True, None
    return (True, int(text)) if text.isdigit() else (False, None)


def follow_up_text(open_items: int, overdue: int) -> str:
    """'2 åbne · ⚠ 1 overskredet': open actions of a plan, the overdue ones marked."""
    if not open_items:
        return ""
    mark = overdue_mark(overdue)
    text = tr("plan.open_one") if open_items == 1 else tr("plan.open_count", count=open_items)
    return text + (f" · {mark}" if mark else "")
