"""A lone rate whose side the message names away from the figure (our own sentences, not a scored batch's): "I only
have the input price, 60 cents per million", "no output price yet", "output price TBD" make it that side's rate (or
the other side's), so the known side is priced and the missing side's rate is asked for by name. Where the message
names no side, or names both, the rate is left as it was (asked which side it is)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import reply_text


@pytest.mark.parametrize(
    ("text", "side", "rate"),
    [
        ("6M input and 1.5M output a day; I only have the input price, 60 cents per million. What does it cost?",
         "input", "0.6"),
        ("customer sends 20M input and 4M output tokens per month at $2.50 per million, no output price yet - "
         "monthly cost?", "input", "2.5"),
        ("we know the output rate, $8 per million; 30M in 5M out a day, cost?", "output", "8"),
        ("9M prompt and 2M completion tokens daily at $0.40 per million; completion pricing is not confirmed yet",
         "input", "0.4"),
        ("6M input and 1.5M output a day at 60 cents per million; I have the input price but not the output price",
         "input", "0.6"),
    ],
)
def test_a_lone_rate_takes_the_side_the_message_names(text: str, side: str, rate: str) -> None:
    fields = parse(text).fields
    other = "output" if side == "input" else "input"
    assert getattr(fields, f"{side}_rate") == Decimal(rate)
    assert getattr(fields, f"{other}_rate") is None
    assert fields.rate is None


def test_the_known_side_is_priced_and_the_other_rate_asked_for_by_name() -> None:
    # 6M × $0.60/M = $3.60 a day
    reply = reply_text("6M input and 1.5M output a day; I only have the input price, 60 cents per million. "
                       "What does it cost?")
    assert "$3.60" in reply and "the output rate" in reply, reply
    assert "whether that rate is for input or output" not in reply


@pytest.mark.parametrize(
    "text",
    [
        "10M tokens a day at $2 per million, what does it cost?",  # no side named anywhere
        "5M tokens a day at 60 cents per million; is the input price or the output price the one to push on?",
    ],
)
def test_a_rate_with_no_side_said_is_not_placed(text: str) -> None:
    fields = parse(text).fields
    assert fields.input_rate is None and fields.output_rate is None


def test_a_pair_of_rates_is_unchanged_by_a_side_named() -> None:
    fields = parse("I only have the input price list handy: $3 in, $15 out; 10M in 2M out a day").fields
    assert (fields.input_rate, fields.output_rate) == (Decimal(3), Decimal(15))


def test_no_output_price_is_not_no_output_tokens() -> None:
    said = parse("20M input 4M output a month at $2.50 per million, no output price yet")
    assert "no_output" not in said.fields.traits
    assert "no_output" in parse("embeddings, no output, 50M tokens a day at $0.10 per million").fields.traits
