"""Every word on a chart obeys the field-language guide and carries the illustrative-figures note."""

from __future__ import annotations

from decimal import Decimal

import pytest

import glossary
from bot.charts import ChartData, break_even_chart, caching_chart, commitment_chart, illustrative_note
from pricing import CachingRequest, Rates

RATES = Rates(input=Decimal(5), output=Decimal(15), cache_read=Decimal("0.5"), source="illustrative")

CHARTS = {
    "breakeven-below": lambda: break_even_chart(Decimal("0.4"), [Decimal("0.8")]),
    "breakeven-above": lambda: break_even_chart(Decimal("0.4"), [Decimal("0.3")], monthly_bill=Decimal(5000)),
    "breakeven-equal": lambda: break_even_chart(Decimal("0.35"), [Decimal("0.65")]),
    "caching": lambda: caching_chart(CachingRequest(rates=RATES, prefix_tokens=4000, calls_per_day=10_000)),
    "caching-loss": lambda: caching_chart(CachingRequest(rates=RATES, prefix_tokens=4000, calls_per_day=100)),
    "caching-hits": lambda: caching_chart(
        CachingRequest(rates=RATES, prefix_tokens=4000, calls_per_day=100, hit_ratio=Decimal("0.5"))),
    "caching-ineligible": lambda: caching_chart(
        CachingRequest(rates=RATES, prefix_tokens=100, calls_per_day=100, min_prefix_tokens=1024)),
    "commitment": lambda: commitment_chart([Decimal(i % 24) for i in range(168)], Decimal("0.4")),
}


@pytest.mark.parametrize("name", CHARTS)
def test_chart_text_passes_the_field_language_check(name: str) -> None:
    chart: ChartData = CHARTS[name]()
    for text in chart.strings():
        assert glossary.lint(text.replace("\n", " ")) == [], text
    assert illustrative_note() in chart.text.footer
    assert chart.text.x_label and chart.text.y_label and chart.text.title


def test_the_checker_would_catch_a_bad_phrase() -> None:
    # Guards the test above against a linter that flags nothing.
    assert glossary.lint("Provisioned is cheaper, and caching saves money.")
