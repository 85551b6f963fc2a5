"""A row pasted from a spreadsheet, cells between pipes, each cell a label and a figure ("In rate 1.10 | Out rate 4.40 |
Monthly in 220M"): rates and monthly or daily token counts read per side, other cells left as they were."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from bot.parse.forms import read_rows
from tests.support.replies import assert_figures


@pytest.mark.parametrize(("text", "figures"), [
    # 300M x $0.50 = $150; 60M x $2 = $120; $270 a month
    ("From their sheet: | Input price 0.50 | Output price 2.00 | Monthly input 300M | Monthly output 60M | Anything "
     "off here?", ["$150.00", "$120.00", "$270.00"]),
    # 4M x $3 = $12 + 500k x $15 = $7.50 -> $19.50 a day
    ("`tier: premium | in rate: $3 | out rate: $15 | daily in: 4M | daily out: 500k` cost per day?", ["$19.50"]),
])
def test_a_pasted_row_of_labelled_cells_is_priced(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


def test_each_side_of_a_row_is_read_with_its_period() -> None:
    fields = parse("Model X | In rate 0.25 | Out rate 1.25 | Daily in 40M | Daily out 8M").fields
    assert (fields.input_rate, fields.output_rate) == (Decimal("0.25"), Decimal("1.25"))
    assert (fields.input_tokens_per_day, fields.output_tokens_per_day) == (Decimal(40_000_000), Decimal(8_000_000))


@pytest.mark.parametrize("row", [
    "a | b | c",
    "Region | EU | 2 regions",  # a cell with no side named stays as it was
    "Notes | calls in month 300 | tbd",  # a count of calls is not a count of tokens
])
def test_cells_that_name_no_side_or_are_not_tokens_are_kept(row: str) -> None:
    assert read_rows(row.lower()).replace(";", "|") == row.lower()


def test_a_cell_padded_far_past_its_label_is_not_read_as_labelled() -> None:
    row = "| in rate " + " " * 3_000 + "1.10 " + "| x " * 500
    assert "input $1.10/m" not in read_rows(row)  # a cell padded past any label is not a labelled figure
