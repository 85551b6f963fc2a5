"""Prompt caching: savings per hit and per day, writes, net, pay-back, minimum prefix, TTL variants."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pricing import CachingRequest, MissingRateError, OutOfRangeError, Rates, analyse_caching, derive_writes_per_day

SOURCE_EXAMPLE = Rates(input=Decimal(5), output=Decimal(15), cache_read=Decimal("0.50"), source="illustrative")


def test_source_example_with_corrected_arithmetic() -> None:
    result = analyse_caching(
        CachingRequest(rates=SOURCE_EXAMPLE, prefix_tokens=4_000, calls_per_day=10_000, hit_ratio=Decimal(1))
    )
    assert result.saving_per_hit == Decimal("0.018")
    assert result.gross_saving_per_day == Decimal("180")
    assert result.write_cost == Decimal("0.025")
    assert result.write_premium == Decimal("0.005")
    assert result.hits_to_pay_back is not None and result.hits_to_pay_back.quantize(Decimal("0.01")) == Decimal("0.28")
    assert result.eligible


def test_writes_follow_poisson_arrivals_with_hits_refreshing_the_ttl() -> None:
    result = analyse_caching(CachingRequest(rates=SOURCE_EXAMPLE, prefix_tokens=4_000, calls_per_day=10_000))
    assert result.writes_basis == "poisson" and result.lifetime == "refresh_on_hit"
    # λ·TTL = 10,000 × 5 / 1,440 = 34.7: a gap longer than 5 minutes almost never happens; the first call writes.
    assert result.lambda_ttl == Decimal(10_000) * 5 / 1_440
    assert Decimal(1) <= result.writes_per_day < Decimal("1.000001")
    assert result.hits_per_day == 10_000 - result.writes_per_day
    net = result.hits_per_day * Decimal("0.018") - result.writes_per_day * Decimal("0.005")
    assert result.net_saving_per_day == net
    assert "34.7222" in result.writes_derivation
    assert "Poisson" in result.cache_model and "24 active hours" in result.cache_model


def test_sparse_traffic_makes_nearly_every_call_a_write() -> None:
    # 20 calls a day, 5-minute TTL: a gap under 5 minutes is rare (λ·TTL = 0.069).
    writes = derive_writes_per_day(Decimal(20), Decimal(5))
    assert Decimal("18.6") < writes < Decimal("18.7")  # 1 + (20 − 1 − 0.0694) × e^(−0.0694)
    result = analyse_caching(CachingRequest(rates=SOURCE_EXAMPLE, prefix_tokens=4_000, calls_per_day=20))
    assert result.net_saving_per_day < 0


def test_no_calls_no_writes_and_a_ttl_longer_than_the_day_writes_once() -> None:
    assert derive_writes_per_day(Decimal(0), Decimal(5)) == 0
    assert derive_writes_per_day(Decimal(100), Decimal(600), Decimal(8)) == 1 - Decimal(-100).exp()


def test_stated_hit_rate_makes_every_miss_a_write_and_says_so() -> None:
    result = analyse_caching(CachingRequest(rates=SOURCE_EXAMPLE, prefix_tokens=4_000, calls_per_day=1_000,
                                            hit_ratio=Decimal("0.8")))
    assert result.writes_basis == "hit_ratio"
    assert result.hits_per_day == 800 and result.writes_per_day == 200
    assert "every miss (20% of calls) is a write" in result.cache_model


def test_given_writes_per_day_win_over_derivation() -> None:
    result = analyse_caching(
        CachingRequest(rates=SOURCE_EXAMPLE, prefix_tokens=4_000, calls_per_day=10_000, writes_per_day=10)
    )
    assert result.writes_basis == "given" and result.writes_per_day == 10
    assert result.write_cost_per_day == Decimal("0.05")
    assert result.hits_per_day == 9_990


def test_one_hour_ttl_uses_its_own_write_rate_and_writes_less() -> None:
    rates = Rates(
        input=Decimal(3), output=Decimal(15), cache_read=Decimal("0.3"), cache_write=Decimal("3.75"),
        cache_write_1h=Decimal(6), source="catalog", provider="anthropic", model="claude-sonnet-4-5",
    )
    short = analyse_caching(CachingRequest(rates=rates, prefix_tokens=4_000, calls_per_day=200))
    long = analyse_caching(CachingRequest(rates=rates, prefix_tokens=4_000, calls_per_day=200, ttl="1h"))
    assert short.write_cost == Decimal("0.015") and long.write_cost == Decimal("0.024")
    assert long.ttl_minutes == 60 and long.writes_per_day < short.writes_per_day
    assert long.writes_per_day == derive_writes_per_day(Decimal(200), Decimal(60))
    assert long.minimum_prefix_tokens == 1024


def test_prefix_below_openai_minimum_is_not_eligible() -> None:
    rates = Rates(input=Decimal("2.5"), output=Decimal(10), cache_read=Decimal("1.25"), source="catalog")
    result = analyse_caching(
        CachingRequest(rates=rates, prefix_tokens=800, calls_per_day=10_000, provider="openai", model="gpt-4o")
    )
    assert not result.eligible
    assert result.ineligible_reason is not None and "1,024" in result.ineligible_reason
    assert result.net_saving_per_day == 0 and result.saving_per_hit == 0


def test_openai_automatic_caching_has_no_write_premium() -> None:
    rates = Rates(input=Decimal("2.5"), output=Decimal(10), cache_read=Decimal("1.25"), source="catalog")
    result = analyse_caching(
        CachingRequest(rates=rates, prefix_tokens=2_000, calls_per_day=10_000, provider="openai", model="gpt-4o")
    )
    assert result.write_premium == 0 and result.hits_to_pay_back == 0
    assert result.saving_per_hit == Decimal("0.0025")


def test_anthropic_haiku_3_minimum_is_2048() -> None:
    rates = Rates(input=Decimal("0.8"), output=Decimal(4), cache_read=Decimal("0.08"), source="x")
    result = analyse_caching(
        CachingRequest(rates=rates, prefix_tokens=1_500, calls_per_day=1_000, model="claude-3-5-haiku-latest")
    )
    assert not result.eligible and result.minimum_prefix_tokens == 2048


def test_missing_cache_read_rate_is_refused() -> None:
    rates = Rates(input=Decimal(5), output=Decimal(15), source="workspace rate card")
    with pytest.raises(MissingRateError, match="no cache read rate in workspace rate card"):
        analyse_caching(CachingRequest(rates=rates, prefix_tokens=4_000, calls_per_day=10))


def test_hit_ratio_above_one_is_refused() -> None:
    with pytest.raises(OutOfRangeError, match="hit ratio 120% is out of range: allowed 0% to 100%"):
        CachingRequest(rates=SOURCE_EXAMPLE, prefix_tokens=4_000, calls_per_day=10, hit_ratio=Decimal("1.2"))


def test_known_provider_without_write_rate_uses_its_multiplier_and_says_so() -> None:
    rates = Rates(input=Decimal(3), output=Decimal(15), cache_read=Decimal("0.3"), source="workspace rate card")
    result = analyse_caching(
        CachingRequest(rates=rates, prefix_tokens=4_000, calls_per_day=1_000, ttl="1h", model="claude-sonnet-4-5")
    )
    assert result.write_rate == Decimal(6)
    assert "assumed 2× the input rate" in result.write_rate_basis
    assert any("assumed 2×" in a for a in result.assumptions)


GEMINI = Rates(input=Decimal("1.25"), output=Decimal(10), cache_read=Decimal("0.125"), source="catalog")


def test_gemini_on_vertex_uses_its_minimum_and_asks_for_the_storage_rate() -> None:
    result = analyse_caching(CachingRequest(rates=GEMINI, prefix_tokens=3_000, calls_per_day=1_000, provider="vertex",
                                            model="gemini-2.5-pro"))
    assert not result.eligible and result.minimum_prefix_tokens == 4096
    with pytest.raises(MissingRateError, match="no cache storage rate"):
        analyse_caching(CachingRequest(rates=GEMINI, prefix_tokens=5_000, calls_per_day=1_000, provider="gcp",
                                       model="gemini-2.5-pro"))


def test_gemini_fixed_lifetime_cache_writes_per_window_and_pays_storage() -> None:
    rates = GEMINI.model_copy(update={"cache_storage": Decimal("4.5")})
    result = analyse_caching(CachingRequest(rates=rates, prefix_tokens=100_000, calls_per_day=1_000, provider="google",
                                            model="gemini-2.5-pro", active_hours_per_day=Decimal(10)))
    assert result.lifetime == "fixed" and result.ttl_minutes == 60
    assert result.writes_per_day == 10 and result.hits_per_day == 1_000  # one creation an hour; every call reads
    assert result.write_rate == Decimal("1.25") and result.write_extra_cost == Decimal("0.125")  # creation at input
    assert result.storage_hours_per_day == 10
    assert result.storage_per_day == Decimal("4.5")  # 0.1M tokens × $4.50 per MTok-hour × 10 h
    assert result.net_saving_per_day == 1_000 * Decimal("0.1125") - 10 * Decimal("0.125") - Decimal("4.5")
    assert "fixed 60-minute TTL" in result.cache_model and "storage" in result.cache_model


def test_model_validate_also_raises_the_domain_error() -> None:
    with pytest.raises(OutOfRangeError, match="prefix tokens -1 is out of range"):
        CachingRequest.model_validate({"rates": SOURCE_EXAMPLE, "prefix_tokens": -1, "calls_per_day": 1})


def test_family_missing_from_the_table_says_the_minimum_is_unknown() -> None:
    result = analyse_caching(
        CachingRequest(rates=SOURCE_EXAMPLE, prefix_tokens=1_500, calls_per_day=1_000, model="claude-opus-4-7")
    )
    assert result.eligible and result.minimum_prefix_tokens is None
    assert any("minimum cacheable prefix unknown" in a for a in result.assumptions)


@pytest.mark.parametrize(
    ("model", "minimum"),
    [("claude-opus-4-5", 4096), ("claude-sonnet-4-6", 2048), ("claude-sonnet-4-5", 1024),
     ("regional.anthropic.claude-haiku-4-5-20251001-v1:0", 4096)],
)
def test_anthropic_minimums_by_family(model: str, minimum: int) -> None:
    result = analyse_caching(
        CachingRequest(rates=SOURCE_EXAMPLE, prefix_tokens=100, calls_per_day=1_000, model=model)
    )
    assert result.minimum_prefix_tokens == minimum and not result.eligible


@pytest.mark.parametrize(("writes", "warned", "hits"), [(150, True, 0), (100, False, 0), (40, False, 60)])
def test_writes_above_the_call_volume_are_questioned(writes: int, warned: bool, hits: int) -> None:
    result = analyse_caching(CachingRequest(
        rates=SOURCE_EXAMPLE, prefix_tokens=4_000, calls_per_day=100, writes_per_day=writes))
    assert any("writes per day exceed the call volume" in a for a in result.assumptions) is warned
    assert result.hits_per_day == hits and result.writes_per_day == writes


@pytest.mark.parametrize(("prefix", "eligible"), [(1_024, True), (1_023, False)])
def test_a_prefix_exactly_at_the_minimum_is_cached(prefix: int, eligible: bool) -> None:
    result = analyse_caching(CachingRequest(
        rates=SOURCE_EXAMPLE, prefix_tokens=prefix, calls_per_day=1_000, hit_ratio=Decimal("0.9"),
        min_prefix_tokens=1_024))
    assert result.eligible is eligible and result.minimum_source == "given"
    # 900 hits × prefix × $4.50/M saved when cached, nothing when not
    assert result.gross_saving_per_day == (Decimal(900) * prefix * Decimal("4.5") / 1_000_000 if eligible else 0)
    assert (result.ineligible_reason is None) is eligible
