"""The calls and tokens a period holds at a quote's daily volume (an hour of the active hours, a month, a run of days,
a term of months), a daily figure over a week of fewer than seven days, and a per-call fee over one day: whole
counts shown whole, fractions kept, and each bad number refused by its name."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pricing import PerTokenRequest, quote_per_token
from pricing.errors import PricingError
from pricing.per_token import PerTokenQuote
from pricing.periods import daily_over_period, fee_bill, volume_in, volume_over_days, volume_over_months
from pricing.rates import MESSAGE_SOURCE, Rates

_RATES = Rates(input=Decimal(3), output=Decimal(15), source=MESSAGE_SOURCE)


def _quote(calls: int, tokens_in: int, tokens_out: int) -> PerTokenQuote:
    return quote_per_token(PerTokenRequest(rates=_RATES, input_tokens=Decimal(tokens_in),
                                           output_tokens=Decimal(tokens_out), calls_per_day=Decimal(calls)))


def _refused_field(call: object) -> tuple[object, object]:
    assert callable(call)
    with pytest.raises(PricingError) as refused:
        call()
    return getattr(refused.value, "field", None), getattr(refused.value, "value", None)


def test_a_month_of_a_daily_volume_is_whole_counts_shown_whole() -> None:
    month = volume_in(_quote(24, 1000, 200), "month")  # 24 calls a day × 730 ÷ 24 = 730 calls
    assert month is not None
    assert (str(month.calls), str(month.input_tokens), str(month.output_tokens)) == ("730", "730000", "146000")


def test_an_hour_of_the_active_hours_keeps_its_fraction_of_a_call() -> None:
    hour = volume_in(_quote(36, 1000, 200), "hour")  # 36 calls over 24 hours: 1.5 calls an hour, not 2
    assert hour is not None and (str(hour.calls), hour.input_tokens, hour.output_tokens) == ("1.5", 1500, 300)


def test_an_hour_of_traffic_that_runs_ten_hours_a_day() -> None:
    hour = volume_in(_quote(36_000, 1000, 200), "hour", Decimal(10))  # 36,000 calls over 10 active hours
    assert hour is not None and (hour.calls, hour.input_tokens, hour.output_tokens) == (3600, 3_600_000, 720_000)


def test_a_run_of_days_and_a_term_of_months_multiply_calls_and_both_sides() -> None:
    days = volume_over_days(_quote(5000, 1000, 200), 365)  # the year at 5,000 calls a day
    assert days is not None and days.period == "days"
    assert (days.calls, days.input_tokens, days.output_tokens) == (1_825_000, 1_825_000_000, 365_000_000)
    month = volume_in(_quote(24, 1000, 200), "month")
    assert month is not None
    term = volume_over_months(month, Decimal(12))
    assert term.period == "term"
    assert (term.calls, term.input_tokens, term.output_tokens) == (8760, 8_760_000, 1_752_000)
    assert volume_over_months(month, Decimal(3), "quarter").period == "quarter"


def test_days_out_of_range_are_refused_by_name() -> None:
    assert _refused_field(lambda: volume_over_days(_quote(5000, 1000, 200), -3)) == ("days", Decimal(-3))


def test_a_week_of_five_working_days_is_five_days() -> None:
    week = daily_over_period(Decimal(120), "week", days_a_week=Decimal(5))
    assert (week.days, week.total) == (Decimal(5), Decimal(600))


def test_a_month_of_five_working_days_a_week_is_five_sevenths_of_the_month() -> None:
    month = daily_over_period(Decimal(140), "month", days_a_week=Decimal(5))
    # 730 ÷ 24 days × 5 ÷ 7; $140 a day × 730 ÷ 24 × 5 ÷ 7 = $3,041.67
    assert month.days == Decimal(730) / 24 * 5 / 7
    assert month.total.quantize(Decimal("0.01")) == Decimal("3041.67")


def test_an_hour_is_an_hour_whatever_the_days_a_week() -> None:
    hour = daily_over_period(Decimal(240), "hour", Decimal(8), days_a_week=Decimal(5))
    assert hour.total == Decimal(30)  # $240 over 8 active hours


@pytest.mark.parametrize("days", [Decimal(0), Decimal(8)])
def test_days_a_week_out_of_range_are_refused_by_name(days: Decimal) -> None:
    assert _refused_field(lambda: daily_over_period(Decimal(100), "month", days_a_week=days)) == ("active_days", days)


def test_a_fee_over_one_day_is_the_days_calls_times_the_fee() -> None:
    bill = fee_bill(Decimal("0.002"), Decimal(5000), "day")
    assert (bill.period, bill.calls, bill.total) == ("day", Decimal(5000), Decimal(10))


def test_a_days_calls_out_of_range_are_refused_by_name() -> None:
    assert _refused_field(lambda: fee_bill(Decimal("0.002"), Decimal(-5), "day")) == ("calls_per_day", Decimal(-5))
