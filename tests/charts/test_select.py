"""chart_spec: a router Answer in, the right chart (or none) out; the spec round-trips as JSON and draws it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.charts import BreakEvenChart, CachingChart
from bot.charts.select import SPEC, chart_data, chart_png, chart_spec
from bot.router import understand
from tests.charts.png import assert_sane_png

CACHING_ASK = ("Is caching worth it with a 4,000-token system prompt at $5/1M and cache hits at $0.50/1M, "
               "10k calls a day?")


def _chart(text: str) -> BreakEvenChart | CachingChart | None:
    spec = chart_spec(understand(text))
    if spec is None:
        return None
    chart = chart_data(SPEC.validate_json(SPEC.dump_json(spec)))  # what a button or the store carries
    assert chart == chart_data(spec)
    assert isinstance(chart, BreakEvenChart | CachingChart)
    return chart


def test_break_even_answer_gets_the_break_even_chart_with_its_utilization() -> None:
    chart = _chart("40% discount on PTUs, we'd sit around 80% utilization")
    assert isinstance(chart, BreakEvenChart)
    assert chart.break_even_utilization == Decimal("0.6")
    assert [p.utilization for p in chart.points] == [Decimal("0.8")]


def test_peak_to_average_is_marked_as_sized_for_peak() -> None:
    chart = _chart("40% discount on PTUs, 3:1 peak to average")
    assert isinstance(chart, BreakEvenChart)
    (point,) = chart.points
    assert point.label == "Sized for peak (3:1)"
    assert point.comparison.cost_ratio == Decimal("0.6") * 3


def test_break_even_without_a_discount_has_no_chart() -> None:
    assert _chart("is provisioned worth it at 80% utilization?") is None


@pytest.mark.parametrize("extra", ["", ", 90% hit rate", ", 50 cache writes a day"])
def test_caching_answer_gets_the_caching_chart_with_the_answers_figures(extra: str) -> None:
    answer = understand(CACHING_ASK + extra)
    chart = _chart(CACHING_ASK + extra)
    assert isinstance(chart, CachingChart)
    caching = getattr(answer, "caching", None)
    assert caching is not None
    assert chart.result.net_saving_per_day == caching.net_saving_per_day
    assert chart.result.writes_per_day == caching.writes_per_day
    assert chart.markers[0].x == 10_000


def test_scenario_with_caching_figures_gets_the_caching_chart() -> None:
    assert isinstance(_chart("RAG bot, 8k token preamble, 5k calls/day, $3/1M input, $0.30/1M cached"), CachingChart)


def test_scenario_with_a_discount_gets_the_break_even_chart_marked_for_peak() -> None:
    chart = _chart("which pricing structure fits? production agent, peak to average 2, 30% provisioned discount")
    assert isinstance(chart, BreakEvenChart)
    assert chart.points[0].utilization == Decimal("0.5")


@pytest.mark.parametrize("text", [
    "2M input + 500k output tokens a day at $5/$15 per 1M",
    "Bedrock list is 20% over direct and they have a 10% EA discount",
    "what's the break-even at 140% discount",
    "4,000-token system prompt at $5/1M, cache hits at $0.50/1M",  # no volume yet: per-hit figures only
    "what's the okta analogy?",
    "hello there",
])
def test_answers_without_a_chart_have_no_spec(text: str) -> None:
    assert chart_spec(understand(text)) is None


def test_chart_png_is_a_named_png() -> None:
    spec = chart_spec(understand("40% discount on PTUs at 80% utilization"))
    assert spec is not None
    name, png = chart_png(spec)
    assert name == "pricebot-breakeven.png"
    assert_sane_png(png)


def test_every_answer_with_a_chart_in_the_corpus_stores_it_with_the_quote() -> None:
    """The reply loads the chart code only for the kinds that can have a chart (bot.present.CHART_KINDS): every
    answer in the ask corpus that has a chart is of one of those kinds, and its reply keeps the chart's spec."""
    from bot.present import CHART_KINDS, kind_of, reply
    from tests.parse.test_asks import CASES

    with_chart = 0
    for case in CASES:
        answer = understand(case["text"])
        spec = chart_spec(answer)
        if spec is None:
            continue
        with_chart += 1
        assert kind_of(answer) in CHART_KINDS, case["text"]
        assert reply(answer).data["chart"] == SPEC.dump_python(spec, mode="json"), case["text"]
    assert with_chart > 20
