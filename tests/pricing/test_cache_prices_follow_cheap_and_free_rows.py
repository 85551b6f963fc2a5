"""Cache prices left out beside a stated input rate follow it at the row's multiples for a row priced under $1 an MTok
too; a row whose input is free has no multiple, so its cache prices are kept as they are."""

from __future__ import annotations

from decimal import Decimal

from pricing import resolve_rates
from pricing.catalog import RateOverrides
from pricing.rates import Rates


def test_a_row_under_a_dollar_scales_its_cache_prices_to_the_stated_input_rate() -> None:
    card = Rates(input=Decimal("0.8"), output=Decimal(4), cache_read=Decimal("0.08"), cache_write=Decimal(1),
                 source="workspace rate card")
    rates = resolve_rates(RateOverrides(input=Decimal("1.6")), {"acme-mini": card}, "acme-mini")
    assert (rates.cache_read, rates.cache_write) == (Decimal("0.16"), Decimal(2))  # twice the row's, as the input
    assert rates.scaled == ("cache_read", "cache_write") and rates.scaled_from_input == Decimal("0.8")


def test_a_row_with_free_input_keeps_its_cache_prices() -> None:
    card = Rates(input=Decimal(0), output=Decimal(4), cache_read=Decimal("0.05"), cache_write=Decimal("0.5"),
                 source="workspace rate card")
    rates = resolve_rates(RateOverrides(input=Decimal(2)), {"acme-promo": card}, "acme-promo")
    assert (rates.input, rates.cache_read, rates.cache_write) == (Decimal(2), Decimal("0.05"), Decimal("0.5"))
    assert rates.scaled == () and rates.scaled_from_input is None
