"""Tables whose headers carry the price unit (our own sentences, not a scored batch's): "| model | input $/M |
output $/M |" over bare figures, "$ per 1M in" columns of a CSV sheet: each figure is that side's rate per million
tokens (never a count of millions of tokens); a per-1K header stays per thousand; token columns stay tokens."""

from __future__ import annotations

from decimal import Decimal

from bot.parse import parse
from bot.parse.tables import item_rows, phrase
from tests.support.replies import reply_text

_PIPES = """Which is cheaper for 30M input and 6M output tokens a month?
| model | input $/M | output $/M |
|---|---|---|
| alpha | 0.50 | 1.50 |
| beta | 0.30 | 2.00 |"""

_CSV = """price sheet:
model,$ per 1M in,$ per 1M out
small,0.15,0.60
large,2.50,10.00
we do 100M in and 20M out per month, cost for each?"""


def test_a_header_unit_makes_each_figure_a_rate() -> None:
    assert phrase("input $/M", "0.50") == "input $0.50/m"
    assert phrase("$ per 1M out", "10.00") == "output $10.00/m"
    assert phrase("output (usd per million tokens)", "4") == "output $4/m"
    assert phrase("input $/1K", "0.003") == "input $0.003/1k"


def test_a_token_column_is_still_tokens() -> None:
    assert phrase("input tokens (M)", "30") != "input $30/m"
    assert "$" not in phrase("input mtok per month", "30")


def test_each_row_of_a_pipe_table_is_priced_at_its_own_rates() -> None:
    rows = item_rows(_PIPES)
    assert rows is not None and [r.label for r in rows] == ["alpha", "beta"]
    # alpha: 30M × $0.50 = $15.00, 6M × $1.50 = $9.00; beta: 30M × $0.30 = $9.00, 6M × $2.00 = $12.00
    reply = reply_text(_PIPES)
    assert "$15.00" in reply and "$24.00" in reply and "$21.00" in reply, reply
    assert "tell me" not in reply


def test_each_row_of_a_csv_sheet_is_priced_at_its_own_rates() -> None:
    # small: 100M × $0.15 = $15.00, 20M × $0.60 = $12.00 -> $27.00; large: $250.00 + $200.00 = $450.00
    reply = reply_text(_CSV)
    assert "$27.00" in reply and "$450.00" in reply, reply


def test_one_row_under_unit_headers_is_read_as_rates() -> None:
    fields = parse("| input $/M | output $/M | input tokens/month | output tokens/month |\n"
                   "| 0.50 | 1.50 | 30M | 6M |\nmonthly cost?").fields
    assert (fields.input_rate, fields.output_rate) == (Decimal("0.5"), Decimal("1.5"))
