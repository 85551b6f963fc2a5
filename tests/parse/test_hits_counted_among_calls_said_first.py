"""Hits counted among calls said first, and a usage period said as a heading (our own sentences, not a scored
batch's): "last week's usage: 7,000 calls, 6,300 of them were cache hits" is a week's calls at a 90% hit rate."""

from __future__ import annotations

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 6,300 ÷ 7,000 = 90%; 1,000/day; hits 900 × (1,000 × $2.70/1M = $0.0027) = $2.43 − 100 writes ×
        # 1,000 × $0.75/1M ($0.00075) = $0.075 → $2.355 a day
        ("last week's usage: 7,000 calls, 6,300 of them were cache hits. prefix 1k tokens, $3 in, $0.30 read, "
         "$3.75 write. hit rate and net saving a day?", ["= *90%*", "$2.36"]),
        ("this month's numbers - 30,000 requests, 27,000 of those were served from cache; 2k prefix, $1 input, "
         "$0.10 cached, $1.25 write. what's the hit rate?", ["= *90%*"]),
    ],
)
def test_hits_among_the_calls_give_the_hit_rate(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


def test_the_heading_names_the_period_of_the_calls() -> None:
    ask = parse("last week's usage: 7,000 calls, 6,300 of them were cache hits. prefix 1k tokens, $3 in, $0.30 read")
    assert ask.fields.calls_per_day == 1000 and ask.fields.volume_period == "week"
