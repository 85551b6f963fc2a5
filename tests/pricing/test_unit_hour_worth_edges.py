"""One unit-hour's on-demand worth at full load: the unit-hours it is spread over, an hour or a dollar at the edge of
what is divided, nothing to divide, and an on-demand spend out of range refused by name."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pricing.errors import PricingError
from pricing.provisioned import unit_hour_worth


def test_the_on_demand_cost_is_spread_over_units_times_hours() -> None:
    worth = unit_hour_worth(Decimal(4), Decimal(9), Decimal(730), Decimal(43_800))  # $43,800 ÷ (4 × 730)
    assert worth is not None and worth.unit_hours == Decimal(2920) and worth.on_demand == Decimal(15)


def test_one_hour_and_one_dollar_are_still_divided() -> None:
    worth = unit_hour_worth(Decimal(2), Decimal("0.3"), Decimal(1), Decimal(1))  # $1 over 2 unit-hours: $0.50 each
    assert worth is not None and (worth.unit_hours, worth.on_demand) == (Decimal(2), Decimal("0.5"))
    assert worth.implied_discount == Decimal("0.4")  # $0.30 against $0.50
    half_hour = unit_hour_worth(Decimal(1), Decimal(6), Decimal("0.5"), Decimal("0.5"))  # a spend under $1
    assert half_hour is not None and half_hour.on_demand == Decimal(1) and half_hour.implied_discount == -5


@pytest.mark.parametrize(("units", "hours", "spend"), [
    (Decimal(2), Decimal(0), Decimal(100)),  # no hours
    (Decimal(2), Decimal(730), Decimal(0)),  # no on-demand spend: nothing to spread
    (Decimal(0), Decimal(730), Decimal(100)),  # no units
])
def test_nothing_to_divide_gives_no_worth(units: Decimal, hours: Decimal, spend: Decimal) -> None:
    assert unit_hour_worth(units, Decimal(9), hours, spend) is None


@pytest.mark.parametrize("spend", [Decimal(-100), Decimal(10) ** 13])
def test_an_on_demand_spend_out_of_range_is_refused_by_name(spend: Decimal) -> None:
    with pytest.raises(PricingError) as refused:
        unit_hour_worth(Decimal(2), Decimal(9), Decimal(730), spend)
    assert getattr(refused.value, "field", None) == "on_demand_spend" and getattr(refused.value, "value", None) == spend
