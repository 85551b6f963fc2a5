"""Per-call comparisons said in reps' own words (our own sentences, not a scored batch's): a what-if on the fee ("what
if the fee was $0.009 instead?", "if the fee drops to $0.004") is still the per-call fee set against the call's
per-token cost, not a per-token quote. Near-misses keep their meaning."""

from __future__ import annotations

import pytest

from bot import router
from tests.support.replies import assert_figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 3,000 × $3/1M + 1,000 × $15/1M = $0.024 against $0.02
        ("suppose the fee were $0.02 — 3,000 in / 1,000 out at $3/$15 per M", ["*$0.024*", "*$0.02*"]),
        # 800 × $2/1M + 200 × $8/1M = $0.0032 against $0.004
        ("if the fee drops to $0.004, is per-call still worth it? calls are 800 in / 200 out at $2/$8",
         ["*$0.0032*", "*$0.004*", "per-token is cheaper by $0.0008"]),
        # 2,000 × $1/1M + 400 × $4/1M = $0.0036 against $0.003
        ("and if the fee went to $0.003? same 2,000 in / 400 out calls at $1/$4 per M", ["*$0.0036*", "*$0.003*",
                                                                                       "flat fee is cheaper"]),
    ],
)
def test_fee_what_if_is_a_per_call_comparison(text: str, figures: list[str]) -> None:
    assert router.answer(text, rate_cards={}).intent == "per_call"
    assert_figures(text, figures)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # a platform fee is a monthly charge, not a per-call fee
        ("the platform fee was $2,000 a month; we send 5M in / 1M out tokens a day at $3/$15 per M", "$2,000"),
        # a setup fee is one-off
        ("the setup fee was $500; 3,000 in / 1,000 out at $3/$15 per M per call, 10k calls a day", "$500"),
        # the fee said per month, in the past
        ("the fee was $300 a month before; now 2,000 in / 500 out per call at $3/$15", "$300"),
    ],
)
def test_other_fees_said_in_the_past_are_not_per_call_fees(text: str, amount: str) -> None:
    reply = router.answer(text, rate_cards={}).text
    assert f"Per-call fee: *{amount}" not in reply and f"against a per-call fee of {amount}" not in reply


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 2,000 × $3/1M + 400 × $15/1M = $0.012; $0.012 ÷ $0.01 = 1.2
        ("fee $0.01 a call vs $3/$15 per M, calls are 2,000 in / 400 out", ["*1.2×* the fee"]),
        # $2 per 1,000 images = $0.002; 1,000 × $4/1M + 100 × $20/1M = $0.006; ÷ $0.002 = 3
        ("Image tagging API is $2 per 1,000 images; a model at $4/MTok in and $20/MTok out uses ~1,000 input and ~100 "
         "output tokens per image. Which pricing?", ["*$0.006*", "*3×* the fee"]),
        # 5,000 × $1/1M + 500 × $5/1M = $0.0075; ÷ $0.0025 = 3
        ("per-token or per-call? $0.0025 per request flat, or $1/$5 per M with 5,000 in and 500 out",
         ["*$0.0075*", "*3×* the fee"]),
    ],
)
def test_per_token_as_a_multiple_of_a_cheaper_fee(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


def test_no_multiple_when_the_fee_is_dearer() -> None:
    # per-token $0.012 against a $0.02 fee: the fee is dearer, said as a share more, not as a multiple of the fee
    reply = router.answer("fee $0.02 a call vs $3/$15 per M, calls are 2,000 in / 400 out", rate_cards={}).text
    assert "66.67% more" in reply and "× the fee" not in reply
