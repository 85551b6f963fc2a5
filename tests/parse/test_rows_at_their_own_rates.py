"""A pasted table whose rows each carry their own input and output prices (a workload per model, a CFO's sheet, a
month's export after a price change): each row is priced at its own rates, each side's total is the rows' sum, and
no rate card is asked for. A few named rows are answered row by row; rows the item reader declines (months, more than
eight) are the usage table's, its totals at the rows' rates weighted by their tokens (our own tables, not a scored
batch's)."""

from __future__ import annotations

from decimal import Decimal

from bot.parse import parse
from tests.support.replies import assert_figures, reply_text

_MODELS = """| team | model | input MTok/mo | output MTok/mo | $/MTok in | $/MTok out |
|---|---|---|---|---|---|
| search | small | 300 | 20 | 0.10 | 0.40 |
| agents | large | 12 | 6 | 3.00 | 15.00 |
| legal | large | 4 | 1 | 3.00 | 15.00 |
finance wants input and output as separate lines, what's the monthly bill?"""

_MONTHS = """month,input_tokens,output_tokens,input_price_per_1k,output_price_per_1k
2025-01,2000000,200000,0.0005,0.0015
2025-02,500000,250000,0.003,0.006
what did the two months cost in total, input and output apart?"""


def test_each_row_is_priced_at_its_own_rates_and_the_sides_summed() -> None:
    # search: 300 × $0.10 = $30.00 + 20 × $0.40 = $8.00 → $38.00; agents: $36.00 + $90.00 = $126.00;
    # legal: $12.00 + $15.00 = $27.00; input $78.00, output $113.00, total $191.00 a month
    assert_figures(_MODELS, ["$38.00", "$126.00", "$27.00", "$78.00", "$113.00", "$191.00"])


def test_a_few_named_rows_are_answered_row_by_row_with_the_sides_summed() -> None:
    # search $30.00 + $8.00 = $38.00; agents $36.00 + $90.00 = $126.00; a month $164.00 (input $66.00, output $98.00)
    text = """| team | input MTok/mo | output MTok/mo | $/MTok in | $/MTok out |
|---|---|---|---|---|
| search | 300 | 20 | 0.10 | 0.40 |
| agents | 12 | 6 | 3.00 | 15.00 |
monthly bill per team and in total, input and output apart?"""
    reply = reply_text(text)
    assert "row by row" in reply and "*$164.00* (input $66.00, output $98.00)" in reply, reply


def test_rows_with_a_model_column_are_the_usage_tables_each_at_its_own_rates() -> None:
    reply = reply_text(_MODELS)
    assert "By row of the table (a month)" in reply and "each row's own rates" in reply, reply


def test_rows_the_item_reader_declines_are_priced_at_their_own_rates_per_thousand() -> None:
    # January: 2M × $0.50/1M = $1.00 + 200k × $1.50/1M = $0.30 → $1.30; February: 500k × $3 = $1.50 + 250k × $6 =
    # $1.50 → $3.00; together $4.30 (input $2.50, output $1.80)
    reply = reply_text(_MONTHS)
    for figure in ("$1.30", "$3.00", "$4.30", "$2.50", "$1.80", "$0.50/1M", "$6.00/1M"):
        assert figure in reply, f"{figure} not in:\n{reply}"
    assert "each row's own rates" in reply
    assert "tell me" not in reply  # the rates are in the table: none is asked for


def test_a_side_total_is_shown_at_a_rate_that_multiplies_to_it() -> None:
    # a third month: input $2.50 + 1M × $1 = $3.50 over 3.5M tokens = $1.00/1M; output $1.80 + 300k × $2 = $2.40 over
    # 750k = $3.20/1M; the lines' rates, multiplied out, give their totals again
    text = _MONTHS.replace("what did the two", "2025-03,1000000,300000,0.001,0.002\nwhat did the three")
    reply = reply_text(text)
    lines = [line for line in reply.splitlines() if line.startswith(("• Input token costs", "• Output token costs"))]
    assert len(lines) == 2, reply
    for line in lines:
        tokens = Decimal(line.split(": ")[1].split(" tokens")[0].replace(",", ""))
        rate = Decimal(line.split("× $")[1].split("/1M")[0])
        shown = Decimal(line.rsplit("$", 1)[1].replace(",", ""))
        assert round(tokens * rate / 1_000_000, 2) == shown, line
    assert "$3.50" in reply and "$2.40" in reply and "$5.90" in reply


def test_rows_on_different_models_with_their_own_prices_are_priced() -> None:
    fields = parse(_MODELS).fields
    assert [row[0] for row in fields.usage_rows] == ["search small", "agents large", "legal large"]
    assert fields.usage_row_rates == [(Decimal("0.10"), Decimal("0.40")), (Decimal("3.00"), Decimal("15.00")),
                                      (Decimal("3.00"), Decimal("15.00"))]


def test_rates_stated_in_the_message_price_every_row_alike() -> None:
    # the rep's own rates win over the table's: 316M × $1 + 27M × $2 = $370.00 a month
    reply = reply_text(_MODELS.replace("what's the monthly bill?", "price it all at $1/$2 per 1M, monthly bill?"))
    assert "$370.00" in reply, reply
    assert "each row's own rates" not in reply


def test_one_price_for_every_row_is_the_tables_rate_card() -> None:
    text = """| team | input MTok/mo | output MTok/mo | $/MTok in | $/MTok out |
|---|---|---|---|---|
| search | 300 | 20 | 0.10 | 0.40 |
| agents | 12 | 6 | 0.10 | 0.40 |
monthly bill?"""
    fields = parse(text).fields
    assert fields.usage_row_rates == []
    assert fields.input_rate == Decimal("0.10") and fields.output_rate == Decimal("0.40")
    assert "$41.60" in reply_text(text)  # 312M × $0.10 + 26M × $0.40 = $31.20 + $10.40


def test_two_price_columns_for_one_side_price_no_row() -> None:
    text = """| team | input MTok/mo | output MTok/mo | list $/MTok in | net $/MTok in | $/MTok out |
|---|---|---|---|---|---|
| search | 300 | 20 | 0.10 | 0.08 | 0.40 |
| agents | 12 | 6 | 3.00 | 2.40 | 15.00 |
monthly bill?"""
    assert parse(text).fields.usage_row_rates == []
