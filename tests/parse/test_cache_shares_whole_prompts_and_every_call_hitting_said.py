"""Caching asks written in prose (our own sentences, not a scored batch's): a cache price as a share said before what
it prices ("10% of that for cache reads"), two prices each labelled after it with nothing between ("$2/M input $0.20
cached"), the whole prompt counted before its name and the prefix "of it", every call said to hit around the volume
("every one of the ~2,000 daily calls hits it", "all against the cache"), and no pay-back line when writes are left
out."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize(
    "text, read, write",
    [
        ("6k system prompt, 10k calls a day, $2 in, 10% of that for cache reads, writes 1.25x, 80% hits", "0.2", "2.5"),
        ("6k prefix, $2/M input, 10% of the input rate on cached tokens, 10k calls/day, 80% hits", "0.2", None),
        ("prefix 6k, 10k calls a day, $2 input, 125% of the input price for cache writes, reads $0.20, 80% hits", "0.2",
         "2.5"),
    ],
)
def test_a_cache_price_as_a_share_said_before_what_it_prices(text: str, read: str, write: str | None) -> None:
    f = parse(text).fields
    assert f.input_rate == Decimal(2) and f.cache_read_rate == Decimal(read)
    if write is not None:
        assert f.cache_write_rate == Decimal(write)
    # hit saves 6,000 × $1.80/1M = $0.0108; 8,000 hits = $86.40 a day
    assert_figures(text, ["$0.0108", "$86.40"])


@pytest.mark.parametrize(
    "text",
    [
        "8k token input per call, 6k of it is the shared preamble. $2/M input $0.20 cached. how much cheaper is a hit?",
        "prompts are 8,000 tokens each, 6,000 of that a fixed prefix; $2 in $0.20 cache read. input cost per call "
        "before and after?",
        "8k-token requests, 6k of them the static system prompt, $2/M in, $0.20/M cached: per-call input drop?",
    ],
)
def test_the_whole_prompt_then_the_prefix_of_it(text: str) -> None:
    # before 8,000 × $2/1M = $0.016; after 2,000 × $2/1M + 6,000 × $0.20/1M = $0.004 + $0.0012 = $0.0052;
    # off $0.0108, a 67.5% cut
    f = parse(text).fields
    assert (f.prefix_tokens, f.input_tokens_per_call) == (Decimal(6000), Decimal(8000))
    assert (f.input_rate, f.cache_read_rate) == (Decimal(2), Decimal("0.2"))
    assert_figures(text, ["$0.016", "$0.0052", "$0.0108", "67.5%"])


@pytest.mark.parametrize(
    "text",
    [
        "gemini explicit cache of a 100k-token manual, TTL 1 hour, rebuilt hourly over an 8-hour day; input $1/M, "
        "cached $0.25/M, storage $1 per 1M tokens per hour; creation billed at the normal input rate; every one of "
        "the ~2,000 daily calls hits it. net a day?",
        "explicit context cache on gemini, 100k tokens, 1 hour ttl, re-created each hour across 8 working hours, "
        "$1/M input, $0.25/M cached, storage $1/M tokens/hour, created at the normal input rate, 2,000 calls a day, "
        "all against the cache. daily net?",
    ],
)
def test_every_call_said_to_hit_an_explicit_cache(text: str) -> None:
    # 100,000 × $0.75/1M = $0.075 a hit × 2,000 = $150.00; storage 100,000 × 8 h × $1/1M = $0.80; 8 creations at
    # the input rate add nothing: $149.20 a day
    f = parse(text).fields
    assert f.hit_ratio == Decimal(1) and f.calls_per_day == Decimal(2000)
    assert_figures(text, ["$0.075", "$150.00", "$0.80", "$149.20"])


def test_a_call_hitting_a_cache_said_of_one_call_is_no_hit_rate() -> None:
    assert parse("the first call of the day writes; after that every one of the calls reads from it, 4k prefix, "
                 "$3 in, $0.30 cached").fields.hit_ratio is None


def test_no_pay_back_line_when_writes_are_left_out() -> None:
    reply = reply_text("6k prefix that always hits (ignore writes), $2/M input, $0.20 cached. saving per hit?")
    assert "$0.0108" in reply and "pays for itself" not in reply


@pytest.mark.parametrize(
    "text",
    [
        "fee is $0.01 a call. at launch calls were ~1,000 tokens; prompts have since grown to ~2,000 tokens per call. "
        "mix still 4:1 in:out, $2/M in, $12/M out. per-token cost of a call then vs now, and the crossover?",
        "we price at 1c per call. calls were about 1,000 tokens when we set it, and they've climbed to 2,000. "
        "4:1 input to output, $2 in / $12 out per M. what does a call cost us now vs then?",
    ],
)
def test_a_call_size_then_and_the_size_it_has_grown_to(text: str) -> None:
    # blended at 4:1 = 0.8 × $2 + 0.2 × $12 = $4/M; then 1,000 (800/200) = $0.0016 + $0.0024 = $0.004;
    # now 2,000 (1,600/400) = $0.0032 + $0.0048 = $0.008; crossover $0.01 ÷ $4/M = 2,500 tokens
    assert_figures(text, ["$0.004", "$0.008", "2,500 tokens per call"])


def test_prompts_grown_to_a_size_with_no_size_before_stay_input() -> None:
    f = parse("prompts have grown to 3,000 tokens per call, 500 out, $2/$8. per call?").fields
    assert f.input_tokens_per_call == Decimal(3000) and f.output_tokens_per_call == Decimal(500)
