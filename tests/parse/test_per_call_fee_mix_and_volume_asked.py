"""Per-call asks as reps write them: "fee $0.005," with no verb, a mix written "1 in : 3 out", a blended rate asked with
a typo, a bill asked for over a period with no call count (asked for), and per-call pricing set against per-token
with its fee left out (asked for)."""

from __future__ import annotations

import pytest

from bot import router
from tests.support.replies import assert_figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # blended (3 x $2 + $6) / 4 = $3.00; $0.005 / $3 per 1M = 1,667 tokens
        ("crossover size? fee $0.005, per token $2 in $6 out, 3:1 mix", ["$3.00", "1,667"]),
        # blended ($1 + 3 x $9) / 4 = $7.00; $0.01 / $7 per 1M = 1,429 tokens
        ("flat fee $0.01 vs $1/$9 per token, calls are 1 in : 3 out. breakeven size?", ["$7.00", "1,429"]),
    ],
)
def test_a_crossover_at_a_stated_mix(text: str, figures: list[str]) -> None:
    assert router.answer(text, rate_cards={}).intent == "per_call"
    assert_figures(text, figures)


def test_a_blended_rate_asked_with_a_typo() -> None:
    # (4 x $2 + $10) / 5
    assert_figures("what's the blened rate at 4:1 in:out on $2/$10", ["$3.60"])


@pytest.mark.parametrize(
    "text",
    ["what would a month cost at $0.004 per request for the tagging service?",
     "daily bill at 0.6 cents a call for the OCR step?"],
)
def test_a_fee_bill_over_a_period_asks_for_the_calls(text: str) -> None:
    reply = router.answer(text, rate_cards={})
    assert reply.intent == "per_call"
    assert "calls_per_day" in {m["field"] for m in reply.data["missing"]}


def test_per_call_pricing_set_against_per_token_asks_for_the_fee() -> None:
    reply = router.answer("vendor wants per-call pricing on the OCR flow; is that cheaper than $1/$4 per token at "
                          "3k in / 200 out?", rate_cards={})
    assert reply.intent == "per_call"
    assert "per_call_fee" in {m["field"] for m in reply.data["missing"]}
