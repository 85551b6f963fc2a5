"""A daily figure in the period a rep states or asks for: an hour of traffic, a week, a 730-hour month, a year.

A day of traffic runs over its active hours (24 unless the ask says otherwise), so an hour of traffic is
``day ÷ active hours``; a week is 7 days, a month 730 ÷ 24 days, a quarter three such months, a year 365 days.
Calls in a period are the calls a day times the same factor, so a per-call cost times the period's calls is the
period's cost.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pricing.per_token import CostSplit, PerTokenQuote
from pricing.units import HOURS_PER_DAY, HOURS_PER_PERIOD, MONTH_HOURS
from pricing.validation import ACTIVE_HOURS, CALLS, ZERO, Bound, PricingModel, check

Period = Literal["hour", "week", "month", "quarter", "year"]
# Calls in a period are shown as counts: rounded here so 100,000 a week stays 100,000 after ÷ 7 × 7.
_COUNT_PLACES = Decimal("1e-9")


def days_in(period: Period, active_hours: Decimal = Decimal(HOURS_PER_DAY)) -> Decimal:
    """Days of traffic a period holds: 1 ÷ active hours for an hour, 7 a week, 730 ÷ 24 a month, three months a
    quarter, 365 a year."""
    if period == "hour":
        return 1 / check(ACTIVE_HOURS, active_hours, "active_hours")
    return HOURS_PER_PERIOD[period] / HOURS_PER_DAY


def over_period(per_day: Decimal, period: Period, active_hours: Decimal = Decimal(HOURS_PER_DAY)) -> Decimal:
    """``per_day`` over ``period``, multiplying before dividing so whole figures stay whole (24 a day is 730 a
    month, not 730.0000...01)."""
    if period == "hour":
        return per_day / check(ACTIVE_HOURS, active_hours, "active_hours")
    return per_day * HOURS_PER_PERIOD[period] / HOURS_PER_DAY


def calls_in(calls_per_day: Decimal, period: Period, active_hours: Decimal = Decimal(HOURS_PER_DAY)) -> Decimal:
    """The calls a period holds at ``calls_per_day`` (3,000 an hour at 72,000 a day over 24 hours)."""
    calls = over_period(check(CALLS, calls_per_day, "calls_per_day"), period, active_hours)
    rounded = calls.quantize(_COUNT_PLACES)
    return rounded.to_integral_value() if rounded == rounded.to_integral_value() else rounded.normalize()


class CallsOverPeriod(PricingModel):
    """The per-call cost over the calls of one period: ``calls × per call``, input and output apart."""

    period: Period
    calls: Decimal
    per_call: CostSplit
    cost: CostSplit


def cost_over_period(
    per_call: CostSplit, calls_per_day: Decimal, period: Period, active_hours: Decimal = Decimal(HOURS_PER_DAY)
) -> CallsOverPeriod:
    """``per_call`` × the calls in ``period`` ("3,000 calls an hour at $0.004 a call: $12.00 an hour")."""
    calls = calls_in(calls_per_day, period, active_hours)
    return CallsOverPeriod(period=period, calls=calls, per_call=per_call, cost=per_call.scaled(calls))


class FeeOverPeriod(PricingModel):
    """A per-call fee and the per-token cost of the same calls over one period, and what separates them."""

    period: Period
    calls: Decimal
    fee_per_call: Decimal
    per_token_per_call: Decimal
    per_call_total: Decimal
    per_token_total: Decimal

    @property
    def difference(self) -> Decimal:
        """How much more the dearer structure costs over the period (never negative)."""
        return abs(self.per_call_total - self.per_token_total)


def fee_over_period(
    fee_per_call: Decimal, per_token_per_call: Decimal, calls_per_day: Decimal, period: Period,
    active_hours: Decimal = Decimal(HOURS_PER_DAY), *, days_a_week: Decimal | None = None,
) -> FeeOverPeriod:
    """The fee and the per-token cost over the calls of ``period`` ("100k calls a week: $600 vs $500"); traffic on
    ``days_a_week`` days has that share of a period's days (an hour is an hour of traffic)."""
    calls = calls_in(calls_per_day, period, active_hours)
    if days_a_week is not None and period != "hour":
        calls = calls * check(_DAYS_A_WEEK, days_a_week, "active_days") / 7
    return FeeOverPeriod(
        period=period, calls=calls, fee_per_call=fee_per_call, per_token_per_call=per_token_per_call,
        per_call_total=fee_per_call * calls, per_token_total=per_token_per_call * calls,
    )


