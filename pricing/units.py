"""Calendar conventions shared by every result: a month is 730 hours."""

from __future__ import annotations

from decimal import Decimal

MONTH_HOURS = 730
HOURS_PER_DAY = 24
MTOK = Decimal(1_000_000)


def month_from_day(per_day: Decimal) -> Decimal:
    """A daily figure over a 730-hour month: day × 730 / 24."""
    return per_day * MONTH_HOURS / HOURS_PER_DAY


def token_cost(tokens: Decimal, rate_per_mtok: Decimal) -> Decimal:
    """USD for ``tokens`` at ``rate_per_mtok`` USD per million tokens."""
    return tokens * rate_per_mtok / MTOK
