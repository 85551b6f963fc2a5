"""Calendar conventions shared by every result: a month is 730 hours, a week 168, a quarter 3 months (2,190), a year
8,760."""

from __future__ import annotations

from decimal import Decimal

from pricing.errors import InvalidInputError
from pricing.validation import ACTIVE_DAYS, check

MONTH_HOURS = 730
HOURS_PER_DAY = 24
MTOK = Decimal(1_000_000)
KTOK = Decimal(1_000)
BTOK = Decimal(1_000_000_000)

#: A daily figure × this = the same figure over a 730-hour month (730 ÷ 24).
DAY_TO_MONTH = Decimal(MONTH_HOURS) / Decimal(HOURS_PER_DAY)

#: Hours in each period a figure can be stated over (the month is 730 hours, a quarter three of them; the year 365
#: days).
HOURS_PER_PERIOD: dict[str, Decimal] = {
    "hour": Decimal(1), "day": Decimal(24), "week": Decimal(168), "month": Decimal(MONTH_HOURS),
    "quarter": Decimal(3 * MONTH_HOURS), "year": Decimal(8760),
}

#: A figure per period × this = the same figure per day (86,400 seconds a day; a month is 730 hours).
PER_DAY: dict[str, Decimal] = {
    "second": Decimal(86_400), "minute": Decimal(1_440),
    **{period: Decimal(HOURS_PER_DAY) / hours for period, hours in HOURS_PER_PERIOD.items()},
}


def month_from_day(per_day: Decimal) -> Decimal:
    """A daily figure over a 730-hour month: day × 730 / 24."""
    return per_day * MONTH_HOURS / HOURS_PER_DAY


def token_cost(tokens: Decimal, rate_per_mtok: Decimal) -> Decimal:
    """USD for ``tokens`` at ``rate_per_mtok`` USD per million tokens."""
    return tokens * rate_per_mtok / MTOK


def per_million_from_thousand(rate_per_ktok: Decimal) -> Decimal:
    """A rate stated per thousand tokens as the same rate per million: rate × 1,000."""
    return rate_per_ktok * (MTOK / KTOK)


def per_million_from_billion(rate_per_btok: Decimal) -> Decimal:
    """A rate stated per billion tokens as the same rate per million: rate ÷ 1,000."""
    return rate_per_btok / (BTOK / MTOK)


def per_million_from_token(rate_per_token: Decimal) -> Decimal:
    """A rate stated per single token as the same rate per million: rate × 1,000,000."""
    return rate_per_token * MTOK


def hours_in(period: str) -> Decimal:
    """The hours in ``period`` (one of :data:`HOURS_PER_PERIOD`); another name is refused, naming the choices."""
    hours = HOURS_PER_PERIOD.get(period)
    if hours is None:
        raise InvalidInputError("period", period, f"not one of {', '.join(HOURS_PER_PERIOD)}")
    return hours


def per_period(amount: Decimal, stated: str, wanted: str) -> Decimal:
    """``amount`` stated per ``stated`` period, per ``wanted`` period at the same hourly rate
    ($42,000 a month is $1,380.82 a day: × 24 ÷ 730)."""
    return amount * hours_in(wanted) / hours_in(stated)


def over_days(amount: Decimal, stated: str, days: Decimal) -> Decimal:
    """``amount`` stated per ``stated`` period over ``days`` whole days at the same hourly rate ($420 a day over a
    30-day month is $12,600, against $12,775 over the 730-hour month)."""
    return amount * days * HOURS_PER_DAY / hours_in(stated)


def month_on_days(per_month: Decimal, days_a_week: Decimal) -> Decimal:
    """A 730-hour month's figure when the traffic runs only ``days_a_week`` days of 7: month × days ÷ 7."""
    return per_month * check(ACTIVE_DAYS, days_a_week, "active_days") / 7


def over_active_hours(round_the_clock: Decimal, active_hours: Decimal) -> Decimal:
    """A daily figure worked out from an hourly one as if it ran 24 hours, when it runs only ``active_hours`` a day
    ("400 calls an hour over an 8-hour day": 9,600 × 8 ÷ 24 = 3,200 a day). The parser calls it while reading a
    message, so it never raises: the engine bounds the hours where it uses them."""
    return round_the_clock * active_hours / HOURS_PER_DAY
