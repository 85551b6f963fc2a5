"""The caching figures the replies reach only through the router until now: the prefix's bill a day both ways, an
input bill with part of it read from the cache, a volume of prefix tokens netted at a hit rate, a saving per hit said
outright, the average call at a hit rate, and a day's figures over a term of months. Values worked by hand."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pricing.caching import CachingRequest, CachingResult, analyse_caching
from pricing.caching_figures import (
    cached_input_bill,
    caching_over_months,
    input_cost_at_hit_rate,
    input_cost_on_hit,
    prefix_bill,
    prefix_volume_net,
    stated_saving,
)
from pricing.errors import OutOfRangeError
from pricing.rates import Rates

D = Decimal
# No provider named: the write price is the one given.
RATES = Rates(input=D(3), output=D(15), cache_read=D("0.3"), cache_write=D("3.75"), source="deal rates")


def _result() -> CachingResult:
    """4,000-token prefix, 10,000 calls a day, 90% of them hits."""
    return analyse_caching(CachingRequest(rates=RATES, prefix_tokens=D(4_000), calls_per_day=D(10_000),
                                          hit_ratio=D("0.9")))


def test_the_prefix_bill_a_day_both_ways() -> None:
    bill = prefix_bill(_result())
    # uncached: 4,000 × 10,000 × $3/1M = $120; hits 9,000 × 4,000 × $0.30/1M = $10.80; misses 1,000 × 4,000 × $3/1M
    # = $12; each miss writes: 1,000 × 4,000 × ($3.75 − $3)/1M = $3
    assert (bill.hits, bill.misses, bill.writes) == (D(9_000), D(1_000), D(1_000))
    assert (bill.without_caching, bill.hits_part, bill.misses_part, bill.writes_part) == (
        D(120), D("10.8"), D(12), D(3))
    assert bill.writes_at_write_rate  # every miss is a write at the write premium: one line at the write price


def test_an_input_bill_with_part_read_from_the_cache() -> None:
    bill = cached_input_bill(D(50_000_000), D(30_000_000), D(2), D("0.5"))
    assert bill is not None
    # before: 50M × $2/1M = $100; after: 20M × $2/1M + 30M × $0.50/1M = $40 + $15
    assert (bill.before, bill.uncached_part, bill.cached_part) == (D(100), D(40), D(15))
    month = cached_input_bill(D(24_000_000), D(12_000_000), D(2), D("0.5"), period="month")
    assert month is not None  # 24M a day × 730 ÷ 24 = 730M a month, half of it cached
    assert (month.input_tokens, month.cached_tokens, month.before) == (D(730_000_000), D(365_000_000), D(1_460))


@pytest.mark.parametrize("cached,read", [(D(60_000_000), D("0.5")), (D(30_000_000), D(3))])
def test_no_input_bill_when_more_is_cached_than_sent_or_a_read_costs_more(cached: Decimal, read: Decimal) -> None:
    assert cached_input_bill(D(50_000_000), cached, D(2), read) is None


def test_a_volume_of_prefix_tokens_netted_at_a_hit_rate() -> None:
    net = prefix_volume_net(D(100_000_000), D("0.8"), D(3), D("0.3"), D("3.75"))
    assert net is not None
    # hits 80M × ($3 − $0.30)/1M = $216; written 20M × ($3.75 − $3)/1M = $15
    assert (net.hit_tokens, net.written_tokens, net.hit_saving, net.write_premium) == (
        D(80_000_000), D(20_000_000), D(216), D(15))
    week = prefix_volume_net(D(100_000_000), D("0.8"), D(3), D("0.3"), D("3.75"), period="week")
    assert week is not None and week.prefix_tokens == D(700_000_000) and week.hit_saving == D(1_512)
    assert prefix_volume_net(D(1), D("0.8"), D(3), D(4), D("3.75")) is None  # a read dearer than input


def test_a_volume_netted_refuses_a_hit_rate_above_one_by_name() -> None:
    with pytest.raises(OutOfRangeError) as refused:
        prefix_volume_net(D(1_000), D("1.5"), D(3), D("0.3"), D("3.75"))
    assert refused.value.field == "hit_ratio"


def test_a_saving_per_hit_said_outright_over_a_days_calls() -> None:
    every = stated_saving(D("0.009"), D(20_000))
    assert (every.hits_per_day, every.per_day, every.per_month) == (D(20_000), D(180), D(5_475))
    some = stated_saving(D("0.009"), D(20_000), D("0.75"))  # 15,000 hits × $0.009 = $135; × 730 ÷ 24 = $4,106.25
    assert (some.hits_per_day, some.per_day, some.per_month) == (D(15_000), D(135), D("4106.25"))


def test_the_average_call_at_a_hit_rate_each_miss_writing_the_prefix() -> None:
    hit = input_cost_on_hit(D(10_000), D(8_000), D("1.25"), D("0.3125"))
    assert hit is not None
    average = input_cost_at_hit_rate(hit, D("0.75"), D("1.5625"))
    # rest 2,000 × $1.25/1M = $0.0025; hits 75% × 8,000 × $0.3125/1M = $0.001875; writes 25% × 8,000 × $1.5625/1M =
    # $0.003125; average $0.0075 against $0.0125 uncached
    assert (average.rest, average.hits, average.writes, average.average, average.uncached) == (
        D("0.0025"), D("0.001875"), D("0.003125"), D("0.0075"), D("0.0125"))
    assert average.miss_ratio == D("0.25")


def test_a_days_figures_over_a_term_of_months() -> None:
    term = caching_over_months(_result(), D(12))
    # a day: hits 9,000 × $0.0108 = $97.20, writes 1,000 × $0.003 = $3, net $94.20; a month × 730 ÷ 24
    assert term.net_per_month == D("2865.25")
    assert (term.hit_savings, term.write_costs, term.net) == (D("35478"), D("1095"), D("34383"))
    assert (term.calls, term.hits) == (D(3_650_000), D(3_285_000))
    with pytest.raises(OutOfRangeError):
        caching_over_months(_result(), D(0))
