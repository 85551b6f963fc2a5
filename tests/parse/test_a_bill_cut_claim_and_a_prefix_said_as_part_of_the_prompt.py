"""A claim that caching will "cut our bill" by some share asks for the whole call's cost, output included, both ways;
"(3,000 of it a stable prefix)" after a prompt's size is the prefix, part of that prompt."""

from __future__ import annotations

from bot import router


def reply(text: str) -> str:
    return router.answer(text, rate_cards={}).text


def test_a_prefix_said_as_part_of_the_prompt_and_a_bill_cut_claim() -> None:
    text = reply('their CTO says caching will "cut our bill in half". each request: 10,000 input tokens (8,000 of '
                 'which is the system prompt) and 1,000 output tokens; $1/M in, $4/M out, $0.10/M cached read. real '
                 'cut per call if every request hits?')
    # uncached: $0.01 + $0.004 = $0.014; hit: 2,000 × $1 / 1M + 8,000 × $0.10 / 1M + $0.004 = $0.0068
    assert "$0.014" in text and "$0.0068" in text
    assert "51.43%" in text  # $0.0072 ÷ $0.014 off the whole call
    assert "Not used" not in text


def test_a_prefix_said_as_part_of_the_prompt_without_a_thousands_comma() -> None:
    text = reply("prompt is 5000 tokens, 4000 of it a fixed prefix. $2/M input, $0.20/M cached. effective input cost "
                 "per call when it hits?")
    # (5,000 − 4,000) × $2 / 1M + 4,000 × $0.20 / 1M = $0.002 + $0.0008
    assert "$0.0028" in text
