"""A daily figure in the period a rep states or asks for: an hour of traffic, a week, a 730-hour month, a year."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pricing.errors import PricingError
from pricing.per_token import CostSplit
from pricing.periods import calls_in, cost_over_period, daily_over_period, days_in, fee_over_period


def test_days_in_each_period() -> None:
    assert days_in("hour") == 1 / Decimal(24)
    assert days_in("hour", Decimal(8)) == Decimal("0.125")
    assert days_in("week") == 7
    assert days_in("month") == Decimal(730) / 24
    assert days_in("year") == 365


@given(st.integers(min_value=1, max_value=10**8), st.sampled_from(["week", "month", "year"]))
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
