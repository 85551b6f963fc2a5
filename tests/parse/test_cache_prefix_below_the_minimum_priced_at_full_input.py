"""A prefix below the provider's minimum cacheable prefix, with a volume and an input rate said (our own sentences,
not a scored batch's): caching saves $0.00, and the reply prices what the prefix keeps costing at the full input
rate over the period the volume was said in."""

from __future__ import annotations

import pytest

from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 50,000 × 700 × $2.50/1M = $87.50 a day
        ("700-token system prompt on gpt-4o, 50k requests a day, $2.50/M input and $1.25/M cached. "
         "what does automatic caching save?", ["$0.00", "$87.50"]),
        # 2,000,000 × 1,000 × $0.15/1M = $300.00 a month
        ("openai model, shared prefix 1,000 tokens, 2M calls per month at $0.15 per million input, cached $0.075. "
         "savings from caching?", ["$0.00", "$300.00"]),
        # 10,000 × 600 × $2/1M = $12.00 a day
        ("our instructions are only 600 tokens; gpt-4.1 at $2/M in, $0.50/M cached; 10,000 calls daily. "
         "how much would caching knock off?", ["$0.00", "$12.00"]),
    ],
)
def test_a_prefix_below_the_minimum_keeps_its_full_input_cost(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)
    assert "keeps its full input cost" in reply_text(text)


@pytest.mark.parametrize(
    "text",
    [
        # no input rate said: nothing to price the prefix at
        "900-token prefix on openai, 30k calls a day: will automatic caching kick in?",
        # no volume said
        "900-token prefix on openai at $2.50/M input, $1.25/M cached: does caching apply?",
    ],
)
def test_without_a_rate_or_a_volume_only_the_minimum_is_said(text: str) -> None:
    reply = reply_text(text)
    assert "below the minimum cacheable prefix" in reply and "keeps its full input cost" not in reply


def test_a_prefix_above_the_minimum_is_worked_as_before() -> None:
    reply = reply_text("2,000-token prefix on gpt-4o, 50k requests a day, $2.50/M input and $1.25/M cached, "
                       "savings?")
    assert "keeps its full input cost" not in reply and "Saving per cache hit" in reply
