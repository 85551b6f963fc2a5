"""Caching asks our own sentences put (not a scored batch's): a volume of prefix tokens sent over a period at a hit
rate ("1.2B prefix tokens a month, 90% hit rate") nets the hits' saving against the misses' write premiums in that
period; two prefix sizes either side of the minimum cacheable prefix ("~900 tokens today, 1,500 once restructured")
price the one that can be cached and say the other is never cached; a write said to cost the same as input has no
premium."""

from __future__ import annotations

import pytest

from bot import router


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 2B × 95% = 1.9B × $2.25/1M = $4,275; 100M × ($3.125 − $2.50)/1M = $62.50; net $4,212.50
        ("2B cached-prefix tokens per week, 95% hit rate, input $2.50/M, cache read $0.25/M, write $3.125/M. weekly "
         "net?", ["$4,275.00", "$62.50", "$4,212.50 a week"]),
        # 50M × 80% = 40M × $0.90/1M = $36; 10M × $0.25/1M = $2.50; net $33.50
        ("about 50M prefix tokens a day go out, 80% hit the cache; $1/M input, $0.10/M cached read, $1.25/M write. "
         "daily net?", ["$36.00", "$2.50", "$33.50 a day"]),
        # 600M × 75% = 450M × $1.25/1M = $562.50; automatic caching writes at the input rate: no premium
        ("600M prefix tokens a month on gpt-4o, 75% cache hit rate, $2.50 input, $1.25 cached. monthly net?",
         ["$562.50", "$0.00", "no premium"]),
        # 900M × 85% = 765M × $4.50/1M = $3,442.50; 135M × $1.25/1M = $168.75; net $3,273.75
        ("we send roughly 900M prefix tokens/month, cache hit rate 85%, $5 input, $0.50 cache read, $6.25 cache "
         "write. what's the monthly saving net of writes?", ["$3,442.50", "$168.75", "$3,273.75"]),
    ],
)
def test_a_prefix_volume_at_a_hit_rate_nets_the_writes(text: str, figures: list[str]) -> None:
    reply = router.answer(text, rate_cards={})
    assert reply.intent == "caching", reply.text
    for figure in figures:
        assert figure in reply.text, (figure, reply.text)


@pytest.mark.parametrize(
    "text",
    [
        # tokens read from the cache: no hit rate, no writes netted
        "300M prefix tokens a month served from cache, $3 vs $0.30 cached. monthly saving?",
        "~0.5B cached tokens a day, 30c cached vs $3 normal. daily saving?",
    ],
)
def test_tokens_read_from_the_cache_are_not_netted(text: str) -> None:
    reply = router.answer(text, rate_cards={})
    assert "Tokens written" not in reply.text, reply.text
    assert "read from the cache" in reply.text, reply.text


@pytest.mark.parametrize(
    ("text", "short", "figures"),
    [
        # 2,400 × ($2.50 − $1.25)/1M = $0.003; 7,000 hits × $0.003 = $21.00
        ("on gpt-4o the shared preamble is 800 tokens right now; after the rework it'd be 2,400 tokens. $2.50 in, "
         "$1.25 cached, 10k calls/day, 70% hits. per-hit saving and daily?", "800", ["$0.003", "$21.00"]),
        # 1,800 × $1.50/1M = $0.0027; 25,500 × $0.0027 = $68.85
        ("openai, 600-token prompt prefix today vs 1,800 tokens if we put the tool defs first; $2 in / $0.50 cached; "
         "30k calls a day at 85% hits. what's a hit worth and the daily saving?", "600", ["$0.0027", "$68.85"]),
        # a stated minimum: 3,000 × $2.70/1M = $0.0081; 4,500 × $0.0081 − 500 × 3,000 × $0.75/1M = $36.45 − $1.125
        ("min cacheable prefix is 2,048 tokens. our prefix is 1,500 tokens now, 3,000 tokens with the examples moved "
         "up. $3 input, $0.30 cache read, $3.75 write, 5k calls a day, 90% hits. net per day?", "1,500",
         ["$0.0081", "$36.45", "$35.33"]),
        # Claude Sonnet 4.5's 1,024: 1,400 × $2.70/1M = $0.00378; 6,400 × $0.00378 − 1,600 × $0.00105 = $22.51
        ("claude sonnet 4.5: 700-token system prompt today, 1,400 tokens once the policy text is added; "
         "$3/$0.30/$3.75 (in/read/write), 8k calls/day, 80% hit rate; net a day?", "700", ["$0.00378", "$22.51"]),
    ],
)
def test_a_prefix_below_the_minimum_beside_one_above_it(text: str, short: str, figures: list[str]) -> None:
    reply = router.answer(text, rate_cards={})
    assert reply.intent == "caching", reply.text
    assert f"At {short} tokens the prefix is below the minimum cacheable prefix" in reply.text, reply.text
    for figure in figures:
        assert figure in reply.text, (figure, reply.text)


