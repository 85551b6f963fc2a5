"""The engine's own figures behind three of the round's answers: the tokens a month whose on-demand cost equals a
provisioned bill, a year of twelve months of the rep's stated days, and the hours a commitment is fully used."""

from decimal import Decimal

import pytest

from pricing.commitment import CommitmentRequest, optimal_commitment
from pricing.errors import OutOfRangeError
from pricing.periods import daily_over_year_of_month_days
from pricing.provisioned import break_even_tokens


def test_the_tokens_that_break_even_are_the_bill_over_the_rate_per_token() -> None:
    # $8,640 ÷ ($4 per 1M) = 2,160,000,000 tokens; $7,300 ÷ ($4 per 1M) = 1,825,000,000
    assert break_even_tokens(Decimal(8_640), Decimal(4)) == Decimal(2_160_000_000)
    assert break_even_tokens(Decimal(7_300), Decimal(4)) == Decimal(1_825_000_000)
    # a dearer token needs fewer of them: $9,000 ÷ ($12 per 1M) = 750,000,000
    assert break_even_tokens(Decimal(9_000), Decimal(12)) == Decimal(750_000_000)


@pytest.mark.parametrize(("bill", "rate", "field"), [
    (Decimal(-1), Decimal(4), "provisioned_spend"),
    (Decimal(8_640), Decimal(0), "on_demand_rate"),
    (Decimal(8_640), Decimal(-4), "on_demand_rate"),
])
def test_a_bill_or_rate_out_of_range_is_refused_naming_it(bill: Decimal, rate: Decimal, field: str) -> None:
    with pytest.raises(OutOfRangeError) as refused:
        break_even_tokens(bill, rate)
    assert refused.value.field == field


def test_a_year_of_business_day_months_is_twelve_of_them() -> None:
    # $106.62 a day × 22 days × 12 months = 264 days: $28,147.68
    year = daily_over_year_of_month_days(Decimal("106.62"), Decimal(22))
    assert (year.per_day, year.days, year.period, year.total) == (
        Decimal("106.62"), Decimal(264), "year", Decimal("28147.68"))
    with pytest.raises(OutOfRangeError) as refused:
        daily_over_year_of_month_days(Decimal(100), Decimal(32))
    assert refused.value.field == "days_per_month"


def test_the_hours_at_or_above_the_commitment_count_each_hour_it_is_fully_used() -> None:
    # 100 units for 8 hours, 40 for 16, at 40% off: committing 40 costs 24 × 0.6 × 40 + 8 × 60 = 1,056 unit-hours
    # against 1,440 all on-demand (and 1,440 at 100), so 40 is committed; all 24 hours reach it, 8 exceed it
    plan = optimal_commitment(CommitmentRequest(hourly_load=[Decimal(100)] * 8 + [Decimal(40)] * 16,
                                                discount=Decimal("0.4"), on_demand_price_per_unit_hour=Decimal(1)))
    assert (plan.commitment, plan.hours_at_or_above, plan.hours_above_commitment) == (40, 24, 8)
    assert plan.at_or_above_share == 1 and plan.saving == Decimal(384)
    # idle for 20 hours and 100 for 4 at 10% off: no commitment pays (24 × 0.9 × 100 = 2,160 against 400), so no
    # hour is at a commitment of nothing
    idle = optimal_commitment(CommitmentRequest(hourly_load=[Decimal(0)] * 20 + [Decimal(100)] * 4,
                                                discount=Decimal("0.1"), on_demand_price_per_unit_hour=Decimal(1)))
    assert (idle.commitment, idle.hours_at_or_above, idle.at_or_above_share, idle.saving) == (0, 0, 0, 0)
    # a steady load of one unit, or of half a unit, at 40% off is committed in full: every hour reaches it
    for unit in (Decimal(1), Decimal("0.5")):
        steady = optimal_commitment(CommitmentRequest(hourly_load=[unit] * 24, discount=Decimal("0.4"),
                                                      on_demand_price_per_unit_hour=Decimal(1)))
        assert (steady.commitment, steady.hours_at_or_above, steady.at_or_above_share) == (unit, 24, 1)
