"""Batch 87's managers' classes, in sentences of our own: a cache price said as a share of input before its name
("the 125% write price") is never a hit rate; calls that "could triple in size" are a growth; a keyed "Direct API:"
option whose spend follows in words is the direct spend."""

from __future__ import annotations

from decimal import Decimal

from bot.parse import parse
from tests.support.replies import assert_figures


def test_a_cache_price_said_as_a_share_of_input_is_no_hit_rate() -> None:
    text = ("prefix of 2,000 tokens. input $2.00/M, writes $2.50/M (the 125% write rate), reads $0.20/M "
            "(a 10% read price). 10,000 hits and 200 writes a day. net daily?")
    fields = parse(text).fields
    assert fields.hit_ratio is None
    assert fields.cache_write_share == Decimal("1.25") and fields.cache_read_share == Decimal("0.1")
    # 10,000 × 2,000 × $1.80/1M = $36.00; 200 × 2,000 × $0.50/1M = $0.20
    assert_figures(text, ["$35.80"])


def test_a_hit_rate_and_a_low_write_rate_stay_shares_of_calls() -> None:
    fields = parse("prefix 2,000 tokens, $2/M input, $0.20/M reads, $2.50/M writes, 10k calls a day at a 90% hit "
                   "rate. net?").fields
    assert fields.hit_ratio == Decimal("0.9") and fields.cache_read_share is None


def test_calls_that_could_grow_are_a_growth() -> None:
    for grown in ("calls could triple in size", "prompts might double in size",
                  "requests are expected to triple in length"):
        text = f"fee $0.003 a call; per-token $1/$4 per M; calls are 400 in / 100 out, but {grown}. now and then?"
        assert parse(text).fields.growth in (2, 3), grown


def test_a_keyed_direct_option_with_its_spend_in_words() -> None:
    text = ("Direct API: their usage would come to $25,000 a month. Bedrock: 15% above direct at list, with a 5% "
            "EA discount. Bedrock bill after the EA, and the effective markup?")
    assert parse(text).fields.direct_spend == 25_000
    assert_figures(text, ["$27,312.50", "9.25%"])  # 25,000 × 1.15 × 0.95; 1.15 × 0.95 − 1
