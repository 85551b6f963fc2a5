"""Pasted sheets read line by line: snake_case keys ("peak_to_avg: 2.5"), a figure ending one line never labelled by
the next line's key ("1,500" then "peak to avg", "2.5" then "ptu discount"), rows named by a side that are one
workload, price columns "per mtok", an average row under weekly figures, a heading's "week ending", the on-demand
cost of all the units together, a rate per million before "avg call", and a month of business days for the savings
if every call hits. Our own sentences and sheets."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import reply_text


def test_snake_case_keys_each_keep_their_own_figure() -> None:
    text = ("usage (last 7d)\navg_calls_per_min: 900\npeak_to_avg: 3\npt_discount: 40%\n"
            "sized for peak: util and cost vs od?")
    fields = parse(text).fields
    assert fields.peak_to_average == Decimal(3)
    assert fields.discount == Decimal("0.4")
    assert fields.units is None
    reply = reply_text(text)
    assert "33.33%" in reply and "1.8×" in reply  # 1 ÷ 3; (1 − 40%) × 3


@pytest.mark.parametrize(
    "text",
    [
        "| item | qty / month | price |\n|---|---|---|\n| input tokens | 400M | $2 / MTok |\n"
        "| output tokens | 50M | $8 / MTok |\nmonthly total split in/out?",
        "| line | volume / mo | rate |\n|---|---|---|\n| prompt | 400m | $2/mtok |\n| completion | 50m | $8/mtok |\n"
        "what's the month?",
    ],
)
def test_rows_named_by_a_side_are_one_workload(text: str) -> None:
    reply = reply_text(text)
    assert "row by row" not in reply
    assert "$800.00" in reply and "$400.00" in reply and "$1,200.00" in reply


def test_a_price_column_per_mtok_is_a_rate_not_millions_of_tokens() -> None:
    text = ("prefix_tokens,input_per_mtok,cache_read_per_mtok,calls_per_day\n5000,2.00,0.20,10000\n"
            "savings per hit and per day if every call hits?")
    fields = parse(text).fields
    assert (fields.input_rate, fields.cache_read_rate) == (Decimal(2), Decimal("0.2"))
    assert "$0.009" in reply_text(text) and "$90.00" in reply_text(text)


def test_an_average_row_is_the_figure_the_ask_means() -> None:
    text = "month | util\n1 | 60%\n2 | 70%\n3 | 65%\navg | 65%\ndiscount needed to break even at that?"
    assert parse(text).fields.utilization == [Decimal("0.65")]
    assert "35%" in reply_text(text)


def test_a_heading_week_ending_names_the_period_of_its_counts() -> None:
    text = ("Usage (week ending Sun)\n  Input tokens ..... 500M @ $1/MTok\n  Output tokens .... 100M @ $4/MTok\n"
            "what's that per year at 52 weeks?")
    reply = reply_text(text)
    assert "$46,800.00" in reply  # ($500 + $400) × 52


def test_on_demand_for_the_units_together_is_not_multiplied_by_the_units() -> None:
    text = ("3 units at $20 per unit-hour, 730 h a month.\non-demand cost for the tokens those 3 units would serve: "
            "~$75/hour. provisioned bill and saving a month?")
    reply = reply_text(text)
    assert "$43,800.00" in reply and "$10,950.00" in reply  # 3 × $20 × 730; ($75 − $60) × 730


def test_a_rate_per_million_before_avg_call_stays_a_rate() -> None:
    fields = parse("in=$1/m out=$3/m avg call 2000 in / 400 out. per-token cost of a call?").fields
    assert (fields.input_rate, fields.output_rate) == (Decimal(1), Decimal(3))


def test_all_hits_over_a_month_of_business_days() -> None:
    text = "prefix 2,000 tokens, input $3/M, cached $0.30/M, 10k calls a business day, 20 business days a month"
    assert "$1,080.00" in reply_text(text)  # 2,000 × $2.70/M × 10,000 × 20
