"""Rates said per billion tokens (our own sentences, not a scored batch's): "$150 per billion input", "$2,000/1B
tokens blended", "2500 dollars per bn" are priced per million (÷ 1,000) in every intent, and the reply shows the
conversion. A fee per billion calls, or a count of a billion tokens beside a rate per million, is no such unit; a count
of cache hits in millions is no cache lifetime."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import Intent, parse
from tests.support.replies import reply_text


@pytest.mark.parametrize(
    ("text", "rates"),
    [
        (
            "Finance quotes per billion: $250 per billion input tokens, $1,000 per billion output. "
            "12B input and 3B output a month, monthly bill?",
            ("0.25", "1"),
        ),
        (
            "input is $400/1B tokens and output $1.6k/1B tokens; we push 2B in and 500M out a day. daily cost?",
            ("0.4", "1.6"),
        ),
        (
            "Rates from the cloud team: 800 dollars per bn input, 3200 dollars per bn output. 900M in, 100M out weekly",
            ("0.8", "3.2"),
        ),
        (
            "per-token at $1,250 per billion in and $5,000 per billion out, 30M input + 4M output tokens a day",
            ("1.25", "5"),
        ),
    ],
)
def test_rates_said_per_billion_are_priced_per_million(text: str, rates: tuple[str, str]) -> None:
    ask = parse(text)
    assert (ask.fields.input_rate, ask.fields.output_rate) == (Decimal(rates[0]), Decimal(rates[1]))
    assert not ask.ambiguities


def test_the_reply_shows_the_conversion_and_the_monthly_figures() -> None:
    # 12B × $0.25/M = $3,000.00; 3B × $1/M = $3,000.00; $6,000.00 a month
    reply = reply_text(
        "Finance quotes per billion: $250 per billion input tokens, $1,000 per billion output. "
        "12B input and 3B output a month, monthly bill?"
    )
    assert "$250.00 per billion tokens is $0.25/1M" in reply and "$1,000.00 per billion tokens is $1.00/1M" in reply
    assert "$3,000.00" in reply and "$6,000.00" in reply, reply


def test_a_discount_is_read_from_two_prices_per_billion() -> None:
    # ($2,400 − $1,560) ÷ $2,400 = 35% off; break-even 65%
    reply = reply_text(
        "on-demand works out $2,400 per billion tokens, provisioned $1,560 per billion at full use. "
        "effective discount and break-even utilization?"
    )
    assert "35%" in reply and "65%" in reply, reply


def test_caching_rates_per_billion_give_a_per_hit_saving_in_cents_not_dollars() -> None:
    # 20,000 × ($2.50 − $0.25)/1M = $0.045 a hit, never $45
    reply = reply_text(
        "caching: input $2,500 per billion tokens, cached reads $250 per billion, 20k-token prefix, "
        "50k calls a day. saving per hit and per day?"
    )
    assert "*$0.045*" in reply and "$2,250.00" in reply, reply
    assert "$45.00" not in reply


def test_markup_from_two_prices_per_billion() -> None:
    # $3,600 ÷ $3,000 − 1 = 20% list markup
    ask = parse("direct is $3,000 per billion input tokens, vertex lists $3,600 per billion. list markup?")
    assert ask.intent is Intent.MARKUP
    assert "20%" in reply_text(
        "direct is $3,000 per billion input tokens, vertex lists $3,600 per billion. list markup?"
    )


@pytest.mark.parametrize(
    "text",
    [
        "$3/M in and $15/M out, 1 billion input tokens and 200M output a month. monthly?",
        "a batch API at $2 per billion calls? no: $0.002 per call, 40k calls a day, 1,000 in / 200 out at $1/$4",
        "we process 2 billion tokens a day at $0.50 per million blended, daily cost?",
    ],
)
def test_no_billion_unit_where_none_is_said_of_a_price(text: str) -> None:
    ask = parse(text)
    assert not ask.per_billion_rates


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        (
            "caching: 15k-token prefix, input $3/M, cached reads $0.30/M, 2m cache hits a day. saving per day?",
            Decimal(2_000_000),
        ),
        ("caching: 6k prefix at $2/M, cached $0.20/M, ~3m cache hits a day, daily saving?", Decimal(3_000_000)),
    ],
)
def test_millions_of_cache_hits_are_a_count_not_a_cache_lifetime(text: str, calls: Decimal) -> None:
    fields = parse(text).fields
    assert fields.calls_per_day == calls and fields.ttl_minutes is None


def test_a_five_minute_cache_is_still_a_lifetime() -> None:
    fields = parse("caching: 15k prefix, input $3/M, cached reads $0.30/M, 5m cache, 20k calls a day").fields
    assert fields.ttl_minutes == 5
