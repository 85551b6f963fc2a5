"""Token totals said with "total" ("1M total tokens a day", "40M tokens total a month") keep their period; a call size
that grows or turned out different ("if prompts grow to 2,500 tokens at the same mix", "real calls turned out to be
1,600 tokens") is priced in a quote beside the planned size; a total split at a mix says whether it is a call's or a
day's."""

from __future__ import annotations

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize(
    ("text", "per_day"),
    [
        ("quote 1M total tokens a day at a 3:1 input:output mix, $3/$15 per M", "1000000"),
        ("8M tokens in total a day, 3:1 in/out, $3/$15", "8000000"),
    ],
)
def test_a_total_keeps_its_period(text: str, per_day: str) -> None:
    fields = parse(text).fields
    assert str(fields.tokens_per_day) == per_day and fields.tokens_per_call is None


def test_a_monthly_total_is_priced_over_the_month() -> None:
    # 40M at 3:1 = 30M in × $2.50 + 10M out × $10 = $75 + $100 = $175 a month
    assert_figures("they'll push 40M tokens total a month, 3:1 in/out, at $2.50 in / $10 out. monthly cost?",
                   ["$175.00"])


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 2,500 at 4:1 = 2,000 in / 500 out: $0.006 + $0.0075 = $0.0135 × 50k = $675 a day; before 2,000: $540 a day
        ("calls are 2,000 tokens at 4:1 in:out, 50k calls/day, $3/$15. if prompts grow to 2,500 tokens at the same "
         "4:1 mix what's the daily cost?", ["$675.00", "$540.00"]),
        # 1,600 at 4:1 = 1,280 in / 320 out: $0.00384 + $0.0048 = $0.00864 × 50k = $432 a day
        ("50k calls/day at 2,000 tokens a call, 4:1 in:out, $3/$15; real calls turned out to be 1,600 tokens, same "
         "mix. daily cost?", ["$432.00", "$540.00"]),
    ],
)
def test_a_changed_call_size_is_priced_beside_the_planned_one(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


def test_a_calls_total_split_at_a_mix_is_named_per_call() -> None:
    reply = reply_text("50k calls/day at 2,500 tokens a call, 4:1 in:out, $3/$15. daily cost?")
    assert "Split at 80% input: 2,500 tokens a call = 2,000 input + 500 output." in reply
