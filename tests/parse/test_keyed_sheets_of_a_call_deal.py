"""A deal pasted as `key: value` lines or as one row of `key value` cells between pipes: a per-call fee ("fee/call",
"per-call fee"), bare sides ("in 900"), rates keyed "$/M out", business days a month, and any other labelled figure,
read as the row reader reads a cell; a question after an arrow is kept apart from the cell before it."""

from __future__ import annotations

from decimal import Decimal

from bot.parse import parse
from tests.support.replies import assert_figures


def test_a_row_of_cells_with_a_fee_and_bare_sides() -> None:
    text = "fee/call 0.01 | in 900 | out 300 | $/M in 3 | $/M out 15 | calls/day 20k -> cheaper? crossover?"
    fields = parse(text).fields
    assert fields.per_call_fee == Decimal("0.01") and fields.calls_per_day == 20_000
    assert (fields.input_tokens_per_call, fields.output_tokens_per_call) == (900, 300)
    # per call 900 × $3 + 300 × $15 = $0.0027 + $0.0045 = $0.0072 < $0.01; × 20k a day: $144 vs $200
    assert_figures(text, ["$0.0072", "$56.00"])


def test_keyed_lines_of_a_quote_sheet() -> None:
    text = ("sizing sheet:\ncalls/day: 5,000\navg input tokens: 2,000\navg output tokens: 400\ninput $/M: 2.50\n"
            "output $/M: 10.00\nbusiness days/month: 21\nmonthly cost?")
    # per call 2,000 × $2.50 + 400 × $10 = $0.005 + $0.004 = $0.009; × 5,000 = $45 a day; × 21 = $945
    assert_figures(text, ["$0.009", "$45.00", "$945.00"])


def test_a_keyed_fee_line() -> None:
    fields = parse("per-call fee: 0.02\ninput $/M: 3\noutput $/M: 15\n3k in 500 out, cheaper?").fields
    assert fields.per_call_fee == Decimal("0.02") and fields.output_rate == 15


def test_a_table_row_named_by_its_side() -> None:
    text = ("usage export, please check the bill:\n\n| | tokens / month | rate |\n|---|---|---|\n"
            "| input | 400,000,000 | $1.50 per M |\n| output | 60,000,000 | $6.00 per M |")
    # 400M × $1.50 = $600; 60M × $6 = $360; $960 a month
    assert_figures(text, ["$600.00", "$360.00", "$960.00"])


def test_a_sheet_key_naming_the_on_demand_spend_at_full_load() -> None:
    text = ("capacity sheet:\nunits: 2\nprice: $30 / unit-hour\nterm: full month, billed 24x7\n"
            "on-demand cost of what those 2 units serve at 100% load: $60,000 / month\nbreak-even utilization?")
    # 2 × $30 × 730 = $43,800; ÷ $60,000 = 73%
    assert_figures(text, ["$43,800.00", "73%"])
