"""Engine figures over a period the rep counts in days ("a 30-day month"), and the facts a reply repeats from the
request: a budget checked over 30 days, a per-call comparison over a 720-hour month, the input share of capacity."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pricing import PerCallRequest, PerTokenRequest, Rates, compare_per_call, quote_per_token
from pricing.budget import check_budget
from pricing.per_token import PerTokenQuote
from pricing.provisioned import CapacityRequest, compare_capacity
from pricing.rates import MESSAGE_SOURCE

_RATES = Rates(input=Decimal(3), output=Decimal(15), source=MESSAGE_SOURCE)


def _daily_quote(calls: int) -> PerTokenQuote:
    # 1,000 in / 200 out: $0.003 + $0.003 = $0.006 a call
    return quote_per_token(PerTokenRequest(rates=_RATES, input_tokens=Decimal(1000), output_tokens=Decimal(200),
                                           calls_per_day=Decimal(calls)))


def test_a_budget_over_a_30_day_month_bills_each_side_for_30_days() -> None:
    # 24,000 calls a day: $72 input + $72 output = $144 a day; 30 days: $2,160 + $2,160 = $4,320 (not $4,380)
    check = check_budget(Decimal(5000), "month", _daily_quote(24_000), days=Decimal(30))
    assert (check.bill_input, check.bill_output, check.bill) == (Decimal(2160), Decimal(2160), Decimal(4320))
    assert check.headroom == Decimal(680) and check.within
    assert check.used_share == Decimal("0.864")
    assert check.calls_in_period == 720_000 and check.days == 30


def test_a_budget_smaller_than_a_dollar_still_has_its_share_used() -> None:
    # 100 calls a day at $0.006 = $0.60 a day; over 2 days $1.20 against a $0.50 budget: 240% of it, $0.70 over
    check = check_budget(Decimal("0.5"), "day", _daily_quote(100), days=Decimal(2))
    assert check.bill == Decimal("1.2") and check.headroom == Decimal("-0.7") and check.within is False
    assert check.used_share == Decimal("2.4")


def test_a_zero_budget_has_no_share_but_its_overrun() -> None:
    check = check_budget(Decimal(0), "month", _daily_quote(100), days=Decimal(30))
    assert check.bill == Decimal(18) and check.headroom == Decimal(-18) and check.used_share is None


def test_a_per_call_comparison_over_a_30_day_month_counts_720_hours() -> None:
    # 10,000 calls a day; per-token 1,500 × $3 + 500 × $15 per 1M = $0.012 a call = $120 a day = $3,600 in 30 days
    result = compare_per_call(PerCallRequest(rates=_RATES, fee_per_call=Decimal("0.02"), input_tokens=1_500,
                                             output_tokens=500, calls_per_day=10_000, month_hours=720))
    assert result.month_hours == 720 and result.month_days == 30
    assert result.calls_per_month == 300_000
    assert result.planned.per_month_per_token == Decimal(3600)
    assert result.planned.per_month_per_call == Decimal(6000)


def test_capacity_compared_with_on_demand_keeps_the_input_share_it_was_given() -> None:
    result = compare_capacity(CapacityRequest(
        rates=_RATES, units=1, price_per_unit_hour=Decimal(4), tokens_per_minute_per_unit=1_000,
        input_share=Decimal("0.8"), hours=10))
    assert result.input_share == Decimal("0.8")
    # 600,000 tokens served: 480,000 input ($1.44), 120,000 output ($1.80)
    assert (result.on_demand_input_cost, result.on_demand_output_cost) == (Decimal("1.44"), Decimal("1.8"))


def test_a_days_whole_bill_with_caching_is_the_uncached_bill_less_the_days_net_saving() -> None:
    from pricing import CachingRequest, analyse_caching
    from pricing.caching_figures import call_bill_on_hit, day_bill_with_caching, input_cost_on_hit

    rates = Rates(input=Decimal(3), output=Decimal(15), cache_read=Decimal("0.3"), cache_write=Decimal("3.75"),
                  source=MESSAGE_SOURCE)
    # 7,000 input (6,000 of it the cached prefix) + 500 output: $0.0285 a call uncached
    hit = input_cost_on_hit(Decimal(7000), Decimal(6000), Decimal(3), Decimal("0.3"))
    assert hit is not None
    bill = call_bill_on_hit(hit, Decimal(500), Decimal(15))
    result = analyse_caching(CachingRequest(rates=rates, prefix_tokens=Decimal(6000), calls_per_day=Decimal(10_000),
                                            hit_ratio=Decimal("0.9")))
    day = day_bill_with_caching(bill, result)
    # 9,000 hits × $0.0162 = $145.80, less 1,000 writes × $0.0045 = $4.50: $141.30 saved of $285 a day
    assert day.calls == 10_000 and day.uncached == Decimal(285)
    assert day.net_saving == result.net_saving_per_day == Decimal("141.3")
    assert day.cached == Decimal("143.7")
    assert day.cut == Decimal("141.3") / Decimal(285)


_CACHE_RATES = Rates(input=Decimal(3), output=Decimal(15), cache_read=Decimal("0.3"), cache_write=Decimal("3.75"),
                     cache_write_1h=Decimal(6), source=MESSAGE_SOURCE)


def test_every_call_a_hit_is_said_to_have_no_misses_to_write() -> None:
    from pricing import CachingRequest, analyse_caching

    result = analyse_caching(CachingRequest(rates=_CACHE_RATES, prefix_tokens=Decimal(6000),
                                            calls_per_day=Decimal(1000), hit_ratio=Decimal(1)))
    assert result.cache_model.startswith("Cache model: every call hits, as asked, so there are no misses to write")
    assert result.writes_per_day == 0 and result.hits_per_day == 1000


def test_lifetimes_compared_each_at_its_own_hit_rate() -> None:
    from pricing import CachingRequest, InvalidInputError, OutOfRangeError, analyse_caching
    from pricing.caching import compare_ttls

    request = CachingRequest(rates=_CACHE_RATES, prefix_tokens=Decimal(6000), calls_per_day=Decimal(1000))
    result = compare_ttls(request, (Decimal(5), Decimal(60)), (Decimal("0.8"), Decimal("0.95")))
    assert [o.hits_per_day for o in result.options] == [Decimal(800), Decimal(950)]
    for option, (ttl, minutes, hit) in zip(result.options, (("5m", 5, "0.8"), ("1h", 60, "0.95")), strict=True):
        alone = analyse_caching(request.model_copy(update={"ttl": ttl, "ttl_minutes": Decimal(minutes),
                                                           "hit_ratio": Decimal(hit)}))
        assert option.net_saving_per_day == alone.net_saving_per_day
    with pytest.raises(InvalidInputError, match=r"^hit ratio 1: one hit rate per lifetime compared$") as refused:
        compare_ttls(request, (Decimal(5), Decimal(60)), (Decimal("0.8"),))
    assert refused.value.field == "hit_ratio"
    with pytest.raises(OutOfRangeError, match=r"^hit ratio 150% is out of range: allowed 0% to 100%$") as out:
        compare_ttls(request, (Decimal(5), Decimal(60)), (Decimal("0.8"), Decimal("1.5")))
    assert out.value.field == "hit_ratio"
