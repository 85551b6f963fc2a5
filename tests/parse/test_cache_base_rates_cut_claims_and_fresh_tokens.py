"""Prompt caching asks said the way reps write them (our own sentences, not a scored batch's): the input rate named
"base" ("$3 base / $0.30 read / $3.75 write"), a cut claimed as a share "of input cost" or "on the prefix" and checked
(at a hit rate, with misses writing, when one is given), the prompt said as "cached-prefix tokens + fresh user
tokens", and a write priced as a share of "the $3/1M base rate"."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 6,000 x ($2 - $0.20)/1M = $0.0108; premium 6,000 x $0.50/1M = $0.003; 4,000 x $0.0108 = $43.20;
        # 1,000 x $0.003 = $3.00; net $40.20
        ("6k prefix, $2 base, $0.20 read, $2.50 write per 1M, 5k calls/day, 80% hits, misses write. net a day?",
         ["$0.0108", "$43.20", "$3.00", "$40.20"]),
        # 3,000 x ($1 - $0.10)/1M = $0.0027; x 2,000 = $5.40
        ("system prompt 3,000 toks, $1 base / 10c cached / $1.25 writes per mtok, 2,000 calls a day, all of them hit",
         ["$0.0027", "$5.40"]),
        # 10,000 x ($5 - $0.50)/1M = $0.045; x 1,000 = $45.00
        ("quick one - prefix of 10k tokens, pricing is $5 base and $0.50 cache read, abt 1k calls daily. saving/day?",
         ["$0.045", "$45.00"]),
    ],
)
def test_the_base_rate_is_the_input_rate(text: str, figures: list[str]) -> None:
    assert parse(text).intent == "caching"
    assert_figures(text, figures)


def test_a_base_fee_is_not_an_input_rate() -> None:
    fields = parse("per-call endpoint: $0.02 base fee per call, 3k input tokens at $3/M in").fields
    assert fields.input_rate != Decimal("0.02")


@pytest.mark.parametrize(
    ("text", "figures", "verdict"),
    [
        # a hit: 2,000 x $2/1M + 6,000 x $0.20/1M = $0.004 + $0.0012 = $0.0052 against 8,000 x $2/1M = $0.016;
        # $0.0108 off, 0.0108 / 0.016 = 67.5%
        ("my AE reckons caching saves 85% of the input bill. each call is 8k input tokens of which 6k is the cached "
         "system prompt, $2 input / $0.20 cached per 1M, every call hits. true?", ["$0.0052", "$0.0108", "67.5%"],
         "*No:*"),
        # prefix at 80% hits: 0.8 x 4,000 x $0.30/1M = $0.00096; 0.2 x 4,000 x $3.75/1M = $0.003; $0.00396 against
        # $0.012 -> 1 - 0.33 = 67%. a day: 1,600 x $0.0108 = $17.28 - 400 x $0.003 = $1.20 -> $16.08 (= 67% of $24)
        ("SE says with 80% hits we save 90% on the prefix. 4k prefix, $3 base, $0.30 read, $3.75 write per 1M, "
         "2k calls/day, 80% hit rate, misses write", ["$0.00396", "67%", "$16.08"], "*No:*"),
        # 0.95 x 10% + 0.05 x 125% = 0.1575 of the prefix's cost -> 84.25% cut, above 75%. a day: 950 x 10,000 x
        # $1.80/1M = $17.10; 50 x 10,000 x $0.50/1M = $0.25; net $16.85
        ("colleague claims caching cuts 75% of input cost - 95% hit rate, reads at 10% and writes at 125% of the "
         "$2/1M base rate, misses write, 10k token prefix, one thousand calls/day. does it hold up?",
         ["84.25%", "$16.85"], "*Yes:*"),
    ],
)
def test_a_cut_claimed_is_checked(text: str, figures: list[str], verdict: str) -> None:
    assert parse(text).intent == "caching"
    assert_figures(text, figures)
    assert verdict in reply_text(text)


def test_a_cut_claimed_is_not_a_cache_read_price() -> None:
    fields = parse("does caching really cut 90% of input cost on a 4k prefix at $3 input, $0.30 read?").fields
    assert fields.claimed_cut == Decimal("0.9")
    assert fields.cache_read_rate == Decimal("0.3")
    assert fields.cache_read_share is None


def test_a_read_share_of_input_cost_is_still_a_price() -> None:
    # 4,000 x ($3 - $0.30)/1M = $0.0108; x 1,000 = $10.80
    assert_figures("4k prefix, $3 input, cache reads cost 10% of input cost, 1k calls/day. daily saving?",
                   ["$0.0108", "$10.80"])


@pytest.mark.parametrize(
    ("text", "prefix", "prompt"),
    [
        ("every request = 7,000 cached-prefix tokens + 1,000 fresh tokens, $2 in, $0.20 cache read", 7000, 8000),
        ("4k-token static prefix + ~500 fresh user tokens per call, input $3/M, reads $0.30/M", 4000, 4500),
        ("12k shared-context tokens plus 3k new customer tokens each call; $1 in, 10c cached", 12000, 15000),
    ],
)
def test_the_prefix_and_fresh_tokens(text: str, prefix: int, prompt: int) -> None:
    fields = parse(text).fields
    assert (fields.prefix_tokens, fields.input_tokens_per_call) == (Decimal(prefix), Decimal(prompt))


def test_fresh_tokens_priced_per_call() -> None:
    # 1,000 x $2/1M + 7,000 x $0.20/1M = $0.002 + $0.0014 = $0.0034 against 8,000 x $2/1M = $0.016; cut 0.0126 /
    # 0.016 = 78.75%
    assert_figures("every request = 7,000 cached-prefix tokens + 1,000 fresh tokens, $2 in, $0.20 cache read, all "
                   "hit. effective input cost per call, and the % drop?", ["$0.0034", "78.75%"])


def test_a_count_after_the_prefix_is_not_the_rest_of_the_prompt() -> None:
    fields = parse("5k prefix + 300 calls a day, $3 in, $0.30 cached").fields
    assert fields.input_tokens_per_call is None


@pytest.mark.parametrize(
    ("text", "write"),
    [
        ("4k prefix, reads at 10%, writes at 125% of the $4/1M base rate, 1k calls a day", Decimal(5)),
        ("4k prefix, cache writes 125% of the $2/M standard price, reads $0.20, 1k calls a day", Decimal("2.5")),
    ],
)
def test_a_write_share_of_a_named_base_rate(text: str, write: Decimal) -> None:
    assert parse(text).fields.cache_write_rate == write
