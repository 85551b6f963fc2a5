"""One side said as a share or multiple of the other ("responses are about a fifth of the prompt", "input is 3x the
output") is the call's mix; with one side's count it gives the other's. Calls spaced further apart than the cache's
TTL never hit, so caching costs the write premium on every call, and no read price is needed to say so."""

from __future__ import annotations

import pytest

from bot import router


def reply(text: str) -> str:
    return router.answer(text, rate_cards={}).text


@pytest.mark.parametrize("mix", ["responses are about a fifth of the prompt", "input is 5x the output",
                                 "output tokens run 20% of the input"])
def test_a_side_as_a_share_of_the_other_is_the_mix_of_the_crossover(mix: str) -> None:
    text = reply(f"$0.003 flat per request or $2/M in and $7/M out? {mix}. where's the crossover in tokens per call?")
    assert "*1,059 tokens per call*" in text  # blended 5/6 × $2 + 1/6 × $7 = $2.8333/1M; $0.003 × 1M ÷ $2.8333


def test_a_price_said_as_a_multiple_of_the_other_side_is_no_mix() -> None:
    text = reply("output is 4x the input price at $2/M in; 1,000 in and 200 out per call. cost per call?")
    assert "input:output" not in text and "80% input" not in text


def test_one_sides_count_and_the_mix_give_the_other_side() -> None:
    text = reply("1,500 input tokens per call, output is a third of the input, 20k calls a day at $2/M in, $6/M out. "
                 "daily cost?")
    assert "500 tokens × $6.00/1M" in text and "*$120.00*" in text  # 20,000 × (1,500 × $2 + 500 × $6) / 1M


def test_calls_further_apart_than_the_ttl_only_pay_the_write_premium() -> None:
    text = reply("a cron job hits the API every 15 minutes round the clock with the same 4,000-token system prompt. "
                 "input $2/M, cache writes $2.50/M, 5-minute TTL. what would caching do to the daily bill?")
    assert "96 writes a day" in text  # 24 × 60 ÷ 15
    assert "*$0.192 a day*" in text  # 96 × 4,000 × ($2.50 − $2.00) / 1M
    assert "cache-read price" not in text


def test_the_direct_spend_may_be_a_dozen_words_after_direct() -> None:
    text = reply("the direct API equivalent for this whole business unit would be $80,000 per month. Vertex lists "
                 "25% above direct and their EA takes 12% off. monthly on Vertex?")
    assert "*$88,000.00* a month" in text  # 80,000 × 1.25 × 0.88
