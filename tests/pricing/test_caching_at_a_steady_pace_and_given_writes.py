"""The caching engine for calls at a steady interval (longer than the TTL, or within it) and for writes given beside a
hit rate that disagrees with them: the writes, hits, how they were worked out, the cache model and the net a day."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pricing import Rates
from pricing.caching import CachingRequest, CachingResult, analyse_caching

RATES = Rates(input=Decimal(3), output=Decimal(15), cache_read=Decimal("0.3"), cache_write=Decimal("3.75"),
              source="given")


def _steady(every: str, calls: str = "100") -> CachingResult:
    return analyse_caching(CachingRequest(rates=RATES, prefix_tokens=Decimal(2000), calls_per_day=Decimal(calls),
                                          call_every_minutes=Decimal(every)))


def test_calls_further_apart_than_the_ttl_each_write_and_none_hits() -> None:
    result = _steady("10")
    assert (result.writes_per_day, result.hits_per_day, result.writes_basis) == (100, 0, "steady")
    assert result.call_every_minutes == 10
    assert result.writes_derivation == "a call every 10 min > 5-min TTL: every call writes, 100"
    assert result.cache_model == ("Cache model: a call every 10 minutes at a steady pace, longer than the 5-minute "
                                  "TTL: the entry has expired by each call, so every call writes and none hits.")
    assert result.net_saving_per_day == Decimal("-0.15")  # 100 writes × 2,000 × ($3.75 − $3)/1M


@pytest.mark.parametrize("every", ["5", "2"])
def test_calls_within_the_ttl_write_once_a_day_and_hit_otherwise(every: str) -> None:
    result = _steady(every)  # 5: a gap equal to the TTL still finds the entry alive
    assert (result.writes_per_day, result.hits_per_day) == (1, 99)
    assert result.writes_derivation == f"a call every {every} min ≤ 5-min TTL: one write a day, the first call"
    assert result.cache_model.startswith(f"Cache model: a call every {every} minutes at a steady pace, within the "
                                         "5-minute TTL, and a hit refreshes it")
    assert result.net_saving_per_day == Decimal("0.5331")  # 99 × 2,000 × $2.70/1M − 1 × 2,000 × $0.75/1M


def test_writes_given_beside_a_hit_rate_that_disagrees_are_priced_and_the_rate_set_aside() -> None:
    result = analyse_caching(CachingRequest(rates=RATES, prefix_tokens=Decimal(2000), calls_per_day=Decimal(1000),
                                            writes_per_day=Decimal(50), hit_ratio=Decimal("0.9")))
    assert (result.writes_per_day, result.hits_per_day, result.writes_basis) == (50, 950, "given")  # other calls hit
    assert ("the 90% hit rate given is not used: it would mean 100 writes a day, and the 50 writes a day given are "
            "priced instead (every other call a hit)") in result.assumptions


def test_writes_given_beside_the_hit_rate_they_match_need_no_note() -> None:
    result = analyse_caching(CachingRequest(rates=RATES, prefix_tokens=Decimal(2000), calls_per_day=Decimal(1000),
                                            writes_per_day=Decimal(100), hit_ratio=Decimal("0.9")))
    assert not any("is not used" in a for a in result.assumptions)
    assert any(a.startswith("hit ratio as given") for a in result.assumptions)
