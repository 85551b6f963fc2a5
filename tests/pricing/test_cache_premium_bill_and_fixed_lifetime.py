"""What a day's writes add over sending the prefix uncached (pricing.caching.premium_bill), and the write price of a
cache said to live a fixed lifetime when no write price and no provider table give one (its creation at the input
rate). Values worked by hand."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pricing.caching import CachingRequest, analyse_caching, cache_write, cache_write_at, premium_bill
from pricing.errors import OutOfRangeError
from pricing.rates import Rates

# No provider named, so no cache table applies: only what is given, and the lifetime said, price a write.
PLAIN = Rates(input=Decimal(2), output=Decimal(8), cache_read=Decimal("0.5"), cache_storage=Decimal(1),
              source="deal rates")
FIXED_BASIS = ("a cache kept for a fixed lifetime and billed for storage (Gemini's explicit caching) bills its "
               "creation at the input rate; no write rate given")


def test_a_days_writes_add_their_premium_over_the_input_rate() -> None:
    write = cache_write(PLAIN, Decimal(40_000))  # 40,000 × $2.50/1M (1.25× input) = $0.10; uncached $0.08
    assert (write.cost, write.premium) == (Decimal("0.1"), Decimal("0.02"))
    bill = premium_bill(write, Decimal(30))
    assert bill is not None
    assert (bill.writes, bill.cost_each, bill.cost) == (Decimal(30), Decimal("0.02"), Decimal("0.6"))
    assert premium_bill(write, Decimal(0)) is not None  # no writes: a bill of nothing, not "no premium"


def test_a_write_priced_with_no_input_rate_has_no_premium_bill() -> None:
    assert premium_bill(cache_write_at(Decimal(40_000), Decimal("2.5"), "given"), Decimal(30)) is None


def test_a_premium_bill_refuses_a_negative_count_of_writes_by_name() -> None:
    write = cache_write(PLAIN, Decimal(40_000))
    with pytest.raises(OutOfRangeError) as refused:
        premium_bill(write, Decimal(-1))
    assert refused.value.field == "writes_per_day"


def test_a_cache_write_said_to_live_a_fixed_lifetime_costs_the_input_rate() -> None:
    write = cache_write(PLAIN, Decimal(40_000), lifetime="fixed")
    assert (write.write_rate, write.write_rate_basis) == (Decimal(2), FIXED_BASIS)
    assert (write.cost, write.premium) == (Decimal("0.08"), Decimal(0))
    # the same write with no lifetime said: the source's illustrative 1.25× (a cache refreshed by its hits)
    assert cache_write(PLAIN, Decimal(40_000)).write_rate == Decimal("2.5")


def test_a_fixed_lifetime_cache_with_no_write_price_creates_at_the_input_rate() -> None:
    result = analyse_caching(CachingRequest(rates=PLAIN, prefix_tokens=Decimal(40_000), calls_per_day=Decimal(100),
                                            ttl="1h", ttl_minutes=Decimal(60), active_hours_per_day=Decimal(10),
                                            lifetime="fixed"))
    assert (result.lifetime, result.write_rate, result.write_rate_basis) == ("fixed", Decimal(2), FIXED_BASIS)
    assert result.writes_per_day == 10  # one creation an hour over 10 hours
    assert result.write_cost == Decimal("0.08")  # 40,000 × $2/1M


def test_a_hit_rate_given_beside_a_steady_pace_is_the_one_the_cache_model_names() -> None:
    result = analyse_caching(CachingRequest(rates=PLAIN, prefix_tokens=Decimal(40_000), calls_per_day=Decimal(720),
                                            hit_ratio=Decimal("0.9"), call_every_minutes=Decimal(2)))
    assert result.writes_basis == "hit_ratio"
    assert result.writes_per_day == 72  # 720 × 10%, not the one write a day of a call every 2 minutes
    assert result.cache_model.startswith("Cache model: hit rate 90% as given, so every miss (10% of calls)")