class DailyOverPeriod(PricingModel):
    """A daily figure (a net saving) over one period: ``per day × days``, or ``per day ÷ active hours`` an hour."""

    period: Period
    per_day: Decimal
    active_hours: Decimal
    days: Decimal
    total: Decimal


def daily_over_period(
    per_day: Decimal, period: Period, active_hours: Decimal = Decimal(HOURS_PER_DAY), *,
    days_a_week: Decimal | None = None,
) -> DailyOverPeriod:
    """``per_day`` over ``period`` (an hour of traffic is a day's figure ÷ its active hours); a week of traffic that
    runs ``days_a_week`` days is that many days' figures, and a month, quarter or year of it its days × days ÷ 7."""
    if days_a_week is not None and period != "hour":
        days = check(_DAYS_A_WEEK, days_a_week, "active_days")
        return DailyOverPeriod(period=period, per_day=per_day, active_hours=active_hours,
                               days=days_in(period) * days / 7, total=over_period(per_day, period) * days / 7)
    return DailyOverPeriod(period=period, per_day=per_day, active_hours=active_hours,
                           days=days_in(period, active_hours), total=over_period(per_day, period, active_hours))


class FeeBill(PricingModel):
    """A per-call fee over the calls of one period: ``calls × fee``."""

    period: Period | Literal["day"]
    calls: Decimal
    fee_per_call: Decimal
    total: Decimal


def fee_bill(fee_per_call: Decimal, calls_per_day: Decimal, period: Period | Literal["day"],
             active_hours: Decimal = Decimal(HOURS_PER_DAY)) -> FeeBill:
    """The fee over ``period`` ("300k images a month at $0.0015 an image: $450.00 a month"; a day's is the day's
    calls times the fee)."""
    calls = check(CALLS, calls_per_day, "calls_per_day") if period == "day" else calls_in(calls_per_day, period,
                                                                                          active_hours)
    return FeeBill(period=period, calls=calls, fee_per_call=fee_per_call, total=fee_per_call * calls)


#: The days a week traffic runs, when stated ("5 days a week").
_DAYS_A_WEEK = Bound(ZERO, Decimal(7), "count", low_open=True)
#: The days a month traffic runs, when stated ("22 business days a month").
_DAYS_A_MONTH = Bound(ZERO, Decimal(31), "count", low_open=True)


#: The days a quarter is counted over, when stated ("a 90-day quarter").
_DAYS_A_QUARTER = Bound(ZERO, Decimal(92), "count", low_open=True)


class DailyOverDays(PricingModel):
    """A daily figure over the days a month (or a quarter) the traffic runs: ``per day × days``."""

    per_day: Decimal
    days: Decimal
    total: Decimal
    period: Literal["month", "quarter", "year"] = "month"


def daily_over_days(per_day: Decimal, days: Decimal) -> DailyOverDays:
    """``per_day`` × ``days`` ("22 business days a month": a month of the days it runs, not 730 hours)."""
    return DailyOverDays(per_day=per_day, days=days, total=per_day * check(_DAYS_A_MONTH, days, "days_per_month"))


def daily_over_year_of_month_days(per_day: Decimal, days_per_month: Decimal) -> DailyOverDays:
    """``per_day`` × ``days_per_month`` × 12 ("22 business days a month ... annual saving (12 months)": a year of twelve
    such months, not 365 days or 52 weeks)."""
    days = check(_DAYS_A_MONTH, days_per_month, "days_per_month") * 12
    return DailyOverDays(per_day=per_day, days=days, period="year", total=per_day * days)


def daily_over_quarter_days(per_day: Decimal, days: Decimal) -> DailyOverDays:
    """``per_day`` × ``days`` ("a 90-day quarter": the quarter's days as stated, not three 730-hour months)."""
    return DailyOverDays(per_day=per_day, days=days, period="quarter",
                         total=per_day * check(_DAYS_A_QUARTER, days, "days_per_quarter"))


class PeriodVolume(PricingModel):
    """The calls (when counted) and the input and output tokens one period holds at a quote's daily volume."""

    period: str
    calls: Decimal | None
    input_tokens: Decimal
    output_tokens: Decimal


def as_count(value: Decimal) -> Decimal:
    """A count rounded like :func:`calls_in`: whole when it is whole to nine places (129,600 × 730 ÷ 24 = 3,942,000)."""
    rounded = value.quantize(_COUNT_PLACES)
    return rounded.to_integral_value() if rounded == rounded.to_integral_value() else rounded.normalize()


