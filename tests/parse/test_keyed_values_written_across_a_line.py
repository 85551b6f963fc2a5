"""A sheet's key-value block written across one line (keys and values set apart by commas or semicolons, with or
without a colon), and a hit rate keyed as a fraction of one: read as the same block written down the page, never a hit
rate taken for a cache-read price."""

from __future__ import annotations

from decimal import Decimal

from bot import router
from bot.parse import parse

DOWN = ("cache_prefix_tokens: 6000\ncalls_per_day: 20000\nhit_rate: 0.9\ninput: $2.50/M\ncached_read: $0.25/M\n"
        "write: $3.125/M\nnet a day?")
# a day: 18,000 hits × 6,000 × $2.25/1M = $243.00; 2,000 writes × 6,000 × $0.625/1M = $7.50; net $235.50
NET = "*$235.50 a day*"


def test_a_hit_rate_keyed_as_a_fraction_is_the_hit_rate_not_a_read_price() -> None:
    fields = parse("hit_rate: 0.9\ncache_read: $0.25/M\ninput: $2.50/M\nprefix_tokens: 6000\ncalls_per_day: 20000\n"
                   "net?").fields
    assert fields.hit_ratio == Decimal("0.9")
    assert fields.cache_read_rate == Decimal("0.25")


def test_the_block_down_the_page() -> None:
    assert NET in router.answer(DOWN, rate_cards={}).text


def test_the_block_across_a_line_with_commas_or_semicolons() -> None:
    across = DOWN.replace("\nnet a day?", ". net a day?").replace("\n", ", ")
    assert NET in router.answer(across, rate_cards={}).text
    assert NET in router.answer(across.replace(", ", "; "), rate_cards={}).text


def test_labels_before_their_figures_between_semicolons() -> None:
    text = router.answer("prefix tokens 6,000; calls a day 20,000; hit rate 90%; input $2.50/M; cached read $0.25/M; "
                         "write $3.125/M. net a day?", rate_cards={}).text
    assert NET in text


def test_prose_between_semicolons_is_left_as_prose() -> None:
    fields = parse("we run 40k calls a day; prompts are 2,000 tokens; output is 300 tokens; $3/$15. monthly cost?"
                   ).fields
    assert fields.calls_per_day == 40_000
    assert (fields.input_tokens_per_call, fields.output_tokens_per_call) == (2000, 300)


def test_rates_nested_under_a_key_naming_them() -> None:
    block = ("deal:\n  rates:\n    input: 1.25\n    output: 5.00\n  monthly_input_tokens: 2B\n"
             "  monthly_output_tokens: 300M\nmonthly quote?")
    inline = ("pricing_usd_per_mtok: {input: 1.25, output: 5.00}\nmonthly_input_tokens: 2B\n"
              "monthly_output_tokens: 300M\n")
    for text in (block, inline + "monthly quote?"):
        # 2,000M × $1.25/1M + 300M × $5/1M = $2,500 + $1,500
        assert "*$4,000.00*" in router.answer(text, rate_cards={}).text


def test_a_units_hourly_price_keyed_and_an_on_demand_month_keyed_short() -> None:
    table = ("| metric | value |\n|---|---|\n| PTU price / hr | $3.00 |\n| PTUs | 20 |\n"
             "| on-demand equivalent / mo | $50,000 |\ncommit or stay on-demand?")
    text = router.answer(table, rate_cards={}).text
    assert "20 × $3.00 × 730 h = *$43,800.00*" in text
    assert "*$6,200.00 a month less*" in text


def test_a_units_hourly_price_keyed_in_snake_case_across_a_line() -> None:
    text = router.answer("ptu_count=10; ptu_hourly=$2.50; hours_month=730; od_equiv_monthly=$20,000. worth it?",
                         rate_cards={}).text
    assert "10 × $2.50 × 730 h = *$18,250.00*" in text
    assert "*$1,750.00 a month less*" in text


def test_a_sheet_whose_rows_each_fill_their_own_columns_is_one_deal() -> None:
    text = router.answer("option,fee_per_call,input_per_m,output_per_m,tokens_in,tokens_out\nflat,0.01,,,,\n"
                         "per_token,,2.00,8.00,4000,500\nwhich is cheaper per call?", rate_cards={}).text
    # a call per-token: 4,000 × $2/1M + 500 × $8/1M = $0.008 + $0.004 = $0.012, against the $0.01 fee
    assert "together $0.008 + $0.004 = *$0.012*" in text
    assert "Per-call fee: *$0.01* → the flat fee is cheaper by $0.002 a call" in text


def test_a_json_object_pasted_whole_with_nested_keys() -> None:
    text = router.answer('{\n  "ptu": {"units": 4, "hourly": 3.0},\n  "on_demand_monthly": 10000\n}\ncommit or not?',
                         rate_cards={}).text
    # 4 × $3 × 730 = $8,760 against $10,000 a month
    assert "4 × $3.00 × 730 h = *$8,760.00*" in text
    assert "*$1,240.00 a month less*" in text


def test_json_nested_thousands_deep_is_no_sheet_and_no_error() -> None:
    for deep in ('{"a":' + "[" * 1990 + "]" * 1990 + "}", '{"a":' * 600 + "1" + "}" * 600):
        reply = router.answer(deep, rate_cards={})
        assert reply.intent == "help"
        assert not reply.data.get("internal_error")
