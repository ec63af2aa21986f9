"""Fidelity scores for many assessments at once, aggregated in SQL.

Per assessment and principle, SQL sums the ratings' scale values and counts the rated
and the full-marks elements (GROUP BY over `rating`, with a CASE built from the pack's
scale). Python then applies only the scoring module's last steps: the mean, `round1`,
the overall mean, the verdict rule and the caseload rule.

Exactness: each scale value is sent to SQL as an integer numerator over a common
denominator D. Floats are dyadic rationals, so D is a power of two and the SQL sum is
exact; `num / D` (Python's correctly rounded int division) is then the very float that
`statistics.fmean`'s `fsum` gives, and scores equal `score_assessment` bit for bit on
SQLite and PostgreSQL alike.

Caseload thresholds are compared exactly (fractions) by the scoring module, while SQL
float arithmetic makes 6 IPS cases at 0.3 FTE 20.000000000000004 ("warning" instead of
"ok"). So SQL fetches the few caseload rows of the selected assessments and Python
applies the rule, cached per distinct (fte, cases) combination.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from fractions import Fraction
from functools import cache, lru_cache
from statistics import fmean
from typing import Any

from sqlalchemy import BigInteger, Connection, Integer, Select, case, func, literal, select

from ipsfidelity.instrument import get_pack
from ipsfidelity.scoring import round1
from ipsfidelity.scoring.caseload import (
    CaseloadEntry,
    LoadStatus,
    TeamStatus,
    entry_status,
)
from ipsfidelity.scoring.verdict import Verdict, verdict_from_counts
from ipsfidelity.store import models as m
from ipsfidelity.store.repository import Store
from ipsfidelity.store.rows import columns

PackKey = tuple[str, str]
# The caseload rule's "worst consultant wins", mildest first (as in scoring.caseload).
_BY_SEVERITY: tuple[LoadStatus, ...] = ("ok", "warning", "over")
_SEVERITY: dict[str, int] = {status: rank for rank, status in enumerate(_BY_SEVERITY)}
# SQLite's SUM fails beyond 64-bit integers; keep well clear of that.
_SUM_LIMIT = 2**62

Source = Store | Connection  # a store, or a connection the caller already holds


@contextmanager
def connection(source: Source) -> Iterator[Connection]:
    """Use the caller's connection, or a short read from the store's engine.

    The few statements of one comparison must see one snapshot: SQLite's transaction
    gives that already, and the store reads PostgreSQL at REPEATABLE READ for it."""
    if isinstance(source, Connection):
        yield source
        return
    with source.read_connection() as conn:  # joins the screen's read, if one is open
        yield conn


@dataclass(frozen=True, slots=True)
class AssessmentHead:
    """What identifies an assessment in a comparison (no ratings)."""

    id: str
    team_id: str
    date: dt.date
    period: str
    instrument: PackKey
    created_at: dt.datetime
    kind: str = "independent"  # "independent" review or "self"-assessment
    state: str = "draft"  # the lifecycle's "draft", "consensus" or "finished"


# What a score repeats of its head.
_HEAD_FIELDS = ("id", "team_id", "date", "period", "instrument", "kind", "state")


@dataclass(frozen=True, slots=True)
class AssessmentScore:
    """One assessment's scores, equal to `score_assessment` for the same data."""

    id: str
    team_id: str
    date: dt.date
    period: str
    instrument: PackKey
    principles: dict[str, float | None]  # pack order, rounded like `Score.principles`
    overall: float | None
    verdict: Verdict
    caseload: TeamStatus
    rated: int
    elements: int
    kind: str = "independent"  # "independent" review or "self"-assessment
    state: str = "draft"  # the lifecycle's "draft", "consensus" or "finished"


@dataclass(frozen=True, slots=True)
class PackPlan:
    """What the SQL aggregate needs from a pack: its scale as exact integers."""

    key: PackKey
    denominator: int
    numerators: dict[str, int]
    full_marks: str
    principle_ids: tuple[str, ...]
    elements: int
    big: bool  # numerators need a 64-bit SQL type


@cache
def pack_plan(key: PackKey) -> PackPlan:
    pack = get_pack(*key)
    exact = {s.id: Fraction(s.value) for s in pack.scale}  # the float's exact value
    denominator = max(f.denominator for f in exact.values())  # powers of two: max is the LCM
    widest = max(len(p.elements) for p in pack.principles)
    if denominator * widest >= _SUM_LIMIT:
        raise ValueError(f"the scale of {key} is too fine to sum exactly in SQL")
    return PackPlan(
        key=key,
        denominator=denominator,
        numerators={sid: int(f * denominator) for sid, f in exact.items()},
        full_marks=pack.full_marks,
        principle_ids=tuple(p.id for p in pack.principles),
        elements=len(pack.element_ids),
        big=denominator >= 2**31,
    )


IdSelect = Callable[[PackKey | None], Select[tuple[str]]]


