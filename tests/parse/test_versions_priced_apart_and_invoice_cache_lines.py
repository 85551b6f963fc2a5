"""Batch 87's sheet classes, in sentences of our own: a deal's versions side by side (planned and actual volumes,
budget and actual) priced each and set against each other, never added; a quantity column whose row says what it
counts ("tokens those units serve"); "billed 24x7" is no amount; a target cost against on-demand keyed as a bare
multiple or said as "down to 90% of on-demand spend"; a sheet's span said once ("one day:", "for that day");
a storage price keyed "storage_rate", a day's writes at one write's cost and a month of whole days; an invoice's
cache lines with their counts, and a quarter counted in weeks."""

from __future__ import annotations

from decimal import Decimal

from bot import router
from bot.parse import parse
from tests.support.replies import assert_figures


def test_planned_and_actual_volumes_are_priced_apart_and_set_against_each_other() -> None:
    text = ("pilot, budget against what it used ($2 in / $8 out per 1M):\n|   | budget | actual |\n"
            "| input tokens | 300M | 450M |\n| output tokens | 50M | 40M |\nwhat does each come to?")
    reply = router.answer(text, rate_cards={}).text
    assert "$1,000.00" in reply and "$1,220.00" in reply  # 300 × $2 + 50 × $8; 450 × $2 + 40 × $8
    assert "= *$220.00 more*" in reply and "$2,220.00" not in reply  # the change, never the two added
    assert "If that is one call" not in reply  # each version's tokens are its total, not a call's


def test_versions_as_rows_of_a_months_volume() -> None:
    text = ("at $1/$5 per MTok:\n| version | input tokens / month | output tokens / month |\n"
            "| forecast | 900M | 100M |\n| actual | 1.2bn | 150M |\nhow far over forecast are we?")
    reply = router.answer(text, rate_cards={}).text
    assert "$1,400.00" in reply and "$1,950.00" in reply and "*$550.00 a month more*" in reply


def test_a_weeks_versions_are_set_against_each_other_by_the_week() -> None:
    text = ("| field | planned | actual |\n| avg_in_tokens | 1,000 | 1,500 |\n| avg_out_tokens | 100 | 100 |\n"
            "| calls_per_week | 100k | 100k |\n$1 in / $5 out per MTok. weekly cost and how far over plan?")
    reply = router.answer(text, rate_cards={}).text
    assert "$150.00" in reply and "$200.00" in reply and "*$50.00 a week more*" in reply


def test_two_offers_of_capacity_side_by_side_and_the_gap() -> None:
    text = ("two offers, a 30-day month, round the clock:\nOffer A: 3 units at $10 per unit-hour\n"
            "Offer B: 2 units at $14 per unit-hour\nmonthly for each and the gap?")
    reply = router.answer(text, rate_cards={}).text
    assert "$21,600.00" in reply and "$20,160.00" in reply  # 3 × $10 × 720 h; 2 × $14 × 720 h
    assert "*$1,440.00 a month less*" in reply


def test_options_of_different_structures_stay_one_comparison() -> None:
    text = ("Option A: $0.004 per call\nOption B: per-token, $2/M in, $8/M out\ncalls are 1,000 in / 250 out, "
            "100k calls a month. monthly for each?")
    reply = router.answer(text, rate_cards={})
    assert reply.intent == "per_call" and "row by row" not in reply.text


def test_versions_of_a_calls_size_stay_one_call_grown() -> None:
    text = ("| | planned | actual |\n| input tokens/call | 1,000 | 2,000 |\n| output tokens/call | 200 | 400 |\n"
            "flat $0.01 a call against $2/$10 per 1M: which wins?")
    assert parse(text).fields.growth == 2


def test_a_quantity_column_counts_what_its_row_names() -> None:
    text = ("| item | qty | rate |\n|---|---|---|\n| capacity units | 4 | $3.00 / unit-hour |\n"
            "| tokens the 4 units process | ~900M / month | $5.00 / MTok blended on-demand |\n"
            "commit vs on-demand for those tokens, monthly?")
    assert_figures(text, ["$8,760.00", "$4,500.00"])  # 4 × $3 × 730 h; 900 × $5


def test_billed_round_the_clock_is_no_amount() -> None:
    fields = parse("| line | qty | rate | notes |\n|---|---|---|---|\n| units | 2 | $4.00 / unit-hour | billed 24x7 |\n"
                   "monthly?").fields
    assert fields.unit_hour_price == 4 and fields.provisioned_spend is None


def test_a_target_cost_against_on_demand_keyed_or_said_as_a_share() -> None:
    for target in ("target_cost_vs_on_demand: 0.80", "target cost vs OD = 80%",
                   "what discount gets them down to 80% of on-demand spend?"):
        text = f"sustained use will be 60% of what they reserve.\n{target}\nwhat discount do they need?"
        assert parse(text).fields.target_saving == Decimal("0.2"), target
        assert_figures(text, ["52%"])  # 1 − 60% × 80%


def test_a_sheets_one_day_span_counts_its_calls() -> None:
    text = ("export, one day:\nmodel,prefix_tokens,input_per_mtok,cache_read_per_mtok,cache_write_per_mtok,calls,"
            "hit_rate\nsonnet,6000,3.00,0.30,3.75,20000,90%\nnet saving for that day?")
    fields = parse(text).fields
    assert fields.calls_per_day == 20_000
    reply = router.answer(text, rate_cards={}).text
    assert "*$282.60 a day*" in reply  # 18,000 × $0.0162 − 2,000 × $0.0045
    assert "1 day" not in reply


def test_a_keyed_storage_rate_a_days_writes_and_a_month_of_whole_days() -> None:
    text = ("gemini explicit cache\ncached_context_tokens: 100k\nttl: 1h, recreated every hour, round the clock\n"
            "storage_rate: $1.00 per 1M tokens per hour\ncache_write_rate: $2.50/MTok\n"
            "storage per 30-day month, and the writes per day?")
    fields = parse(text).fields
    assert fields.cache_storage_rate == 1 and fields.input_rate is None
    reply = router.answer(text, rate_cards={}).text
    assert "$72.00 a month" in reply and "$2.40 a day" in reply  # 100k × $1/1M × 720 h; × 24 h
    assert "24 × $0.25 = *$6.00*" in reply
    assert "30-day" not in reply.split("_Not used")[-1] if "_Not used" in reply else True


def test_an_invoices_cache_lines_and_a_quarter_of_weeks() -> None:
    text = ("invoice, week of 9 Jun:\n  cache reads   35,000 calls x 8,000-token prefix @ $0.30/MTok\n"
            "  cache writes   500 x 8,000-token prefix @ $3.75/MTok\n  base input rate  $3/MTok\n"
            "net of caching that week, and over a 13-week quarter?")
    fields = parse(text).fields
    assert fields.cache_read_rate == Decimal("0.3") and fields.cache_write_rate == Decimal("3.75")
    assert round(fields.writes_per_day * 7) == 500 and round(fields.calls_per_day * 7) == 35_500
    # hits 35,000 × 8,000 × $2.70/1M = $756.00; writes 500 × 8,000 × $0.75/1M = $3.00
    assert_figures(text, ["$753.00", "$9,789.00"])
