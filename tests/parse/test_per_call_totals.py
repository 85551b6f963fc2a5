"""Per-call against per-token at a stated volume (our own sentences, not a scored batch's): the reply gives both
structures a day and a month and what the cheaper one saves over each."""

from __future__ import annotations

import pytest

from tests.support.replies import assert_figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # per-token 1,000 × $2/1M + 300 × $8/1M = $0.0044; fee $0.006: 50,000 × $0.0016 = $80 a day; × 730/24
        ("fee of 0.6 cents a call vs per-token on $2/$8 at 1k in / 300 out, 50k calls a day - monthly gap?",
         ["per-token is cheaper by $80.00 a day", "*$2,433.33* a 730-hour month"]),
        # per-token 4,000 × $3/1M + 500 × $15/1M = $0.0195 against a 1.5-cent fee: 12,000 × $0.0045 = $54 a day
        ("vendor charges $0.015 per request; our calls are 4k in, 500 out at $3/$15; 12k requests/day",
         ["per-call is cheaper by $54.00 a day", "*$1,642.50* a 730-hour month"]),
    ],
)
def test_the_cheaper_structure_saves_a_day_and_a_month(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 2,000 × $2/1M + 500 × $8/1M = $0.008; a 1-cent fee is 25% more
        ("they pay 1 cent a call; calls are 2k in and 500 out, and per-token on the same model is 2/8",
         ["$0.008", "*25% more*"]),
        # 4,000 × $1/1M + 1,000 × $4/1M = $0.008; a $0.006 fee is 25% less
        ("$0.006 per request vs per-token at $1/$4, with 4k in / 1k out per request", ["*25% less*"]),
    ],
)
def test_the_fee_relative_to_per_token_as_a_percentage(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)
