"""A daily figure in the period a rep states or asks for: an hour of traffic, a week, a 730-hour month, a year."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pricing.errors import OutOfRangeError, PricingError
from pricing.per_token import CostSplit, PerTokenQuote
from pricing.periods import calls_in, cost_over_period, daily_over_period, days_in, fee_bill, fee_over_period


def test_days_in_each_period() -> None:
    assert days_in("hour") == 1 / Decimal(24)
    assert days_in("hour", Decimal(8)) == Decimal("0.125")
    assert days_in("week") == 7
    assert days_in("month") == Decimal(730) / 24
    assert days_in("quarter") == Decimal(3 * 730) / 24  # three 730-hour months
    assert days_in("year") == 365


@given(st.integers(min_value=1, max_value=10**8), st.sampled_from(["week", "month", "quarter", "year"]))
def test_a_volume_stated_over_a_period_comes_back_whole(calls: int, period: str) -> None:
    per_day = Decimal(calls) / days_in(period)  # type: ignore[arg-type]
    assert calls_in(per_day, period) == calls  # type: ignore[arg-type]


def test_an_hour_of_traffic_runs_over_the_active_hours() -> None:
    # 50,000 calls over a 10-hour day: 5,000 an hour at $0.0162 = $81.00, input and output apart
    hour = cost_over_period(CostSplit(input=Decimal("0.0012"), output=Decimal("0.015")), Decimal(50_000), "hour",
                            Decimal(10))
    assert hour.calls == 5000
    assert hour.cost.total == Decimal("81.0000") and hour.cost.input == Decimal("6.0000")


def test_the_fee_and_per_token_over_a_week() -> None:
    week = fee_over_period(Decimal("0.006"), Decimal("0.005"), Decimal(100_000) / 7, "week")
    assert (week.calls, week.per_call_total, week.per_token_total, week.difference) == (
        100_000, Decimal("600.000"), Decimal("500.000"), Decimal("100.000"))


def test_a_daily_net_over_an_hour_and_a_month() -> None:
    assert daily_over_period(Decimal("82.944"), "hour").total == Decimal("3.456")
    assert daily_over_period(Decimal(24), "month").total == 730


def test_bad_active_hours_are_refused_with_the_field() -> None:
    with pytest.raises(PricingError, match="active hours 25"):
        days_in("hour", Decimal(25))


def test_calls_in_a_period_read_as_counts() -> None:
    # a whole number of calls is written as one (700 calls a week, not 7E+2); a share of a call keeps its digits
    week = calls_in(Decimal(100), "week")
    assert (week, str(week)) == (700, "700")
    assert str(calls_in(Decimal(24_000), "month")) == "730000"
    hour = calls_in(Decimal(100), "hour")  # 100 a day over 24 hours: 4.17 an hour, not 4
    assert hour == Decimal("4.166666667") and str(hour) == "4.166666667"
    assert calls_in(Decimal(100), "hour", Decimal(8)) == Decimal("12.5")


@pytest.mark.parametrize(
    ("call", "words", "field"),
    [
        (lambda: calls_in(Decimal(100), "hour", Decimal(25)),
         "^active hours 25 h is out of range: allowed >0 h to 24 h$", "active_hours"),
        (lambda: daily_over_period(Decimal(100), "hour", Decimal(0)), "^active hours 0 h is out of range",
         "active_hours"),
        (lambda: calls_in(Decimal(-1), "week"), "calls per day -1 is out of range", "calls_per_day"),
    ],
)
def test_a_bad_volume_or_day_is_refused_naming_it(call: object, words: str, field: str) -> None:
    with pytest.raises(PricingError, match=words) as refused:
        call()  # type: ignore[operator]
    assert refused.value.field == field  # type: ignore[attr-defined]


def test_an_hour_of_fees_and_of_a_daily_net_runs_over_the_active_hours() -> None:
    # 1,000 calls over an 8-hour day: 125 an hour, $0.75 in fees against $0.50 per token
    hour = fee_over_period(Decimal("0.006"), Decimal("0.004"), Decimal(1_000), "hour", Decimal(8))
    assert (hour.calls, hour.per_call_total, hour.per_token_total) == (125, Decimal("0.750"), Decimal("0.500"))
    # a $96 daily net over an 8-hour day is $12 an hour, an eighth of the day's traffic
    net = daily_over_period(Decimal(96), "hour", Decimal(8))
    assert (net.days, net.total, net.active_hours) == (Decimal("0.125"), 12, 8)


@pytest.mark.parametrize(
    ("fee", "per_day", "period", "calls", "total"),
    [
        ("0.0015", Decimal(300_000) * 24 / 730, "month", "300000", "450"),  # 300k images a month at $0.0015
        ("0.002", Decimal(1_000), "week", "7000", "14"),
        ("0.01", Decimal(2_400), "hour", "100", "1"),  # 2,400 a day over 24 hours: 100 an hour
        ("0.004", Decimal(1_000), "year", "365000", "1460"),
    ],
)
def test_a_fee_over_a_period_is_the_calls_of_the_period_times_the_fee(
    fee: str, per_day: Decimal, period: str, calls: str, total: str
) -> None:
    bill = fee_bill(Decimal(fee), per_day, period)  # type: ignore[arg-type]
    assert bill.calls == Decimal(calls)
    assert bill.total == Decimal(total)
    assert bill.fee_per_call == Decimal(fee) and bill.period == period


def test_a_fee_over_an_hour_of_a_day_with_fewer_active_hours_counts_that_hours_calls() -> None:
    bill = fee_bill(Decimal("0.01"), Decimal(2_400), "hour", Decimal(8))  # 2,400 calls over an 8-hour day
    assert (bill.calls, bill.total) == (Decimal(300), Decimal(3))
    assert fee_bill(Decimal("0.01"), Decimal(2_400), "month", Decimal(8)).total == 730  # a month is 730/24 days


def test_a_quarter_is_three_730_hour_months() -> None:
    # 24,000 calls a day: 730,000 a month and 2,190,000 a quarter, a whole count
    quarter = calls_in(Decimal(24_000), "quarter")
    assert (quarter, str(quarter)) == (2_190_000, "2190000")
    net = daily_over_period(Decimal(24), "quarter")  # $24 a day nets $2,190 a quarter, whatever the active hours
    assert (net.period, net.days, net.total) == ("quarter", Decimal(2190) / 24, 2190)
    assert daily_over_period(Decimal(24), "quarter", Decimal(8)).total == 2190
    bill = fee_bill(Decimal("0.002"), Decimal(1_000), "quarter")  # 91,250 calls at $0.002
    assert (bill.calls, bill.total) == (91_250, Decimal("182.5"))


def test_a_daily_figure_over_the_days_a_month_the_traffic_runs() -> None:
    from pricing.periods import daily_over_days

    # $97.50 a day over 22 business days: $2,145 a month, not the 730-hour month's $2,965.63
    month = daily_over_days(Decimal("97.5"), Decimal(22))
    assert (month.per_day, month.days, month.total) == (Decimal("97.5"), Decimal(22), Decimal("2145"))
    assert daily_over_days(Decimal(10), Decimal(31)).total == 310  # every day of the longest month
    assert daily_over_days(Decimal(10), Decimal("0.5")).total == 5
    for days in (Decimal(0), Decimal(32), Decimal(-22)):
        with pytest.raises(PricingError, match=f"^days per month {days} is out of range") as refused:
            daily_over_days(Decimal(10), days)
        assert refused.value.field == "days_per_month"  # type: ignore[attr-defined]


def _quote(calls: str | None, tokens_in: str, tokens_out: str, per: Literal["call", "day"] = "call") -> PerTokenQuote:
    from pricing import PerTokenRequest, quote_per_token
    from pricing.rates import MESSAGE_SOURCE, Rates

    return quote_per_token(PerTokenRequest(
        rates=Rates(input=Decimal(1), output=Decimal(4), source=MESSAGE_SOURCE), input_tokens=Decimal(tokens_in),
        output_tokens=Decimal(tokens_out), calls_per_day=Decimal(calls) if calls else None, tokens_per=per))


def test_a_periods_volume_is_the_days_calls_and_tokens_over_it() -> None:
    from pricing.periods import volume_in, volume_over_days, volume_over_months

    quote = _quote("129600", "1000", "300")
    month = volume_in(quote, "month")
    assert month is not None
    assert (month.calls, month.input_tokens, month.output_tokens) == (3_942_000, 3_942_000_000, 1_182_600_000)
    year = volume_over_days(quote, 365, "year")
    assert year is not None and year.calls == 129_600 * 365 and year.output_tokens == 129_600 * 365 * 300
    quarter = volume_over_months(month, Decimal(3), "quarter")
    assert quarter.calls == 3 * 3_942_000


def test_tokens_stated_a_day_have_no_calls_and_a_single_call_has_no_period() -> None:
    from pricing.periods import volume_in

    daily = volume_in(_quote(None, "24000000", "2400000", per="day"), "month")
    assert daily is not None and daily.calls is None and daily.input_tokens == 730_000_000
    assert volume_in(_quote(None, "1000", "300"), "month") is None


def test_the_fee_over_a_week_of_fewer_days_counts_only_those_days_calls() -> None:
    # 20,000 calls a business day, 5 days a week: 100,000 calls a week; a month 20,000 × 730 / 24 × 5 / 7
    week = fee_over_period(Decimal("0.01"), Decimal("0.008"), Decimal(20_000), "week", days_a_week=Decimal(5))
    assert (week.calls, week.per_call_total, week.per_token_total) == (Decimal(100_000), Decimal(1_000), Decimal(800))
    month = fee_over_period(Decimal("0.01"), Decimal("0.008"), Decimal(20_000), "month", days_a_week=Decimal(5))
    assert month.calls.quantize(Decimal("0.1")) == Decimal("434523.8")
    hour = fee_over_period(Decimal("0.01"), Decimal("0.008"), Decimal(24_000), "hour", days_a_week=Decimal(5))
    assert hour.calls == Decimal(1_000)  # an hour of traffic is an hour, whatever the days of the week
    with pytest.raises(OutOfRangeError) as refused:
        fee_over_period(Decimal("0.01"), Decimal("0.008"), Decimal(20_000), "week", days_a_week=Decimal(9))
    assert refused.value.field == "active_days"  # the refusal names what was out of range
    assert str(refused.value).startswith("active days 9 is out of range")
