"""The cost of one call asked "per 1,000 such calls", "per 1k similar calls", "per 100,000 of these calls": the
per-call cost times that many calls, as for "per 1,000 calls"."""

from __future__ import annotations

import pytest

from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 128,000 × $2.50/1M + 2,000 × $10/1M = $0.34; × 1,000 = $340.00
        ("one call with the whole 128k window (128,000 in) and 2,000 out at $2.50/$10? and per 1,000 such calls",
         ["$0.34", "$340.00"]),
        # 6,000 × $3/1M + 500 × $15/1M = $0.0255; × 1,000 = $25.50
        ("a call is 6k in / 500 out at $3/$15 - what's that, and per 1k similar calls?", ["$0.0255", "$25.50"]),
        # 4,000 × $1/1M + 300 × $4/1M = $0.0052; × 100,000 = $520.00
        ("4,000 in and 300 out on $1/$4; cost per call and per 100,000 of these calls?", ["$0.0052", "$520.00"]),
        # 12,000 × $0.50/1M + 1,000 × $1.50/1M = $0.0075; × 1,000,000 = $7,500.00
        ("12k in / 1k out at $0.50/$1.50: one call, and per million identical requests?", ["$0.0075", "$7,500.00"]),
    ],
)
def test_the_cost_per_n_such_calls(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


def test_such_tokens_are_no_calls() -> None:
    assert "Per 1,000 calls" not in reply_text("6k in / 500 out at $3/$15: cost per 1,000 such tokens?")
