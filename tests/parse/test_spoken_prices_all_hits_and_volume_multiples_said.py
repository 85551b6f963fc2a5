"""Quote, per-call and caching asks written in prose (our own sentences, not a scored batch's): a fee in words with a
decimal point ("one point eight cents"), a cache price said the short way ("two fifty cache write"), a hit rate's
share after "hit rate's", every call said to hit ("assume every call hits", "treat each request as a cache hit"), the
rest of the prompt named by how it changes ("+ 800 tokens that vary per call"), and tokens with no period at a
multiple of the volume ("and with 3x the traffic?")."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize(
    "text, fee",
    [
        ("flat fee of one point eight cents a call vs $2/$10 per M; calls are 1,500 in and 300 out. crossover?",
         "0.018"),
        ("per-call price is two point five cents, per-token is $2 in $10 out per million, 1.5k in 300 out a call",
         "0.025"),
    ],
)
def test_a_fee_in_words_with_a_decimal_point(text: str, fee: str) -> None:
    assert parse(text).fields.per_call_fee == Decimal(fee)


@pytest.mark.parametrize(
    "text",
    [
        "prefix of eight thousand tokens, twenty thousand calls a day, hit rate's about three in four. rates: two "
        "dollars per million input, twenty cents cache read, two fifty cache write. net a day?",
        "8k prefix, 20k calls/day, the hit rate's roughly 3 in 4; $2/M input, 20 cents cache read and two fifty for "
        "cache writes. daily net?",
    ],
)
def test_cache_prices_said_the_short_way_and_a_hit_rate_after_its_label(text: str) -> None:
    # hit saves 8,000 × $1.80/1M = $0.0144; write premium 8,000 × $0.50/1M = $0.004
    # 15,000 × $0.0144 = $216.00 − 5,000 × $0.004 = $20.00 → $196.00 a day
    f = parse(text).fields
    assert (f.input_rate, f.cache_read_rate, f.cache_write_rate, f.hit_ratio) == (
        Decimal(2), Decimal("0.2"), Decimal("2.5"), Decimal("0.75"))
    assert_figures(text, ["$216.00", "$20.00", "$196.00"])


def test_two_fifty_cache_writes_a_day_is_a_count() -> None:
    f = parse("8k prefix, $2 in, $0.20 read, two fifty cache writes a day out of 10k calls").fields
    assert f.cache_write_rate is None


@pytest.mark.parametrize(
    "text",
    [
        "6k prefix, 4,000 calls a day, $1/M input, $0.25/M cached (openai). assume every call hits. monthly saving, "
        "call it 30 days?",
        "4k calls/day against a 6k prefix at $1 input and $0.25 cached on openai; treat each request as a cache hit. "
        "saving over a 30-day month?",
    ],
)
def test_every_call_said_to_hit(text: str) -> None:
    # 6,000 × $0.75/1M = $0.0045 a hit; × 4,000 = $18.00 a day; × 30 = $540.00, no writes
    assert parse(text).fields.hit_ratio == Decimal(1)
    assert_figures(text, ["$0.0045", "$18.00", "$540.00"])


def test_every_call_hitting_a_prefix_is_not_a_hit_rate() -> None:
    assert parse("assume every call hits a 6k prefix, $1 in, $0.25 cached, 4k calls a day").fields.hit_ratio is None


@pytest.mark.parametrize(
    "text",
    [
        "each request = a 6,000-token fixed prefix + 800 tokens that vary per call; 2,000 requests a day, $2/M in, "
        "$0.20/M cached, all hits. input spend a day with and without caching?",
        "every call is a 6k cached preamble plus 800 tokens which change each time, 2k calls a day, $2 input, "
        "$0.20 cache read, treat every call as a hit. daily input cost both ways?",
    ],
)
def test_the_rest_of_the_prompt_named_by_how_it_changes(text: str) -> None:
    # without: 2,000 × 6,800 × $2/1M = $27.20; saving 2,000 × 6,000 × $1.80/1M = $21.60; with: $5.60
    f = parse(text).fields
    assert (f.prefix_tokens, f.input_tokens_per_call) == (Decimal(6000), Decimal(6800))
    assert_figures(text, ["$27.20", "$21.60", "$5.60"])


@pytest.mark.parametrize(
    "text",
    [
        "and at 3x the volume? it was 20M in and 4M out at $1/$4",
        "20M input + 4M output, $1/$4 per M. what about with 3x the traffic",
        "usage was 20M in / 4M out on $1 in $4 out; how about at 3 times the usage?",
    ],
)
def test_tokens_with_no_period_at_a_multiple_of_the_volume(text: str) -> None:
    # now: $20.00 + $16.00 = $36.00; × 3: 60M × $1 = $60.00 + 12M × $4 = $48.00 → $108.00
    assert parse(text).fields.volume_factor == Decimal(3)
    reply = reply_text(text)
    assert "With the volume × 3" in reply
    assert all(f in reply for f in ("$60.00", "$48.00", "$108.00")), reply


@pytest.mark.parametrize(
    "text",
    [
        "3k prefix, 4k calls/day, $2 in, $0.20 cached, all hit. daily saving?",
        "4,000 calls a day on a 3k preamble, $2/M input and $0.20/M cache read, all hitting; saving a day?",
    ],
)
def test_all_hit_said_as_a_clause_after_the_volume(text: str) -> None:
    # 3,000 × $1.80/1M = $0.0054 a hit × 4,000 = $21.60 a day, no writes
    assert parse(text).fields.hit_ratio == Decimal(1)
    assert_figures(text, ["$21.60 a day"])


def test_all_hit_the_same_endpoint_is_no_hit_rate() -> None:
    assert parse("3 bots, all hit the same endpoint, 3k prefix, $2 in, $0.20 cached, 4k calls a day").fields.hit_ratio \
        is None
