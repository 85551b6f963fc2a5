"""Batch 83's classes, in sentences of our own: two-column sheets keyed in snake case or headed "option | price" are an
item's fields, never items; a workload's sheet whose denials ("no shared prefix", "compliance: none beyond SOC 2",
"every doc different") decide the verdicts; two keyed values on one line; "for it to be zero"; a direct spend keyed
"..._equivalent_annual"; a context every step re-sends is the prefix; "N tokens of caption"; counts pushed "through
per quarter"; calls that "miss and write"; what traffic "would have cost on-demand" that week; "what should they be
on?"."""

from __future__ import annotations

from decimal import Decimal

from bot.parse import parse
from tests.support.replies import assert_figures, reply_text


def test_a_snake_keyed_item_value_sheet_is_one_items_fields() -> None:
    text = ("from the console:\n```\nitem\tvalue\nunits\t4\nusd_per_unit_hour\t2.50\ntokens_served_input_month\t1bn\n"
            "tokens_served_output_month\t200M\nondemand_input_per_mtok\t3.00\nondemand_output_per_mtok\t12.00\n```\n"
            "monthly provisioned cost vs on-demand for those tokens?")
    # 4 × $2.50 × 730 h = $7,300.00; on-demand 1,000 × $3 + 200 × $12 = $5,400.00
    reply = reply_text(text)
    assert "row by row" not in reply
    assert_figures(text, ["$7,300.00", "$5,400.00"])


def test_denials_in_a_workload_sheet_decide_the_verdicts() -> None:
    text = ("| metric | value |\n|---|---|\n| traffic | nightly batch extraction, very flat |\n"
            "| peak_to_average | 1.1 |\n| expected use of committed capacity | ~80% |\n| provisioned discount | 30% |\n"
            "| prompts | every file different, no shared prefix worth caching |\n| compliance | none beyond SOC 2 |\n"
            "which pricing structure do we recommend?")
    fields = parse(text).fields
    assert "repeated_context" not in fields.traits and "compliance" not in fields.traits
    assert "varied_prompts" in fields.traits
    reply = reply_text(text)
    assert "*Provisioned throughput: recommended.*" in reply and "*Prompt caching: not recommended.*" in reply, reply
    assert "*Per-call: recommended.*" not in reply


def test_an_option_price_table_in_words_is_read_as_each_options_price() -> None:
    text = ("| option | price |\n|---|---|\n| per-call | a third of a cent per call |\n"
            "| per-token | $1/M input, $4/M output |\n| avg call | 2,000 input + 500 output tokens |\n"
            "which is cheaper?")
    fields = parse(text).fields
    assert fields.per_call_fee is not None and round(fields.per_call_fee, 6) == Decimal("0.003333")
    assert (fields.input_tokens_per_call, fields.output_tokens_per_call) == (2_000, 500)


def test_options_side_by_side_stay_separate_asks() -> None:
    reply = reply_text("customer runs at 70% either way:\n| option | discount vs on-demand |\n| A | 25% |\n"
                       "| B | 45% |\n"
                       "cost vs on-demand for each?")
    assert "107.14%" in reply and "78.57%" in reply, reply  # 0.75 ÷ 0.70; 0.55 ÷ 0.70


def test_two_keyed_values_on_one_line_keep_their_own_keys() -> None:
    text = ("cached_context_tokens: 10,000\ninput_rate: $2.00/MTok   cached_input_rate: $0.20/MTok\n"
            "calls_per_day: 1,000 (all hit)\nsaving per day?")
    fields = parse(text).fields
    assert fields.input_rate == 2 and fields.cache_read_rate == Decimal("0.2")
    assert_figures(text, ["$18.00"])  # 10,000 × $1.80/1M × 1,000


def test_an_ea_discount_for_the_markup_to_be_zero_is_the_one_that_cancels_it() -> None:
    text = ("list_premium_over_direct = 30%\ncurrent_ea_discount = 10%\n"
            "what EA discount would they need for it to be zero?")
    assert_figures(text, ["23.08%", "17%"])  # 1 − 1 ÷ 1.3; 1.3 × 0.9 − 1


def test_a_direct_spend_keyed_with_equivalent_then_its_period() -> None:
    text = "direct_api_equivalent_annual = $500k\nvertex_list_premium = 20%\nea_discount = 10%\ndollars per year?"
    fields = parse(text).fields
    assert fields.direct_spend == 500_000 and fields.spend_period == "year"
    assert_figures(text, ["8%", "$540,000.00"])  # 1.2 × 0.9 − 1; × $500k


def test_a_context_every_step_resends_is_the_prefix() -> None:
    fields = parse("our agent re-sends a 15k-token context on every step, ~30k steps a day. caching worth it?").fields
    assert fields.prefix_tokens == 15_000 and fields.context_tokens is None


def test_tokens_of_caption_are_output() -> None:
    fields = parse("1M images a week, each about 900 input tokens and ~40 tokens of caption, $1/$4. weekly?").fields
    assert fields.output_tokens_per_call == 40 and fields.input_tokens_per_call == 900


def test_a_count_pushed_through_per_quarter_is_that_quarters() -> None:
    text = "each claim is 2,000 in / 500 out at $1/$4. what's the quarter if they push 1.2M claims through per quarter?"
    assert_figures(text, ["$4,800.00"])  # 1.2M × $0.004


def test_calls_that_miss_and_write_are_the_writes() -> None:
    text = ("prefix 2,000 tokens, $3 input, $0.30 reads, $3.75 writes. of about 5,000 calls a day, roughly 100 miss "
            "and write. net per day?")
    fields = parse(text).fields
    assert fields.writes_per_day == 100
    assert_figures(text, ["$26.31"])  # 4,900 × $0.0054 − 100 × $0.0015


def test_what_traffic_would_have_cost_on_demand_that_week() -> None:
    text = ("3 units at $10 per unit-hour round the clock for a full week. their traffic that week would have cost "
            "$6,000 on-demand. more or less?")
    assert_figures(text, ["$5,040.00", "$960.00"])  # 3 × $10 × 168 h; $6,000 − $5,040


def test_what_should_they_be_on_is_the_choice_of_structure() -> None:
    ask = parse("steady 24/7 pipeline, peak-to-average 1.1, offered 35% off on-demand. what should they be on?")
    assert ask.intent == "scenario"
