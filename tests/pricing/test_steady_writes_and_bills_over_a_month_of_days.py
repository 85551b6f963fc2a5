"""The engine's writes at a steady call interval (no prices needed) and a provisioned bill restated over a month the
ask counts in days."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pricing.caching import steady_writes, writes_at_steady_pace
from pricing.errors import PricingError
from pricing.provisioned import (
    UtilizationRequest,
    bill_at_utilization,
    bill_in_period,
    compare_at_utilization,
)


def test_a_gap_longer_than_the_ttl_makes_every_call_a_write() -> None:
    w = writes_at_steady_pace(Decimal(180), Decimal(8), Decimal(5))
    assert (w.writes_per_day, w.hits_per_day, w.hit_ratio, w.beyond_ttl) == (180, 0, 0, True)


def test_a_gap_within_the_ttl_writes_once_a_day() -> None:
    w = writes_at_steady_pace(Decimal(720), Decimal(2), Decimal(5))
    assert (w.writes_per_day, w.hits_per_day, w.beyond_ttl) == (1, 719, False)
    assert round(w.hit_ratio, 6) == Decimal("0.998611")  # 719 ÷ 720


def test_a_gap_equal_to_the_ttl_still_hits() -> None:
    # the entry is refreshed by a hit, and lives the whole TTL: a call exactly at the TTL finds it
    assert steady_writes(Decimal(100), Decimal(5), Decimal(5)) == 1
    assert steady_writes(Decimal(100), Decimal("5.01"), Decimal(5)) == 100
    assert steady_writes(Decimal(0), Decimal(2), Decimal(5)) == 0


def test_calls_out_of_range_are_refused_by_name() -> None:
    with pytest.raises(PricingError, match="calls per day -1 is out of range"):
        writes_at_steady_pace(Decimal(-1), Decimal(2), Decimal(5))


def test_a_daily_bill_over_a_month_of_thirty_days() -> None:
    # $900 a day on-demand, 40% off at 75%: a 720-hour month is $27,000 on-demand, $21,600 provisioned
    comparison = compare_at_utilization(UtilizationRequest(discount=Decimal("0.4"), utilization=Decimal("0.75")))
    bill = bill_at_utilization(Decimal(900), comparison)
    month = bill_in_period(bill, "day", "month", month_hours=Decimal(720))
    assert (month.hours, month.stated_hours, month.on_demand, month.bill, month.saving) == (
        720, 24, 27_000, 21_600, 5_400)
    # with no month said, a month is 730 hours
    assert bill_in_period(bill, "day", "month").on_demand == Decimal(27_375)
    # a month stated as the spend's own period is that many hours too ($27,000 a 720-hour month is $900 a day)
    assert bill_in_period(bill_at_utilization(Decimal(27_000), comparison), "month", "day",
                          month_hours=Decimal(720)).on_demand == 900
