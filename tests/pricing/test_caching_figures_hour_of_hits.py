"""An hour of traffic where every call hits the cache (pricing.caching_figures.hour_of_hits). Values worked by hand."""

from __future__ import annotations

from decimal import Decimal

from pricing import CachingRequest, CachingResult, Rates, analyse_caching
from pricing.caching_figures import hour_of_hits

# $3/M input, reads $0.30: a hit on a 10,000-token prefix saves 10,000 × $2.70/M = $0.027.
RATES = Rates(input=Decimal(3), output=Decimal(15), cache_read=Decimal("0.3"), cache_write=Decimal("3.75"),
              source="your message")


def _result(calls_per_day: int, active_hours: int | None = None) -> CachingResult:
    extra = {} if active_hours is None else {"active_hours_per_day": Decimal(active_hours)}
    return analyse_caching(CachingRequest(rates=RATES, prefix_tokens=Decimal(10_000),
                                          calls_per_day=Decimal(calls_per_day), hit_ratio=Decimal("0.9"), **extra))


def test_an_hour_of_hits_spreads_the_days_calls_over_24_hours_and_saves_each_hits_worth() -> None:
    hour = hour_of_hits(_result(12_000))
    assert hour.calls == Decimal(500)  # 12,000 ÷ 24
    assert hour.saving_per_hit == Decimal("0.027")
    assert hour.saving == Decimal("13.5")  # 500 × $0.027, every call a hit (not 90% of them)


def test_an_hour_of_hits_over_fewer_active_hours_has_more_calls_an_hour() -> None:
    hour = hour_of_hits(_result(12_000, active_hours=8))
    assert hour.calls == Decimal(1_500)  # 12,000 ÷ 8, not ÷ 24
    assert hour.saving == Decimal("40.5")  # 1,500 × $0.027


def test_an_hour_of_hits_of_a_day_not_divisible_by_its_hours_is_not_rounded() -> None:
    hour = hour_of_hits(_result(1_000))
    assert hour.calls == Decimal(1_000) / 24  # 41.666… an hour, to the full precision
    assert abs(hour.saving - Decimal("1.125")) < Decimal("1e-20")  # 1,000 × $0.027 ÷ 24
