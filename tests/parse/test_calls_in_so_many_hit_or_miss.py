"""A hit or miss rate said as calls in so many ("nine calls in ten hit the cache", "one call in fifty misses it",
"1 request out of 20 misses") is that share of the calls, each miss a write; never a count of writes."""

from __future__ import annotations

from bot import router


def reply(text: str) -> str:
    return router.answer(text, rate_cards={}).text


def test_one_call_in_so_many_missing_the_cache() -> None:
    text = reply("Every call carries the same 10,000-token preamble. $2/MTok input, cache reads $0.20, cache writes "
                 "$2.50. They run 10k calls a day and about one call in twenty misses the cache (each miss re-writes "
                 "it). Net saving per day?")
    # 500 misses (writes), 9,500 hits; a hit saves 10,000 × $1.80/1M = $0.018, a write costs $0.005 more
    # net 9,500 × $0.018 − 500 × $0.005 = $171 − $2.50 = $168.50
    assert "9,500 hits" in text
    assert "500 writes" in text
    assert "*$168.50 a day*" in text


def test_nine_calls_in_ten_to_hit_the_cache() -> None:
    text = reply("Shared prefix is 4,000 tokens. Input $5/M, cache write $6.25/M, cache read $0.50/M. They expect "
                 "nine calls in ten to hit the cache, on 1,000 calls a day. Net daily saving?")
    # 900 hits × 4,000 × $4.50/1M = $16.20; 100 writes × 4,000 × $1.25/1M = $0.50; net $15.70
    assert "*$15.70 a day*" in text


def test_requests_out_of_so_many_missing() -> None:
    text = reply("prefix 2k tokens, $3/M in, reads $0.30/M, writes $3.75/M, 20k requests a day, 1 request out of 20 "
                 "misses. net per day?")
    # 1,000 writes × 2,000 × $0.75/1M = $1.50; 19,000 hits × 2,000 × $2.70/1M = $102.60; net $101.10
    assert "*$101.10 a day*" in text
