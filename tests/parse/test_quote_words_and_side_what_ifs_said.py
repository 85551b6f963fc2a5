"""Quotes said in words and one side's what-if (our own sentences, not a scored batch's): dollars and cents said the
short way before a per-million unit ("three-twenty per million"), the tokens a call writes said as what they are
("two hundred tokens of summary"), and "what if output doubles?" priced with that side alone grown."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize(
    ("text", "input_rate", "output_rate"),
    [
        ("Three-twenty per million input, twelve per million output; 5k calls a day, 2k in and 300 out", "3.2", "12"),
        ("one seventy-five a million in, seven dollars per million out, 3k in 600 out, 2k calls a day", "1.75", "7"),
    ],
)
def test_dollars_and_cents_said_short(text: str, input_rate: str, output_rate: str) -> None:
    fields = parse(text).fields
    assert (fields.input_rate, fields.output_rate) == (Decimal(input_rate), Decimal(output_rate))


def test_a_short_hundred_before_tokens_is_still_a_count() -> None:
    assert parse("one fifty out and 2k in per call at $1/$4").fields.output_tokens_per_call == 150


@pytest.mark.parametrize(
    ("text", "tokens_out"),
    [
        ("each ticket is 3k tokens to read and about 250 tokens of reply draft; 40k tickets a month at $1/$4", "250"),
        ("each doc: 12k tokens to read, 400 tokens of summary, 1k docs a day, $0.50/$1.50", "400"),
    ],
)
def test_tokens_of_what_a_call_writes_are_output(text: str, tokens_out: str) -> None:
    assert parse(text).fields.output_tokens_per_call == Decimal(tokens_out)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 2B × $0.20 = $400; 500M × $0.80 = $400; $800 a month; output × 2: $800, so $400 + $800 = $1,200 ($400 more)
        ("2B in/mo and 500M out/mo at $0.20/$0.80 - and what if output doubles?",
         ["*$800.00*", "output $400.00 × 2 = $800.00", "*$1,200.00* a month", "$400.00 more"]),
        # a call: 1k × $2 + 200 × $8 = $0.002 + $0.0016; input × 3: $0.006 + $0.0016 = $0.0076
        ("quote one call: 1k in / 200 out on $2/$8, and what if input triples?",
         ["input $0.002 × 3 = $0.006", "*$0.0076* a call"]),
    ],
)
def test_one_side_grown_is_priced_with_the_other_as_it_was(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


def test_a_whole_volume_growing_is_not_one_side() -> None:
    reply = reply_text("20k calls a day, 1k in / 200 out at $2/$8. what if their volume doubles?")
    assert "With the volume × 2" in reply and "With output" not in reply and "With input" not in reply
