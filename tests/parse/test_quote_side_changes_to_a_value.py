"""What-ifs on one side of a quote said as the value it changes to (our own sentences, not a scored batch's): "and
what is it if output per call doubles to 1,000 tokens", "... $3/$15. If the input drops to 2,000 tokens, ...": the deal
as stated and as changed, each worked out; "what if output doubles to 300M @ $15" with no deal before it: the bill
before and after and the difference; and a side's count named before it with its rate after ("output 300M @ $15")."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize(
    "text, before, after, figures",
    [
        # before: 50,000 × (1,000 × $3 + 300 × $15)/1M = $150 + $225 = $375 a day; after: $150 + $450 = $600; +$225
        ("50k calls/day, 1k in / 300 out, $3/$15. daily cost, and what is it if output per call doubles to 600 tokens?",
         300, 600, ["$375.00", "$600.00", "$225.00"]),
        # a month of 200,000 calls: before 200M × $2 = $400 + 40M × $8 = $320 → $720; after 80M × $8 = $640 → $1,040
        ("200,000 requests a month, 1,000 input and 200 output tokens each at $2/$8 per M. if the answer length goes "
         "up to 400 tokens, what's the monthly bill?", 200, 400, ["$720.00", "$1,040.00", "$320.00"]),
        # before: 10,000 × (4,000 × $1 + 500 × $4)/1M = $40 + $20 = $60 a day; after: input 2,000 → $20 + $20 = $40
        ("10k calls a day, 4k input and 500 output, $1/$4. If the input per call drops to 2,000 tokens, how much do "
         "we save a day?", 4000, 2000, ["$60.00", "$40.00", "$20.00"]),
    ],
)
def test_a_side_changed_to_a_value(text: str, before: int, after: int, figures: list[str]) -> None:
    # the deal as stated and the deal with the side changed, both worked out
    reply = reply_text(text)
    assert reply.startswith("*Per-token quote: as stated and what if*"), reply
    assert f"tokens per call {after:,}" in reply
    assert_figures(text, figures)


@pytest.mark.parametrize(
    "text, figures",
    [
        # after: 1,500 × $3 + 300 × $15 = $4,500 + $4,500 = $9,000; before 150M: $2,250 → $6,750; +$2,250
        ("what if output doubles to 300M @ $15, input still 1.5bn @ $3", ["$9,000.00", "$6,750.00", "$2,250.00"]),
        # after: 800 × $2 + 400 × $8 = $1,600 + $3,200 = $4,800; before 200M: $1,600 → $3,200; +$1,600
        ("output doubles to 400M at $8, input stays 800M at $2", ["$4,800.00", "$3,200.00", "$1,600.00"]),
    ],
)
def test_a_side_doubled_to_a_value_said_once(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


@pytest.mark.parametrize(
    "text, tokens, rates",
    [
        ("output 300M @ $15, input 1.5bn @ $3", (Decimal(1_500_000_000), Decimal(300_000_000)), (3, 15)),
        ("input 2M at $3, output 500k at $15", (Decimal(2_000_000), Decimal(500_000)), (3, 15)),
    ],
)
def test_a_count_named_by_its_side_then_its_rate(text: str, tokens: tuple[Decimal, Decimal],
                                                 rates: tuple[int, int]) -> None:
    f = parse(text).fields
    assert (f.input_tokens_per_call, f.output_tokens_per_call) == tokens
    assert (f.input_rate, f.output_rate) == (Decimal(rates[0]), Decimal(rates[1]))


@pytest.mark.parametrize(
    "text",
    [
        # the doubling is priced as a factor (no value it goes to): output × 2
        "20k calls/day, 2k in / 500 out at $3/$15. what if output doubles?",
        # one output count said and no change: nothing before it
        "20k calls/day, 2k in / 500 out at $3/$15, monthly?",
    ],
)
def test_no_value_changed_to(text: str) -> None:
    assert parse(text).fields.changed_from is None
