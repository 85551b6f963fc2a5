"""A per-call offer weighed against per-token with no fee stated ("the partner offers per-call pricing ... what is
better for us?") is the per-call comparison: the per-token cost of the same call is worked out and the fee is asked
for, never a per-token quote that drops the offer (our own sentences)."""

from __future__ import annotations

import pytest

from bot.parse import Intent, parse
from bot.router import answer


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 600 × $0.30/1M + 40 × $1.20/1M = $0.00018 + $0.000048 = $0.000228 a call
        ("Vendor offers per-call pricing for their tagging API. Each call is about 600 input tokens and 40 output "
         "tokens; the same model per token is $0.30 / $1.20 per million. We make 2 million calls a month. What is "
         "better for us?", ["$0.000228"]),
        # 1,000 × $0.50/1M + 100 × $2/1M = $0.0005 + $0.0002 = $0.0007 a call
        ("They're asking whether switching to the vendor's per-call plan makes sense: calls run 1,000 in / 100 out, "
         "per-token rates $0.50/$2 per M.", ["$0.0007"]),
    ],
)
def test_a_per_call_offer_without_its_fee_asks_for_the_fee(text: str, figures: list[str]) -> None:
    assert parse(text).intent is Intent.PER_CALL
    reply = answer(text, rate_cards={})
    assert "per_call_fee" in {m["field"] for m in reply.data.get("missing") or []}
    missing = [f for f in figures if f not in reply.text]
    assert not missing, f"{missing} not in:\n{reply.text}"


@pytest.mark.parametrize(
    "text",
    [
        # no per-call offer: the per-token cost of the calls
        "Each call is about 600 in / 40 out at $0.30/$1.20 per M, 2M calls a month. What's the monthly cost?",
        "600 in / 40 out per call at $0.30/$1.20, which is better: 2M calls on gpt-4o-mini or 1M on gpt-4o?",
    ],
)
def test_calls_priced_per_token_without_an_offer_stay_a_quote(text: str) -> None:
    assert parse(text).intent is not Intent.PER_CALL


def test_each_structures_bill_over_a_period_is_the_comparison_not_the_choice() -> None:
    # 2,000 steps/hr × 8 h = 16,000 a day; per step 1,000 × $1/1M + 100 × $4/1M = $0.0014
    text = ("workflow tool bills $0.003 per step (one model call). the agent does ~2,000 steps/hr for 8 hrs/day, each "
            "step ~1,000 in / 100 out, direct rates $1/$4 per MTok. monthly per-call vs per-token?")
    assert parse(text).intent is Intent.PER_CALL
    assert "$0.0014" in answer(text, rate_cards={}).text


@pytest.mark.parametrize(
    ("text", "crossover"),
    [
        # $0.003 × 1M ÷ $1.50 = 2,000 tokens
        ("If a call costs $0.003 flat and the blended per-token rate is $1.50 per million, at what call size are they "
         "the same?", "2,000 tokens per call"),
        # $0.01 × 1M ÷ $4 = 2,500 tokens
        ("flat 1c per request vs $4/M blended. crossover call size?", "2,500 tokens per call"),
    ],
)
def test_a_fee_against_one_blended_rate_has_a_crossover_without_a_mix(text: str, crossover: str) -> None:
    reply = answer(text, rate_cards={})
    assert crossover in reply.text, reply.text
    assert "tokens" not in {m["field"] for m in reply.data.get("missing") or []}
    assert " in / " not in reply.text  # no input:output split of a size priced at one rate
