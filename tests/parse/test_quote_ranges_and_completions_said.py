"""A quote over a range of call volumes prices both ends ("10k-15k calls/day ... range?"), and a call's tokens said as
its prompt and completion ("avg prompt 2.4k tokens, avg completion 350") are its input and output (our own sentences,
not a scored batch's)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures


def test_both_ends_of_a_range_of_volumes_are_priced() -> None:
    # a call: 1,000 × $2 + 200 × $8 = $0.002 + $0.0016 = $0.0036; 10,000 a day = $36.00, 15,000 a day = $54.00
    assert_figures("10k-15k calls/day, 1k in 200 out, $2/$8 - what's the daily range?",
                   ["*$36.00*", "*$54.00* a day", "$36.00 to $54.00 a day"])


def test_a_range_said_per_month_is_priced_per_month_at_both_ends() -> None:
    # 100,000 calls × $0.0036 = $360.00 a month; 150,000 × $0.0036 = $540.00
    assert_figures("between 100k and 150k requests a month, 1k in / 200 out on $2/$8, monthly?",
                   ["$360.00 to $540.00 a month"])


@pytest.mark.parametrize(
    ("text", "tokens_in", "tokens_out"),
    [
        ("avg prompt 2.4k tokens, avg completion 350, 30k calls a day at $1/$4", "2400", "350"),
        ("average prompt 900 tokens and average completion 120 on $0.50/$1.50, 2k calls/day", "900", "120"),
        ("completion is ~600 tokens, prompt 2k, 20k req/day at $1/$4", "2000", "600"),
    ],
)
def test_prompt_and_completion_are_input_and_output(text: str, tokens_in: str, tokens_out: str) -> None:
    fields = parse(text).fields
    assert (fields.input_tokens_per_call, fields.output_tokens_per_call) == (Decimal(tokens_in), Decimal(tokens_out))
