"""Invoices and sheets as reps paste them: numbered invoice lines with the side named before its count, a bill's
caching lines, two-column sheets without a header, keyed token volumes, short and worded dot leaders, and snake-case
keys set with "=". Our own sentences."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures, reply_text


def test_numbered_invoice_lines_are_not_counts_of_tokens() -> None:
    text = ("Bill for Q2 (quarterly)\nLine 1   Input tokens    2.4bn   @ $0.80 / 1M\n"
            "Line 2   Output tokens   600M    @ $3.20 / 1M\ncheck the two lines and the total?")
    fields = parse(text).fields
    assert fields.input_rate == Decimal("0.8") and fields.output_rate == Decimal("3.2")
    assert_figures(text, ["$1,920.00", "$1,920.00", "$3,840.00"])
    assert "× $0.80/1M = $0.0000" not in reply_text(text)  # never "1 tokens" from the line's number


def test_a_side_named_before_its_count_and_rate() -> None:
    text = "input tokens: 300M at $2/1M\noutput tokens: 50M at $8/1M\nwhat do these come to?"
    assert_figures(text, ["$600.00", "$400.00", "$1,000.00"])


def test_a_bills_caching_lines_are_priced_both_ways() -> None:
    text = ("August invoice\nCache read tokens     2,000,000,000 @ $0.25/MTok\n"
            "Uncached input tokens   400,000,000 @ $2.50/MTok\nCache write tokens       40,000,000 @ $3.125/MTok\n"
            "what did caching save them?")
    fields = parse(text).fields
    assert dict(fields.cache_lines) == {"read": Decimal(2 * 10**9), "uncached": Decimal(4 * 10**8),
                                  "written": Decimal(4 * 10**7)}
    assert (fields.input_rate, fields.cache_read_rate) == (Decimal("2.5"), Decimal("0.25"))
    # reads save 2bn × $2.25/M; writes add 40M × $0.625/M
    assert_figures(text, ["$4,500.00", "$25.00", "$4,475.00"])


def test_cache_lines_said_in_prose_over_a_month() -> None:
    text = "last month 600M cache read tokens and 150M uncached input tokens, $4/M input, reads $0.40/M. saving?"
    assert parse(text).fields.cache_lines_period == "month"
    assert_figures(text, ["$2,160.00"])  # 600M × $3.60/M
    assert "no write line was given" in reply_text(text)


def test_an_uncached_line_is_never_read_as_the_cache_read_price() -> None:
    fields = parse("uncached input $3/M, cached input $0.30/M, 5k prefix, 2k calls a day").fields
    assert (fields.input_rate, fields.cache_read_rate) == (Decimal(3), Decimal("0.3"))


def test_a_two_column_sheet_pasted_without_its_header() -> None:
    text = ("reserved units,12\nunit-hour price,$3.40\nterm,91-day quarter\n"
            "on-demand cost of the same traffic,$110k per quarter\nbill for the quarter? break-even load?")
    fields = parse(text).fields
    assert (fields.units, fields.unit_hour_price, fields.days_per_quarter) == (Decimal(12), Decimal("3.4"),
                                                                                 Decimal(91))
    assert fields.on_demand_spend == Decimal(110_000) and fields.provisioned_spend is None
    assert_figures(text, ["$89,107.20", "81.01%"])  # 12 × $3.40 × 2,184 h


def test_a_figure_with_thousands_commas_is_not_a_two_column_sheet() -> None:
    text = ("What goes into each call (tokens):\ninstructions   3,500   fixed\ntool schemas   1,200   fixed\n"
            "history   900   varies\nwhich pricing route?")
    assert parse(text).fields.prefix_tokens == Decimal(4_700)


@pytest.mark.parametrize(("key", "period"), [("tokens per month", "month"), ("tokens served per week", "week"),
                                             ("input tokens/day", "day")])
def test_a_periods_tokens_said_as_a_key(key: str, period: str) -> None:
    fields = parse(f"{key}: 7bn\n2 PTUs at $20 per unit-hour, on-demand blended $4/M. which is cheaper?").fields
    assert fields.volume_period == period


def test_a_heading_over_load_rows_is_not_a_keyed_volume() -> None:
    fields = parse("load in thousands of tokens per hour: 10 hrs at 200, 14 hrs at 50. 40% off. commit level?").fields
    assert fields.tokens_per_day is None


def test_tokens_said_with_what_was_done_with_them_keep_their_period() -> None:
    fields = parse("3 PTUs at $15 per unit-hour; 6bn tokens processed through the units a month, $5/M blended").fields
    assert fields.volume_period == "month" and fields.tokens_per_call is None


@pytest.mark.parametrize("text", [
    "utilisation forecast ......... 60% sustained\ngoal .......... at least 15% cheaper than on-demand\ndiscount?",
    "they'll sit at 60% utilisation and need it at least 15% cheaper than on-demand. what discount to ask for?",
])
def test_a_target_below_on_demand_is_not_the_discount(text: str) -> None:
    fields = parse(text).fields
    assert fields.discount is None and fields.target_saving == Decimal("0.15")
    assert_figures(text, ["49%"])  # 1 − 60% × 85%


def test_a_short_dot_leader_before_an_amount() -> None:
    text = "list markup ... 30%\nEA .. 10% off\nannual direct spend .. $500k/yr\neffective markup, yearly premium?"
    assert_figures(text, ["17%", "$85,000.00"])


def test_a_pause_in_prose_is_not_a_leader() -> None:
    assert parse("hmm... what is a PTU?").intent.value == "glossary"


def test_snake_case_keys_set_with_equals() -> None:
    text = "avg_in = 2,500 tok\navg_out = 300 tok\nin_rate = $2/M\nout_rate = $8/M\nvolume = 4k calls/day\ndaily cost?"
    assert_figures(text, ["$0.0074", "$29.60"])


def test_a_usage_exports_caching_lines_keyed_in_snake_case() -> None:
    text = ("console export, caching only:\ncache_read_input_tokens,300000000\ncache_creation_input_tokens,20000000\n"
            "$5/M input, $0.50/M cache read, $6.25/M cache write. saving last month net of writes?")
    fields = parse(text).fields
    assert dict(fields.cache_lines) == {"read": Decimal(3 * 10**8), "written": Decimal(2 * 10**7)}
    assert_figures(text, ["$1,350.00", "$25.00", "$1,325.00"])


def test_a_price_with_its_unit_in_a_cell_of_its_own() -> None:
    text = ("inputs tab:\nprefix_tokens    4000\ninput_rate       2.00  /MTok\ncache_read_rate  0.20  /MTok\n"
            "cache_write_rate 2.50  /MTok\ncalls_per_day    10000\nhit_rate         90%\nnet per day?")
    fields = parse(text).fields
    assert (fields.input_rate, fields.cache_read_rate, fields.cache_write_rate) == (Decimal(2), Decimal("0.2"),
                                                                                     Decimal("2.5"))
    assert "row by row" not in reply_text(text)  # one workload's keys, not a table of items


def test_business_days_said_as_so_many_of_them_a_month() -> None:
    text = ("they only run on business days, 21 of them a month. each business day is 10,000 calls of 1,000 in and "
            "100 out at $2/M in, $8/M out. the month?")
    fields = parse(text).fields
    assert (fields.days_per_month, fields.calls_per_day) == (Decimal(21), Decimal(10_000))
    assert_figures(text, ["$588.00"])  # 21 × 10k × ($0.002 + $0.0008)


def test_billed_round_the_clock_is_not_an_amount() -> None:
    fields = parse("3 units @ $12 per unit-hour, billed 24/7. same traffic ran $30,000 last month on-demand.").fields
    assert fields.on_demand_spend == Decimal(30_000) and fields.spend_period == "month"
    assert_figures("3 units @ $12 per unit-hour, billed 24/7. same traffic ran $30,000 last month on-demand. save?",
                   ["$26,280.00", "$3,720.00"])


@pytest.mark.parametrize("line", ["requests ....... 50,000 @ $0.02 = $1,000.00",
                                  "API calls (50k @ $20 per thousand calls) .... $1,000.00"])
def test_an_invoices_calls_and_the_fee_they_were_billed_at(line: str) -> None:
    text = f"vendor invoice\n  {line}\ncalls are 2,000 in / 300 out. per-token at $2/M in, $8/M out instead?"
    fields = parse(text).fields
    assert fields.per_call_fee == Decimal("0.02")
    assert_figures(text, ["$0.0064", "$320.00"])  # 2k × $2/M + 300 × $8/M; × 50,000 calls
