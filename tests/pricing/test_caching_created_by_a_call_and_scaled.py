"""A fixed-lifetime cache that a call creates (that call is no hit and pays only the premium over the input rate),
and cache prices taken at a catalog row's multiples of a stated input rate, named as such in the reply's basis."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pricing import CachingRequest, Rates, analyse_caching

# an explicit (fixed-lifetime) cache: input $2/M, read $0.50/M, creation $3/M, storage $2 per MTok-hour
EXPLICIT = Rates(input=Decimal(2), output=Decimal(10), cache_read=Decimal("0.5"), cache_write=Decimal(3),
                 cache_storage=Decimal(2), source="deal rates", provider="google", model="gemini-2.5-pro")


def _explicit(created_by_a_call: bool, hit_ratio: Decimal | None = None) -> CachingRequest:
    # a 40k-token manual, a 60-minute lifetime over 8 active hours: 8 creations a day; 2,000 calls a day
    return CachingRequest(rates=EXPLICIT, prefix_tokens=40_000, calls_per_day=2_000, ttl_minutes=60,
                          active_hours_per_day=Decimal(8), hit_ratio=hit_ratio, created_by_a_call=created_by_a_call)


def test_a_cache_created_by_a_call_counts_that_call_as_no_hit_and_bills_only_the_premium() -> None:
    result = analyse_caching(_explicit(created_by_a_call=True))
    assert result.lifetime == "fixed" and result.created_by_a_call
    # 2,000 calls − 8 creating calls = 1,992 hits × 40,000 × ($2 − $0.50)/1M = 1,992 × $0.06 = $119.52
    assert (result.writes_per_day, result.hits_per_day, result.gross_saving_per_day) == (8, 1992, Decimal("119.52"))
    # each creation replaces an uncached call: 40,000 × ($3 − $2)/1M = $0.04 more, 8 a day = $0.32
    assert result.write_extra_cost == Decimal("0.04") and result.write_cost_per_day == Decimal("0.32")
    # storage 40,000 × $2/1M × 8 h = $0.64; net $119.52 − $0.32 − $0.64
    assert result.storage_per_day == Decimal("0.64") and result.net_saving_per_day == Decimal("118.56")
    assert "created by the first call of each TTL window" in result.cache_model


def test_a_cache_created_besides_the_calls_lets_every_call_hit_and_bills_the_whole_creation() -> None:
    result = analyse_caching(_explicit(created_by_a_call=False))
    assert not result.created_by_a_call
    # every call reads: 2,000 × $0.06 = $120; 8 creations at 40,000 × $3/1M = $0.12 each
    assert (result.hits_per_day, result.write_extra_cost, result.write_cost_per_day) == (
        2000, Decimal("0.12"), Decimal("0.96"))
    assert result.net_saving_per_day == Decimal("118.40")
    assert "created at the start of" in result.cache_model and "created by the first call" not in result.cache_model


def test_a_stated_hit_rate_sets_the_hits_of_a_cache_created_by_a_call() -> None:
    result = analyse_caching(_explicit(created_by_a_call=True, hit_ratio=Decimal("0.9")))
    assert result.hits_per_day == 1800 and result.write_extra_cost == Decimal("0.04")  # 90% of 2,000


def test_more_creations_than_calls_leave_no_hits_rather_than_a_negative_count() -> None:
    request = _explicit(created_by_a_call=True).model_copy(update={"calls_per_day": Decimal(5)})
    result = analyse_caching(request)  # 8 creations a day, only 5 calls
    assert result.hits_per_day == 0 and result.gross_saving_per_day == 0


def test_a_call_creating_a_cache_that_hits_refresh_changes_nothing() -> None:
    rates = Rates(input=Decimal(5), output=Decimal(15), cache_read=Decimal("0.5"), source="deal rates")
    plain = analyse_caching(CachingRequest(rates=rates, prefix_tokens=4_000, calls_per_day=10_000))
    said = analyse_caching(CachingRequest(rates=rates, prefix_tokens=4_000, calls_per_day=10_000,
                                          created_by_a_call=True))
    assert plain.lifetime == said.lifetime == "refresh_on_hit"
    assert not said.created_by_a_call and said.cache_model == plain.cache_model
    assert (said.hits_per_day, said.net_saving_per_day) == (plain.hits_per_day, plain.net_saving_per_day)


# A rate card's row at $2.71828/M input, its cache prices taken at its multiples of a stated $4/M
def _scaled(names: tuple[str, ...]) -> Rates:
    return Rates(input=Decimal(4), output=Decimal(20), cache_read=Decimal("0.4"), cache_write=Decimal("4.93824"),
                 cache_write_1h=Decimal(8), source="workspace rate card", scaled=names,
                 scaled_from_input=Decimal("2.71828"))


def _basis(rates: Rates, ttl: str) -> str:
    return analyse_caching(CachingRequest(rates=rates, prefix_tokens=4_000, calls_per_day=10_000,
                                          ttl=ttl)).write_rate_basis  # type: ignore[arg-type]


def test_a_write_price_taken_at_the_rows_multiple_says_so_with_the_rows_own_input_rate() -> None:
    assert _basis(_scaled(("cache_read", "cache_write", "cache_write_1h")), "5m") == (
        "5m cache-write rate 1.2346× the stated input rate: the catalog row's multiple of its own $2.7183/1M input "
        "rate (workspace rate card)")
    assert _basis(_scaled(("cache_write_1h",)), "1h") == (
        "1h cache-write rate 2× the stated input rate: the catalog row's multiple of its own $2.7183/1M input rate "
        "(workspace rate card)")


@pytest.mark.parametrize(("names", "ttl"), [(("cache_write_1h",), "5m"), (("cache_write",), "1h"), ((), "5m")])
def test_a_write_price_stated_for_its_ttl_is_named_as_stated(names: tuple[str, ...], ttl: str) -> None:
    assert _basis(_scaled(names), ttl) == f"{ttl} cache-write rate from workspace rate card"


def test_a_read_price_taken_at_the_rows_multiple_is_among_the_assumptions() -> None:
    said = ("cache-read price 0.1× the stated input rate: the catalog row's multiple of its own $2.7183/1M input "
            "rate (workspace rate card)")
    scaled = analyse_caching(CachingRequest(rates=_scaled(("cache_read",)), prefix_tokens=4_000,
                                            calls_per_day=10_000))
    assert said in scaled.assumptions
    stated = analyse_caching(CachingRequest(rates=_scaled(("cache_write",)), prefix_tokens=4_000,
                                            calls_per_day=10_000))
    assert not any(a.startswith("cache-read price") for a in stated.assumptions)
