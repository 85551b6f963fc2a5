"""A call's tokens counted per part of what it reads, and fractions of a scale or of one call said in words (our own
sentences, not a scored batch's)."""

from __future__ import annotations

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 40 pages × 600 = 24,000 in × $3/1M = $0.072; 1,000 out × $15/1M = $0.015; $0.087 a contract
        ("each contract is 40 pages at about 600 tokens per page; output 1k tokens; $3/$15. cost per contract?",
         ["40 pages × 600 tokens a page = 24,000 tokens", "$0.087"]),
        # 25 × 300 = 7,500 in × $1/1M = $0.0075; 2,000 out × $4/1M = $0.008; $0.0155
        ("a 25-slide deck, 300 tokens per slide, 2k out, $1/$4 per M. per deck?", ["7,500 tokens", "$0.0155"]),
    ],
)
def test_a_call_reads_its_parts_times_the_tokens_of_each(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


def test_a_part_count_a_period_is_no_call_size() -> None:
    # "200 pages a day" is a volume of pages, not the pages of one call
    ask = parse("we process 200 pages a day, 500 tokens per page, $1/$4 per M")
    assert ask.fields.parts_per_call is None


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # a third of a billion × $6/1M = $2,000.00; 1.5bn × $2/1M = $3,000.00
        ("one and a half billion input tokens and a third of a billion output tokens a month at $2 per million in, "
         "$6 per million out. total?", ["$3,000.00", "$2,000.00", "$5,000.00"]),
        # half a request per second over 10 h = 18,000 calls; × (2,000 × $1 + 500 × $4)/1M = $0.004 → $72.00
        ("about half a request per second, 10 hours a day, 2k in / 500 out, $1/$4 per M. daily?", ["$72.00"]),
    ],
)
def test_fractions_said_in_words(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)
