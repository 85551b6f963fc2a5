"""A call's output said in parts (reasoning tokens billed as output), its two sides said as a sum, rates headed by
their unit, a discount off list on a month of tokens, and a grown volume over a month counted in days (our own
sentences, not a scored batch's)."""

from __future__ import annotations

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures


@pytest.mark.parametrize(
    ("text", "output"),
    [
        ("1,500 in, 300 visible output + 2,700 reasoning tokens per call, $2/$8 per M", 3000),
        ("each call: 800 in; 1.2k thinking tokens plus 400 output; $1/$4", 1600),
    ],
)
def test_reasoning_tokens_are_billed_as_output(text: str, output: int) -> None:
    assert parse(text).fields.output_tokens_per_call == output


@pytest.mark.parametrize(
    "text",
    [
        "calls are typically 900 + 300 in/out, $2/$8 per M, fee $0.004 a call. cheaper?",
        "mix is in/out, usually 900 + 300; $2/$8 per M; flat fee $0.004 a call. cheaper?",
    ],
)
def test_the_two_sides_said_as_a_sum(text: str) -> None:
    # 900 × $2/1M + 300 × $8/1M = $0.0018 + $0.0024 = $0.0042 per call
    ask = parse(text)
    assert (ask.fields.input_tokens_per_call, ask.fields.output_tokens_per_call) == (900, 300)
    assert_figures(text, ["$0.0042"])


def test_rates_headed_by_their_unit() -> None:
    # per 1K: $0.002 in, $0.006 out → $2/$6 per M
    ask = parse("per 1K: $0.002 in, $0.006 out. 1k in / 200 out per call. cost per call?")
    assert (ask.fields.input_rate, ask.fields.output_rate) == (2, 6)


def test_a_discount_off_list_on_a_month_of_tokens() -> None:
    # 2bn × $1/1M = $2,000 + 400M × $4/1M = $1,600 → $3,600; 40% off → $2,160 (input $1,200, output $960)
    assert_figures("list is $1/$4 per 1M and the batch tier is 40% off list on both sides. 2bn in, 400M out this "
                   "month?", ["*$2,160.00* a month (input $1,200.00, output $960.00)"])


def test_a_grown_volume_over_a_month_counted_in_days() -> None:
    # 2,000 calls × 1.25 = 2,500 a day × (1,000 × $1 + 250 × $4)/1M = $0.002 → $5.00 a day × 30 = $150.00
    assert_figures("2k calls a day at 1k in / 250 out, $1/$4 per M. if volume grows 25%, what's the new 30-day "
                   "monthly bill?", ["*$150.00*"])


@pytest.mark.parametrize(
    ("text", "crossover"),
    [
        # 80% input: 0.8 × $3 + 0.2 × $15 = $5.40/1M; $0.015 × 1M ÷ $5.40 = 2,778
        ("at what call size does a 1.5 cent fee beat $3/$15 if output is ~20% of tokens?", "2,778 tokens per call"),
        # 75% input: 0.75 × $3 + 0.25 × $15 = $6/1M; 2,500
        ("crossover for a $0.015 fee vs $3/$15, input makes up 75% of the tokens", "2,500 tokens per call"),
    ],
)
def test_a_sides_share_of_the_tokens_is_the_mix(text: str, crossover: str) -> None:
    assert_figures(text, [crossover])


def test_a_share_of_the_prompt_is_still_no_mix() -> None:
    assert parse("the system prompt is 60% of tokens; $3/$15, fee $0.01 a call").fields.input_share is None
