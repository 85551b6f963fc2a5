"""A fixed-lifetime cache whose life was not said but worked out (each creation lasting until the next over the
active hours): the storage is billed over that life, and the cache model says it was assumed, not given."""

from __future__ import annotations

from decimal import Decimal

from pricing.caching import CachingRequest, analyse_caching
from pricing.rates import Rates


def _created_once_a_day(*, ttl_said: bool) -> CachingRequest:
    rates = Rates(input=Decimal("1.25"), output=Decimal(10), cache_read=Decimal("0.31"), cache_storage=Decimal("4.5"),
                  source="message")
    return CachingRequest(rates=rates, prefix_tokens=200_000, calls_per_day=400, writes_per_day=Decimal(1),
                          ttl_minutes=Decimal(600), active_hours_per_day=Decimal(10), lifetime="fixed",
                          ttl_said=ttl_said)


def test_a_life_worked_out_is_said_to_be_assumed() -> None:
    result = analyse_caching(_created_once_a_day(ttl_said=False))
    assert result.storage_hours_per_day == Decimal(10)  # one creation × 600 minutes
    assert result.storage_per_day == Decimal("9")  # 0.2M × $4.50 × 10 h
    assert result.ttl_said is False
    assert "each creation lasting until the next as no TTL was said" in result.cache_model
    assert "600-minute TTL" not in result.cache_model


def test_a_life_said_is_named_as_the_ttl() -> None:
    result = analyse_caching(_created_once_a_day(ttl_said=True))
    assert result.ttl_said is True
    assert "fixed 600-minute TTL" in result.cache_model
    assert "no TTL was said" not in result.cache_model
