"""Units sized for a load (average × peak-to-average ÷ one unit's throughput, rounded up) and a bill's caching lines
priced both ways."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pricing.caching_figures import cache_bill_lines, net_before_writes_per_day
from pricing.errors import PricingError
from pricing.provisioned import units_for_load


def test_units_for_a_peaky_load_round_up_and_run_below_full() -> None:
    sized = units_for_load(Decimal(90_000), Decimal(40_000), Decimal("2.5"))
    assert sized.peak == Decimal(225_000)
    assert sized.exact == Decimal("5.625")
    assert sized.units == Decimal(6)
    assert sized.utilization == Decimal(90_000) / Decimal(240_000)  # 37.5%
    assert sized.for_average == Decimal("2.25")


def test_a_steady_load_that_fills_whole_units_runs_them_full() -> None:
    sized = units_for_load(Decimal(300_000), Decimal(50_000))
    assert (sized.units, sized.utilization, sized.peak_to_average) == (Decimal(6), Decimal(1), Decimal(1))


@pytest.mark.parametrize(("average", "per_unit", "par", "named"),
                         [(Decimal(0), Decimal(1), Decimal(1), "average tokens per minute 0"),
                          (Decimal(1), Decimal(0), Decimal(1), "tokens per minute per unit 0"),
                          (Decimal(1), Decimal(1), Decimal("0.5"), "peak to average 0.5:1")])
def test_a_load_that_cannot_be_sized_is_refused_naming_the_figure(average: Decimal, per_unit: Decimal, par: Decimal,
                                                                    named: str) -> None:
    with pytest.raises(PricingError, match=named):
        units_for_load(average, per_unit, par)


@given(st.decimals(min_value=1, max_value=10**8, places=0), st.decimals(min_value=1, max_value=10**6, places=0),
       st.decimals(min_value=1, max_value=20, places=2))
def test_the_units_always_carry_the_peak_and_one_fewer_would_not(average: Decimal, per_unit: Decimal,
                                                                  par: Decimal) -> None:
    sized = units_for_load(average, per_unit, par)
    assert sized.units * per_unit >= average * par
    assert (sized.units - 1) * per_unit < average * par
    assert 0 < sized.utilization <= 1


def test_a_bills_caching_lines_against_every_token_at_the_input_rate() -> None:
    lines = cache_bill_lines(Decimal(500_000_000), Decimal(20_000_000), Decimal(80_000_000), Decimal(5),
                             Decimal("0.5"), Decimal("6.25"))
    assert lines.read_saving == Decimal(2_250)  # 500M × $4.50/M
    assert lines.write_premium == Decimal(25)  # 20M × $1.25/M
    assert lines.net == Decimal(2_225)
    assert lines.before == Decimal(3_000)  # 600M × $5/M
    assert lines.after == Decimal(775)  # 80M × $5 + 500M × $0.50 + 20M × $6.25
    assert lines.before - lines.after == lines.net


def test_a_bill_with_no_write_line_saves_the_reads_alone() -> None:
    lines = cache_bill_lines(Decimal(10**9), Decimal(0), Decimal(0), Decimal(3), Decimal("0.3"), Decimal(3))
    assert (lines.net, lines.write_premium) == (Decimal(2_700), Decimal(0))


def test_the_net_with_writes_set_aside_still_pays_the_storage() -> None:
    from pricing.caching import CachingRequest, analyse_caching
    from pricing.rates import Rates

    rates = Rates(input=Decimal(2), output=Decimal(0), cache_read=Decimal("0.5"), cache_write=Decimal(2),
                  cache_storage=Decimal("4.5"), source="test")
    result = analyse_caching(CachingRequest(rates=rates, prefix_tokens=50_000, calls_per_day=1_000, lifetime="fixed",
                                            ttl_minutes=60, active_hours_per_day=10, hit_ratio=Decimal(1)))
    # 1,000 hits × $0.075 − 50k × $4.50/M × 10 h
    assert net_before_writes_per_day(result) == Decimal(75) - Decimal("2.25")


_LINES = {"read_tokens": Decimal(10**6), "written_tokens": Decimal(0), "uncached_tokens": Decimal(0),
          "input_rate": Decimal(3), "cache_read_rate": Decimal("0.3"), "cache_write_rate": Decimal("3.75")}


@pytest.mark.parametrize("name", list(_LINES))
def test_a_bill_line_out_of_range_is_refused_naming_it(name: str) -> None:
    said = "$-1/MTok" if name.endswith("rate") else "-1"
    with pytest.raises(PricingError, match=re.escape(f"{name.replace('_', ' ')} {said} is out of range")):
        cache_bill_lines(**{**_LINES, name: Decimal(-1)})
