"""Caching chart data: both lines, the asked volume and the payback point agree with analyse_caching."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from bot.charts import caching_chart, cost_without_caching, payback_point
from bot.format import count, money
from pricing import CachingRequest, Rates, analyse_caching

EXAMPLE = Rates(input=Decimal(5), output=Decimal(15), cache_read=Decimal("0.5"), cache_write=Decimal("6.25"),
                source="illustrative")
TINY = Decimal("1e-15")


def _net(request: CachingRequest, calls: Decimal) -> Decimal:
    return analyse_caching(request.model_copy(update={"calls_per_day": calls})).net_saving_per_day


def test_source_example_payback_is_the_engines_and_the_footer_states_the_model() -> None:
    request = CachingRequest(rates=EXAMPLE, prefix_tokens=4000, calls_per_day=10_000)
    chart = caching_chart(request)
    assert chart.payback == "crosses" and chart.payback_calls_per_day is not None
    # With hits refreshing the 5-minute TTL, it pays back once more than 0.005 / (0.018 + 0.005) = 21.7% of
    # calls hit: about 71 calls a day (λ·TTL = 0.246, 71 × e^(−0.246) = 55.5 writes).
    assert 70 < chart.payback_calls_per_day < 72
    assert _net(request, chart.payback_calls_per_day) > 0 >= _net(request, chart.payback_calls_per_day - 1)
    assert f"Pays back above {count(chart.payback_calls_per_day, 0)} calls a day" in chart.markers[1].label
    assert any(analyse_caching(request).cache_model in line for line in chart.text.footer)


def test_asked_volume_annotation_is_the_engines_net_saving() -> None:
    request = CachingRequest(rates=EXAMPLE, prefix_tokens=4000, calls_per_day=10_000)
    chart = caching_chart(request)
    engine = analyse_caching(request)
    assert chart.cost_without_per_day == Decimal(200)  # 10,000 × 4,000 × $5 / 1M
    assert chart.cost_with_per_day == Decimal(200) - engine.net_saving_per_day
    label = chart.markers[0].label
    assert money(engine.net_saving_per_day) in label and money(engine.net_saving_per_month) in label
    assert chart.markers[0].x == 10_000


def test_with_caching_line_is_without_minus_the_engines_net_at_every_point() -> None:
    request = CachingRequest(rates=EXAMPLE, prefix_tokens=4000, calls_per_day=10_000)
    chart = caching_chart(request)
    without, with_caching = chart.series
    assert without.x[0] == 0 and without.x[-1] == chart.calls_max >= 20_000
    for i in range(0, len(without.x), 17):
        x = without.x[i]
        assert without.y[i] == cost_without_caching(request, x)
        assert with_caching.y[i] == without.y[i] - _net(request, x)


requests = st.builds(
    lambda prefix, calls, read, write, hit, writes, ttl: CachingRequest(
        rates=Rates(input=Decimal(5), output=Decimal(15), cache_read=read, cache_write=write, source="t"),
        prefix_tokens=prefix, calls_per_day=calls, hit_ratio=hit, writes_per_day=writes, ttl_minutes=ttl,
    ),
    prefix=st.integers(1_024, 50_000),
    calls=st.integers(0, 1_000_000),
    read=st.decimals(min_value=0, max_value=5, places=2),  # a read above the input rate is refused
    write=st.decimals(min_value=5, max_value=12, places=2),
    hit=st.none() | st.decimals(min_value=Decimal("0.05"), max_value=1, places=2),
    writes=st.none() | st.integers(1, 5_000),
    ttl=st.none() | st.integers(1, 120),
)


@given(requests)
def test_payback_is_where_the_engines_net_saving_crosses_zero(request: CachingRequest) -> None:
    kind, payback = payback_point(request)
    if kind == "never":
        assert payback is None
        for calls in (Decimal(10), Decimal(10_000), Decimal(10) ** 8):
            assert _net(request, calls) <= TINY
        return
    assert payback is not None
    above = payback * Decimal("1.01") + 1
    assert _net(request, above) > 0
    assert _net(request, above * 1000) > 0
    if kind == "crosses":
        assert payback > 0
        assert _net(request, payback) > 0
        assert _net(request, payback - Decimal("0.002")) <= 0


def test_prefix_below_the_minimum_never_pays_back_and_the_lines_coincide() -> None:
    request = CachingRequest(rates=EXAMPLE, prefix_tokens=500, calls_per_day=10_000, min_prefix_tokens=1024)
    chart = caching_chart(request)
    assert chart.payback == "never" and chart.payback_calls_per_day is None
    assert chart.series[0].y == chart.series[1].y
    assert any("Not cached" in line for line in chart.text.footer)


def test_high_hit_ratio_without_premium_pays_from_the_first_calls() -> None:
    rates = Rates(input=Decimal(5), output=Decimal(15), cache_read=Decimal("0.5"), cache_write=Decimal(5), source="t")
    request = CachingRequest(rates=rates, prefix_tokens=4000, calls_per_day=1000, hit_ratio=Decimal("0.9"))
    chart = caching_chart(request)
    assert chart.payback == "immediate" and chart.payback_calls_per_day == 0


def test_low_stated_hit_rate_never_pays_back() -> None:
    # 10% hits, every miss a write: 0.1 × $0.018 saved against 0.9 × $0.005 more per call, at any volume.
    request = CachingRequest(rates=EXAMPLE, prefix_tokens=4000, calls_per_day=5000, hit_ratio=Decimal("0.1"))
    chart = caching_chart(request)
    assert chart.payback == "never" and chart.payback_calls_per_day is None
    assert any("depends on provider infrastructure and prompt structure" in line for line in chart.text.footer)
    assert any("every miss (90% of calls) is a write" in line for line in chart.text.footer)


def test_range_covers_twice_the_volume_and_the_payback() -> None:
    small = caching_chart(CachingRequest(rates=EXAMPLE, prefix_tokens=4000, calls_per_day=500))
    assert small.payback_calls_per_day is not None
    assert small.calls_max >= 2 * small.payback_calls_per_day and small.calls_max >= 100
    assert caching_chart(CachingRequest(rates=EXAMPLE, prefix_tokens=4000, calls_per_day=10_000),
                         calls_max=Decimal(50_000)).calls_max == 50_000


def test_payback_beyond_a_narrow_range_is_stated_not_drawn_off_the_axes() -> None:
    request = CachingRequest(rates=EXAMPLE, prefix_tokens=4000, calls_per_day=20)
    chart = caching_chart(request, calls_max=Decimal(50))
    assert chart.payback_calls_per_day is not None and chart.payback_calls_per_day > 50
    assert all(m.x <= 50 for m in chart.markers)
    stated = f"Pays back above {count(chart.payback_calls_per_day, 0)} calls a day, beyond"
    assert any(stated in line for line in chart.text.footer)


def test_cache_reads_no_cheaper_than_input_never_pay_back_and_say_so() -> None:
    rates = Rates(input=Decimal(5), output=Decimal(15), cache_read=Decimal(5), source="t")
    chart = caching_chart(CachingRequest(rates=rates, prefix_tokens=4000, calls_per_day=1000))
    assert chart.payback == "never" and len(chart.markers) == 1
    assert any("No call volume pays back" in line for line in chart.text.footer)
