"""Property tests: costs monotone in tokens and rates; the cost ratio is exactly 1 at break-even."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from pricing import (
    CachingRequest,
    PerCallRequest,
    PerTokenRequest,
    Rates,
    UtilizationRequest,
    analyse_caching,
    break_even_utilization,
    compare_at_utilization,
    compare_per_call,
    quote_per_token,
)

tokens = st.integers(min_value=0, max_value=10_000_000).map(Decimal)
rates = st.decimals(min_value=0, max_value=1_000, places=3, allow_nan=False, allow_infinity=False)
extra = st.integers(min_value=0, max_value=1_000_000).map(Decimal)
discounts = st.decimals(min_value=0, max_value=Decimal("0.999"), places=3)


def _rates(i: Decimal, o: Decimal) -> Rates:
    return Rates(input=i, output=o, source="property test")


def _daily(r: Rates, i: Decimal, o: Decimal) -> Decimal:
    quote = quote_per_token(PerTokenRequest(rates=r, input_tokens=i, output_tokens=o, calls_per_day=1_000))
    assert quote.per_day is not None and quote.per_month is not None and quote.per_call is not None
    assert quote.per_month.total >= quote.per_day.total
    return quote.per_day.total


@given(rates, rates, tokens, tokens, extra, extra)
def test_cost_grows_with_tokens(ri: Decimal, ro: Decimal, i: Decimal, o: Decimal, di: Decimal, do: Decimal) -> None:
    r = _rates(ri, ro)
    more_in, more_out = min(i + di, Decimal(10_000_000)), min(o + do, Decimal(10_000_000))
    assert _daily(r, more_in, more_out) >= _daily(r, i, o)


@given(rates, rates, rates, rates, tokens, tokens)
def test_cost_grows_with_rates(ri: Decimal, ro: Decimal, dri: Decimal, dro: Decimal, i: Decimal, o: Decimal) -> None:
    assert _daily(_rates(ri + dri, ro + dro), i, o) >= _daily(_rates(ri, ro), i, o)


@given(discounts)
def test_ratio_is_exactly_one_at_break_even(d: Decimal) -> None:
    result = compare_at_utilization(UtilizationRequest(discount=d, utilization=break_even_utilization(d)))
    assert result.cost_ratio == 1 and result.direction == "equal"


@given(discounts, st.integers(min_value=1, max_value=1000).map(lambda u: Decimal(u) / 1000))
def test_above_break_even_is_below_on_demand(d: Decimal, u: Decimal) -> None:
    result = compare_at_utilization(UtilizationRequest(discount=d, utilization=u))
    assert (result.direction == "below") == (u > 1 - d)


@given(
    st.integers(min_value=1_024, max_value=200_000).map(Decimal),
    st.integers(min_value=0, max_value=10**7).map(Decimal),
    st.integers(min_value=0, max_value=1000).map(lambda x: Decimal(x) / 1000),
)
def test_caching_gross_saving_grows_with_prefix_and_calls(prefix: Decimal, calls: Decimal, hit: Decimal) -> None:
    r = Rates(input=Decimal(5), output=Decimal(15), cache_read=Decimal("0.5"), source="p")
    base = analyse_caching(CachingRequest(rates=r, prefix_tokens=prefix, calls_per_day=calls, hit_ratio=hit))
    bigger = analyse_caching(CachingRequest(rates=r, prefix_tokens=prefix * 2, calls_per_day=calls * 2, hit_ratio=hit))
    assert bigger.gross_saving_per_day >= base.gross_saving_per_day >= 0


fees = st.integers(min_value=1, max_value=100_000).map(lambda c: Decimal(c) / 10_000)
positive_rates = st.integers(min_value=1, max_value=100_000).map(lambda c: Decimal(c) / 1_000)
per_call_tokens = st.integers(min_value=1, max_value=100_000).map(Decimal)


@given(fees, positive_rates, positive_rates, per_call_tokens, per_call_tokens)
def test_per_token_cost_at_the_crossover_equals_the_fee(
    fee: Decimal, ri: Decimal, ro: Decimal, i: Decimal, o: Decimal
) -> None:
    result = compare_per_call(PerCallRequest(rates=_rates(ri, ro), fee_per_call=fee, input_tokens=i, output_tokens=o))
    assert result.crossover_input_tokens is not None and result.crossover_output_tokens is not None
    at_crossover = (result.crossover_input_tokens * ri + result.crossover_output_tokens * ro) / 1_000_000
    assert abs(at_crossover - fee) <= fee * Decimal("1e-20")
    planned = i + o
    assert result.crossover_tokens is not None
    expected = "per_token" if planned < result.crossover_tokens else "per_call"
    if planned != result.crossover_tokens:
        assert result.planned.cheaper == expected


@given(
    st.integers(min_value=1_024, max_value=100_000).map(Decimal),
    st.integers(min_value=1, max_value=10**6).map(Decimal),
    st.integers(min_value=0, max_value=10**4).map(Decimal),
)
def test_net_is_hits_times_saving_minus_writes_times_premium(prefix: Decimal, calls: Decimal, writes: Decimal) -> None:
    r = Rates(input=Decimal(3), output=Decimal(15), cache_read=Decimal("0.3"), cache_write=Decimal("3.75"), source="p")
    result = analyse_caching(CachingRequest(rates=r, prefix_tokens=prefix, calls_per_day=calls, writes_per_day=writes))
    expected = result.hits_per_day * result.saving_per_hit - result.writes_per_day * result.write_premium
    assert result.write_extra_cost == result.write_premium and result.storage_per_day == 0
    assert result.net_saving_per_day == expected
    assert result.hits_per_day == max(calls - writes, 0)
