"""chart_for: a quote's Reply.data in, the right chart (filename + PNG) out, or None."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from bot.charts import BreakEvenChart, CachingChart, chart_data_for, chart_for
from bot.parse.models import Ask, Fields, Intent
from pricing import (
    CachingRequest,
    PeakSizingRequest,
    Rates,
    UtilizationRequest,
    analyse_caching,
    break_even_utilization,
    compare_at_utilization,
    size_for_peak,
)
from tests.charts.png import assert_sane_png

RATES = Rates(input=Decimal(5), output=Decimal(15), cache_read=Decimal("0.5"), source="the message")


def _data(intent: Intent, fields: Fields, result: Any) -> dict[str, Any]:
    """The shape bot.router puts in Reply.data: the parsed ask and the result, as JSON values."""
    ask = Ask(text="...", intent=intent, fields=fields)
    return {"request": ask.model_dump(mode="json"), "result": _json(result), "missing": [], "ambiguities": []}


def _json(value: Any) -> Any:
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json")
    if isinstance(value, dict):
        return {k: _json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_json(v) for v in value]
    return str(value) if isinstance(value, Decimal) else value


def _break_even_data(discount: str, utilization: list[str], par: str | None = None) -> dict[str, Any]:
    d = Decimal(discount)
    comparisons = [compare_at_utilization(UtilizationRequest(discount=d, utilization=Decimal(u))) for u in utilization]
    peak = size_for_peak(PeakSizingRequest(peak_to_average=Decimal(par), discount=d)) if par else None
    result = {"break_even_utilization": break_even_utilization(d), "comparisons": comparisons, "peak_sizing": peak}
    fields = Fields(discount=d, utilization=[Decimal(u) for u in utilization],
                    peak_to_average=Decimal(par) if par else None)
    return _data(Intent.BREAK_EVEN, fields, result)


def test_break_even_quote_gets_the_break_even_chart_with_its_utilization() -> None:
    chart = chart_data_for(_break_even_data("0.4", ["0.8"]))
    assert isinstance(chart, BreakEvenChart)
    assert chart.break_even_utilization == Decimal("0.6")
    assert [p.utilization for p in chart.points] == [Decimal("0.8")]


def test_peak_to_average_is_marked_as_sized_for_peak() -> None:
    chart = chart_data_for(_break_even_data("0.4", [], par="3"))
    assert isinstance(chart, BreakEvenChart)
    (point,) = chart.points
    assert point.label == "Sized for peak (3:1)"
    assert point.comparison.cost_ratio == Decimal("0.6") * 3


def test_break_even_without_a_discount_has_no_chart() -> None:
    assert chart_data_for(_data(Intent.BREAK_EVEN, Fields(utilization=[Decimal("0.8")]), {})) is None


@pytest.mark.parametrize("extra", [{}, {"hit_ratio": Decimal("0.9")}, {"writes_per_day": Decimal(50)}])
def test_caching_quote_gets_the_caching_chart_with_the_replys_figures(extra: dict[str, Decimal]) -> None:
    fields = Fields(prefix_tokens=Decimal(4000), calls_per_day=Decimal(10_000), input_rate=Decimal(5),
                    cache_read_rate=Decimal("0.5"), **extra)
    result = analyse_caching(CachingRequest(rates=RATES, prefix_tokens=4000, calls_per_day=10_000, **extra))
    chart = chart_data_for(_data(Intent.CACHING, fields, result))
    assert isinstance(chart, CachingChart)
    assert chart.result.net_saving_per_day == result.net_saving_per_day
    assert chart.result.writes_per_day == result.writes_per_day
    assert chart.markers[0].x == 10_000


def test_caching_chart_is_withheld_when_it_would_disagree_with_the_reply() -> None:
    fields = Fields(prefix_tokens=Decimal(4000), calls_per_day=Decimal(10_000))
    result = analyse_caching(CachingRequest(rates=RATES, prefix_tokens=4000, calls_per_day=10_000)).model_dump(
        mode="json")
    result["net_saving_per_day"] = "1.00"  # not what these figures give
    assert chart_data_for(_data(Intent.CACHING, fields, result)) is None


def test_scenario_with_caching_figures_gets_the_caching_chart() -> None:
    result = analyse_caching(CachingRequest(rates=RATES, prefix_tokens=8000, calls_per_day=5_000))
    data = _data(Intent.SCENARIO, Fields(prefix_tokens=Decimal(8000), calls_per_day=Decimal(5000)),
                 {"traits": {}, "advice": {}, "caching": result})
    assert isinstance(chart_data_for(data), CachingChart)


def test_scenario_with_a_discount_gets_the_break_even_chart() -> None:
    data = _data(Intent.SCENARIO, Fields(), {"traits": {"provisioned_discount": "0.3", "peak_to_average": "2"}})
    chart = chart_data_for(data)
    assert isinstance(chart, BreakEvenChart)
    assert chart.points[0].utilization == Decimal("0.5")


@pytest.mark.parametrize("data", [
    {},
    {"request": {"intent": "quote"}, "result": {"input": "1"}},
    {"request": {"intent": "markup"}},
    {"request": {"intent": "caching"}, "result": {"error": "discount 140% is out of range"}},
    {"request": {"intent": "caching"}, "result": {"prefix_tokens": "4000"}},  # truncated
    {"request": {"intent": "break_even", "fields": {"discount": "1.4"}}, "result": {}},  # out of range
    {"internal_error": True},
])
def test_replies_without_a_chart_give_none_and_never_raise(data: dict[str, Any]) -> None:
    assert chart_data_for(data) is None
    assert chart_for(data) is None


def test_chart_for_returns_a_named_png() -> None:
    found = chart_for(_break_even_data("0.4", ["0.8"]))
    assert found is not None
    name, png = found
    assert name == "pricebot-breakeven.png"
    assert_sane_png(png)


def test_chart_for_real_router_replies() -> None:
    from bot.router import answer

    reply = answer("40% discount on PTUs, we'd sit around 80% utilization")
    if reply.intent == "help" and not reply.understood and "still being set up" in reply.text:
        pytest.skip("bot.router is still the placeholder")
    chart = chart_data_for(reply.data)
    assert isinstance(chart, BreakEvenChart) and chart.points[0].utilization == Decimal("0.8")
    reply = answer("Is caching worth it with a 4,000-token system prompt at $5/1M and cache hits at $0.50/1M, "
                   "10k calls a day?")
    chart = chart_data_for(reply.data)
    assert isinstance(chart, CachingChart)
    assert str(chart.result.net_saving_per_day) == reply.data["result"]["net_saving_per_day"]
    assert chart_data_for(answer("what's the okta analogy?").data) is None
