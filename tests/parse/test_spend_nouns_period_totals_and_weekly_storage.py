"""A direct spend called a quote or an invoice, an on-demand spend in a clause after "where", the if-every-call-hits
saving over a period counted in days, and a cache's storage over the hours it is kept each day of a week. Our own
sentences."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize("noun", ["quote", "invoice", "bill", "total"])
def test_a_direct_spend_named_by_what_it_is_on_paper(noun: str) -> None:
    said = (f"Annual direct {noun} is $240,000. Bedrock lists 20% over direct and the EA knocks 10% off. their cost "
            "on Bedrock?")
    fields = parse(said).fields
    assert fields.direct_spend == Decimal(240_000)
    assert_figures(said, ["8%", "$259,200.00"])  # 1.2 × 0.9 = 1.08


def test_an_on_demand_spend_said_in_a_clause_after_where() -> None:
    said = ("option 1: 3 units at $30 per unit-hour all month. option 2: stay on-demand, where the customer's "
            "analyst puts the same load at $50,000 a month. which is cheaper and by how much?")
    assert parse(said).fields.on_demand_spend == Decimal(50_000)
    assert_figures(said, ["$65,700.00", "$15,700.00"])  # 3 × $30 × 730


def test_the_every_call_hits_saving_over_a_quarter_of_stated_days() -> None:
    assert_figures("2,000-token cached prefix, $3 per million input, $0.30 cached, 10k calls a day all hitting. "
                   "saving per day and over a 90-day quarter?", ["$0.0054", "$54.00", "$4,860.00"])  # × 10k; × 90


def test_storage_over_the_hours_kept_each_day_of_a_week() -> None:
    reply = reply_text("explicit cache of 80k tokens on gemini, storage $2 per million tokens per hour, kept warm "
                       "8 hours each workday. storage per day and per 5-day week?")
    assert "*$6.40 a week*; $1.28 a day of 8 h; $0.16 an hour" in reply  # 80k × $2/M an hour; × 8; × 5


@pytest.mark.parametrize("said", ["their EA committed-spend discount is 12%", "a committed use discount of 12%",
                                  "a committed-spend deal with AWS at 12% off"])
def test_a_cloud_agreements_discount_by_another_name_is_the_ea_discount(said: str) -> None:
    ask = parse(f"Bedrock list runs 25% over direct, {said}. real markup?")
    assert ask.intent.value == "markup"
    assert (ask.fields.markup, ask.fields.ea_discount) == (Decimal("0.25"), Decimal("0.12"))  # 1.25 × 0.88 = 10%


def test_a_hyperscaler_that_marks_up_by_a_figure() -> None:
    ask = parse("vertex marks it up 20% and the EA takes 5% off. net premium?")
    assert ask.intent.value == "markup" and ask.fields.markup == Decimal("0.2")


def test_a_figure_to_explain_to_someone_else_is_still_worked_out() -> None:
    said = ("Azure lists 30% over direct and their EA takes 10% off. What's the effective markup? I have to explain "
            "it to their procurement lead.")
    assert parse(said).intent.value == "markup"
    assert_figures(said, ["17%"])  # 1.3 × 0.9 = 1.17


@pytest.mark.parametrize("said", ['a partner slide says "Bedrock: +15–40% vs direct".',
                                  "hyperscaler markup ....... 15-40%"])
def test_the_range_markups_run_in_beside_a_meaning_asked_is_the_meaning(said: str) -> None:
    ask = parse(f"{said}\nwhat is the hyperscaler markup and what does the buyer get for it?")
    assert ask.intent.value == "glossary" and ask.fields.term == "hyperscaler-markup"


def test_a_range_beside_a_figure_to_work_out_is_not_a_meaning() -> None:
    assert parse("markup is 15-40% over direct and the EA is 10%. effective markup?").intent.value == "markup"


@pytest.mark.parametrize(("said", "load"), [("busy about two-thirds of the time", "0.6667"),
                                            ("keep it busy half the time", "0.5"),
                                            ("in use three quarters of the time", "0.75")])
def test_a_load_said_as_a_share_of_the_time(said: str, load: str) -> None:
    ask = parse(f"reserved capacity at 40% off; they'd {said}. cost vs on-demand?")
    assert ask.intent.value == "break_even"
    assert ask.fields.utilization and round(ask.fields.utilization[0], 4) == Decimal(load)


def test_half_the_time_that_is_not_a_load_stays_a_time() -> None:
    assert parse("half the time they send 2k in and 500 out, $3/$15 per m. cost per call?").fields.utilization == []


def test_a_commitment_or_on_demand_with_its_discount_and_load_is_the_break_even() -> None:
    said = "nightly batch jobs, they'd commit at a quarter off, busy half the time. provisioned or stay on-demand?"
    assert parse(said).intent.value == "break_even"
    assert_figures(said, ["75%", "1.5"])  # 0.75 ÷ 0.5


def test_when_the_peak_comes_said_between_the_peak_and_its_multiple() -> None:
    ask = parse("steady ingestion, peaks around lunchtime at 1.25x the average; sized to peak at 25% off. utilization "
                "and cost vs on-demand?")
    assert ask.fields.peak_to_average == Decimal("1.25")


@pytest.mark.parametrize("asked", ["per-call vs per-token, which comes out ahead?",
                                   "which is cheaper: per-call or per-token?"])
def test_the_cheaper_of_a_fee_and_per_token_on_a_described_workload_is_the_comparison(asked: str) -> None:
    said = f"agent step on their orchestration platform: 1.5 cents a call flat, 4k in / 600 out at $3/$15. {asked}"
    assert parse(said).intent.value == "per_call"
    assert_figures(said, ["$0.021"])  # 4k × $3/M + 600 × $15/M


def test_a_sheets_structure_line_is_not_a_question_about_structures() -> None:
    said = "structure: provisioned (PTU), 6-mo term\ndiscount_vs_paygo: 30%\nexpected_util: 80%\nbreak-even and cost?"
    assert parse(said).intent.value == "break_even"


def test_a_quoted_csv_cell_keeps_its_thousands_and_an_on_demand_column_is_a_spend() -> None:
    said = 'units,usd_per_unit_hour,hours_per_month,od_equiv_month\n4,3.50,730,"$12,000"\nmonthly commit vs on-demand?'
    fields = parse(said).fields
    assert (fields.units, fields.unit_hour_price, fields.on_demand_spend) == (4, Decimal("3.5"), Decimal(12_000))
    assert_figures(said, ["$10,220.00", "$1,780.00"])  # 4 × $3.50 × 730


def test_a_bare_on_demand_column_with_its_period_last_is_a_spend() -> None:
    said = "units,usd_per_unit_hour,ondemand_equiv_month\n4,3.50,12000\nmonthly commit vs on-demand?"
    assert parse(said).fields.on_demand_spend == Decimal(12_000)


@pytest.mark.parametrize("key", ["target cost vs on-demand: 0.85x", "target vs OD = 0.85x"])
def test_a_target_cost_as_a_multiple_of_on_demand(key: str) -> None:
    said = f"sustained utilization: 60%\n{key}\nwhat discount do we need?"
    assert parse(said).fields.target_saving == Decimal("0.15")
    assert_figures(said, ["49%"])  # 1 − 0.6 × 0.85


def test_what_discount_gets_them_down_to_a_multiple_of_on_demand() -> None:
    assert parse("util 60%. what discount gets them down to 0.85x?").fields.target_saving == Decimal("0.15")


def test_cache_hits_and_writes_keyed_with_their_period_after_a_comma() -> None:
    said = ("prefix 4,000 tok, $3.00 input, $0.30 cache read, $3.75 cache write per MTok\n"
            "  cache hits, month       100,000\n  cache writes, month     1,000\nnet saving for the month?")
    assert_figures(said, ["$1,077.00"])  # 100k × 4k × $2.70/M − 1k × 4k × $0.75/M = $1,080 − $3


def test_a_calls_size_and_mix_under_their_keys() -> None:
    fields = parse("fee_per_call: $0.01\nin_out_mix: 75/25\nrates: $1/$3 per 1M\nplanned_tokens_per_call: 8,000\n"
                   "crossover?").fields
    assert (fields.input_tokens_per_call, fields.output_tokens_per_call) == (Decimal(6000), Decimal(2000))


def test_a_bare_ratio_key_is_not_a_mix() -> None:
    assert parse("ratio: 3:1\ntokens/call = 2k\nfee: 1 cent a call, $3/$15 per M. crossover?").fields.input_share \
        is None


def test_a_tables_title_names_the_period_of_its_row_and_cache_prices_named_bare() -> None:
    said = ("support bot (daily averages)\ncalls,hit_rate,prefix_tokens,input_per_mtok,read_per_mtok,write_per_mtok\n"
            "20000,90%,3000,3.00,0.30,3.75\nnet saving per day? every miss writes")
    fields = parse(said).fields
    assert (fields.calls_per_day, fields.cache_read_rate, fields.cache_write_rate) == (20_000, Decimal("0.3"),
                                                                                      Decimal("3.75"))
    assert_figures(said, ["$141.30"])  # 18k × 3k × $2.70/M − 2k × 3k × $0.75/M = $145.80 − $4.50


def test_a_channel_table_of_rates_gives_the_list_markup_and_what_is_paid_after_the_ea() -> None:
    said = ("| channel | input $/MTok |\n|---|---|\n| direct API | 2.50 |\n| Vertex list | 3.00 |\n"
            "10% EA on GCP. listed markup vs what they effectively pay over direct?")
    assert_figures(said, ["20%", "8%"])  # 3.00 ÷ 2.50 − 1; 1.2 × 0.9 − 1


def test_a_direct_spend_keyed_with_api_period_and_equivalent_in_any_order() -> None:
    said = "direct_api_monthly_equiv: $20,000\nazure_list_markup: 30%\nea: 10%\nmonthly azure number?"
    assert parse(said).fields.direct_spend == Decimal(20_000)
    assert_figures(said, ["$23,400.00"])  # 20k × 1.3 × 0.9


def test_options_lettered_with_the_cheaper_one_asked_is_the_per_call_comparison() -> None:
    said = ("pricing options (500k calls/mo):\nA) flat two cents per call\nB) per-token: $1/MTok in, $5/MTok out; each "
            "call about 8,000 in, 500 out\nwhich option is cheaper per month?")
    assert parse(said).intent.value == "per_call"
    assert_figures(said, ["$0.0105", "$10,000.00", "$5,250.00"])


def test_a_two_column_line_with_a_price_is_never_a_tables_header() -> None:
    fields = parse("cache numbers:\nprefix            20,000 tokens\nTTL               1 hour, rebuilt each hour of "
                   "the day\ninput             $2.00/M\ncached input      $0.20/M\nsaving per hit?").fields
    assert (fields.input_rate, fields.cache_read_rate) == (Decimal(2), Decimal("0.2"))


@pytest.mark.parametrize("said", ["roughly 4 input tokens per output token", "4 in for every 1 out"])
def test_a_mix_said_as_tokens_of_one_side_for_each_of_the_other(said: str) -> None:
    fields = parse(f"fee $0.0021 a call, $0.50/M input, $1.50/M output, {said}. crossover?").fields
    assert fields.input_share == Decimal("0.8") and fields.input_tokens_per_call is None


def test_a_snake_case_key_inside_a_line() -> None:
    assert parse("sheet says: fee_per_call=$0.004, $1/$4 per M, 3:1. crossover?").fields.per_call_fee == \
        Decimal("0.004")


def test_a_headings_working_day_average_is_the_period_of_the_counts_below_it() -> None:
    said = ("export (per business day avg):\ninput_tokens=10M  output_tokens=2M\n$3/M in, $15/M out, 21 business days "
            "a month. monthly total?")
    assert_figures(said, ["$1,260.00"])  # ($30 + $30) × 21


def test_counts_logged_over_last_week() -> None:
    said = ("4,000-token prefix, input $3.00/MTok, reads $0.30/MTok, writes $3.75/MTok. Last week they logged 10,000 "
            "cache hits and 100 cache writes. net for the week?")
    assert_figures(said, ["$107.70"])  # 10k × $0.0108 − 100 × $0.003


def test_a_customers_own_figure_for_the_term_asked_about() -> None:
    reply = reply_text("what does peak-to-average ratio mean? if a customer says theirs is 5, what does that do to "
                       "capacity sized for the peak?")
    assert "*Peak-to-average ratio*" in reply and "*20%*" in reply
