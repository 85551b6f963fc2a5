"""Providers' caching prices compared on one deal (our own sentences, not a scored batch's): each option on its own
line or lettered item keeps its own input, read and write prices; a price it leaves out is the one said for all; the
reply nets each option over the same calls and hits and says which nets more."""

from __future__ import annotations

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # openai: read 25% of $2 = $0.50; saving/hit 2,000 × $1.50/1M = $0.003 × 45,000 hits = $135.00, writes free
        # anthropic: 2,000 × $1.70/1M = $0.0034 × 45,000 = $153.00 − 5,000 writes × 2,000 × $1.75/1M ($0.0035)
        # = $153.00 − $17.50 = $135.50; anthropic nets $0.50 more
        ("- openai: cached reads at 25% of input, writes free\n- anthropic: reads $0.30/M, writes $3.75/M\n"
         "same $2/M input for both; 2,000-token prefix, 50k calls a day, 90% hits. which nets more?",
         ["$135.00 a day", "$135.50 a day", "nets $0.50 a day more"]),
        # one line, lettered: a) $4 in, $0.40 read, $5 write: 10,000 × $3.60/1M = $0.036 × 1,600 = $57.60
        # − 400 × 10,000 × $1/1M ($0.01) = $4.00 → $53.60; b) $4 in, cached half price, no write premium:
        # 10,000 × $2/1M = $0.02 × 1,600 = $32.00
        ("two quotes for the customer: a) anthropic at $4/M in, $0.40/M read, $5/M write b) openai at $4/M in, "
         "cached half price, no write premium. 10k prefix, 2,000 calls a day, 80% hit. net each?",
         ["$53.60 a day", "$32.00 a day", "A) Anthropic nets $21.60 a day more"]),
    ],
)
def test_each_provider_is_netted_on_the_same_deal(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


def test_the_options_carry_their_own_prices() -> None:
    ask = parse("- openai: cached reads at 25% of input, writes free\n- anthropic: reads $0.30/M, writes $3.75/M\n"
                "same $2/M input for both; 2,000-token prefix, 50k calls a day, 90% hits")
    assert [(label, str(read), str(write)) for label, _, _, read, write in ask.fields.cache_options] == [
        ("OpenAI", "0.5", "2"), ("Anthropic", "0.3", "3.75")]
    assert not ask.ambiguities


@pytest.mark.parametrize(
    "text",
    [
        # one provider, its deal in bullets: nothing to compare
        "- anthropic\n- 4k prefix\n- $3 in, $0.30 read, $3.75 write\n- 10k calls a day, 90% hits",
        # two write prices for two lifetimes: a TTL comparison, not providers
        "- 5-min write $3.75/M\n- 1-hour write $6/M\n$3 in, $0.30 read, 4k prefix, 10k calls a day, 90% hits",
    ],
)
def test_bullets_of_one_deal_are_no_options(text: str) -> None:
    assert parse(text).fields.cache_options == []
    assert "Each option's prices" not in reply_text(text)