class Selection:
    """Assessments chosen in SQL (with bind parameters), plus the aggregate statements over
    them. Statements are built once per pack and reused, so SQLAlchemy's compiled cache
    hits without rebuilding (and re-keying) the wide CASE expressions on every call."""

    def __init__(self, ids_for: IdSelect) -> None:
        # ids_for(pack) selects the chosen ids, limited to one pack, or all for None.
        self._ids_for = ids_for
        self._sums: dict[PackKey, Select[Any]] = {}
        self._caseload: Select[Any] | None = None

    def sums(self, key: PackKey) -> Select[Any]:
        if key not in self._sums:
            self._sums[key] = _sums_query(key, self._ids_for(key))
        return self._sums[key]

    def caseload(self) -> Select[Any]:
        if self._caseload is None:
            c = m.CaseloadEntry.__table__
            query: Select[Any] = select(
                c.c.assessment_id, c.c.fte, c.c.ips_cases, c.c.other_cases, c.c.carried
            ).where(c.c.assessment_id.in_(self._ids_for(None)))
            self._caseload = query
        return self._caseload


def score_heads(
    conn: Connection,
    heads: Sequence[AssessmentHead],
    selection: Selection,
    params: dict[str, Any],
) -> dict[str, AssessmentScore]:
    """Score `heads`, which `selection` (run with `params`) selects in SQL too."""
    if not heads:
        return {}
    sums: dict[str, Sequence[Any]] = {}
    for key in sorted({h.instrument for h in heads}):
        sums.update((row[0], row) for row in conn.execute(selection.sums(key), params))
    statuses: dict[str, list[str]] = defaultdict(list)
    keys = {h.id: h.instrument for h in heads}
    waiting: set[str] = set()  # a row carried over, not confirmed: not entered (scoring)
    for aid, fte, ips, other, carried in conn.execute(selection.caseload(), params):
        if aid in keys:  # a caller's own connection may see rows newer than `heads`
            statuses[aid].append(_entry_status(keys[aid], fte, ips, other))
            if carried:
                waiting.add(aid)
    return {
        h.id: _combine(h, sums.get(h.id), () if h.id in waiting else statuses.get(h.id, ()))
        for h in heads
    }


def _sums_query(key: PackKey, ids: Select[tuple[str]]) -> Select[Any]:
    """One row per assessment: id, then (scaled sum, rated count) per principle in pack
    order, then the count of full-marks ratings. Built from the pack, never hard-coded.

    Per principle, `value` is the rating's numerator, NULL when the rating belongs to
    another principle or is off the scale; SUM and COUNT of it give the sum and the
    rated count. The principle test comes first, so most rows skip the scale lookup."""
    plan = pack_plan(key)
    r = m.Rating.__table__
    kind = BigInteger if plan.big else Integer
    on_scale = case({sid: literal(n, kind) for sid, n in plan.numerators.items()}, value=r.c.rating)
    columns: list[Any] = [r.c.assessment_id]
    for pid in plan.principle_ids:
        value = case((r.c.principle_id == pid, on_scale))
        columns.append(func.coalesce(func.sum(value), literal(0, kind)))
        columns.append(func.count(value))
    columns.append(func.count(case((r.c.rating == plan.full_marks, 1))))
    return select(*columns).where(r.c.assessment_id.in_(ids)).group_by(r.c.assessment_id)


@lru_cache(maxsize=8192)
def _entry_status(key: PackKey, fte: float, ips: int, other: int) -> str:
    return entry_status(get_pack(*key).caseload, CaseloadEntry("", fte, ips, other))


@lru_cache(maxsize=8192)
def _principle_score(denominator: int, num: int, rated: int) -> tuple[float, float]:
    """(unrounded, rounded) like scoring: fmean = fsum / n, and num / D is that fsum."""
    raw = 100.0 * ((num / denominator) / rated)
    return raw, round1(raw)


def worst_status(statuses: Iterable[str]) -> TeamStatus:
    found = list(statuses)
    if not found:
        return "missing"
    return _BY_SEVERITY[max(_SEVERITY[s] for s in found)]


def _combine(
    head: AssessmentHead, sums: Sequence[Any] | None, statuses: Iterable[str]
) -> AssessmentScore:
    plan = pack_plan(head.instrument)
    principles: dict[str, float | None] = {}
    raw: list[float] = []
    rated_total = 0
    for i, pid in enumerate(plan.principle_ids):
        num, rated = (int(sums[1 + 2 * i]), sums[2 + 2 * i]) if sums else (0, 0)
        if rated:
            unrounded, principles[pid] = _principle_score(plan.denominator, num, rated)
            raw.append(unrounded)
            rated_total += rated
        else:
            principles[pid] = None
    full_total = sums[-1] if sums else 0
    caseload = worst_status(statuses)
    return AssessmentScore(
        **columns(head, _HEAD_FIELDS),
        principles=principles,
        overall=round1(fmean(raw)) if raw else None,
        verdict=verdict_from_counts(
            rated_total - full_total, plan.elements - rated_total, caseload
        ),
        caseload=caseload,
        rated=rated_total,
        elements=plan.elements,
    )
