"""Counts under a quarter's or a year's label ("Q2 usage: 4.5B input, 600M output", "Q3 forecast: 2.4M calls",
"year-1 volume estimate 30M calls"): that period's totals, priced over it and over the 730-hour month (our own
sentences)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from pricing.units import per_period
from tests.support.replies import assert_figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # quarter: 3B × $2 = $6,000, 900M × $8 = $7,200; a month is a third: $2,000 and $2,400
        ("Q1 usage: 3B input, 900M output at $2 in / $8 out. quarter total and monthly average?",
         ["$6,000.00", "$7,200.00", "input $2,000.00, output $2,400.00"]),
        ("their Q4 traffic: 600M input tokens + 150M output tokens, $0.50/$1.50 per MTok. the quarter's bill?",
         ["$300.00", "$225.00", "*$525.00*"]),
    ],
)
def test_tokens_under_a_quarter_label_are_the_quarters(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


@pytest.mark.parametrize(
    ("text", "calls", "period"),
    [
        ("Q3 forecast: 1.2M calls, 2,000-token cached prefix, $3/M input, $0.30 cache reads, 80% hit rate. "
         "quarterly net?", "1200000", "quarter"),
        ("year-1 volume estimate 10M calls; a 4k prefix at $1/M in, $0.10 cached. yearly saving?", "10000000",
         "year"),
    ],
)
def test_calls_under_a_quarter_or_year_label_are_its_calls(text: str, calls: str, period: str) -> None:
    fields = parse(text).fields
    assert fields.calls_per_day == per_period(Decimal(calls), period, "day")


def test_a_label_with_calls_keeps_tokens_per_call() -> None:
    # "3k in / 500 out per request" stays each request's: 12M × $0.0165 = $198,000 a year
    text = "FY26 volume forecast: 12M requests, 3k in / 500 out per request at $3/$15. annual cost?"
    assert_figures(text, ["*$0.0165*", "*$198,000.00*"])


@pytest.mark.parametrize(
    "text",
    [
        # no label: the count's period is still asked
        "2.4M calls, 1,500-token prefix, $1/M input, $0.10 cache read, 90% hits. net?",
        # a quarter off is a discount, never a period label
        "a quarter off PTUs at 80% utilization",
    ],
)
def test_no_label_no_period(text: str) -> None:
    fields = parse(text).fields
    assert fields.calls_per_day is None
