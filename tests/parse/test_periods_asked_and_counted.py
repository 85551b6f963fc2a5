"""The figures of the period asked: an hour of tokens split into input and output, and the hits a cache serves over
the month, quarter or year the volume (or the question) names (our own sentences, not a scored batch's)."""

from __future__ import annotations

import pytest

from tests.support.replies import assert_figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 20M x $0.15/M = $3.00 input an hour; 4M x $0.60/M = $2.40 output; $5.40 an hour
        ("Bedrock, $0.15/M in and $0.60/M out; they push 20 million input tokens an hour and 4 million output an "
         "hour. cost per hour and per month?", ["$3.00", "$2.40", "$5.40"]),
        # 6M x $2/M = $12.00 input; 1M x $8/M = $8.00 output; $20.00 an hour
        ("steady 6M input tokens/hour and 1M output tokens/hour at $2 in / $8 out, what's the hourly bill?",
         ["$12.00", "$8.00", "$20.00"]),
    ],
)
def test_an_hour_of_tokens_is_split_into_input_and_output(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 2.4M calls a year x 50% = 1,200,000 hits x 4,000 x ($3 - $0.30)/M = $0.0108 -> $12,960.00 a year
        ("GPT-4o style setup on OpenAI: $3/M input, $0.30/M cached, a 4,000-token system prompt, 2.4 million calls a "
         "year and half of them hit the cache. yearly saving?", ["1,200,000", "$12,960.00"]),
        # 600k calls a quarter x 80% = 480,000 hits x 5,000 x ($1 - $0.25)/M = $0.00375 -> $1,800.00 a quarter
        ("OpenAI, $1.00/M input and $0.25/M cached input, 5k-token preamble, 600k calls a quarter, 80% cache hits. "
         "how much does caching save per quarter?", ["480,000", "$1,800.00"]),
        # 900 calls an hour x 730 h = 657,000 calls x 60% = 394,200 hits x 2,000 x ($2 - $0.50)/M = $0.003
        ("2,000-token header on GPT-4.1, $2/M in and $0.50/M cached, 900 calls an hour around the clock, 60% hit "
         "rate. monthly saving (730h)?", ["394,200", "$1,182.60"]),
    ],
)
def test_the_hits_of_the_period_asked_are_counted(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)
