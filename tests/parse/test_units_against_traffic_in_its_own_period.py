"""Provisioned units set against the traffic they carry, in the reps' own shapes (our sentences): the comparison is
worked in the period the traffic is stated in ("14M tokens an hour" → an hour, "6B tokens in the month" → a month),
"tokens in the month" is a span and not the input side, a bracketed period heading a pasted comparison ("(per day):")
covers the counts under it, and capacity sized "so it covers the busiest hour" or "without spilling over" asks for the
peak-to-average ratio."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot import router
from bot.parse import parse
from tests.support.replies import assert_figures


def _answer(text: str) -> router.Reply:
    return router.answer(text, rate_cards={})


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 3 × $20 = $60 an hour; 12M × $7/M = $84 an hour
        ("Quote is 3 PTUs at $20/hr each. They'd carry roughly 12M tokens per hour, $7 per million blended "
         "on-demand. Per hour, is provisioned cheaper?",
         ["12,000,000 tokens an hour", "*$84.00* an hour", "*$60.00* an hour", "*$24.00 an hour less*"]),
        # 5 × $10 = $50 an hour; 4M × $10/M = $40 an hour: provisioned costs $10 an hour more
        ("5 units @ $10/unit-hour vs on-demand at a $10/M blended rate; load is 4M tokens an hour. which wins?",
         ["*$40.00* an hour", "*$50.00* an hour", "*$10.00 an hour more*"]),
    ],
)
def test_hourly_traffic_is_compared_per_hour(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 2 × $15 × 730 = $21,900; 5B × $4/M = $20,000 a month
        ("2 model units at $15 per unit-hour serve about 5B tokens in the month; blended on-demand rate $4/M. Does "
         "provisioned win?", ["5,000,000,000 tokens a month", "*$20,000.00* a month", "*$21,900.00* a month",
                              "*$1,900.00 a month more*"]),
        # 4 × $10 × 24 = $960 a day; 300M × $4/M = $1,200 a day
        ("4 units @ $10/unit-hr; they'd push 300M tokens in a typical day at $4/M blended. provisioned cheaper?",
         ["300,000,000 tokens a day", "*$1,200.00* a day", "*$960.00* a day"]),
    ],
)
def test_tokens_in_a_period_are_that_periods_traffic(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("about 6B tokens in the month at $5/M blended", "tokens_per_day", None),
        ("8M tokens in, 2M out per day at $3/$15", "input_tokens_per_day", Decimal(8_000_000)),
        ("we push 5M tokens in per day and 1M tokens out at $3/$15", "input_tokens_per_day", Decimal(5_000_000)),
        ("2k tokens in, 300 out per call, 10k calls a day, $3/$15", "input_tokens_per_call", Decimal(2000)),
    ],
)
def test_in_before_a_period_is_not_the_input_side(text: str, field: str, value: Decimal | None) -> None:
    fields = parse(text).fields
    if value is None:  # the span's count is the whole traffic, not input
        assert fields.input_tokens_per_day is None and fields.tokens_per_day is not None
    else:
        assert getattr(fields, field) == value


def test_a_month_billed_at_its_hours_is_not_a_dollar_amount() -> None:
    fields = parse("3 units @ $12.50 per unit-hour\ncommitment: 1 month, billed at 720 hrs").fields
    assert fields.hours_per_month == Decimal(720)
    assert fields.on_demand_spend is None and fields.provisioned_spend is None


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 6 × $8 × 24 = $1,152; 200M × $3/M + 20M × $15/M = $600 + $300 = $900 a day
        ("side by side (per day):\n- provisioned: 6 units × $8.00/unit-hr × 24 hrs\n- on-demand: 200M input tokens "
         "@ $3/M + 20M output @ $15/M\nwhich is cheaper?", ["*$900.00* a day", "*$1,152.00* a day"]),
        # 2 × $30 × 730 = $43,800; 10B × $2/M + 1B × $8/M = $20,000 + $8,000 = $28,000 a month
        ("PT vs OD (monthly):\n• 2 units at $30/unit-hour\n• 10B input tokens at $2/M, 1B output at $8/M\ndoes PT win?",
         ["*$28,000.00* a month", "*$43,800.00* a month"]),
    ],
)
def test_a_bracketed_period_heading_covers_the_counts_under_it(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


def test_a_bracketed_period_mid_sentence_is_not_a_heading() -> None:
    fields = parse("each call (per day we see thousands) is 2k in / 300 out at $3/$15").fields
    assert fields.input_tokens_per_call == Decimal(2000)
    assert fields.input_tokens_per_day is None


@pytest.mark.parametrize(
    "text",
    [
        "They want the PTUs sized so that it handles their peak, 30% off list. Cheaper than on-demand?",
        "reservation sized so it can absorb the busiest hour; discount 40%. does it pay?",
        "40% off provisioned, and they don't want anything spilling over to on-demand. worth it?",
        "| discount | 25% |\n| sizing | cover peak |\n\nworth it?",
        "35% off, buy enough that nothing ever spills over. cheaper than paygo?",
    ],
)
def test_capacity_that_covers_the_peak_asks_for_the_peak_to_average_ratio(text: str) -> None:
    reply = _answer(text)
    assert "peak_to_average" in {m.key for m in reply.answer.missing}
    assert "peak-to-average" in reply.text
    assert parse(text).fields.peak_to_average is None


@pytest.mark.parametrize(
    "text",
    [
        "40% off, commit at the base and let the peaks spill over to on-demand. break-even?",
        "35% discount, sizing at the average, peaks spill to on-demand; they run at 80%. cheaper?",
    ],
)
def test_capacity_that_lets_peaks_spill_is_not_sized_for_peak(text: str) -> None:
    assert "size_for_peak" not in parse(text).fields.traits
