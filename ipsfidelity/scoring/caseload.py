"""The caseload rule: an IPS case weighs double an other case, per full-time equivalent.

Arithmetic is exact (fractions), so 6 IPS cases at fte 0.3 is 20, not 20.000000000000004.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING, Literal

from ipsfidelity.scoring.rounding import round1

if TYPE_CHECKING:  # scoring needs the pack's shape, not its loading
    from ipsfidelity.instrument import CaseloadRule

# Below a hundredth of a full-time post a load means nothing (and 1e-320 overflows it).
MIN_FTE = 0.01
LoadStatus = Literal["ok", "warning", "over"]
TeamStatus = Literal["ok", "warning", "over", "missing"]
_SEVERITY: dict[str, int] = {"ok": 0, "warning": 1, "over": 2}


@dataclass(frozen=True)
class CaseloadEntry:
    consultant: str
    fte: float
    ips_cases: int
    other_cases: int
    # False for a row carried over from the previous review whose counts nobody has
    # confirmed yet: last quarter's figures, so the caseload is not entered (docs/scoring.md).
    confirmed: bool = True


@dataclass(frozen=True)
class ConsultantLoad:
    consultant: str
    load: float  # rounded to one decimal, for display
    status: LoadStatus


@dataclass(frozen=True)
class CaseloadResult:
    status: TeamStatus
    consultants: tuple[ConsultantLoad, ...]


def _exact(x: float) -> Fraction:
    return Fraction(str(x))


def validate_entry(entry: CaseloadEntry) -> None:
    """Raise ValueError for values the rule is not defined for."""
    if not MIN_FTE <= entry.fte <= 1:
        raise ValueError(f"fte must be in [{MIN_FTE}, 1], got {entry.fte}")
    for name in ("ips_cases", "other_cases"):
        value = getattr(entry, name)
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ValueError(f"{name} must be a whole number >= 0, got {value!r}")


def exact_load(rule: CaseloadRule, entry: CaseloadEntry) -> Fraction:
    validate_entry(entry)
    weighted = entry.ips_cases + _exact(rule.other_case_weight) * entry.other_cases
    return weighted / _exact(entry.fte)


def load_status(rule: CaseloadRule, load: Fraction | float, *, mixed: bool = False) -> LoadStatus:
    """The status of one consultant's load; `mixed` when they also have other cases."""
    exact = load if isinstance(load, Fraction) else _exact(load)
    if mixed and rule.mixed_max is not None:
        return "ok" if exact <= _exact(rule.mixed_max) else "over"
    if exact <= _exact(rule.ok_max):
        return "ok"
    if exact <= _exact(rule.warning_max):
        return "warning"
    return "over"


def entry_status(rule: CaseloadRule, entry: CaseloadEntry) -> LoadStatus:
    return load_status(rule, exact_load(rule, entry), mixed=entry.other_cases > 0)


def consultant_load(rule: CaseloadRule, entry: CaseloadEntry) -> ConsultantLoad:
    exact = exact_load(rule, entry)
    status = load_status(rule, exact, mixed=entry.other_cases > 0)
    return ConsultantLoad(entry.consultant, round1(float(exact)), status)


def assess_caseload(rule: CaseloadRule, entries: Sequence[CaseloadEntry]) -> CaseloadResult:
    if not entries or not all(e.confirmed for e in entries):
        return CaseloadResult("missing", ())  # not entered, or not all of it confirmed
    loads = tuple(consultant_load(rule, e) for e in entries)
    worst = max(loads, key=lambda c: _SEVERITY[c.status]).status
    return CaseloadResult(worst, loads)
