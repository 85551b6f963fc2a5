"""Per-call fees in the forms reps write them, compared with per-token whenever tokens and rates are given."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot import router
from bot.parse import Intent, parse


@pytest.mark.parametrize(
    ("text", "fee"),
    [
        ("platform bills $0.04 per run; runs are 5k in / 1k out at $2/$8", Decimal("0.04")),
        ("they want $0.007 apiece, calls are 1k in / 200 out at $1/$4", Decimal("0.007")),
        ("30k calls a day at $0.004 each vs per-token; 900 in / 100 out at $1/$4", Decimal("0.004")),
        ("a flat 2c a request vs $1/$4 per-token, 1k in 300 out", Decimal("0.02")),
        ("a fifth of a cent per call against $1/$4, calls 1k in / 100 out", Decimal("0.002")),
        ("per-token at $1/$4 or the $0.03 flat? calls are 3k in / 1k out", Decimal("0.03")),
    ],
)
def test_fee_forms_are_read_and_compared(text: str, fee: Decimal) -> None:
    ask = parse(text)
    assert ask.intent is Intent.PER_CALL and ask.fields.per_call_fee == fee
    reply = router.answer(text, rate_cards={})
    assert "Per-call vs per-token" in reply.text and "Crossover" in reply.text


def test_a_per_call_question_without_the_fee_asks_for_it() -> None:
    reply = router.answer("the vendor prices this per call; ours are 2k in / 300 out at $1/$4. better?", rate_cards={})
    assert reply.intent == "per_call"
    assert any(m["field"] == "per_call_fee" for m in reply.data["missing"])


def test_growth_stated_as_a_factor_or_a_second_size_in_proportion() -> None:
    assert parse("$0.02 a call, planned 1k in / 200 out at $3/$15, what if calls get 3x bigger?").fields.growth == 3
    ask = parse("$0.02 a call, 1k in / 200 out at $3/$15 today, heading to 5k in / 1k out")
    assert ask.fields.growth == 5 and ask.fields.input_tokens_per_call == 1000


def test_crossover_from_a_mix_alone() -> None:
    reply = router.answer("$0.02 per call vs $2/$8 per-token at an 3:1 in:out mix, where's the break-even size?",
                          rate_cards={})
    # blended = 0.75 × 2 + 0.25 × 8 = 3.5 $/M; 0.02 × 1M / 3.5 = 5,714 tokens
    assert "5,714 tokens per call" in reply.text


@pytest.mark.parametrize(
    "text",
    [
        # a monthly volume and "monthly" in the question, but the crossover is asked: a per-call comparison
        "Harlow Co, 400k requests a month. Plan 1: $0.006/request. Plan 2: $1/$4 per-token with 2k in / 300 out. "
        "Monthly cost of each and the crossover?",
        "the per-request offer is $0.01; prompts are 4k in / 500 out at $1.25 / $5 per token. "
        "at what prompt size does the flat fee win?",
        # "going direct at $2.50 in and $10 out" are per-token rates, not a single direct rate
        "their reseller charges $0.02 per chat message. messages average 3,000 input and 400 output tokens. "
        "going direct at $2.50 in and $10 out per million, what would a message cost, and how big must messages "
        "get before the flat fee pays?",
    ],
)
def test_a_crossover_question_with_a_fee_is_answered_as_per_call(text: str) -> None:
    ask = parse(text)
    assert ask.intent is Intent.PER_CALL and ask.fields.per_call_fee is not None
    assert ask.fields.input_rate is not None and ask.fields.output_rate is not None
    reply = router.answer(text, rate_cards={})
    assert "Per-call vs per-token" in reply.text and "Crossover" in reply.text