@pytest.mark.parametrize(
    "text",
    [
        # both long enough at openai: which one is still asked
        "openai, prefix 1,500 tokens or 3,000 tokens, $2 in / $0.50 cached, 10k calls a day, 80% hits",
        # no provider and no minimum stated: nothing to set the sizes against
        "prefix 900 tokens today, 1,500 after the rework; $2 in / $0.50 cached, 50k calls a day, 80% hits",
    ],
)
def test_no_prefix_called_too_short_without_a_minimum_between_them(text: str) -> None:
    reply = router.answer(text, rate_cards={})
    assert "the prefix is below the minimum cacheable prefix" not in reply.text, reply.text


@pytest.mark.parametrize(
    "text",
    [
        "4k prefix, $3 in, $0.30 cached (no write surcharge), 10k calls/day, 80% hits. net per day?",
        "4k prefix, $3 in, $0.30 cached, cache writes cost the same as input, 10k calls/day, 80% hits. net per day?",
        "4k prefix, $3 in, $0.30 cached; writes are priced like regular input. 10k calls/day, 80% hits. net per day?",
        "4k prefix, $3 in, $0.30 cached, no extra charge for cache writes, 10k calls/day, 80% hits. net per day?",
    ],
)
def test_a_write_at_the_input_rate_has_no_premium(text: str) -> None:
    # 8,000 hits × 4,000 × $2.70/1M = $86.40, the writes adding nothing
    reply = router.answer(text, rate_cards={})
    assert "*$86.40 a day*" in reply.text, reply.text


@pytest.mark.parametrize(
    ("text", "short", "figures"),
    [
        # 2,400 × ($2.50 − $1.25)/1M = $0.003; 7,000 × $0.003 = $21.00
        ("openai: the system prompt is 800 tokens today; if we move the tool schemas up the cached prefix becomes "
         "2,400 tokens. $2.50 in / $1.25 cached, 10k calls a day, 70% hits. saving per hit and per day?", "800",
         ["$0.003", "$21.00"]),
        # 1,800 × $1.50/1M = $0.0027; 25,500 × $0.0027 = $68.85
        ("the system prompt goes from 600 to 1,800 tokens on gpt-4o; $2 in, $0.50 cached, 30k calls/day, 85% hits. "
         "daily saving?", "600", ["$0.0027", "$68.85"]),
    ],
)
def test_a_prefix_change_from_below_the_minimum_prices_the_new_size(text: str, short: str,
                                                                    figures: list[str]) -> None:
    reply = router.answer(text, rate_cards={})
    assert f"At {short} tokens the prefix is below the minimum cacheable prefix" in reply.text, reply.text
    for figure in figures:
        assert figure in reply.text, (figure, reply.text)


def test_a_prefix_change_above_the_minimum_stays_a_what_if() -> None:
    reply = router.answer("the system prompt goes from 1,600 to 2,800 tokens on gpt-4o; $2 in, $0.50 cached, 30k "
                          "calls/day, 85% hits. daily saving?", rate_cards={})
    assert "What if the prefix is 2,800 tokens (base 1,600)" in reply.text, reply.text
    assert "below the minimum" not in reply.text, reply.text
