"""Figures read from cache prices and a caching result (pricing.caching_figures). Values worked by hand."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pricing import CachingRequest, OutOfRangeError, Rates, analyse_caching
from pricing.caching_figures import (
    caching_over,
    hit_break_even,
    hit_savings_per_day,
    input_cut,
    multiple_of_input,
    price_at_multiple,
    write_costs_per_day,
)

# $3/M input, reads $0.30 (0.1×), writes $3.75 (1.25×); 10,000-token prefix, 10,000 calls a day, 90% hits.
RATES = Rates(input=Decimal(3), output=Decimal(15), cache_read=Decimal("0.3"), cache_write=Decimal("3.75"),
              source="your message")
RESULT = analyse_caching(CachingRequest(rates=RATES, prefix_tokens=Decimal(10_000), calls_per_day=Decimal(10_000),
                                        hit_ratio=Decimal("0.9")))


def test_cache_prices_as_multiples_of_the_input_rate() -> None:
    assert multiple_of_input(Decimal("0.3"), Decimal(3)) == Decimal("0.1")
    assert multiple_of_input(Decimal("3.75"), Decimal(3)) == Decimal("1.25")
    assert multiple_of_input(None, Decimal(3)) is None
    assert multiple_of_input(Decimal("0.3"), Decimal(0)) is None  # no input price to compare with
    assert multiple_of_input(Decimal("0.3"), None) is None


def test_a_cache_price_stated_as_a_multiple_of_the_input_rate() -> None:
    assert price_at_multiple(Decimal(3), Decimal("0.1")) == Decimal("0.3")  # reads at 10% of $3
    assert price_at_multiple(Decimal("2.5"), Decimal("1.25")) == Decimal("3.125")  # writes at 125% of $2.50


def test_break_even_hit_rate_with_what_a_hit_saves_and_a_write_adds() -> None:
    found = hit_break_even(Decimal("0.1"), Decimal("1.25"))
    assert found is not None
    assert found.hit_saving == Decimal("0.9")  # 1 − 10%
    assert found.write_premium == Decimal("0.25")  # 125% − 100%
    assert found.hit_ratio.quantize(Decimal("0.0001")) == Decimal("0.2174")  # 25% ÷ (25% + 90%)
    assert hit_break_even(Decimal("0.1"), Decimal(1)) is None  # writes at the input price: any hit rate pays
    with pytest.raises(OutOfRangeError, match="cache read share"):
        hit_break_even(Decimal("1.5"), Decimal("1.25"))


def test_input_cost_cut_by_a_hit_of_the_prompt_or_of_the_prefix_alone() -> None:
    of_prompt = input_cut(Decimal("0.1"), Decimal(8_000), Decimal(10_000))  # 80% of the prompt cached × 90%
    assert (of_prompt.prefix_share, of_prompt.cut) == (Decimal("0.8"), Decimal("0.72"))
    of_prefix = input_cut(Decimal("0.1"))
    assert (of_prefix.prefix_share, of_prefix.cut) == (None, Decimal("0.9"))
    longer_prefix = input_cut(Decimal("0.1"), Decimal(12_000), Decimal(10_000))  # not a share of the prompt
    assert (longer_prefix.prefix_share, longer_prefix.cut) == (None, Decimal("0.9"))
    # a prefix as long as the prompt is the whole prompt cached: a share of it (100%), as the reply shows it
    whole = input_cut(Decimal("0.1"), Decimal(10_000), Decimal(10_000))
    assert (whole.prefix_share, whole.cut) == (1, Decimal("0.9"))


def test_a_days_hit_savings_and_write_costs() -> None:
    assert hit_savings_per_day(RESULT) == Decimal(243)  # 9,000 hits × 10,000 × ($3 − $0.30)/M
    assert write_costs_per_day(RESULT) == Decimal("7.5")  # 1,000 writes × 10,000 × ($3.75 − $3)/M


@pytest.mark.parametrize(("period", "hits", "writes", "net", "calls"), [
    ("week", Decimal(1_701), Decimal("52.5"), Decimal("1648.5"), Decimal(70_000)),  # × 7
    ("month", Decimal("7391.25"), Decimal("228.125"), Decimal("7163.125"), Decimal("304166.6667")),  # × 730 ÷ 24
    # three such months: × 3 × 730 ÷ 24
    ("quarter", Decimal("22173.75"), Decimal("684.375"), Decimal("21489.375"), Decimal(912_500)),
    ("year", Decimal(88_695), Decimal("2737.5"), Decimal("85957.5"), Decimal(3_650_000)),  # × 365
])
def test_the_days_figures_over_a_week_a_730_hour_month_a_quarter_and_a_year(
    period: str, hits: Decimal, writes: Decimal, net: Decimal, calls: Decimal
) -> None:
    over = caching_over(RESULT, period)  # type: ignore[arg-type]
    assert over.period == period
    assert (over.hit_savings, over.write_costs, over.net) == (hits, writes, net)
    assert over.calls.quantize(Decimal("0.0001")) == calls  # the calls over the period at the day's volume
    assert over.hits.quantize(Decimal("0.0001")) == (calls * Decimal("0.9")).quantize(Decimal("0.0001"))  # 90% hit


def test_a_monthly_input_bill_with_a_repeated_prefix_gives_the_saving_and_the_bill_left() -> None:
    from pricing.caching_figures import input_bill_with_caching

    # $9,000 of input, 70% of it a prefix read at 10% of the input price: 9,000 × 0.7 × 0.9 saved when every call hits
    cut = input_bill_with_caching(Decimal(9000), Decimal("0.7"), Decimal("0.1"))
    assert (cut.spend, cut.prefix_share, cut.read_multiple, cut.hit_ratio) == (
        Decimal(9000), Decimal("0.7"), Decimal("0.1"), Decimal(1))
    assert (cut.saving, cut.bill) == (Decimal(5670), Decimal(3330))
    half = input_bill_with_caching(Decimal(9000), Decimal("0.7"), Decimal("0.1"), Decimal("0.5"))
    assert (half.hit_ratio, half.saving, half.bill) == (Decimal("0.5"), Decimal(2835), Decimal(6165))
    with pytest.raises(OutOfRangeError) as refused:
        input_bill_with_caching(Decimal(-1), Decimal("0.7"), Decimal("0.1"))
    assert refused.value.field == "input_spend"
    with pytest.raises(OutOfRangeError) as refused:
        input_bill_with_caching(Decimal(9000), Decimal("0.7"), Decimal("0.1"), Decimal("1.5"))
    assert refused.value.field == "hit_ratio"


def test_the_input_cost_of_a_call_that_hits_against_the_same_call_uncached() -> None:
    from pricing.caching_figures import input_cost_on_hit

    # a 5k-token prompt, 4k of it a fixed prefix, at $3/MTok input and $0.30/MTok cache read
    hit = input_cost_on_hit(Decimal(5000), Decimal(4000), Decimal(3), Decimal("0.3"))
    assert hit is not None
    assert (hit.prompt_tokens, hit.prefix_tokens, hit.input_rate, hit.cache_read_rate) == (
        Decimal(5000), Decimal(4000), Decimal(3), Decimal("0.3"))
    assert hit.uncached == Decimal("0.015")  # 5,000 × $3 ÷ 1M
    assert (hit.rest, hit.prefix) == (Decimal("0.003"), Decimal("0.0012"))  # 1,000 × $3 and 4,000 × $0.30, per 1M
    assert hit.cached == Decimal("0.0042")
    whole = input_cost_on_hit(Decimal(4000), Decimal(4000), Decimal(3), Decimal("0.3"))
    assert whole is not None and (whole.rest, whole.cached) == (Decimal(0), Decimal("0.0012"))
    assert input_cost_on_hit(Decimal(3000), Decimal(4000), Decimal(3), Decimal("0.3")) is None


def test_storage_an_hour_a_day_and_the_hits_that_cover_it() -> None:
    from pricing import CachingRequest, Rates, analyse_caching
    from pricing.caching_figures import storage_cover

    rates = Rates(input=Decimal("1.25"), output=Decimal(10), cache_read=Decimal("0.125"),
                  cache_storage=Decimal("4.5"), source="message")
    # 200k tokens × $4.50/1M an hour = $0.90; kept 8 hours (eight 1-hour windows) = $7.20 a day; a hit saves
    # 200k × $1.125/1M = $0.225, so 0.90 ÷ 0.225 = 4 hits an hour cover the storage.
    fixed = analyse_caching(CachingRequest(rates=rates, prefix_tokens=200_000, calls_per_day=0, ttl="1h",
                                           active_hours_per_day=Decimal(8), lifetime="fixed"))
    cover = storage_cover(fixed)
    assert cover is not None
    assert cover.storage_per_hour == Decimal("0.9") and cover.hours_stored == 8
    assert cover.storage_per_day == Decimal("7.2") and cover.hits_per_hour == 4
    assert cover.hits_per_day == 32  # $7.20 a day ÷ $0.225 a hit
    # A refresh-on-hit cache with a storage price is kept over its active hours.
    kept = analyse_caching(CachingRequest(rates=rates, prefix_tokens=100_000, calls_per_day=0,
                                          active_hours_per_day=Decimal(10), lifetime="refresh_on_hit"))
    kept_cover = storage_cover(kept)
    assert kept_cover is not None and kept_cover.hours_stored == 10 and kept_cover.storage_per_day == Decimal("4.5")
    assert kept_cover.hits_per_hour == Decimal("0.45") / Decimal("0.1125")
    no_storage = analyse_caching(CachingRequest(rates=rates.model_copy(update={"cache_storage": None}),
                                                prefix_tokens=100_000, calls_per_day=0))
    assert storage_cover(no_storage) is None
    free = rates.model_copy(update={"cache_read": Decimal("1.25")})
    nothing_saved = analyse_caching(CachingRequest(rates=free, prefix_tokens=100_000, calls_per_day=0,
                                                   lifetime="refresh_on_hit"))
    free_cover = storage_cover(nothing_saved)
    assert free_cover is not None and free_cover.hits_per_hour is None and free_cover.hits_per_day is None


def test_how_much_more_one_hit_rate_nets_a_month_than_another() -> None:
    from pricing.caching_figures import monthly_net_difference

    # at 50% hits: 5,000 hits × $0.027 − 5,000 writes × $0.0075 = $97.50 a day, $2,965.625 a 730-hour month;
    # at 90% (RESULT) $235.50 a day, $7,163.125 a month: 90% nets $4,197.50 a month more, 50% that much less
    half = analyse_caching(CachingRequest(rates=RATES, prefix_tokens=Decimal(10_000), calls_per_day=Decimal(10_000),
                                          hit_ratio=Decimal("0.5")))
    assert half.net_saving_per_month == Decimal("2965.625")
    assert monthly_net_difference(RESULT, half) == Decimal("4197.5")
    assert monthly_net_difference(half, RESULT) == Decimal("-4197.5")
    assert monthly_net_difference(RESULT, RESULT) == 0


def test_a_fixed_lifetime_cache_stores_whole_windows_past_its_active_hours() -> None:
    from pricing.caching_figures import storage_cover

    rates = Rates(input=Decimal("1.25"), output=Decimal(10), cache_read=Decimal("0.125"),
                  cache_storage=Decimal("4.5"), source="message")
    # 2.5 active hours with a 1-hour lifetime: three windows are created, so the prefix is stored 3 hours a day,
    # not 2.5: $0.90 an hour × 3 = $2.70 a day, paid back by 4 hits an hour, 12 a day
    fixed = analyse_caching(CachingRequest(rates=rates, prefix_tokens=200_000, calls_per_day=0, ttl="1h",
                                           active_hours_per_day=Decimal("2.5"), lifetime="fixed"))
    cover = storage_cover(fixed)
    assert cover is not None
    assert (cover.storage_per_hour, cover.hours_stored, cover.storage_per_day) == (
        Decimal("0.9"), Decimal(3), Decimal("2.7"))
    assert (cover.hits_per_hour, cover.hits_per_day) == (Decimal(4), Decimal(12))


def test_the_whole_bill_of_a_call_that_hits_against_the_same_call_uncached() -> None:
    from pricing.caching_figures import call_bill_on_hit, input_cost_on_hit

    # 6,000 prefix + 1,000 fresh input + 500 output at $3 in, $15 out, $0.30 read
    hit = input_cost_on_hit(Decimal(7000), Decimal(6000), Decimal(3), Decimal("0.3"))
    assert hit is not None
    bill = call_bill_on_hit(hit, Decimal(500), Decimal(15))
    assert bill.output == Decimal("0.0075")  # 500 × $15 ÷ 1M, the same both ways
    assert bill.uncached == Decimal("0.0285")  # 7,000 × $3 ÷ 1M + $0.0075
    assert bill.cached == Decimal("0.0123")  # 1,000 × $3 + 6,000 × $0.30, per 1M, + $0.0075
    assert bill.saving == Decimal("0.0162")  # the prefix's input alone: 6,000 × ($3 − $0.30) ÷ 1M
    assert bill.cut.quantize(Decimal("0.0001")) == Decimal("0.5684")  # of the whole call
    assert bill.input_cut.quantize(Decimal("0.0001")) == Decimal("0.7714")  # of its input
    nothing = input_cost_on_hit(Decimal(0), Decimal(0), Decimal(3), Decimal("0.3"))
    assert nothing is not None
    free = call_bill_on_hit(nothing, Decimal(0), Decimal(15))
    assert (free.cut, free.input_cut) == (0, 0)


def test_the_hits_that_pay_back_one_write_are_its_premium_over_a_hits_saving() -> None:
    found = hit_break_even(Decimal("0.1"), Decimal("1.25"))
    assert found is not None and found.hits_per_write == Decimal("0.25") / Decimal("0.9")  # 0.28 of a hit
    dear = hit_break_even(Decimal("0.5"), Decimal(2))  # a write adds a whole input price, a hit saves half of one
    assert dear is not None and dear.hits_per_write == 2


def test_a_days_input_spend_on_whole_prompts_without_caching_and_with_it() -> None:
    from pricing.caching_figures import InputSpend, input_spend_per_day

    # 12,500-token prompts, 10,000 a day at $3/M: $375 a day uncached. Caching the 10,000-token prefix nets
    # 9,000 hits × $0.027 − 1,000 writes × $0.0075 = $235.50, so $139.50 is left: 62.8% off.
    spend = input_spend_per_day(RESULT, Decimal(12_500))
    assert spend is not None
    assert (spend.calls_per_day, spend.prompt_tokens, spend.input_rate) == (10_000, 12_500, 3)
    assert spend.without_caching == 375 and spend.net_saving == RESULT.net_saving_per_day == Decimal("235.5")
    assert spend.with_caching == Decimal("139.5") and spend.cut == Decimal("0.628")
    # A prompt the size of the prefix is all prefix; a shorter one cannot be the whole prompt.
    whole = input_spend_per_day(RESULT, Decimal(10_000))
    assert whole is not None and whole.without_caching == 300 and whole.cut == Decimal("0.785")
    assert input_spend_per_day(RESULT, Decimal(9_999)) is None
    # No spend, no share of it.
    nothing = InputSpend(calls_per_day=Decimal(0), prompt_tokens=Decimal(0), input_rate=Decimal(3),
                         without_caching=Decimal(0), net_saving=Decimal(0))
    assert nothing.cut == 0 and nothing.with_caching == 0


@pytest.mark.parametrize(("period", "hits"), [
    ("week", Decimal(63_000)),  # 9,000 hits a day × 7
    ("month", Decimal(273_750)),  # × 730 ÷ 24
    ("quarter", Decimal(821_250)),  # three such months
    ("year", Decimal(3_285_000)),  # × 365
])
def test_the_hits_over_a_period_times_the_saving_per_hit_are_the_hit_savings(period: str, hits: Decimal) -> None:
    over = caching_over(RESULT, period)  # type: ignore[arg-type]
    assert over.hits == hits
    assert over.saving_per_hit == Decimal("0.027")  # 10,000 × ($3 − $0.30)/M
    assert over.hits * over.saving_per_hit == over.hit_savings


def test_a_hit_rate_from_counts() -> None:
    from pricing.caching_figures import hit_rate_from_counts

    counted = hit_rate_from_counts(Decimal(8800), Decimal(10000))
    assert (counted.hits, counted.calls, counted.hit_ratio) == (Decimal(8800), Decimal(10000), Decimal("0.88"))
    assert hit_rate_from_counts(Decimal(0), Decimal(5)).hit_ratio == 0


@pytest.mark.parametrize(("hits", "calls"), [(Decimal(11), Decimal(10)), (Decimal(0), Decimal(0))])
def test_a_hit_rate_from_counts_refuses_impossible_counts(hits: Decimal, calls: Decimal) -> None:
    from pricing.caching_figures import hit_rate_from_counts
    from pricing.errors import PricingError

    with pytest.raises(PricingError):
        hit_rate_from_counts(hits, calls)


def test_a_write_price_against_the_input_rate() -> None:
    from pricing.caching_figures import write_rate_premium

    premium = write_rate_premium(Decimal("3.75"), Decimal(3))
    assert premium is not None
    assert (premium.multiple, premium.premium) == (Decimal("1.25"), Decimal("0.75"))
    assert write_rate_premium(Decimal(1), Decimal(0)) is None


def test_a_read_price_against_the_input_rate() -> None:
    from pricing.caching_figures import read_rate_saving

    saving = read_rate_saving(Decimal("0.30"), Decimal(3))
    assert saving is not None
    assert (saving.multiple, saving.saving, saving.saving_share) == (Decimal("0.1"), Decimal("2.70"), Decimal("0.9"))
    assert read_rate_saving(Decimal("0.1"), Decimal(0)) is None
