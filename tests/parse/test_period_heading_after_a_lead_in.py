"""A period written before the token counts it covers, after a lead-in ("quote please: per day 6M input tokens and 1M
output tokens", "hi all, daily 3M in / 600k out", "A day they send ..."): the counts are that period's, not one
call's. With the output rate missing, the input side's monthly figure is still given and the output rate asked for.

Expected figures are worked here: a month is 730 hours, so a day's cost × 730 ÷ 24."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.format import money
from bot.parse import parse
from tests.support.replies import reply_text

D = Decimal


@pytest.mark.parametrize(
    ("text", "period", "inp", "out"),
    [
        ("quote please: per day 6 million input tokens and 1 million output tokens at $2/$8", "day", "6000000",
         "1000000"),
        ("hi all, daily 3M in / 600k out at $3/$15. monthly?", "day", "3000000", "600000"),
        ("numbers from the customer: each month 500M input and 80M output, $1/$4", "month", "500000000", "80000000"),
        ("A day they send 2M input tokens and 400k output tokens, $3/$15", "day", "2000000", "400000"),
    ],
)
def test_a_period_before_the_counts_makes_them_that_periods(text: str, period: str, inp: str, out: str) -> None:
    fields = parse(text).fields
    assert not fields.input_tokens_per_call and not fields.output_tokens_per_call, fields
    days = D(1) if period == "day" else D(24) / D(730)
    assert fields.input_tokens_per_day is not None and fields.output_tokens_per_day is not None
    assert abs(fields.input_tokens_per_day - D(inp) * days) < 1, fields
    assert abs(fields.output_tokens_per_day - D(out) * days) < 1, fields


def test_a_missing_output_rate_still_gives_the_input_sides_month() -> None:
    reply = reply_text("Can you quote: per day 8 million input tokens and 3 million output tokens. Input is $1.50 per "
                       "million, output price unknown. Monthly?")
    month = D(8) * D("1.5") * D(730) / D(24)  # 12 a day × 730 ÷ 24 = 365
    assert f"= *{money(month)}*" in reply, reply
    assert "Per call" not in reply
    assert "output rate" in reply


@pytest.mark.parametrize(
    "text",
    [
        "per call: 2k in / 400 out at $3/$15",  # a call's counts under a per-call heading
        "question: 2k input tokens and 500 output tokens at $3/$15, cost per call?",  # a lead-in with no period
    ],
)
def test_a_lead_in_without_a_period_leaves_counts_per_call(text: str) -> None:
    fields = parse(text).fields
    assert fields.input_tokens_per_call == D(2000), fields


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 8,000 × $0.075/1M + 400 × $0.30/1M = $0.00072; 6M × $0.00072 = $4,320.00; 6M × $0.0012 = $7,200.00
        ("yearly: 6M invocations. per-call is $0.0012 each. per-token at $0.075/$0.30 with 8,000 in / 400 out. cost "
         "each way for the year?", ["*$0.00072*", "$4,320.00", "$7,200.00"]),
        # 3,000 × $0.50/1M + 500 × $2/1M = $0.0025; 2M × $0.0025 = $5,000.00; 2M × $0.004 = $8,000.00
        ("annual: 2M runs. per-call $0.004 each, per-token at $0.50/$2 with 3,000 in / 500 out. annual cost each way?",
         ["*$0.0025*", "$5,000.00", "$8,000.00"]),
        # 4,000 × $0.25/1M + 300 × $1/1M = $0.0013; 900k × $0.0013 = $1,170.00; 900k × $0.002 = $1,800.00
        ("quarterly: 900k invocations. per-call is $0.002 each. per-token $0.25/$1 with 4,000 in / 300 out. each way "
         "for the quarter?", ["*$0.0013*", "$1,170.00", "$1,800.00"]),
    ],
)
def test_calls_under_a_period_heading_are_that_periods_and_the_tokens_each_calls(text: str,
                                                                                  figures: list[str]) -> None:
    reply = reply_text(text)
    assert "calls a day, an hour or a month" not in reply  # the heading gave the calls their period
    for figure in figures:
        assert figure in reply, (figure, reply)


def test_token_counts_under_a_heading_with_no_calls_stay_the_periods_totals() -> None:
    # 40M × $3/1M + 4M × $15/1M = $180.00 a day
    assert "*$180.00*" in reply_text("per day: 40M in, 4M out at $3/$15. cost?")
