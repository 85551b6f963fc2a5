"""A call's planned size and the size it turned out to be (our own sentences, not a scored batch's): the mix may be
said in brackets after the size; "turned out", "came in", "ended up" are no output side; a bare count after them is
the real size, priced beside the planned one against the fee."""

from __future__ import annotations

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 4,000 tokens at 3:1 → 3,000 in / 1,000 out at $1/$5: $0.003 + $0.005 = $0.008; fee $0.012;
        # crossover: blended (3 × 1 + 5) ÷ 4 = $2/1M → $0.012 × 1M ÷ $2 = 6,000 tokens
        ("flat fee is $0.012 a call; per-token is $1/M in and $5/M out; calls are 4,000 tokens (3:1). cheaper?",
         ["$0.008", "6,000 tokens per call"]),
        # planned 2,000 tokens (4:1) = 1,600 in / 400 out at $2.50/$10: $0.004 + $0.004 = $0.008; real 5,000
        # (2.5×) = 4,000 in / 1,000 out: $0.01 + $0.01 = $0.02 against the $0.015 fee
        ("we scoped 2,000 tokens per call (4:1 in:out) at $2.50/$10 per M but in production calls came in at 5,000 "
         "(same 4:1). the flat offer is $0.015 per call. which is cheaper now?", ["$0.008", "$0.02"]),
        # "turned out 2,500 tokens": the real call, not 2,500 output tokens; 1,000 tokens at 4:1 → $4/1M blended,
        # crossover $0.007 × 1M ÷ $4 = 1,750 tokens; real 2,000 in / 500 out = $0.005 + $0.005 = $0.01
        ("assumed 1,000 tokens per call (4:1 in:out), $2.50 in / $10 out; real calls turned out 2,500 tokens, same "
         "mix. fee offer was $0.007 per call. cost now vs the fee?", ["1,750 tokens", "$0.01 against the $0.007"]),
    ],
)
def test_the_real_size_is_priced_beside_the_planned_one(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


@pytest.mark.parametrize(
    "text",
    [
        "calls turned out 2,500 tokens at $3/$15 per M with a $0.02 fee per call",
        "it worked out 2,500 tokens a call; $3 in, $15 out; fee $0.02 a call",
    ],
)
def test_a_phrasal_out_is_no_output_side(text: str) -> None:
    assert parse(text).fields.output_tokens_per_call is None

