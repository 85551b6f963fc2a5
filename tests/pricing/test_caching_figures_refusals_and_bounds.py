"""The caching figures' refusals name the input that was out of range (the reply says which figure to fix), and each
figure's edge cases sit exactly on its bounds: a prefix as long as the prompt, a read price equal to the input rate, as
many tokens cached as sent. Values worked by hand."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest

from pricing.caching import CachingRequest, analyse_caching
from pricing.caching_figures import (
    HitInputCost,
    cache_bill_lines,
    cached_input_bill,
    cached_volume_saving,
    caching_over,
    caching_over_months,
    hit_counts,
    hit_rate_from_counts,
    input_bill_with_caching,
    input_cost_at_hit_rate,
    input_cost_on_hit,
    input_cut,
    input_spend_per_day,
    prefix_bill,
    prefix_volume_net,
    read_rate_saving,
    stated_saving,
    storage_bill,
    write_rate_premium,
)
from pricing.errors import InvalidInputError, OutOfRangeError
from pricing.rates import Rates
from tests.pricing.test_caching_figures_bills_and_volumes import _result

D = Decimal
TOO_MANY = D(10) ** 30  # past every count's and price's bound


def _hit() -> HitInputCost:
    """A 5,000-token prompt whose 4,000-token prefix hits."""
    hit = input_cost_on_hit(D(5_000), D(4_000), D(3), D("0.3"))
    assert hit is not None
    return hit

REFUSALS: list[tuple[str, Callable[[], object]]] = [
    ("prefix_share", lambda: input_cut(D("0.1"), prefix_share=D("1.5"))),
    ("hit_ratio", lambda: input_cut(D("0.1"), hit_ratio=D("1.2"))),
    ("cache_write_share", lambda: input_cut(D("0.1"), hit_ratio=D("0.8"), write_multiple=D(-1))),
    ("input_spend", lambda: input_bill_with_caching(D(-5), D("0.5"), D("0.1"))),
    ("hit_ratio", lambda: input_bill_with_caching(D(100), D("0.5"), D("0.1"), D(2))),
    ("hit_ratio", lambda: input_cost_at_hit_rate(_hit(), D("1.1"), D("3.75"))),
    ("active_days", lambda: caching_over(_result(), "month", D(8))),
    ("term_months", lambda: caching_over_months(_result(), D(-1))),
    ("cached_tokens_per_day", lambda: cached_volume_saving(D(-1), D(3), D("0.3"))),
    ("prefix_tokens_per_day", lambda: prefix_volume_net(D(-1), D("0.9"), D(3), D("0.3"), D("3.75"))),
    ("hit_ratio", lambda: prefix_volume_net(D(1_000), D("1.5"), D(3), D("0.3"), D("3.75"))),
    ("read_tokens", lambda: cache_bill_lines(D(-1), D(0), D(0), D(3), D("0.3"), D("3.75"))),
    ("written_tokens", lambda: cache_bill_lines(D(0), D(-1), D(0), D(3), D("0.3"), D("3.75"))),
    ("uncached_tokens", lambda: cache_bill_lines(D(0), D(0), D(-1), D(3), D("0.3"), D("3.75"))),
    ("input_rate", lambda: cache_bill_lines(D(0), D(0), D(0), D(-3), D("0.3"), D("3.75"))),
    ("cache_read_rate", lambda: cache_bill_lines(D(0), D(0), D(0), D(3), D(-1), D("3.75"))),
    ("cache_write_rate", lambda: cache_bill_lines(D(0), D(0), D(0), D(3), D("0.3"), D(-1))),
    ("input_tokens_per_day", lambda: cached_input_bill(D(-1), D(0), D(3), D("0.3"))),
    ("cached_tokens_per_day", lambda: cached_input_bill(D(100), D(-1), D(3), D("0.3"))),
    ("calls_per_day", lambda: stated_saving(D("0.01"), D(-1))),
    ("saving_per_hit", lambda: stated_saving(D(-1), D(100))),
    ("hit_ratio", lambda: stated_saving(D("0.01"), D(100), D(2))),
    ("cache_write_rate", lambda: write_rate_premium(D(-1), D(3))),
    ("input_rate", lambda: write_rate_premium(D("3.75"), D(-3))),
    ("cache_read_rate", lambda: read_rate_saving(D(-1), D(3))),
    ("input_rate", lambda: read_rate_saving(D("0.3"), D(-3))),
    ("calls", lambda: hit_rate_from_counts(D(5), D(-10))),
    ("hits", lambda: hit_rate_from_counts(D(-5), D(10))),
    ("hit_ratio", lambda: hit_rate_from_counts(D(11), D(10))),
    ("calls", lambda: hit_counts(D(-10), D("0.5"))),
    ("hit_ratio", lambda: hit_counts(D(10), D("1.5"))),
    ("prefix_tokens", lambda: storage_bill(TOO_MANY, D("4.5"), D(10))),
    ("cache_storage_rate", lambda: storage_bill(D(1_000), D(-1), D(10))),
    ("hours", lambda: storage_bill(D(1_000), D("4.5"), D(25), days=D(2))),
    ("days", lambda: storage_bill(D(1_000), D("4.5"), D(10), days=D(-2))),
]


@pytest.mark.parametrize(("field", "call"), REFUSALS, ids=[f"{i}-{f}" for i, (f, _) in enumerate(REFUSALS)])
def test_a_refusal_names_the_input_out_of_range(field: str, call: Callable[[], object]) -> None:
    with pytest.raises(OutOfRangeError) as refused:
        call()
    assert refused.value.field == field


def test_no_calls_to_count_the_hits_among_is_named_as_such() -> None:
    with pytest.raises(InvalidInputError) as refused:
        hit_rate_from_counts(D(0), D(0))
    assert refused.value.field == "calls" and "no calls" in str(refused.value)


def test_a_counted_hit_rate_keeps_the_counts_it_came_from() -> None:
    counted = hit_rate_from_counts(D(45), D(50))
    assert (counted.hits, counted.calls, counted.hit_ratio) == (D(45), D(50), D("0.9"))
    split = hit_counts(D(50), D("0.9"))
    assert (split.calls, split.hit_ratio, split.hits, split.writes) == (D(50), D("0.9"), D(45), D(5))


def test_a_prompt_as_long_as_its_prefix_is_all_prefix() -> None:
    whole = input_cost_on_hit(D(4_000), D(4_000), D(3), D("0.3"))
    assert whole is not None and whole.rest == 0 and whole.cached == D("0.0012")  # 4,000 × $0.30/1M
    cut = input_cut(D("0.1"), prefix_tokens=D(4_000), input_tokens=D(4_000))
    assert cut.prefix_share == 1 and cut.cut == D("0.9")


@pytest.mark.parametrize("read", [D(3), D("2.99")])
def test_a_read_priced_at_or_under_the_input_rate_still_nets(read: Decimal) -> None:
    net = prefix_volume_net(D(1_000_000), D("0.5"), D(3), read, D("3.75"))
    assert net is not None
    # 500k hits save (3 − read) each million; 500k written cost 0.75 a million more
    assert net.net == D("0.5") * (D(3) - read) - D("0.375")
    bill = cached_input_bill(D(1_000_000), D(1_000_000), D(3), read)
    assert bill is not None and bill.uncached_tokens == 0 and bill.after == read  # every token read from the cache


def test_a_read_dearer_than_input_nets_nothing() -> None:
    assert prefix_volume_net(D(1_000_000), D("0.5"), D(3), D("3.01"), D("3.75")) is None
    assert cached_input_bill(D(1_000_000), D(1_000_000), D(3), D("3.01")) is None


def test_a_days_input_spend_keeps_the_prompts_parts_and_prices_the_output_only_with_both_figures() -> None:
    result = _result()
    said = input_spend_per_day(result, D(5_000), rest_tokens=D(1_000))
    assert said is not None and said.rest_tokens == D(1_000)
    assert (said.output_tokens, said.output_rate, said.output_per_day, said.bill_cut) == (None, None, None, None)
    half = input_spend_per_day(result, D(5_000), output_tokens=D(500))  # no output rate: no output priced
    assert half is not None and (half.output_tokens, half.output_rate) == (None, None)
    rate_only = input_spend_per_day(result, D(5_000), output_rate=D(15))
    assert rate_only is not None and (rate_only.output_tokens, rate_only.output_rate) == (None, None)
    both = input_spend_per_day(result, D(5_000), output_tokens=D(500), output_rate=D(15))
    assert both is not None
    # input: 10,000 × 5,000 × $3/1M = $150; output 10,000 × 500 × $15/1M = $75; net saving from the caching result
    assert (both.without_caching, both.output_per_day, both.bill_without_caching) == (D(150), D(75), D(225))
    assert both.bill_with_caching == D(225) - result.net_saving_per_day
    assert both.bill_cut == result.net_saving_per_day / D(225)


def test_a_period_of_caching_keeps_the_saving_per_hit_and_names_no_days_for_every_day() -> None:
    over = caching_over(_result(), "week")
    # 4,000 × ($3 − $0.30)/1M = $0.0108 a hit; a week of every day is 7 days, said as none
    assert (over.saving_per_hit, over.days, over.period) == (D("0.0108"), None, "week")
    assert over.hits == D(63_000) and over.calls == D(70_000)
    five = caching_over(_result(), "week", D(5))
    assert (five.days, five.hits, five.calls) == (D(5), D(45_000), D(50_000))


def test_input_bill_refuses_nothing_at_its_bounds() -> None:
    nothing = input_bill_with_caching(D(0), D(1), D("0.1"), D(0))
    assert (nothing.saving, nothing.bill) == (D(0), D(0))
    full = input_bill_with_caching(D(100), D(1), D("0.1"), D(1))
    assert (full.saving, full.bill) == (D(90), D(10))


def test_every_call_a_hit_is_within_bounds() -> None:
    assert stated_saving(D("0.01"), D(100), D(1)).per_day == 1  # 100 hits × $0.01
    assert hit_counts(D(100), D(1)).writes == 0
    assert hit_rate_from_counts(D(100), D(100)).hit_ratio == 1


def test_no_calls_keeps_the_count_it_was_given() -> None:
    with pytest.raises(InvalidInputError) as refused:
        hit_rate_from_counts(D(0), D(0))
    assert refused.value.value == 0


def test_a_stated_saving_keeps_the_hit_rate_it_was_worked_at() -> None:
    at_half = stated_saving(D("0.01"), D(1_000), D("0.5"))
    assert (at_half.hit_ratio, at_half.hits_per_day, at_half.per_day) == (D("0.5"), D(500), D(5))
    assert stated_saving(D("0.01"), D(1_000)).hit_ratio is None  # every call a hit, no rate said


def test_every_call_hitting_leaves_no_misses_in_the_prefix_bill() -> None:
    rates = Rates(input=D(3), output=D(15), cache_read=D("0.3"), cache_write=D("3.75"), source="deal rates")
    bill = prefix_bill(analyse_caching(CachingRequest(rates=rates, prefix_tokens=D(4_000), calls_per_day=D(1_000),
                                                      hit_ratio=D(1))))
    assert (bill.misses, bill.misses_part, bill.writes_part) == (D(0), D(0), D(0))
    assert bill.with_caching == D("1.2")  # 1,000 hits × 4,000 × $0.30/1M


def test_the_misses_and_writes_are_one_line_only_when_each_miss_is_a_billed_write_on_a_refreshed_cache() -> None:
    rates = Rates(input=D(3), output=D(15), cache_read=D("0.3"), cache_write=D("3.75"), cache_storage=D("4.5"),
                  source="deal rates")
    # a fixed-lifetime cache created by a call: 10 creations a day, each adding the write premium, the misses equal
    # to them; its creations are set apart from the calls all the same
    fixed = prefix_bill(analyse_caching(CachingRequest(
        rates=rates, prefix_tokens=D(4_000), calls_per_day=D(1_000), lifetime="fixed", created_by_a_call=True,
        writes_per_day=D(10), ttl_minutes=D(60), active_hours_per_day=D(10))))
    assert (fixed.misses, fixed.writes, fixed.write_extra_cost) == (D(10), D(10), D("0.003"))
    assert not fixed.writes_at_write_rate
    # writes left out, as asked: each miss is a write, but at nothing extra, so no line at the write price
    free = prefix_bill(analyse_caching(CachingRequest(rates=rates, prefix_tokens=D(4_000), calls_per_day=D(1_000),
                                                      hit_ratio=D("0.9"), writes_billed=False)))
    assert free.misses == free.writes == D(100) and free.write_extra_cost == 0
    assert not free.writes_at_write_rate
