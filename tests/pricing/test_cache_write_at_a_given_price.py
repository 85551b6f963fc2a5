"""One cache write priced at a write price given with no input rate (pricing.caching.cache_write_at): its cost, and no
premium, since there is no input rate to set it against. Values worked by hand."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pricing.caching import cache_write_at, writes_bill
from pricing.errors import OutOfRangeError


def test_a_write_at_a_given_price_costs_the_prefix_at_that_price_and_has_no_premium() -> None:
    write = cache_write_at(Decimal(10_000), Decimal("3.75"), "the write price given in the message")
    assert write.cost == Decimal("0.0375")  # 10,000 tokens × $3.75 per million
    assert write.premium is None and write.input_rate is None  # no input rate: nothing to compare the write with
    assert write.write_rate == Decimal("3.75")
    assert write.write_rate_basis == "the write price given in the message"
    assert write.prefix_tokens == Decimal(10_000)
    assert write.ttl == "5m"  # the default lifetime


def test_a_write_at_a_given_price_keeps_the_lifetime_asked_for() -> None:
    write = cache_write_at(Decimal(2_048), Decimal(6), "given", ttl="1h")
    assert write.ttl == "1h"
    assert write.cost == Decimal("0.012288")  # 2,048 × $6 per million


def test_a_write_of_a_prefix_past_any_context_window_is_refused_naming_the_prefix() -> None:
    with pytest.raises(OutOfRangeError, match=r"^prefix tokens "):
        cache_write_at(Decimal(20_000_000), Decimal("3.75"), "given")


def test_a_days_writes_at_one_writes_cost() -> None:
    write = cache_write_at(Decimal(180_000), Decimal("1.25"), "given")  # $0.225 a write
    bill = writes_bill(write, Decimal(24))  # recreated every hour, round the clock
    assert (bill.writes, bill.cost_each, bill.cost) == (Decimal(24), Decimal("0.225"), Decimal("5.4"))
    assert writes_bill(write, Decimal(0)).cost == 0
    with pytest.raises(OutOfRangeError) as refused:
        writes_bill(write, Decimal(-1))
    assert refused.value.field == "writes_per_day"
    assert str(refused.value).startswith("writes per day ")