def volume_in(quote: PerTokenQuote, period: Period, active_hours: Decimal = Decimal(HOURS_PER_DAY)
              ) -> PeriodVolume | None:
    """The calls and tokens of ``period`` at the quote's daily volume ("90 requests a minute ... a month": 3,942,000
    requests); None when the quote has no daily tokens."""
    if quote.input_tokens_per_day is None or quote.output_tokens_per_day is None:
        return None
    calls = quote.calls_per_day
    return PeriodVolume(
        period=period,
        calls=as_count(over_period(calls, period, active_hours)) if calls is not None else None,
        input_tokens=as_count(over_period(quote.input_tokens_per_day, period, active_hours)),
        output_tokens=as_count(over_period(quote.output_tokens_per_day, period, active_hours)),
    )


def volume_over_days(quote: PerTokenQuote, days: int, period: str = "days") -> PeriodVolume | None:
    """The calls and tokens of ``days`` days at the quote's daily volume ("5,000 calls a day ... the year (365)":
    1,825,000 calls); None when the quote has no daily tokens."""
    if quote.input_tokens_per_day is None or quote.output_tokens_per_day is None:
        return None
    n = Decimal(check(CALLS, days, "days"))
    calls = quote.calls_per_day
    return PeriodVolume(
        period=period,
        calls=as_count(calls * n) if calls is not None else None,
        input_tokens=as_count(quote.input_tokens_per_day * n),
        output_tokens=as_count(quote.output_tokens_per_day * n),
    )


def volume_over_months(month: PeriodVolume, months: Decimal, period: str = "term") -> PeriodVolume:
    """A month's calls and tokens over ``months`` months (a quarter is three, a 12-month term twelve)."""
    return PeriodVolume(
        period=period,
        calls=as_count(month.calls * months) if month.calls is not None else None,
        input_tokens=as_count(month.input_tokens * months),
        output_tokens=as_count(month.output_tokens * months),
    )


#: A period whose calls are said part by part: a day of hours, a week of weekdays and weekend days, a run of months.
PartsPeriod = Literal["day", "week", "months"]


class PartCost(PricingModel):
    """One part of a period: how many units it holds (5 weekdays, 8 hours, 1 month), the calls in each, their product
    and what those calls cost."""

    label: str
    units: Decimal
    calls_each: Decimal
    calls: Decimal
    cost: CostSplit


class CostOverParts(PricingModel):
    """The calls of a period said part by part ("weekdays 80k a day, weekends 15k") and the per-call cost over them:
    calls = Σ units × calls each; cost = calls × per call, input and output apart."""

    period: PartsPeriod
    parts: list[PartCost]
    calls: Decimal
    days: Decimal
    input_tokens: Decimal
    output_tokens: Decimal
    per_call: CostSplit
    cost: CostSplit


def days_of_parts(period: PartsPeriod, parts: list[tuple[str, Decimal, Decimal]]) -> Decimal:
    """The days a period said part by part holds: a day, a week of 7, or its months of 730 ÷ 24 days each."""
    if period == "day":
        return Decimal(1)
    if period == "week":
        return Decimal(7)
    return len(parts) * Decimal(MONTH_HOURS) / HOURS_PER_DAY


def calls_of_parts(parts: list[tuple[str, Decimal, Decimal]]) -> Decimal:
    """The period's calls: Σ units × calls each (5 × 80,000 + 2 × 15,000 = 430,000)."""
    return as_count(sum((check(CALLS, units, "units") * check(CALLS, each, "calls_per_day")
                         for _, units, each in parts), ZERO))


def average_calls_a_day(period: PartsPeriod, parts: list[tuple[str, Decimal, Decimal]]) -> Decimal:
    """The calls of an average day of the period (430,000 a week: 61,428.57 a day), for the daily and monthly lines."""
    return calls_of_parts(parts) / days_of_parts(period, parts)


def cost_over_parts(per_call: CostSplit, input_tokens_per_call: Decimal, output_tokens_per_call: Decimal,
                    period: PartsPeriod, parts: list[tuple[str, Decimal, Decimal]]) -> CostOverParts:
    """``per_call`` × the calls of each part and of the whole period; the period's input and output tokens are its
    calls × each call's tokens."""
    priced = [PartCost(label=label, units=units, calls_each=each, calls=as_count(units * each),
                       cost=per_call.scaled(as_count(units * each))) for label, units, each in parts]
    calls = calls_of_parts(parts)
    return CostOverParts(period=period, parts=priced, calls=calls, days=days_of_parts(period, parts),
                         input_tokens=as_count(calls * input_tokens_per_call),
                         output_tokens=as_count(calls * output_tokens_per_call),
                         per_call=per_call, cost=per_call.scaled(calls))
