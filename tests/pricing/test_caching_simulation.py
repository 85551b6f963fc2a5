"""The refresh-on-hit cache model (Poisson arrivals, writes = calls × e^(−λ·TTL), at least one a period) against
a seeded simulation: random arrivals hitting a real TTL cache, counted over many active periods.

The formula counts the calls that find a gap longer than the TTL before them as if the period had no start; the
simulated cache also starts cold, so its first call always writes. The exact expectation is
1 + (calls − 1 − λ·TTL) × e^(−λ·TTL), which exceeds the formula by 1 − (1 + λ·TTL) × e^(−λ·TTL): less than one
write a period. The model is held to the simulation within 2% plus that one cold-start write."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest

from pricing import CachingRequest, Rates, analyse_caching
from pricing.caching import derive_writes_per_day

RATES = Rates(input=Decimal(5), output=Decimal(15), cache_read=Decimal("0.5"), cache_write=Decimal("6.25"),
              source="illustrative", provider="anthropic", model="claude-sonnet-4-5")


class TtlCache:
    """One cached prefix: a lookup misses (and writes) when the entry is absent or idle longer than the TTL; a
    hit refreshes the entry's lifetime, as Anthropic's and OpenAI's caches do."""

    def __init__(self, ttl: float) -> None:
        self.ttl = ttl
        self.expires: float | None = None
        self.writes = 0

    def call(self, now: float) -> None:
        if self.expires is None or now > self.expires:
            self.writes += 1
        self.expires = now + self.ttl


def simulate(calls: float, ttl_minutes: float, active_hours: float, periods: int, seed: int) -> float:
    """Mean writes per active period; each period starts with an empty cache, arrivals are Poisson."""
    rng = random.Random(seed)
    active = active_hours * 60
    rate = calls / active
    total = 0
    for _ in range(periods):
        cache = TtlCache(ttl_minutes)
        now = rng.expovariate(rate)
        while now < active:
            cache.call(now)
            now += rng.expovariate(rate)
        total += cache.writes
    return total / periods


CASES = [
    # calls a day, TTL minutes, active hours, periods simulated
    (100, 5, 24, 2000),  # sparse: nearly every call writes
    (288, 5, 24, 1000),  # one call per TTL on average
    (1_000, 5, 24, 600),
    (400, 5, 8, 1000),  # business hours
    (50, 60, 10, 4000),  # Gemini-length TTL over a working day, via a refresh-on-hit cache
    (5_000, 5, 24, 300),  # dense: about one write a day
]


@pytest.mark.parametrize(("calls", "ttl", "hours", "periods"), CASES)
def test_model_matches_a_simulated_ttl_cache_within_2_percent_and_the_cold_start(
    calls: int, ttl: int, hours: int, periods: int
) -> None:
    simulated = simulate(calls, ttl, hours, periods, seed=calls * 31 + ttl)
    model = derive_writes_per_day(Decimal(calls), Decimal(ttl), Decimal(hours))
    assert abs(float(model) - simulated) <= 0.02 * simulated + 1, (float(model), simulated)


def test_where_writes_are_many_the_formula_is_within_2_percent_of_the_simulation() -> None:
    # 288 calls a day, 5-minute TTL: λ·TTL = 1, 288 × e^−1 = 105.9 writes; the cold start's share is small.
    simulated = simulate(288, 5, 24, 1000, seed=288 * 31 + 5)
    model = derive_writes_per_day(Decimal(288), Decimal(5))
    assert abs(float(model) - simulated) <= 0.02 * simulated, (float(model), simulated)


def test_the_engine_uses_the_model_and_says_so() -> None:
    result = analyse_caching(CachingRequest(rates=RATES, prefix_tokens=4_000, calls_per_day=400,
                                            active_hours_per_day=Decimal(8)))
    assert result.writes_basis == "poisson"
    assert result.writes_per_day == derive_writes_per_day(Decimal(400), Decimal(5), Decimal(8))
    assert result.hits_per_day == 400 - result.writes_per_day
    assert "Poisson" in result.cache_model and "8 active hours" in result.cache_model
    assert "refreshes the 5-minute TTL" in result.cache_model


def test_a_few_hundred_business_hour_calls_are_mostly_hits() -> None:
    # The old fixed-clock model charged one write per 5-minute window with a call: ~96 writes for 400 calls
    # over 8 hours. With hits refreshing the entry, a call writes only after a gap longer than the TTL.
    result = analyse_caching(CachingRequest(rates=RATES, prefix_tokens=4_000, calls_per_day=400,
                                            active_hours_per_day=Decimal(8)))
    assert Decimal("6.20") < result.writes_per_day < Decimal("6.21")  # 400 × e^(−400 × 5 / 480) = 6.20
    assert result.net_saving_per_day > 0
