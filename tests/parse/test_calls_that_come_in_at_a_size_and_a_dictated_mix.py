"""Calls that "come in at" a size are that many tokens in all (the "in" of the verb is not the input side), split by
the mix; a mix dictated as "for to one" or "too to one" is four or two to one."""

from __future__ import annotations

from bot import router


def reply(text: str) -> str:
    return router.answer(text, rate_cards={}).text


def test_calls_coming_in_at_a_size_are_split_by_the_mix() -> None:
    text = reply("Flat fee is 1.2c a call; per token they'd pay $1.50/M in and $6/M out, mix three to one in to out. "
                 "Calls are coming in at 8k tokens. Which is cheaper per call?")
    # 8,000 at 3:1: 6,000 in × $1.50/1M = $0.009, 2,000 out × $6/1M = $0.012; $0.021 against the $0.012 fee
    assert "input 6,000 × $1.50/1M = $0.009" in text
    assert "*$0.021*" in text


def test_the_rate_that_came_in_at_a_price_keeps_its_side() -> None:
    text = reply("per-token quote came in at $3/M input and $12/M output. 2,000 in / 400 out per call, per-call fee "
                 "is 1c. which wins?")
    # 2,000 × $3/1M + 400 × $12/1M = $0.006 + $0.0048 = $0.0108
    assert "*$0.0108*" in text


def test_a_dictated_four_to_one_mix() -> None:
    text = reply("per call fee is 0.6 cents. per token is a dollar a million in and five a million out, calls run "
                 "for to one input to output. at what tokens per call do they match")
    # blended at 80% input: 0.8 × $1 + 0.2 × $5 = $1.80/1M; $0.006 × 1M ÷ $1.80 = 3,333 tokens
    assert "$1.80/1M" in text
    assert "*3,333 tokens per call*" in text


def test_a_dictated_two_to_one_mix() -> None:
    text = reply("fee is half a cent a call, per token $3 a million in and $9 a million out, split too to one input "
                 "to output. where do they cross")
    # blended at 2/3 input: (2 × $3 + $9) / 3 = $5/1M; $0.005 × 1M ÷ $5 = 1,000 tokens
    assert "*1,000 tokens per call*" in text


def test_planned_and_actual_sizes_in_a_pilot_with_the_week_at_the_actual_size() -> None:
    text = reply("per-call vs per-token, planned vs what the pilot shows:\n"
                 "                    planned     actual\n"
                 "input tok / call    1,000       3,000\n"
                 "output tok / call   100         500\n"
                 "calls / day         10k         10k\n"
                 "per-call endpoint: 0.6 cents per call\nper-token: $2 / MTok in, $8 / MTok out\n"
                 "at actual size, how much per week does the per-call endpoint save or lose?")
    # actual call: 3,000 × $2/1M + 500 × $8/1M = $0.01; a week of 70,000 calls: $700 against $420 for the fee
    assert "*$0.01*" in text
    assert "per-call is cheaper by *$280.00*" in text
