"""Caching asks in more of reps' forms (our own sentences, not a scored batch's): a cache with a storage price and
no call volume gets its storage an hour and a day and the hits an hour that pay for it; numbers in words joined to
their unit by hyphens ('a twelve-thousand-token prompt', 'a nine-hour day') are read; calls 'spread across' a day
and 'six in ten calls reuse the prefix' are a day's calls and a hit rate."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot import router
from bot.parse import parse
from tests.support.arithmetic import checks
from tests.support.replies import assert_figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 300k × $2/1M = $0.60 an hour; a hit saves 300k × ($1.25 − $0.25)/1M = $0.30: 2 hits an hour
        ("explicit context cache of 300k tokens, storage $2 per million tokens per hour, input $1.25/M, cached "
         "$0.25/M. how many calls per hour before storage pays off?", ["$0.60 an hour", "*2*"]),
        # 50k × $4.50/1M = $0.225 an hour × 12 h = $2.70 a day; 50k × $1.125/1M = $0.05625 a hit: 4 an hour
        ("gemini context caching on a 50k-token doc for a 12-hour day, TTL 1h, storage $4.50/M tokens/hr, input "
         "$1.25/M, cached $0.125/M - storage per day?", ["*$2.70 a day*", "*4*"]),
    ],
)
def test_storage_of_a_cache_without_a_call_volume(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)
    reply = router.answer(text, rate_cards={})
    assert not [c for c in checks(reply.text) if not c.ok]


@pytest.mark.parametrize(
    ("text", "prefix", "hours"),
    [
        ("a twelve-thousand-token playbook, 500 calls over a nine-hour day, $3 in / $0.30 read", "12000", "9"),
        ("the three-hundred-thousand-token manual is cached; 80 calls spread across a seven-hour shift day, "
         "$1 in, 10c cached", "300000", "7"),
    ],
)
def test_numbers_in_words_hyphened_to_their_unit(text: str, prefix: str, hours: str) -> None:
    fields = parse(text).fields
    assert fields.prefix_tokens == Decimal(prefix) and fields.active_hours == Decimal(hours)


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        ("roughly 150 calls spread across an 8-hour working day at random, 6k prefix, $3 in / $0.30 read", "150"),
        ("about 75 requests scattered through a ten-hour day, 4k prefix, $3 in, $0.30 cached", "75"),
    ],
)
def test_calls_spread_across_a_day_are_that_days_calls(text: str, calls: str) -> None:
    assert parse(text).fields.calls_per_day == Decimal(calls)


def test_calls_that_reuse_the_prefix_are_hits() -> None:
    fields = parse("six in ten of their 90k daily calls reuse the 3k prefix; $2 in, $0.50 cached").fields
    assert fields.hit_ratio == Decimal("0.6")


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        ("they process 250,000 insurance claims a month; 1.2k in / 200 out at $3/$15", Decimal("8219.18")),
        ("2M support chats a day, 3k shared prefix, $1 in, $0.10 cached", Decimal(2_000_000)),
        ("about 9,000 nightly runs a day at a 2k prefix, $3 in / $0.30 read", Decimal(9_000)),
    ],
)
def test_a_describing_word_before_the_call_noun(text: str, calls: Decimal) -> None:
    found = parse(text).fields.calls_per_day
    assert found is not None and found.quantize(Decimal("0.01")) == calls


def test_a_period_word_before_the_call_noun_is_still_the_period() -> None:
    assert parse("10k daily calls at 2k in / 300 out, $3/$15").fields.calls_per_day == 10_000
    assert parse("300k monthly requests, 1k in / 100 out at $1/$4").fields.volume_period == "month"


def test_n_in_m_calls_expected_to_hit_is_a_hit_rate() -> None:
    fields = parse("4k prefix, 50k calls a day, and we expect eight in ten calls to hit; $3 in / $0.30 read").fields
    assert fields.hit_ratio == Decimal("0.8")
    assert parse("we expect 3 in 4 requests to hit the cache, 2k prefix, $1 in, 10c read").fields.hit_ratio == \
        Decimal("0.75")


def test_a_loosely_named_model_beside_the_caching_rates_uses_the_rates() -> None:
    # 2k prefix × ($2.00 − $0.50)/1M = $0.003 a hit
    assert_figures("claude-ish-class model, $2 per million input and $0.50 cached, 2k prefix, 10k calls a day",
                   ["*$0.003*"])
