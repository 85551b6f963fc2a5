"""A cache-read price said as a cut of the input price before what it applies to ("openai halves the input price for
cached tokens", "90% off the input rate for cache reads"), and a count of hits or calls stated "a quarter" (a period,
never a 25% share)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize(
    ("cut", "read_rate"),
    [
        ("openai halves the input price for cached tokens", Decimal("1.25")),
        ("the cut is simple: they cut the input price in half for cache hits", Decimal("1.25")),
        ("the provider takes 90% off the input rate for cache reads", Decimal("0.25")),
        ("and openai halves it for cached input", Decimal("1.25")),
    ],
)
def test_a_cut_of_the_input_price_for_cached_tokens_is_the_read_price(cut: str, read_rate: Decimal) -> None:
    fields = parse(f"$2.50/M input. {cut}. 20k-token prefix, 300k hits a month; savings a month?").fields
    assert fields.cache_read_rate == read_rate and fields.discount is None


def test_a_count_of_hits_a_quarter_is_a_quarters_volume() -> None:
    fields = parse("20k-token prefix, 300k cache hits a quarter, $2.50/M input, $1.25/M cached. savings?").fields
    assert fields.hit_ratio is None and fields.volume_period == "quarter"
    # 300,000 hits × 20,000 × ($2.50 − $1.25)/1M = $7,500 a quarter
    assert_figures("20k-token prefix, 300k cache hits a quarter, $2.50/M input, $1.25/M cached. savings?",
                   ["$7,500.00"])


@pytest.mark.parametrize(
    "text",
    [
        "5 units at a quarter off, 60% util",  # a count before "at": the fraction is the discount
        "$900 a day on-demand, they'd take a quarter off for a commitment, 60% util",
    ],
)
def test_a_quarter_off_after_a_count_is_still_a_discount(text: str) -> None:
    assert parse(text).fields.discount == Decimal("0.25")


def test_a_units_bill_against_a_daily_spend_is_shown_per_week_when_asked() -> None:
    # 1 × $30 × 168 h = $5,040 a week against $900 × 7 = $6,300 → $1,260 less
    assert_figures("one unit running around the clock is $30/hr with 35% off; on-demand they'd spend $900 a day. "
                   "per week, which is cheaper?", ["$5,040.00", "$6,300.00", "$1,260.00"])


@pytest.mark.parametrize(
    ("text", "line"),
    [
        # 80% × (1 − 10%) − 20% × (125% − 100%) = 72% − 5% = 67%
        ("cache reads bill at 10% of the input price and writes at 125%. with an 80% hit rate, what % of the "
         "prefix's input cost do they save?", "80% × 90% − 20% × 25% = *67%*"),
        # no write price: 60% × 50% = 30%, and the reply says no premium was counted
        ("cached reads at 50% of input; at 60% hits what % of input cost is cut?",
         "60% × 50% = *30%* of the prefix's input cost saved across all calls (no write price given"),
    ],
)
def test_the_share_of_input_cost_saved_at_a_hit_rate_nets_the_misses_writes(text: str, line: str) -> None:
    assert line in reply_text(text)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 9,000 × $0.027 − 1,000 × $0.0075 = $243 − $7.50 = $235.50 a day
        ("10k-token prefix; per day: 9k reads, 1k writes. $3/M input, cached $0.30, writes $3.75. net a day?",
         ["$235.50"]),
        # a week: 63,000 × $0.027 − 7,000 × $0.0075 = $1,701 − $52.50 = $1,648.50
        ("last week: 63,000 cache reads, 7,000 cache writes, 10k prefix, $3 in / $0.30 read / $3.75 write. net for "
         "the week?", ["$1,648.50"]),
    ],
)
def test_reads_and_writes_counted_under_a_period_heading_net_over_it(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


@pytest.mark.parametrize(("writes", "rate"), [("writes at 1.25 times input", Decimal("3.75")),
                                              ("writes at 2 times the base price", Decimal("6"))])
def test_a_write_price_as_times_the_input(writes: str, rate: Decimal) -> None:
    fields = parse(f"6,000-token prefix, input $3/M, reads at a tenth of input, {writes}. 25,000 calls a day").fields
    assert fields.cache_write_rate == rate
