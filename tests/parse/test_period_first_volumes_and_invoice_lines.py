"""Batch 86's classes, in sentences of our own: a volume after its period and who sends it ("per quarter they push
..."); "every business day it chews through ..." and the month's working days said back; tokens shipped "into the
model"; a direct-API equivalent "for X's workload"; a week said "wk"; an invoice line's units ("qty 12") and the
on-demand equivalent for the same tokens; a target to "pay 90% of what on-demand would cost"; a CSV row with a
month's date; planned and actual columns with the field column left unnamed; "a batch of N calls" is no batch tier."""

from __future__ import annotations

from decimal import Decimal

from bot.parse import parse
from tests.support.replies import assert_figures


def test_a_volume_after_its_period_and_who_sends_it() -> None:
    text = "per month they push about 300M input tokens through and get 20M output tokens back. $1/$4. yearly figure?"
    fields = parse(text).fields
    assert fields.volume_period == "month" and fields.input_tokens_per_call is None
    assert_figures(text, ["$4,560.00"])  # (300 × $1 + 20 × $4) × 12


def test_every_business_day_and_the_working_days_said_back() -> None:
    text = ("the bot only runs on business days, and they count 21 of those a month. every business day it chews "
            "through 10,000 tickets, each 1,000 tokens in and 100 out, at $0.20/$0.80 per million. monthly spend?")
    fields = parse(text).fields
    assert fields.calls_per_day == 10_000 and fields.days_per_month == 21
    assert_figures(text, ["$42.00", "$16.80", "$58.80"])  # 21 × 10k × (1,000 × $0.20; 100 × $0.80)/1M


def test_tokens_shipped_into_the_model_are_input() -> None:
    fields = parse("each review ships ~5,000 tokens of contract text + instructions into the model and gets 600 tokens "
                   "of commentary back, 10k reviews a week at $3/$15. weekly?").fields
    assert fields.input_tokens_per_call == 5_000 and fields.output_tokens_per_call == 600
    assert fields.prefix_tokens is None


def test_a_direct_equivalent_for_a_named_workload() -> None:
    text = ("Annual direct-API equivalent for Acme's workload is ~$100,000. list markup 20%, EA 10% off. "
            "yearly via cloud?")
    assert_figures(text, ["8%", "$108,000.00"])


def test_a_week_said_wk() -> None:
    text = "5k tok preamble, input $10/m, cache hits at 10% of that. 1,000 calls/wk all hitting cache, savings per wk"
    assert_figures(text, ["$45.00"])  # 1,000 × 5,000 × $9/1M


def test_an_invoice_lines_units_and_the_on_demand_equivalent() -> None:
    text = ("invoice preview for the month (30-day month, 24x7):\n"
            "Provisioned throughput unit    qty 10    $3.00 / unit-hour\n"
            "On-demand equivalent for the same tokens (usage export): $25,000.00\ncheaper this month, by how much?")
    fields = parse(text).fields
    assert fields.units == 10 and fields.on_demand_spend == 25_000
    assert_figures(text, ["$21,600.00", "$3,400.00"])  # 10 × $3 × 720 h


def test_a_target_to_pay_a_share_of_on_demand() -> None:
    text = "util\t60%\ntarget\tpay 90% of what on-demand would cost at that utilization\nwhat discount do we need?"
    assert_figures(text, ["46%"])  # 1 − 60% × 90%


def test_a_csv_row_with_a_months_date_is_read() -> None:
    text = ("model,period,input_tokens,output_tokens,input_usd_per_mtok,output_usd_per_mtok\n"
            "gpt-4o,2025-03,100M,10M,2.50,10.00\nthe bill, input and output apart?")
    assert_figures(text, ["$250.00", "$100.00", "$350.00"])


def test_planned_and_actual_columns_with_no_field_heading() -> None:
    text = ("flat $0.004 per call vs $1/M in and $4/M out:\n          planned   actual\navg_in    1,000     2,000\n"
            "avg_out   250       500\nper-token cost of a call in each column?")
    fields = parse(text).fields
    assert (fields.input_tokens_per_call, fields.output_tokens_per_call) == (1_000, 250)
    assert fields.growth == 2
    assert_figures(text, ["$0.002", "$0.004"])


def test_a_batch_of_calls_is_no_batch_tier() -> None:
    fields = parse("calls at random ~10 an hour, 5 min ttl. how many writes over a batch of 300 calls").fields
    assert fields.service_tier is None
    assert parse("batch api at $1.50/$7.50, 2M in 200k out a day").fields.service_tier == "batch"


def test_a_flat_fee_written_per_call_is_the_fee() -> None:
    fields = parse("flat $0.004 per call vs $1/M in and $4/M out, 1,000 in 250 out").fields
    assert fields.per_call_fee == Decimal("0.004")


def test_channels_as_columns_are_answered_channel_by_channel() -> None:
    text = ("same model on both clouds:\n               azure    bedrock\nlist_markup    30%      25%\n"
            "ea_discount    20%      10%\neffective markup for each?")
    assert_figures(text, ["4%", "12.5%"])  # 1.3 × 0.8 − 1; 1.25 × 0.9 − 1


def test_a_model_priced_by_channel_is_not_split_into_items() -> None:
    from bot.parse.tables import item_rows

    assert item_rows("model | direct | bedrock\nm-large | 3.00 | 3.60\nEA takes 15% off Bedrock. markups?") is None
