"""Quote asks (our own sentences, not a scored batch's): token counts after a label that names their period ("input
tokens / year: 1.2B", "output per week - 14M") are that period's totals, and an output rate said as a multiple of the
input rate with the multiple first ("three times that for output") or "as much" ("output costs 4 times as much")."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import Intent, parse
from tests.support.replies import assert_figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 600M × $2/1M = $1,200 and 120M × $8/1M = $960 a year; a month is a twelfth: $100.00 + $80.00 = $180.00
        ("Annual figures from finance:\n  input tokens / year: 600M\n  output tokens / year: 120M\nrates $2/M in, "
         "$8/M out. monthly please", ["$100.00", "$80.00", "$180.00"]),
        # 70M × $1/1M = $70.00; 14M × $4/1M = $56.00; $126.00 a week
        ("prompt tokens per week: 70M; completion tokens per week: 14M. pricing $1/$4. weekly cost?",
         ["$70.00", "$56.00", "$126.00"]),
        # 2M × $2.50/1M = $5.00; 500k × $10/1M = $5.00; $10.00 a day
        ("usage:\n- input tokens/day: 2M\n- output tokens/day: 500k\nrates $2.50 in $10 out, daily?",
         ["$5.00", "$10.00"]),
    ],
)
def test_a_count_after_a_label_naming_its_period_is_that_periods_total(text: str, figures: list[str]) -> None:
    ask = parse(text)
    assert ask.intent is Intent.QUOTE
    assert ask.fields.input_tokens_per_day is not None and ask.fields.output_tokens_per_day is not None
    assert_figures(text, figures)


@pytest.mark.parametrize(
    ("text", "output_rate"),
    [
        ("4M in 1M out a day at $2 per million in and three times that for output", Decimal(6)),
        ("4M in 1M out a day, $1.25 per million input and 8x that on the output side", Decimal(10)),
        ("4M in 1M out a day, input $5/M, output costs 4 times as much", Decimal(20)),
        ("4M in 1M out a day, input $3/M, output is twice as much as input", Decimal(6)),
    ],
)
def test_an_output_rate_said_as_a_multiple_of_the_input_rate_is_priced(text: str, output_rate: Decimal) -> None:
    fields = parse(text).fields
    assert fields.output_rate == output_rate
    # 1M output tokens a day at the output rate
    assert_figures(text, [f"${output_rate:,.2f}"])
