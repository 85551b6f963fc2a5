"""Rates said the short way in a quote (our own sentences, not a scored batch's): two bare figures where a price list
goes ("2/8 → ?", "2.50/10 - monthly?") are the input and output rates per 1M, and the reply says how it
read them; a date, a 24/7 or an input:output split is never read so. One side's rate said as a fraction of the other's
("input is a fifth of the output price") is that fraction of it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import reply_text


@pytest.mark.parametrize(
    ("text", "rates"),
    [
        ("2k req/hr, 1.5k in 300 out, 0.40/1.60 - monthly?", ("0.4", "1.6")),
        ("500M tok/mo total, 75/25 in/out, 2/8 → ?", ("2", "8")),
        ("12M input 3M output a day, model's 0.25/1.25, monthly?", ("0.25", "1.25")),
    ],
)
def test_a_bare_pair_is_the_input_and_output_rate(text: str, rates: tuple[str, str]) -> None:
    fields = parse(text).fields
    assert (fields.input_rate, fields.output_rate) == (Decimal(rates[0]), Decimal(rates[1]))
    assert fields.bare_rates is not None


def test_the_reply_says_how_it_read_a_bare_pair() -> None:
    # 500M a month at 75% input: 375M × $2 = $750.00; 125M × $8 = $1,000.00; $1,750.00
    reply = reply_text("500M tok/mo total, 75/25 in/out, 2/8 → ?")
    assert "“2/8” is read as $2.00/1M input and $8.00/1M output" in reply, reply
    assert "$750.00" in reply and "$1,000.00" in reply and "$1,750.00" in reply


def test_a_bare_pair_after_the_token_counts_is_the_rates() -> None:
    assert (parse("how much is 30M in 6M out on 2/9 a month").fields.input_rate,
            parse("how much is 30M in 6M out on 2/9 a month").fields.output_rate) == (Decimal(2), Decimal(9))


@pytest.mark.parametrize(
    "text",
    [
        "kickoff on 3/15 re: 2k in 500 out, 10k calls a day on gpt-4o",
        "24/7 traffic, 1k in / 200 out, 5k calls a day",
        "80/20 in/out split, 100M tokens a month",
        "2k in / 400 out at $3/$15, 10k calls a day",
    ],
)
def test_dates_splits_and_dollar_rates_are_not_a_bare_pair(text: str) -> None:
    assert parse(text).fields.bare_rates is None


@pytest.mark.parametrize(
    ("text", "input_rate", "output_rate"),
    [
        ("Input on this model is a fifth of the output price, and output is $10 per million. 20M in, 5M out", "2",
         "10"),
        ("output costs $8/M and input is a quarter of the output rate; 2k in 500 out, 10k calls a day", "2", "8"),
        ("input is a third of output, output at $9/M; 3M in 1M out", "3", "9"),
        ("input is half the output price, output $6/M, 1M in 1M out", "3", "6"),
    ],
)
def test_one_sides_rate_as_a_fraction_of_the_others(text: str, input_rate: str, output_rate: str) -> None:
    fields = parse(text).fields
    assert (fields.input_rate, fields.output_rate) == (Decimal(input_rate), Decimal(output_rate))
