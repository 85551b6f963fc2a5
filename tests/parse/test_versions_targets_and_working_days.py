"""Batch 84's classes, in sentences of our own (and two of 83's): a table of a deal's versions side by side (planned |
actual); snake-keyed metric,value exports with digits in their keys; prices keyed "usd_mtok"; a target keyed "target
= provisioned comes in N% under", or "target_effective_markup"; a direct invoice's total with its period in brackets;
"should this move off on-demand?"; counts across an N-hour working day; "an N-hour newsroom day"; items scored an hour
("transcripts"); "2-cents-a-call"; "what does a quarter look like at N calls"."""

from __future__ import annotations

from decimal import Decimal

from bot.parse import parse
from tests.support.replies import assert_figures, reply_text


def test_planned_and_actual_columns_are_two_sizes_of_the_call() -> None:
    text = ("pilot numbers:\nmetric | planned | actual\ninput tokens/call | 800 | 2,400\n"
            "output tokens/call | 200 | 600\nper-token is $1/M in and $4/M out; the vendor wants 0.4c a call. "
            "which wins at each size?")
    fields = parse(text).fields
    assert (fields.input_tokens_per_call, fields.output_tokens_per_call) == (800, 200)
    assert fields.growth == 3  # 2,400 / 600 is the planned call three times over
    assert_figures(text, ["$0.0016", "$0.0048"])  # 800 × $1 + 200 × $4; 2,400 × $1 + 600 × $4


def test_a_metric_value_export_with_digits_in_its_keys_is_one_sheet() -> None:
    text = ("export (tokens per minute):\nmetric,value\navg_tpm,500k\np95_peak_tpm,1.5M\nprovisioned_discount,30%\n"
            "size for the peak: what utilization and what cost vs on-demand?")
    reply = reply_text(text)
    assert "row by row" not in reply and "Each row" not in reply
    assert_figures(text, ["3", "33.33%", "2.1"])  # 1.5M ÷ 500k; 1 ÷ 3; (1 − 30%) × 3


def test_prices_keyed_usd_mtok_are_per_million() -> None:
    text = ("prefix_tokens,input_usd_mtok,cached_input_usd_mtok,calls_per_day\n5000,2.00,0.20,2000\n"
            "saving per hit and day?")
    fields = parse(text).fields
    assert fields.input_rate == 2 and fields.cache_read_rate == Decimal("0.2")
    assert_figures(text, ["$0.009", "$18.00"])


def test_a_keyed_target_with_its_subject_and_verb() -> None:
    text = "expected_utilization = 80%\ntarget = provisioned comes in 20% under on-demand\nwhat discount do we need?"
    assert_figures(text, ["36%"])  # 1 − 80% × 80%


def test_provisioned_that_comes_in_below_on_demand_states_its_discount() -> None:
    assert parse("PTUs come in 25% below on-demand; at 70% util what's the cost?").fields.discount == Decimal("0.25")


def test_a_target_effective_markup_keyed_gives_the_ea_discount() -> None:
    text = "list_markup = 25%\ntarget_effective_markup = 5%\nwhat EA discount would they need to land at 5%?"
    assert_figures(text, ["16%"])  # 1 − 1.05 ÷ 1.25


def test_a_direct_invoice_total_with_its_period_in_brackets() -> None:
    text = ("Invoice summary (direct API, last month): TOTAL $20,000.00\nthrough the hyperscaler it would be list +20% "
            "with 10% off via their EA. what would last month have cost there?")
    assert_figures(text, ["8%", "$21,600.00"])


def test_should_this_move_off_on_demand_is_the_commitment_decision() -> None:
    ask = parse("steady 24/7 load, dead flat, pool sized for it runs ~80% busy, offered 30% off for 12 months, "
                "prompts all different. should this move off on-demand?")
    assert ask.intent == "scenario"


def test_counts_across_a_working_day_are_a_days() -> None:
    fields = parse("about 300 queries across their 10-hour working day, at random, 5-min ttl, 8k prefix, $3 in, $0.30 "
                   "read, $3.75 write. net per day?").fields
    assert fields.calls_per_day == 300 and fields.active_hours == 10


def test_an_hour_long_day_named_by_its_trade_is_the_active_hours() -> None:
    fields = parse("explicit cache recreated every hour across their 14-hour trading day, 20k tokens, storage "
                   "$2/MTok-hour. storage per day?").fields
    assert fields.active_hours == 14


def test_transcripts_an_hour_over_working_hours_and_days() -> None:
    text = ("they score about 300 transcripts an hour, 8 hours a day, 20 business days a month, 1,000 in / 200 out at "
            "$1/$4. monthly cost?")
    assert_figures(text, ["$48.00", "$38.40", "$86.40"])  # 48,000 calls: 48M × $1; 9.6M × $4


def test_a_hyphenated_fee_a_call() -> None:
    assert parse("the 3-cents-a-call endpoint vs 5,000 in / 500 out at $2/$8").fields.per_call_fee == Decimal("0.03")


def test_a_period_asked_at_a_count_is_that_periods_count() -> None:
    text = "10k in 1k out at $1/$5 per 1M. what does a quarter look like at 900k calls?"
    assert_figures(text, ["$13,500.00"])  # 900k × $0.015
