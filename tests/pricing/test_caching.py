"""Prompt caching: savings per hit and per day, writes, net, pay-back, minimum prefix, TTL variants."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pricing import (
    CachingRequest,
    CachingResult,
    MissingRateError,
    OutOfRangeError,
    Rates,
    analyse_caching,
    derive_writes_per_day,
)
from pricing.caching import payback_calls_per_day, saving_if_every_call_hits

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
    assert writes == 20 * (-Decimal(20) * 5 / 1_440).exp()  # 20 × e^(−0.0694) = 18.66
    assert Decimal("18.65") < writes < Decimal("18.67")
    result = analyse_caching(CachingRequest(rates=SOURCE_EXAMPLE, prefix_tokens=4_000, calls_per_day=20))
    assert result.net_saving_per_day < 0


def test_no_calls_no_writes_and_a_ttl_longer_than_the_day_writes_once() -> None:
    assert derive_writes_per_day(Decimal(0), Decimal(5)) == 0
    # λ·TTL = 100 × 600 / 480 = 125: 100 × e^−125 is far under one, and the cold cache's first call writes.
    assert derive_writes_per_day(Decimal(100), Decimal(600), Decimal(8)) == 1


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


# A 1M-token prefix makes each per-token price read directly in dollars: at $5 input, $0.50 a hit and $7 a write,
# a hit saves $4.50 and a write costs $2 more than the uncached call it replaces.
MILLION = 1_000_000
WRITE_AT_7 = Rates(input=Decimal(5), output=Decimal(15), cache_read=Decimal("0.5"), cache_write=Decimal(7),
                   source="deal rates")


def test_given_writes_a_day_and_where_the_volume_pays_back() -> None:
    request = CachingRequest(rates=WRITE_AT_7, prefix_tokens=MILLION, calls_per_day=100, writes_per_day=9)
    result = analyse_caching(request)
    assert (result.write_rate, result.write_rate_basis) == (Decimal(7), "5m cache-write rate from deal rates")
    assert (result.saving_per_hit, result.write_premium) == (Decimal("4.5"), Decimal(2))
    # 91 hits × $4.50 = $409.50, less 9 writes × $2 = $18: $391.50 a day.
    assert (result.hits_per_day, result.net_saving_per_day) == (91, Decimal("391.5"))
    assert result.cache_model == (
        "Cache model: writes per day as given; a hit refreshes the 5-minute TTL; every other call is a hit.")
    # With 9 writes whatever the volume, net(c) = (c − 9) × 4.5 − 18 turns positive above c = 9 + 18 / 4.5 = 13.
    kind, calls = payback_calls_per_day(request)
    assert kind == "crosses" and calls is not None and Decimal(13) < calls <= Decimal("13.001")


def test_pay_back_is_immediate_without_writes_and_never_without_a_saving() -> None:
    no_writes = CachingRequest(rates=WRITE_AT_7, prefix_tokens=MILLION, calls_per_day=100, writes_per_day=0)
    assert payback_calls_per_day(no_writes) == ("immediate", 0)
    read_at_input = WRITE_AT_7.model_copy(update={"cache_read": Decimal(5)})
    assert payback_calls_per_day(no_writes.model_copy(update={"rates": read_at_input})) == ("never", None)
    too_short = CachingRequest(rates=WRITE_AT_7, prefix_tokens=500, calls_per_day=100, min_prefix_tokens=1_024)
    assert payback_calls_per_day(too_short) == ("never", None)
    # A hit saves $0.00001 and a write costs $9,995 more: 100 writes pay back only above ~10^11 calls a day,
    # beyond the 10^10 the search goes to.
    thin = Rates(input=Decimal(5), output=Decimal(15), cache_read=Decimal("4.99999"), cache_write=Decimal(10_000),
                 source="deal rates")
    hopeless = CachingRequest(rates=thin, prefix_tokens=MILLION, calls_per_day=100, writes_per_day=100)
    assert payback_calls_per_day(hopeless) == ("never", None)


def test_saving_if_every_call_hits_is_the_ceiling() -> None:
    result = analyse_caching(CachingRequest(rates=SOURCE_EXAMPLE, prefix_tokens=4_000, calls_per_day=10_000))
    assert saving_if_every_call_hits(result) == Decimal(180)  # $0.018 × 10,000


@pytest.mark.parametrize(("ttl", "rate", "multiplier"), [("5m", Decimal("3.75"), "1.25"), ("1h", Decimal(6), "2")])
def test_anthropic_write_price_follows_the_ttl_when_none_is_given(ttl: str, rate: Decimal, multiplier: str) -> None:
    sonnet = Rates(input=Decimal(3), output=Decimal(15), cache_read=Decimal("0.3"), source="catalog",
                   provider="anthropic", model="claude-sonnet-4-5")
    result = analyse_caching(CachingRequest(rates=sonnet, prefix_tokens=2_000, calls_per_day=1_000, ttl=ttl))
    assert result.write_rate == rate
    assert result.write_rate_basis.startswith(f"assumed {multiplier}× the input rate for a {ttl} write")


def test_the_rates_provider_picks_the_minimum_when_the_request_names_none() -> None:
    openai_row = Rates(input=Decimal("2.5"), output=Decimal(10), cache_read=Decimal("1.25"), source="catalog",
                       provider="openai")
    result = analyse_caching(CachingRequest(rates=openai_row, prefix_tokens=1_000, calls_per_day=1_000))
    assert result.minimum_prefix_tokens == 1_024 and not result.eligible


GEMINI_STORED = Rates(input=Decimal("1.25"), output=Decimal(10), cache_read=Decimal("0.125"),
                      cache_storage=Decimal("4.5"),
               source="catalog", provider="google", model="gemini-2.5-pro")


def test_fixed_lifetime_cache_with_given_creations_and_hit_rate() -> None:
    # 3 creations of a 1M-token prefix at the $1.25 input rate = $3.75, 3 one-hour lifetimes stored at $4.50 = $13.50;
    # half of 1,000 calls hit, each saving $1.125: $562.50. Net $545.25 a day.
    result = analyse_caching(CachingRequest(rates=GEMINI_STORED, prefix_tokens=MILLION, calls_per_day=1_000,
                                            writes_per_day=3, hit_ratio=Decimal("0.5")))
    assert (result.lifetime, result.ttl_minutes, result.writes_per_day) == ("fixed", 60, 3)
    assert result.writes_derivation == "creations per day given"
    assert (result.hits_per_day, result.write_cost_per_day) == (500, Decimal("3.75"))
    assert (result.storage_hours_per_day, result.storage_per_day) == (3, Decimal("13.5"))
    assert result.net_saving_per_day == Decimal("545.25")
    assert (result.storage_rate, result.hit_ratio) == (Decimal("4.5"), Decimal("0.5"))
    assert "hit ratio as given; the cache hit rate depends on provider infrastructure and prompt structure" in (
        result.assumptions)


def test_a_fixed_lifetime_cache_without_a_storage_price_asks_for_it() -> None:
    no_storage = GEMINI_STORED.model_copy(update={"cache_storage": None})
    with pytest.raises(MissingRateError, match=r"^no cache storage rate in catalog; give it explicitly$"):
        analyse_caching(CachingRequest(rates=no_storage, prefix_tokens=MILLION, calls_per_day=1_000))


def test_poisson_writes_over_business_hours() -> None:
    # 960 calls over 8 hours (480 minutes) with a 5-minute TTL: λ·TTL = 960 × 5 / 480 = 10, a gap longer than
    # the TTL has probability e^−10, and calls × e^−10 = 0.0436 is under the one write of the cold start.
    result = analyse_caching(CachingRequest(rates=SOURCE_EXAMPLE, prefix_tokens=4_000, calls_per_day=960,
                                            active_hours_per_day=8))
    assert result.lambda_ttl == 10 and result.miss_probability == Decimal(-10).exp()
    assert result.writes_per_day == 1 and result.poisson_writes == 960 * Decimal(-10).exp()
    assert result.hits_per_day == 959
    assert result.writes_derivation == (
        "λ·TTL = 960 calls × 5 min ÷ 480 min = 10; writes = calls × e^(−λ·TTL) = 0.04, "
        "at least one per active period: 1")
    assert result.hit_ratio is None
    assert not any(a.startswith("hit ratio as given") for a in result.assumptions)
    unknown = "caching behaviour unknown for this provider: hits are assumed to refresh the TTL"
    assert unknown in result.assumptions
    stated = analyse_caching(CachingRequest(rates=SOURCE_EXAMPLE, prefix_tokens=4_000, calls_per_day=960,
                                            active_hours_per_day=8, lifetime="refresh_on_hit"))
    assert unknown not in stated.assumptions


def test_writes_of_a_single_call_and_of_a_ttl_longer_than_the_day() -> None:
    # One call a day: 1 × e^−x is under one, so the floor of one write a day applies.
    assert derive_writes_per_day(Decimal(1), Decimal(5)) == 1
    # Half a call a day (the payback search tries such volumes) never writes more than its calls.
    assert derive_writes_per_day(Decimal("0.5"), Decimal(5)) == Decimal("0.5")
    # A TTL of 1,450 minutes outlives a 24-hour day: 10 × e^(−10 × 1,450 / 1,440) is far under one.
    assert derive_writes_per_day(Decimal(10), Decimal(1_450), Decimal(24)) == 1


def test_the_break_even_hit_ratio_is_where_hits_pay_for_the_writes() -> None:
    from pricing.caching import break_even_hit_ratio, input_cost_cut

    for read, write in ((Decimal("0.1"), Decimal("1.25")), (Decimal("0.1"), Decimal(2)), (Decimal("0.5"), Decimal(3))):
        h = break_even_hit_ratio(read, write)
        assert h is not None and abs(h * (1 - read) - (1 - h) * (write - 1)) < Decimal("1e-20")
    assert break_even_hit_ratio(Decimal("0.1"), Decimal(1)) is None  # a write with no premium: any hit rate pays
    assert input_cost_cut(Decimal("0.1"), Decimal("0.8")) == Decimal("0.72")


def test_the_break_even_hit_ratio_worked_by_hand_and_its_refusals() -> None:
    from pricing.caching import break_even_hit_ratio, input_cost_cut

    # reads at 10% and writes at 125% of the input rate: a hit saves 0.9, a write costs 0.25 more; h = 0.25 / 1.15
    assert break_even_hit_ratio(Decimal("0.1"), Decimal("1.25")) == Decimal("0.25") / Decimal("1.15")
    assert input_cost_cut(Decimal("0.1")) == Decimal("0.9")  # the whole prompt cached by default
    with pytest.raises(OutOfRangeError, match=r"^cache read share 150% is out of range: allowed 0% to 100%$"):
        break_even_hit_ratio(Decimal("1.5"), Decimal(2))
    with pytest.raises(OutOfRangeError, match=r"^cache write share 101 is out of range: allowed 0 to 100$"):
        break_even_hit_ratio(Decimal("0.1"), Decimal(101))
    with pytest.raises(OutOfRangeError, match=r"^prefix share 200% is out of range"):
        input_cost_cut(Decimal("0.1"), Decimal(2))
    with pytest.raises(OutOfRangeError, match=r"^cache read share 150% is out of range"):
        input_cost_cut(Decimal("1.5"))


@pytest.mark.parametrize(
    ("rates", "prefix", "writes", "root"),
    [
        # no write premium, 5 writes a day: net(c) = max(c − 5, 0) × $0.10 is zero up to 5 calls, positive above
        (Rates(input=Decimal(5), output=Decimal(15), cache_read=Decimal("4.9"), cache_write=Decimal(5),
               source="deal rates"), MILLION, Decimal(5), Decimal(5)),
        # the source example's prefix: a hit saves $0.018, a write costs $0.005 more; 9 writes pay back above
        # 9 + 9 × 0.005 / 0.018 = 11.5 calls
        (Rates(input=Decimal(5), output=Decimal(15), cache_read=Decimal("0.5"), cache_write=Decimal("6.25"),
               source="deal rates"), 4_000, Decimal(9), Decimal("11.5")),
        # a billion writes at $4 over a $1 saving: 10^9 + 4 × 10^9 = 5 × 10^9 calls, inside the 10^10 searched
        (Rates(input=Decimal(5), output=Decimal(15), cache_read=Decimal(4), cache_write=Decimal(9),
               source="deal rates"), MILLION, Decimal(10) ** 9, Decimal(5) * Decimal(10) ** 9),
    ],
)
def test_pay_back_found_where_the_net_saving_turns_positive(
    rates: Rates, prefix: int, writes: Decimal, root: Decimal
) -> None:
    request = CachingRequest(rates=rates, prefix_tokens=prefix, calls_per_day=100, writes_per_day=writes)
    kind, calls = payback_calls_per_day(request)
    assert kind == "crosses" and calls is not None and root < calls <= root + Decimal("0.001")


def test_fixed_lifetime_creations_worked_out_from_the_ttl() -> None:
    result = analyse_caching(CachingRequest(rates=GEMINI_STORED, prefix_tokens=MILLION, calls_per_day=1_000,
                                            active_hours_per_day=8))
    assert result.writes_per_day == 8
    assert result.writes_derivation == "one creation per 60-minute window over 8 h: ceil(8 h × 60 ÷ 60 min) = 8"
def test_a_cache_read_priced_above_input_is_refused_naming_both_rates() -> None:
    from pricing import InvalidInputError

    rates = Rates(input=Decimal("0.30"), output=Decimal("15"), cache_read=Decimal("3"), cache_write=Decimal("3.75"),
                  source="given")
    with pytest.raises(InvalidInputError) as refused:
        analyse_caching(CachingRequest(rates=rates, prefix_tokens=Decimal(4000), calls_per_day=Decimal(500)))
    assert refused.value.field == "cache_read_rate"
    assert str(refused.value).startswith("cache read rate 3: a cache hit would cost more than uncached input (0.30")


# --- one cache write priced on its own, a write paid back by its hits, two lifetimes compared -------------------------
@pytest.mark.parametrize(
    ("rates", "ttl", "provider", "model", "write_rate", "basis"),
    [
        # a stated write price is used as stated, each lifetime its own
        (WRITE_AT_7, "5m", None, None, Decimal(7), "5m cache-write rate from deal rates"),
        (WRITE_AT_7.model_copy(update={"cache_write_1h": Decimal(11)}), "1h", None, None, Decimal(11),
         "1h cache-write rate from deal rates"),
        # no price stated: the provider's multiplier of the input rate, named with the table it came from
        (Rates(input=Decimal(5), output=Decimal(15), source="deal rates"), "1h", "Anthropic", "claude-haiku-4-5",
         Decimal(10), "assumed 2× the input rate for a 1h write (pricebot cache table (anthropic: Claude Haiku 4.5;"),
        # Gemini bills creating its cache at the input rate; OpenAI caches automatically, with no premium at all
        (Rates(input=Decimal(5), output=Decimal(15), source="deal rates"), "5m", "google", "gemini-2.5-flash",
         Decimal(5), "google bills creating the cache at the input rate (pricebot cache table (google:"),
        (Rates(input=Decimal(5), output=Decimal(15), source="deal rates"), "5m", "openai", "gpt-4o", Decimal(5),
         "openai caches automatically: writes cost the input rate (no premium)"),
        # nothing known of the provider: the source document's illustrative 1.25×, said to be an assumption
        (Rates(input=Decimal(5), output=Decimal(15), source="deal rates"), "5m", None, None, Decimal("6.25"),
         "assumed 1.25× the input rate for a 5m write (Anthropic's illustrative write price; no write rate given)"),
    ],
)
def test_a_cache_write_on_its_own_costs_prefix_times_write_rate_and_its_premium_over_input(
    rates: Rates, ttl: str, provider: str | None, model: str | None, write_rate: Decimal, basis: str
) -> None:
    from pricing.caching import cache_write

    write = cache_write(rates, Decimal(MILLION), ttl, provider, model)  # type: ignore[arg-type]
    assert (write.prefix_tokens, write.ttl, write.input_rate, write.write_rate) == (MILLION, ttl, 5, write_rate)
    assert write.write_rate_basis.startswith(basis)
    # a 1M-token prefix reads the per-MTok prices in dollars
    assert (write.cost, write.premium) == (write_rate, write_rate - 5)


def test_a_cache_write_reads_the_provider_and_model_of_the_rates_unless_told_otherwise() -> None:
    from pricing.caching import cache_write

    haiku = Rates(input=Decimal(1), output=Decimal(5), source="catalog", provider="anthropic", model="claude-haiku-4-5")
    assert cache_write(haiku, Decimal(2_000)).write_rate == Decimal("1.25")
    assert cache_write(haiku, Decimal(2_000), "1h").write_rate == 2
    # the same rates said to be served by OpenAI: automatic caching, writes at the input rate
    assert cache_write(haiku, Decimal(2_000), "5m", "openai", "gpt-4o").write_rate == 1
    # 2,000 tokens at $1.25/M cost $0.0025, $0.0005 more than sending them uncached
    write = cache_write(haiku, Decimal(2_000))
    assert (write.cost, write.premium) == (Decimal("0.0025"), Decimal("0.0005"))
    with pytest.raises(OutOfRangeError, match=r"^prefix tokens -1 is out of range"):
        cache_write(haiku, Decimal(-1))
    # rates that name no provider: the provider told picks the write price even without a model
    plain = Rates(input=Decimal(1), output=Decimal(5), source="deal rates")
    assert cache_write(plain, Decimal(2_000), "5m", "openai").write_rate == 1
    assert cache_write(plain, Decimal(2_000), "5m").write_rate == Decimal("1.25")  # the illustrative 1.25×


def test_a_write_is_paid_back_once_its_hits_save_more_than_its_premium() -> None:
    from pricing.caching import net_after_hits

    # a hit saves $4.50, the write cost $2 more than an uncached call
    assert net_after_hits(Decimal("4.5"), Decimal(2)) == Decimal("2.5")  # one hit by default
    assert net_after_hits(Decimal("4.5"), Decimal(2), Decimal(0)) == -2
    assert net_after_hits(Decimal("4.5"), Decimal(2), Decimal(3)) == Decimal("11.5")
    with pytest.raises(OutOfRangeError, match=r"^hits -1 is out of range"):
        net_after_hits(Decimal("4.5"), Decimal(2), Decimal(-1))


def test_lifetimes_compared_on_the_same_calls_each_at_its_own_write_price() -> None:
    from pricing import InvalidInputError
    from pricing.caching import compare_ttls

    rates = Rates(input=Decimal(3), output=Decimal(15), cache_read=Decimal("0.3"), cache_write=Decimal("3.75"),
                  cache_write_1h=Decimal(6), source="deal rates")
    request = CachingRequest(rates=rates, prefix_tokens=Decimal(6_000), calls_per_day=Decimal(300),
                             active_hours_per_day=Decimal(8))
    result = compare_ttls(request, (Decimal(5), Decimal(59), Decimal(60)))
    # each option is that lifetime's own analysis, in the order asked; from an hour on, the 1-hour write price
    assert [(o.ttl_minutes, o.ttl, o.write_rate) for o in result.options] == [
        (5, "5m", Decimal("3.75")), (59, "5m", Decimal("3.75")), (60, "1h", 6)]
    for option, minutes in zip(result.options, (5, 59, 60), strict=True):
        ttl = "1h" if minutes == 60 else "5m"
        alone = analyse_caching(request.model_copy(update={"ttl": ttl, "ttl_minutes": Decimal(minutes)}))
        assert option.net_saving_per_day == alone.net_saving_per_day
    nets = sorted((o.net_saving_per_day for o in result.options), reverse=True)
    best = next(o for o in result.options if o.net_saving_per_day == nets[0])
    # the margin is over the next best lifetime, not the worst
    assert (result.best_ttl_minutes, result.margin_per_day) == (best.ttl_minutes, nets[0] - nets[1])
    assert nets[1] != nets[2]
    # two lifetimes are enough to compare; one is refused, saying how many were given
    pair = compare_ttls(request, (Decimal(60), Decimal(5)))
    assert [o.ttl_minutes for o in pair.options] == [60, 5]
    with pytest.raises(InvalidInputError, match=r"^ttl minutes 1: two or more lifetimes to compare$") as refused:
        compare_ttls(request, (Decimal(5),))
    assert refused.value.field == "ttl_minutes"


def test_random_arrivals_write_calls_times_the_chance_of_a_gap_longer_than_the_ttl() -> None:
    # 12 calls an hour over 8 hours, 5-minute TTL refreshed on hit: λ·TTL = 96 × 5 / 480 = 1, so
    # writes = 96 × e^−1 = 35.3164 and hits = 60.6836; net = 60.6836 × $0.027 − 35.3164 × $0.0075 = $1.3736.
    rates = Rates(input=Decimal(3), output=Decimal(15), cache_read=Decimal("0.30"), cache_write=Decimal("3.75"),
                  source="message")
    result = analyse_caching(CachingRequest(rates=rates, prefix_tokens=10_000, calls_per_day=96,
                                            active_hours_per_day=8))
    assert result.lambda_ttl == 1 and result.miss_probability == Decimal(-1).exp()
    assert result.writes_per_day == result.poisson_writes == 96 * Decimal(-1).exp()
    assert result.writes_per_day.quantize(Decimal("0.0001")) == Decimal("35.3164")
    assert result.hits_per_day.quantize(Decimal("0.0001")) == Decimal("60.6836")
    assert result.net_saving_per_day.quantize(Decimal("0.0001")) == Decimal("1.3736")
    assert result.net_saving_per_month.quantize(Decimal("0.01")) == Decimal("41.78")
    assert result.writes_derivation.endswith("writes = calls × e^(−λ·TTL) = 35.32")


def test_a_cache_whose_writes_cost_more_than_its_hits_save_nets_a_loss() -> None:
    # 2 calls an hour over 10 hours: λ·TTL = 20 × 5 / 600 = 1/6; writes = 20 × e^(−1/6) = 16.9296, hits 3.0704.
    rates = Rates(input=Decimal(3), output=Decimal(15), cache_read=Decimal("0.30"), cache_write=Decimal("3.75"),
                  source="message")
    result = analyse_caching(CachingRequest(rates=rates, prefix_tokens=20_000, calls_per_day=20,
                                            active_hours_per_day=10))
    assert result.writes_per_day.quantize(Decimal("0.0001")) == Decimal("16.9296")
    assert result.gross_saving_per_day.quantize(Decimal("0.0001")) == Decimal("0.1658")
    assert result.write_cost_per_day.quantize(Decimal("0.0001")) == Decimal("0.2539")
    assert result.net_saving_per_day.quantize(Decimal("0.0001")) == Decimal("-0.0881")


def test_busy_traffic_writes_once_a_day_and_every_other_call_hits() -> None:
    # 3,000 calls an hour over 10 hours: 30,000 × e^−250 is nothing; the cold start's one write remains.
    result = analyse_caching(CachingRequest(rates=SOURCE_EXAMPLE, prefix_tokens=8_000, calls_per_day=30_000,
                                            active_hours_per_day=10, lifetime="refresh_on_hit"))
    assert result.lambda_ttl == 250 and result.writes_per_day == 1 and result.hits_per_day == 29_999
    assert result.poisson_writes is not None and result.poisson_writes < Decimal("1e-100")
    assert result.net_saving_per_day == 29_999 * Decimal("0.036") - 1 * Decimal("0.01")


def test_writes_at_random_without_prices() -> None:
    from pricing.caching import writes_at_random

    # 12 an hour over 8 hours with a 5-minute TTL: λ·TTL = 96 × 5 / 480 = 1; writes = 96 × e^−1 = 35.3164.
    estimate = writes_at_random(Decimal(96), Decimal(5), Decimal(8))
    assert estimate.lambda_ttl == 1 and estimate.miss_probability == Decimal(-1).exp()
    assert estimate.poisson_writes == estimate.writes_per_day == 96 * Decimal(-1).exp()
    assert estimate.hits_per_day == 96 - estimate.writes_per_day and estimate.active_minutes_per_day == 480
    assert estimate.hit_probability == 1 - Decimal(-1).exp()  # 63.21% of calls find the entry alive
    busy = writes_at_random(Decimal(10_000), Decimal(5))
    assert busy.writes_per_day == 1 and busy.hits_per_day == 9_999 and busy.poisson_writes < 1
    with pytest.raises(OutOfRangeError):
        writes_at_random(Decimal(-1), Decimal(5))


def test_the_hits_after_each_write_follow_from_the_hit_rate() -> None:
    from pricing.caching import hits_after_each_write
    from pricing.errors import InvalidInputError

    assert hits_after_each_write(Decimal("0.9")) == 9  # 9 hits, then the next miss writes
    assert hits_after_each_write(Decimal("0.75")) == 3
    assert hits_after_each_write(Decimal(0)) == 0
    with pytest.raises(InvalidInputError, match="below 100%"):
        hits_after_each_write(Decimal(1))


def test_a_hit_rate_refused_for_hits_per_write_is_named_with_its_value() -> None:
    from pricing.caching import hits_after_each_write
    from pricing.errors import InvalidInputError

    # Past 100%: the range error names the hit ratio, as the reply shows it.
    with pytest.raises(OutOfRangeError) as past:
        hits_after_each_write(Decimal("1.2"))
    assert past.value.field == "hit_ratio" and str(past.value).startswith("hit ratio 120%")
    # Exactly 100%: nothing is ever written, and the refusal says which number and what it was.
    with pytest.raises(InvalidInputError) as every:
        hits_after_each_write(Decimal(1))
    assert every.value.field == "hit_ratio" and every.value.value == 1
    assert str(every.value) == "hit ratio 1: must be below 100%: with every call a hit nothing is written"


def test_writes_left_out_as_asked_are_counted_at_no_cost_and_the_reply_says_so() -> None:
    def ask(writes_billed: bool) -> CachingResult:
        return analyse_caching(CachingRequest(rates=SOURCE_EXAMPLE, prefix_tokens=4_000, calls_per_day=10_000,
                                              hit_ratio=Decimal("0.9"), writes_billed=writes_billed))

    billed, left_out = ask(True), ask(False)
    # The same 1,000 writes a day, but none of them adds to the bill: the net is the gross saving of 9,000 hits.
    assert left_out.writes_per_day == billed.writes_per_day == 1_000
    assert left_out.write_extra_cost == 0 and left_out.write_cost_per_day == 0 and left_out.hits_to_pay_back == 0
    assert billed.write_cost_per_day > 0 and billed.net_saving_per_day < left_out.net_saving_per_day
    gross = 9_000 * Decimal("0.018")
    assert left_out.net_saving_per_day == left_out.gross_saving_per_day == billed.gross_saving_per_day == gross
    note = "what a cache write adds is left out, as asked: each write is counted at $0"
    assert note in left_out.assumptions and note not in billed.assumptions


def test_a_fixed_lifetime_cache_is_created_again_each_time_it_runs_out_over_the_active_hours() -> None:
    from pricing.caching import fixed_lifetime_writes

    assert fixed_lifetime_writes(Decimal(5)) == 288  # 24 hours of 5-minute lifetimes
    assert fixed_lifetime_writes(Decimal(60), Decimal(10)) == 10  # a 1-hour cache over a 10-hour day
    assert fixed_lifetime_writes(Decimal(7), Decimal(1)) == 9  # 60 ÷ 7 is 8.57: a ninth creation for the last minutes
    assert fixed_lifetime_writes(Decimal(90), Decimal("1.5")) == 1  # exactly one lifetime: one creation, not two


def test_a_lifetime_longer_than_the_days_windows_stores_the_cache_round_the_clock_not_longer() -> None:
    # a 10-hour lifetime over a 24-hour day: ⌈24 ÷ 10⌉ = 3 creations, but one cache is stored 24 h a day, not 30
    rates = GEMINI.model_copy(update={"cache_storage": Decimal("1")})
    result = analyse_caching(CachingRequest(rates=rates, prefix_tokens=100_000, calls_per_day=500, provider="google",
                                            model="gemini-2.5-pro", ttl_minutes=Decimal(600)))
    assert result.writes_per_day == 3 and result.storage_hours_per_day == 24
    assert result.storage_per_day == Decimal("2.4")  # 0.1M tokens × $1 per MTok-hour × 24 h
