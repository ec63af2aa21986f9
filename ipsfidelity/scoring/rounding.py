"""Rounding that people check by hand: half up, one decimal, no binary-float surprises."""

from decimal import ROUND_HALF_UP, Decimal


def round1(value: float) -> float:
    # str() gives the shortest repr, so 12.25 rounds to 12.3 as on paper, not to 12.2.
    return float(Decimal(str(value)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))
