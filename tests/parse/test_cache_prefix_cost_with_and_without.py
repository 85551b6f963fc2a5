"""The prefix's input cost with and without caching, asked as such (our own sentences, not a scored batch's): "input
cost per day without caching vs with, and the difference?" shows calls × prefix × input rate, the hits at the
cache-read price plus the writes at the write rate, and the difference (the net saving); with a whole prompt per call
("5,000 input tokens each, 4,000 the prefix ... bill before and after?") the whole prompts' input spend both ways."""

from __future__ import annotations

import pytest

from bot import router


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # without 4,000 × 18,000 × $2/1M = $144; with 2,800 × 18,000 × $0.50/1M + 1,200 × 18,000 × $2/1M
        # = $25.20 + $43.20 = $68.40; difference $75.60 (no write premium at OpenAI)
        ("the shared context is 18k tokens on openai, $2.00/M input, $0.50/M cached. 4,000 calls/day, about 70% hit. "
         "prefix input cost per day without caching vs with, and the difference?",
         ["$144.00", "$25.20", "$43.20", "$68.40", "$75.60"]),
        # without 10,000 × 8,000 × $3/1M = $240; with 9,000 × 8,000 × $0.30/1M + 1,000 × 8,000 × $3.75/1M
        # = $21.60 + $30.00 = $51.60; difference $188.40
        ("8k-token system prompt, $3 in, $0.30 cache read, $3.75 write, 10k calls a day, 90% hits. input cost a day "
         "with caching and without?", ["$240.00", "$21.60", "$30.00", "$51.60", "$188.40"]),
        # without 2,000 × 5,000 × $1/1M = $10; with 1,600 × 5,000 × $0.10/1M + 400 × 5,000 × $1.25/1M = $0.80 + $2.50
        ("5k prefix, 2,000 calls a day, 80% hit rate, input $1/M, reads $0.10/M, writes $1.25/M. what's the daily "
         "input bill for the prefix before and after caching?", ["$10.00", "$0.80", "$2.50", "$3.30", "$6.70"]),
        # a fixed-lifetime cache: 500 reads × 100,000 × $0.075/1M = $3.75, 4 creations × $0.03 = $0.12, storage
        # 4 × 6 h × 100,000 × $1/1M = $2.40; without 500 × 100,000 × $0.30/1M = $15
        ("gemini explicit cache, 100k-token catalogue, TTL 6 hours, storage $1.00 per million tokens per hour, input "
         "$0.30/M, cached $0.075/M, creation $0.30/M, 500 calls a day. prefix cost per day without the cache vs "
         "with?", ["$15.00", "$3.75", "$2.40"]),
    ],
)
def test_the_prefix_cost_both_ways_and_the_difference(text: str, figures: list[str]) -> None:
    reply = router.answer(text, rate_cards={})
    assert reply.intent == "caching", reply.text
    assert "without caching" in reply.text and "Difference" in reply.text, reply.text
    for figure in figures:
        assert figure in reply.text, (figure, reply.text)


def test_the_whole_prompt_bill_before_and_after() -> None:
    # 10,000 × 5,000 × $5/1M = $250 before; 10,000 × (1,000 × $5 + 4,000 × $0.50)/1M = $70 after; 72% lower
    reply = router.answer("10k calls a day, 5,000 input tokens each, 4,000 of which are the cached prefix; input $5/M, "
                          "cached $0.50/M; assume all hits. daily input bill before and after, and % saved?",
                          rate_cards={})
    for figure in ("$250.00", "$70.00", "72%"):
        assert figure in reply.text, (figure, reply.text)


@pytest.mark.parametrize(
    "text",
    [
        # no with/without asked: the net alone
        "5k prefix, 2,000 calls a day, $3 in / $0.30 cached / $3.75 write, 90% hits. net per day?",
        # "$3 uncached vs $0.30 cached" is a pair of prices, not a bill asked both ways
        "5k prefix, 2,000 calls a day, $3 uncached vs $0.30 cached, 90% hits. saving per day?",
    ],
)
def test_no_cost_both_ways_unless_asked(text: str) -> None:
    reply = router.answer(text, rate_cards={})
    assert "without caching" not in reply.text, reply.text


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # prompt 8,000 + 2,000 = 10,000: input 5,000 × 10,000 × $3/1M = $150; output 5,000 × 500 × $15/1M = $37.50;
        # net 4,750 × $0.0216 − 250 × $0.006 = $101.10; with $150 − $101.10 + $37.50 = $86.40
        ("5k calls a day, 8k prefix then a 2k-token question, 500 tokens back, $3/$15, cache read $0.30, cache write "
         "$3.75, 95% hits. daily bill with and without caching?", ["$150.00", "$187.50", "$86.40", "$37.50"]),
        # prompt 6,000 + 500: input $195, output 10,000 × 400 × $15/1M = $60; net $157.86; with $97.14
        ("10k calls a day, 6k-token prefix + 500-token question, 400 tokens out; $3/$15, reads $0.30, writes $3.75, "
         "98% hits. daily bill with and without caching?", ["$255.00", "$97.14"]),
    ],
)
def test_the_whole_bill_both_ways_with_the_output_priced(text: str, figures: list[str]) -> None:
    reply = router.answer(text, rate_cards={})
    assert "Whole bill a day" in reply.text, reply.text
    for figure in figures:
        assert figure in reply.text, (figure, reply.text)


def test_the_input_alone_when_the_input_is_asked() -> None:
    reply = router.answer("5k calls a day, 8k prefix then a 2k-token question, 500 tokens back, $3/$15, cache read "
                          "$0.30, cache write $3.75, 95% hits. daily input cost with and without caching?",
                          rate_cards={})
    assert "$48.90" in reply.text, reply.text
    assert "Whole bill a day" not in reply.text, reply.text
