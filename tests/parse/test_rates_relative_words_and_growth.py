"""Rates and sizes as reps state them: one side's rate as a multiple or share of the other's with "that" left unsaid,
hundreds said the short way ("one fifty"), and a planned call grown by a multiple or a share."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # output = 4 x $2.50 = $10: 2,000 x $2.50 + 500 x $10 = $0.01 a call x 10k
        ("$2.50 in and output is 4x, 2k in / 500 out per call, 10k calls a day - daily?", ["$100.00"]),
        # output = 5 x $0.80 = $4: $0.80 + 200k x $4/1M = $0.80
        ("input runs $0.80/M, output 5x. 1M in + 200k out?", ["$4.00/1M", "$1.60"]),
        # input = $20 / 5 = $4: 50M x $4 = $200; 5M x $20 = $100
        ("output's $20 per MTok and input is a fifth of that; 50M in + 5M out a month", ["$200.00", "$300.00"]),
    ],
)
def test_one_sides_rate_from_the_others(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


def test_a_multiple_with_its_side_named_after_it_stays_a_share_of_input() -> None:
    fields = parse("$3 in, output is 5x input. 1k in / 100 out").fields
    assert fields.output_rate == Decimal(15)


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("fifty thousand calls a day, six hundred tokens in, two twenty out, $1 in $4 out. daily?", (600, 220)),
        ("each call is nine hundred tokens in and one fifty out at $2/$8", (900, 150)),
        ("one twenty-five tokens in, forty out, $1/$2", (125, 40)),
    ],
)
def test_hundreds_said_the_short_way(text: str, tokens: tuple[int, int]) -> None:
    fields = parse(text).fields
    assert (fields.input_tokens_per_call, fields.output_tokens_per_call) == tokens


@pytest.mark.parametrize(
    ("text", "growth", "figures"),
    [
        # 2k at 4:1 = 1,600 in / 400 out; x 1.4 = 2,240 in / 560 out = $0.00448 + $0.0056
        ("fee is $0.01 a call; calls are 2k tokens at 4:1 in:out with $2/$10 per token. if prompts grow 40%?",
         Decimal("1.4"), ["$0.01008"]),
        ("per-call $0.006 vs $1/$5 per token, planned 1k in / 200 out, but calls are running at 2.5x that",
         Decimal("2.5"), ["2,500 in / 500 out"]),
        ("$0.02 per request or $3/$15; we planned 3k in / 400 out but call sizes went up 25%... still ok?",
         Decimal("1.25"), ["3,750 in / 500 out"]),
    ],
)
def test_a_planned_call_grown_by_a_multiple_or_a_share(text: str, growth: Decimal, figures: list[str]) -> None:
    assert parse(text).fields.growth == growth
    assert_figures(text, figures)


def test_short_hundreds_after_that_sides_tokens_are_a_price() -> None:
    fields = parse("about ten million tokens in and two million tokens out a day, one twenty-five in, ten out per "
                   "million").fields
    assert (fields.input_rate, fields.output_rate) == (Decimal("1.25"), Decimal(10))
