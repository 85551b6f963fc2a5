"""A pasted table is read as the sentences it stands for: a header row over value rows, and key/value rows aligned
by spaces, tabs or pipes (our own tables, not a scored batch's)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from bot.parse.tables import read_tables
from tests.support.replies import assert_figures


def test_a_header_row_over_a_value_row_puts_each_value_before_its_column() -> None:
    table = ("model        calls/day    input tok/call    output tok/call\n"
             "GPT-4.1      40,000       1,200             300")
    assert read_tables(table) == "GPT-4.1, 40,000 calls/day, 1,200 input tok/call, 300 output tok/call."


def test_key_value_rows_are_one_clause() -> None:
    table = "input tokens\t2,000,000,000\noutput tokens\t500,000,000"
    assert read_tables(table) == "input tokens: 2,000,000,000, output tokens: 500,000,000"


@pytest.mark.parametrize("prose", [
    "Rates:  $3 in and $15 out, 10k calls a day",  # a double space in prose is no table
    "we do 5k calls a day  and 2k in / 300 out",
    "| nothing | here |",
])
def test_prose_with_double_spaces_is_left_alone(prose: str) -> None:
    assert read_tables(prose) == prose


def test_a_sizing_table_in_a_code_block_is_priced_for_its_period() -> None:
    # 140k calls a week x 2,000 = 280M x $2/M = $560.00; x 500 = 70M x $8/M = $560.00; $1,120.00 a week
    assert_figures(
        "their numbers:\n```\nmodel      calls/week    input tok/call    output tok/call\n"
        "GPT-4.1    140,000       2,000             500\n```\nat $2/M in and $8/M out, weekly cost?",
        ["$560.00", "$1,120.00"])


def test_a_pipe_table_with_a_rule_line_is_read() -> None:
    fields = parse("| calls/day | input tok/call | output tok/call |\n|---|---|---|\n| 8,000 | 2,500 | 400 |\n"
                   "$3/$15, daily cost?").fields
    assert (fields.calls_per_day, fields.input_tokens_per_call, fields.output_tokens_per_call) == (
        Decimal(8000), Decimal(2500), Decimal(400))


def test_a_usage_export_of_last_month_is_that_months_tokens() -> None:
    # 2,000M x $0.50/M = $1,000.00; 300M x $4/M = $1,200.00; $2,200.00 a month
    assert_figures("usage export for last month:\n```\ninput tokens     2,000,000,000\noutput tokens      300,000,000\n"
                   "```\n$0.50/M in, $4/M out: what's the monthly bill?", ["$1,000.00", "$1,200.00", "$2,200.00"])


def test_a_capacity_sheet_gives_the_utilization_of_the_commitment() -> None:
    # 42M of 60M tokens/hour used: 70%; 30% off: break-even 70%, cost 0.70 / 0.70 = 1x on-demand
    text = ("from their sheet:\n```\ncommitted capacity      60M tokens/hour\nactual avg throughput   42M tokens/hour\n"
            "provisioned discount    30% vs on-demand\n```\nabove break-even?")
    assert parse(text).fields.utilization == [Decimal("0.7")]
