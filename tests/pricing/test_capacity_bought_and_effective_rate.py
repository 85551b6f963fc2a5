"""What a commitment buys on-demand, and what a token used costs on provisioned capacity: the engine's own
figures, not only the router's (a reply prints both)."""

from decimal import Decimal

import pytest

from pricing.errors import OutOfRangeError
from pricing.provisioned import UtilizationRequest, capacity_bought, compare_at_utilization, effective_rate


def test_a_commitment_buys_its_value_over_one_minus_the_discount() -> None:
    # $30,000 a month at 35% off buys 30,000 ÷ 0.65 = $46,153.85 a month of on-demand capacity at full use
    assert capacity_bought(Decimal(30_000), Decimal("0.35")).quantize(Decimal("0.01")) == Decimal("46153.85")
    # at 60% off: 10,000 ÷ 0.4 = $25,000; with no discount it buys exactly what it costs
    assert capacity_bought(Decimal(10_000), Decimal("0.6")) == Decimal(25_000)
    assert capacity_bought(Decimal(10_000), Decimal(0)) == Decimal(10_000)


@pytest.mark.parametrize("commitment", [Decimal(0), Decimal(-5), Decimal("NaN")])
def test_a_commitment_of_nothing_is_refused_naming_it(commitment: Decimal) -> None:
    with pytest.raises(OutOfRangeError) as refused:
        capacity_bought(commitment, Decimal("0.35"))
    assert refused.value.field == "commitment_value"


def test_a_discount_of_all_or_more_is_refused_as_the_discount() -> None:
    with pytest.raises(OutOfRangeError) as refused:
        capacity_bought(Decimal(30_000), Decimal(1))
    assert refused.value.field == "discount"


def test_a_token_used_costs_the_on_demand_rate_times_one_minus_d_over_u() -> None:
    at = {u: compare_at_utilization(UtilizationRequest(discount=Decimal("0.35"), utilization=Decimal(u)))
          for u in ("0.8", "0.5", "0.65")}
    # $8.00 on-demand at 35% off: 8 × 0.65 ÷ 0.8 = $6.50 at 80%; ÷ 0.5 = $10.40 at 50%; $8.00 at break-even
    assert effective_rate(Decimal(8), at["0.8"]) == Decimal("6.5")
    assert effective_rate(Decimal(8), at["0.5"]) == Decimal("10.4")
    assert effective_rate(Decimal(8), at["0.65"]) == Decimal(8)
    assert effective_rate(Decimal(0), at["0.8"]) == 0  # a free rate stays free


def test_a_negative_on_demand_rate_is_refused_naming_it() -> None:
    at = compare_at_utilization(UtilizationRequest(discount=Decimal("0.35"), utilization=Decimal("0.8")))
    with pytest.raises(OutOfRangeError) as refused:
        effective_rate(Decimal(-1), at)
    assert refused.value.field == "on_demand_rate"
