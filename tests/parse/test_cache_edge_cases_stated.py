"""Caching edge cases said plainly: a prompt below the provider's minimum cacheable prefix saves $0.00 (said as the
figure); the cut in input cost per call at a stated hit rate counts the misses writing the prefix, against a claimed
cut; calls further apart than the cache's TTL all write, so caching adds the write premium on every call. Near-misses
keep their meaning. Our own sentences."""

from __future__ import annotations

import pytest

from tests.support.replies import reply_text


@pytest.mark.parametrize(
    "text",
    [
        "Customer on OpenAI: whole prompt is 900 tokens, 200K calls/day, $2.50/M input, cached $1.25/M. How much does "
        "automatic caching save?",
        "OpenAI auto caching, 600-token system prompt, 50k calls a day at $2/M in, $1/M cached. savings per day?",
        "Their prefix is 700 tokens and the minimum cacheable prefix is 1,024. $3 input, $0.30 reads, 10k calls a "
        "day. Daily saving?",
    ],
)
def test_a_prefix_below_the_minimum_saves_nothing_said_as_a_figure(text: str) -> None:
    reply = reply_text(text)
    assert "below the minimum cacheable prefix" in reply
    assert "*$0.00*" in reply


@pytest.mark.parametrize(
    ("text", "average", "cut", "verdict"),
    [
        ('Blog says "caching cuts input costs 80%". Calls are 10,000 input tokens of which 9,000 are a stable prefix, '
         "95% hit rate, $3/M input, $0.30/M read, $3.75/M write. What's the actual cut in input cost per call?",
         "*$0.0072525*", "*75.83%*", "*No:*"),
        ("Is it true caching cuts input cost 50%? Prompt 8,000 tokens, 6,000 of it a cached prefix, 90% hits, $3 in, "
         "$0.30 read, $3.75 write. Actual cut per call?", "*$0.00987*", "*58.88%*", "*Yes:*"),
    ],
)
def test_the_cut_per_call_at_a_hit_rate_counts_the_writes(text: str, average: str, cut: str, verdict: str) -> None:
    reply = reply_text(text)
    assert f"= {average}, against" in reply
    assert f"= {cut}." in reply
    assert verdict in reply


def test_a_cut_with_no_hit_rate_is_the_cut_of_a_hit() -> None:
    reply = reply_text('"caching cuts input costs 80%" - their calls are 10,000 input tokens of which 9,000 are a '
                       "stable prefix, $3/M input, $0.30/M read, $3.75/M write. Right?")
    assert "*81%*" in reply
    assert "average call" not in reply


@pytest.mark.parametrize(
    ("text", "calls", "loss"),
    [
        ("Scheduled job fires exactly every 20 minutes, 24h a day, with a 20,000-token prefix. TTL is 5 minutes. "
         "$3/M input, $3.75/M write, $0.30/M read. They turned caching on. What's it doing to their bill per day?",
         "72 writes", "*-$1.08 a day*"),
        ("A cron job runs every 30 min round the clock with an 8k-token prefix; cache TTL is 5 min. $3 in, $3.75 "
         "writes, $0.30 reads. Net per day with caching on?", "48 writes", "*-$0.288 a day*"),
    ],
)
def test_calls_further_apart_than_the_ttl_all_write(text: str, calls: str, loss: str) -> None:
    reply = reply_text(text)
    assert calls in reply
    assert loss in reply
    assert "0 hits" in reply


def test_calls_closer_together_than_the_ttl_still_hit() -> None:
    reply = reply_text("The job runs every 2 minutes, 24h a day, 20,000-token prefix, TTL is 5 minutes. $3/M input, "
                       "$3.75/M write, $0.30/M read. Net per day?")
    assert "720 writes" not in reply
    assert "0 hits" not in reply


def test_calls_at_random_every_so_often_are_not_a_fixed_interval() -> None:
    # one call every 10 minutes on average, at random: the arrival model's writes, not every call writing
    reply = reply_text("cache lives 5 min (refreshed on hit) and they get one call every 10 minutes on average, "
                       "random, 10 hours a day. 6k prefix at $3 / $0.30 / $3.75. what share of calls are writes and "
                       "the net per day?")
    assert "60.65% of calls write" in reply
    assert "0 hits" not in reply
