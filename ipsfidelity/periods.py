"""Review periods are calendar quarters, written `2026-Q4`."""

from __future__ import annotations

import datetime as dt
import re

PERIOD_RE = re.compile(r"^(\d{4})-Q([1-4])$")


def period_for(date: dt.date) -> str:
    return f"{date.year}-Q{(date.month - 1) // 3 + 1}"


def is_period(value: str) -> bool:
    return bool(PERIOD_RE.match(value))


def period_start(period: str) -> dt.date:
    m = PERIOD_RE.match(period)
    if not m:
        raise ValueError(f"not a period: {period!r}")
    return dt.date(int(m.group(1)), 3 * (int(m.group(2)) - 1) + 1, 1)
