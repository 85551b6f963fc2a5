"""The commitment optimiser: cheapest level for an hourly profile, checked by brute force."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pricing import CommitmentRequest, OutOfRangeError, PricingError, optimal_commitment
from pricing.commitment import commitment_cost

DAY = tuple(Decimal(x) for x in [10, 10, 10, 10, 10, 10, 20, 40, 60, 80, 80, 80,
                                 80, 80, 80, 60, 40, 30, 20, 20, 10, 10, 10, 10])


def brute_force(loads: tuple[Decimal, ...], discount: Decimal) -> Decimal:
    """Cheapest cost over every integer level from 0 to the peak and every load value."""
    levels = {Decimal(c) for c in range(int(max(loads)) + 1)} | set(loads)
    return min(commitment_cost(loads, c, discount) for c in levels)


def test_small_day_profile_matches_brute_force_and_the_exceedance_rule() -> None:
    plan = optimal_commitment(CommitmentRequest(hourly_load=DAY, discount=Decimal("0.4")))
    assert plan.cost == brute_force(DAY, Decimal("0.4"))
    # commit where the load is exceeded in at most 60% of hours and reached in at least 60%
    above = sum(1 for x in DAY if x > plan.commitment)
    at_or_above = sum(1 for x in DAY if x >= plan.commitment)
    assert above <= Decimal("0.6") * 24 <= at_or_above
    assert plan.commitment == 10
    assert plan.cost < plan.all_on_demand_cost and plan.cost < plan.peak_sized_cost


def test_flat_load_commits_everything() -> None:
    plan = optimal_commitment(CommitmentRequest(hourly_load=(Decimal(50),) * 10, discount=Decimal("0.3")))
    assert plan.commitment == 50 and plan.spill_over_cost == 0
    assert plan.ratio_to_on_demand == Decimal("0.7") and plan.committed_utilization == 1


def test_spiky_load_stays_on_demand() -> None:
    loads = (Decimal(0),) * 9 + (Decimal(100),)
    plan = optimal_commitment(CommitmentRequest(hourly_load=loads, discount=Decimal("0.4")))
    assert plan.commitment == 0 and plan.cost == plan.all_on_demand_cost == 100
    assert plan.peak_sized_cost == Decimal(600)
    assert plan.peak_to_average == 10


def test_prices_convert_to_dollars() -> None:
    plan = optimal_commitment(
        CommitmentRequest(hourly_load=DAY, discount=Decimal("0.4"), on_demand_price_per_unit_hour=Decimal(2))
    )
    assert plan.cost == 2 * brute_force(DAY, Decimal("0.4"))


def test_empty_profile_and_negative_loads_are_refused() -> None:
    with pytest.raises(PricingError, match="hourly load"):
        CommitmentRequest(hourly_load=(), discount=Decimal("0.4"))
    with pytest.raises(OutOfRangeError, match="hourly load -1 is out of range"):
        CommitmentRequest(hourly_load=(Decimal(1), Decimal(-1)), discount=Decimal("0.4"))


loads_strategy = st.lists(st.integers(min_value=0, max_value=40).map(Decimal), min_size=1, max_size=48).map(tuple)
discounts = st.integers(min_value=0, max_value=95).map(lambda p: Decimal(p) / 100)


@given(loads_strategy, discounts)
def test_optimum_never_costs_more_than_on_demand_or_peak_sizing(loads: tuple[Decimal, ...], d: Decimal) -> None:
    plan = optimal_commitment(CommitmentRequest(hourly_load=loads, discount=d))
    assert plan.cost <= plan.all_on_demand_cost
    assert plan.cost <= plan.peak_sized_cost
    assert plan.cost == commitment_cost(loads, plan.commitment, d)
    assert plan.hours_above_commitment == sum(1 for x in loads if x > plan.commitment)
    assert plan.spill_over_cost == sum((x - plan.commitment for x in loads if x > plan.commitment), Decimal(0))


@given(loads_strategy, discounts)
def test_optimum_matches_brute_force(loads: tuple[Decimal, ...], d: Decimal) -> None:
    plan = optimal_commitment(CommitmentRequest(hourly_load=loads, discount=d))
    assert plan.cost == brute_force(loads, d)


def test_uneven_profile_at_two_dollars_a_unit_hour_worked_by_hand() -> None:
    # Five hours of 5, 10, 10, 10 and 30 units at a 25% discount, $2 per unit-hour on demand.
    # Committing 10: 5 h × 0.75 × 10 = 37.5 committed unit-hours plus 20 spilled (the 30-unit hour) = 57.5,
    # cheaper than committing 5 (18.75 + 40 = 58.75), none (65) or the peak (5 × 0.75 × 30 = 112.5).
    loads = tuple(Decimal(x) for x in (10, 30, 5, 10, 10))
    plan = optimal_commitment(CommitmentRequest(
        hourly_load=loads, discount=Decimal("0.25"), on_demand_price_per_unit_hour=Decimal(2)))
    assert plan.commitment == 10
    assert plan.exceedance_target == Decimal("0.75")
    assert plan.hours_above_commitment == 1
    assert (plan.committed_cost, plan.spill_over_cost, plan.cost) == (Decimal(75), Decimal(40), Decimal(115))
    assert (plan.all_on_demand_cost, plan.peak_sized_cost) == (Decimal(130), Decimal(225))
    assert (plan.peak_load, plan.average_load) == (Decimal(30), Decimal(13))
    # 45 of the 50 committed unit-hours are used; 20 of the 65 unit-hours of load spill over.
    assert plan.committed_utilization == Decimal("0.9")
    assert plan.spill_over_share == Decimal(4) / Decimal(13)
    assert plan.ratio_to_on_demand == Decimal(23) / Decimal(26)
    assert plan.ratio_to_peak_sized == Decimal(23) / Decimal(45)
    assert plan.peak_to_average == Decimal(30) / Decimal(13)


def test_cost_of_a_level_is_in_dollars_at_the_unit_price() -> None:
    loads = tuple(Decimal(x) for x in (5, 10, 10, 10, 30))
    assert commitment_cost(loads, Decimal(10), Decimal("0.25"), Decimal(2)) == Decimal(115)
    assert commitment_cost(loads, Decimal(0), Decimal("0.25"), Decimal("0.5")) == Decimal("32.5")


@pytest.mark.parametrize(("discount", "target"), [("0.1", "0.9"), ("0.4", "0.6"), ("0.7", "0.3")])
def test_exceedance_target_is_one_minus_the_discount(discount: str, target: str) -> None:
    plan = optimal_commitment(CommitmentRequest(hourly_load=DAY, discount=Decimal(discount)))
    assert plan.exceedance_target == Decimal(target)


def test_a_tie_between_levels_commits_the_lower_one() -> None:
    # Two hours of 10 and 20 at 50% off: committing 10 costs 2 × 0.5 × 10 + 10 spilled = 20, committing 20
    # costs 2 × 0.5 × 20 = 20 too; the smaller commitment locks in less for the same cost.
    plan = optimal_commitment(CommitmentRequest(hourly_load=(Decimal(20), Decimal(10)), discount=Decimal("0.5")))
    assert (plan.commitment, plan.cost, plan.hours_above_commitment) == (Decimal(10), Decimal(20), 1)


def test_the_plan_carries_the_load_it_sums_and_the_part_that_spills() -> None:
    from pricing.commitment import CommitmentRequest, optimal_commitment

    loads = tuple([Decimal(50)] * 6 + [Decimal(20)] * 12 + [Decimal(5)] * 6)
    plan = optimal_commitment(CommitmentRequest(hourly_load=loads, discount=Decimal("0.3")))
    assert plan.commitment == Decimal(20)
    assert (plan.total_load, plan.spilled_load) == (Decimal(570), Decimal(180))
    assert plan.committed_utilization == Decimal(390) / Decimal(480)
    assert plan.spill_over_share == Decimal(180) / Decimal(570)
