"""Rates said to be per 1K tokens apart from the figures (our own sentences, not a scored batch's): "(rates are per 1K
tokens)", "prices per thousand tokens", "in $/1K" make every rate without a unit of its own 1,000 times that per
million, in every intent, and the reply shows the conversion; a unit on one figure of a pair covers the other; a
figure too large to be a price per thousand, or per-thousand and per-million units mixed, is asked about, never
priced. A question asking for a price per 1K, or a fee per thousand calls, is no such note."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import Intent, parse
from tests.support.replies import reply_text


@pytest.mark.parametrize(
    ("text", "rates"),
    [
        ("Chatbot does 20M input and 5M output tokens a month, input $0.003 and output $0.015 "
         "(rates are per 1K tokens). Monthly cost?", ("3", "15")),
        ("vendor lists prices per thousand tokens: input $0.01, output $0.03. 50M in / 10M out per month",
         ("10", "30")),
        ("their sheet is in $/1K: input 0.0025, output 0.01. 300M input and 40M output tokens a month, monthly?",
         ("2.5", "10")),
        ("input $0.0005 and output $0.0015 per 1K tokens, 10M input and 2M output a day, daily bill?", ("0.5", "1.5")),
        ("input $0.002/1k tok, output $0.006; 40M in 8M out a month - cost?", ("2", "6")),
        ("pricing is per 1k: $0.001 in / $0.004 out, 9M input 1M output per day", ("1", "4")),
    ],
)
def test_rates_said_per_thousand_are_priced_per_million(text: str, rates: tuple[str, str]) -> None:
    ask = parse(text)
    assert (ask.fields.input_rate, ask.fields.output_rate) == (Decimal(rates[0]), Decimal(rates[1]))
    assert not ask.ambiguities


def test_the_reply_shows_the_conversion_and_the_figures_at_it() -> None:
    # 20M × $3/M = $60.00; 5M × $15/M = $75.00; $135.00 a month
    reply = reply_text("Chatbot does 20M input and 5M output tokens a month, input $0.003 and output $0.015 "
                       "(rates are per 1K tokens). Monthly cost?")
    assert "$0.003 per 1K tokens is $3.00/1M" in reply and "$0.015 per 1K tokens is $15.00/1M" in reply, reply
    assert "$60.00" in reply and "$75.00" in reply and "$135.00" in reply, reply
    assert "“1k”" not in reply  # the note's 1K is no figure left unused


def test_a_per_thousand_note_reaches_caching_rates() -> None:
    fields = parse("prompt caching: 4k prefix, input $0.003 per 1K tokens, cache reads $0.0003, 10k calls a day, "
                   "worth it?").fields
    assert (fields.input_rate, fields.cache_read_rate) == (Decimal(3), Decimal("0.3"))


def test_a_per_thousand_note_beside_per_million_rates_elsewhere_converts_only_the_bare_ones() -> None:
    ask = parse("rates are per 1K tokens: $0.002 in, $0.008 out. The other vendor is $3/M in and $12/M out. "
                "10M in 1M out a day, cost?")
    assert (ask.fields.input_rate, ask.fields.output_rate) == (Decimal(2), Decimal(8))
    assert ask.fields.other_rates == [Decimal(3), Decimal(12)]


@pytest.mark.parametrize(
    "text",
    [
        "(prices per 1K tokens) input $3, output $15; 10M in 2M out a day",  # too large to be per 1K
        "input $0.003/1K, output $0.015, the incumbent is $2/M; 10M in 2M out a day",  # which unit is $0.015's?
    ],
)
def test_an_unclear_unit_is_asked_never_priced(text: str) -> None:
    ask = parse(text)
    assert any(a.field == "rates" for a in ask.ambiguities), ask.ambiguities
    reply = reply_text(text)
    assert "per 1K tokens" in reply and "or per million" in reply, reply


@pytest.mark.parametrize(
    ("text", "rates"),
    [
        ("$3/M input $15/M output, 10M in 2M out daily. what's that per 1k tokens?", ("3", "15")),
        ("input $2.50 per million, output $10 per million, 5M in 1M out a day", ("2.5", "10")),
        ("input $0.003 per 1k tokens, output $15 per million; 10M in 2M out a day", ("3", "15")),
    ],
)
def test_rates_with_their_own_units_are_unchanged(text: str, rates: tuple[str, str]) -> None:
    ask = parse(text)
    assert (ask.fields.input_rate, ask.fields.output_rate) == (Decimal(rates[0]), Decimal(rates[1]))
    assert not any(a.field == "rates" for a in ask.ambiguities)


def test_a_fee_per_thousand_calls_is_no_token_unit() -> None:
    ask = parse("$1.50 per 1k calls vs per-token $2/$8 with 500 in 100 out per call; 2M calls a month")
    assert ask.intent is Intent.PER_CALL
    assert (ask.fields.input_rate, ask.fields.output_rate, ask.fields.per_call_fee) == (
        Decimal(2), Decimal(8), Decimal("0.0015"))
    assert not ask.per_thousand_rates


def test_a_small_output_rate_is_not_no_output() -> None:
    assert "no_output" not in parse("input $0.001, output 0.01 per 1k tokens, 5M in 1M out a day").fields.traits
