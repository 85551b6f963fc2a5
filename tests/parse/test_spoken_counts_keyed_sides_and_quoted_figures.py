"""Counts and prices said the short way ("two mil", "two fifty in ... per mil", "a flat nickel"), mixes with their
label after them, keyed sides and sheet columns, one side's tokens as a share of the other's, thousands dots before
things only counted whole, a period said before its counts, and a meaning asked beside someone else's quoted figures.
Our own sentences."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot import router
from bot.parse import parse
from bot.parse.numbers import per_day
from tests.support.replies import assert_figures, reply_text


def test_a_count_in_mil_said_with_a_number_word() -> None:
    fields = parse("they push three mil input tokens a day and half a mil output, $2 a mil in, $8 a mil out. "
                   "daily cost?").fields
    assert (fields.input_tokens_per_day, fields.output_tokens_per_day) == (Decimal(3_000_000), Decimal(500_000))
    assert (fields.input_rate, fields.output_rate) == (Decimal(2), Decimal(8))


def test_dollars_and_cents_said_short_after_a_verb_of_paying() -> None:
    fields = parse("a billion input tokens a month plus 40 million output, they're paying one seventy-five in and "
                   "seven bucks out per mil. split it?").fields
    assert (fields.input_rate, fields.output_rate) == (Decimal("1.75"), Decimal(7))


@pytest.mark.parametrize(("said", "share"), [("same 3-to-1 mix", "0.75"), ("a four to one split", "0.8")])
def test_a_mix_with_its_label_after_it(said: str, share: str) -> None:
    assert parse(f"fee of 2 cents a call vs $2/$10 per m, {said}. where do they cross?").fields.input_share == \
        Decimal(share)


def test_a_coin_fee_with_its_kind_before_it() -> None:
    assert parse("a flat dime per request or $1/$4 per m at 3:1, crossover?").fields.per_call_fee == Decimal("0.10")


def test_the_crossover_at_the_mix_stated_beside_a_call_of_another_mix() -> None:
    reply = reply_text("fee is 2 cents a call; calls are 3,000 in and 500 out; $2/$10 per m. at the 3:1 mix they "
                       "quoted, what call size is the crossover?")
    assert "At the 75%-input mix you stated" in reply and "*5,000 tokens per call*" in reply  # $0.02 ÷ $4/M


@pytest.mark.parametrize("verb", ["tops out around", "maxes out at", "peaks at"])
def test_a_units_ceiling_is_its_throughput(verb: str) -> None:
    fields = parse(f"2 units at $20/unit-hour, each unit {verb} 5M tokens an hour, on-demand $5 per MTok blended. "
                   "break-even?").fields
    assert fields.tokens_per_hour_per_unit == Decimal(5_000_000)


def test_a_utilization_held_on_the_committed_capacity() -> None:
    fields = parse("they'll hold 80% sustained on the committed capacity and want to pay 15% under on-demand at that "
                   "load. what discount do we need?").fields
    assert fields.utilization == [Decimal("0.8")]


def test_the_units_bill_is_shown_beside_a_discount_when_the_month_is_asked() -> None:
    assert_figures("5 units @ $30/unit-hour, priced 25% under pay-as-you-go. monthly commit and break-even?",
                   ["$109,500.00", "75%"])  # 5 × $30 × 730


def test_units_tokens_and_one_on_demand_rate_give_the_on_demand_bill() -> None:
    assert_figures("3 provisioned units at $4 per unit-hour; they'd serve about 600M tokens a month, and that "
                   "works out at $5 per million tokens on-demand. commit vs on-demand?",
                   ["$8,760.00", "$3,000.00"])  # 3 × $4 × 730; 600M × $5/M


def test_how_much_throughput_to_commit_for_a_load_with_its_ratio() -> None:
    reply = reply_text("load averages 500k tokens/min, peak-to-average 2, 35% off provisioned. how much TPM should "
                       "we commit?")
    assert "*1,000,000 tokens/min*" in reply and "*50%* on average, below the 65% break-even" in reply


@pytest.mark.parametrize("text", [
    "very bursty agent traffic, averages 300k tokens/min, provisioned is 30% off. how much capacity should we reserve?",
    "traffic is spiky and they want capacity sized for the peaks; 25% off on-demand. what utilization will they get?",
])
def test_a_spiky_load_asks_for_its_peak_to_average_ratio(text: str) -> None:
    answer = router.answer(text, rate_cards={})
    assert "peak_to_average" in [m["field"] for m in answer.data["missing"]]


def test_calls_per_business_day_as_a_key() -> None:
    fields = parse("calls per business day: 12k\n1,000 in / 200 out per call\n$1/$5 per m\n21 business days a month"
                   ).fields
    assert fields.calls_per_day == Decimal(12_000)


def test_a_unit_hourly_column_prices_the_units() -> None:
    fields = parse("units,unit_hourly\n3,$12.50\non-demand for the same traffic: $30,000 a month. cheaper?").fields
    assert (fields.units, fields.unit_hour_price) == (Decimal(3), Decimal("12.50"))


@pytest.mark.parametrize("line", ["input tokens: 30m / mo", "input tokens (support bot): 30m a month"])
def test_a_sides_tokens_as_a_key_with_their_period_after(line: str) -> None:
    fields = parse(f"{line}\noutput tokens: 6m / mo\n$2/$8 per m. annual spend?").fields
    assert fields.input_tokens_per_day == per_day(Decimal(30_000_000), "month")
    assert fields.output_tokens_per_day == per_day(Decimal(6_000_000), "month")


def test_a_keyed_count_of_writes_among_the_calls() -> None:
    fields = parse("calls: 2,000 / day, of which cache writes: 120, prefix 6k tokens, $3 in, $0.30 read, "
                   "$3.75 write. net?").fields
    assert fields.writes_per_day == Decimal(120)


def test_one_sides_tokens_as_a_share_of_the_others() -> None:
    fields = parse("about 900 million input tokens a month and a third as many output tokens, $1/$4 per m. "
                   "monthly?").fields
    assert fields.output_tokens_per_day == per_day(Decimal(300_000_000), "month")


def test_twice_as_many_output_tokens() -> None:
    assert parse("2m input tokens a day and twice as many output, $3/$15 per m").fields.output_tokens_per_day == \
        Decimal(4_000_000)


def test_a_thousands_dot_before_tokens_is_a_count() -> None:
    fields = parse("each call is 1.800 tokens in and 300 out at $2 / $8 per million. cost per call?").fields
    assert fields.input_tokens_per_call == Decimal(1800)


def test_a_period_said_before_the_counts_of_its_clause() -> None:
    fields = parse("prefix 4k tokens, $3 in, $0.30 read, $3.75 write. over the week we see 200 cache writes and "
                   "9,000 hits. net?").fields
    assert fields.volume_period == "week"
    assert fields.writes_per_day == per_day(Decimal(200), "week")


def test_a_quarters_business_days_count_the_quarter() -> None:
    assert_figures("1M input and 200k output tokens per business day at $2/$8 per m. cost for a quarter of 63 "
                   "business days?", ["$226.80"])  # (2 + 1.6) × 63


def test_a_meaning_asked_beside_someone_elses_quoted_figures() -> None:
    answer = router.answer('their CTO wrote "we run about 40 PTUs today and might double it". sorry, what is a PTU?',
                           rate_cards={})
    assert answer.intent == "glossary"


def test_figures_in_a_quote_with_a_figure_question_are_worked_out() -> None:
    answer = router.answer('the buyer wrote "we pay $12k a month on-demand and want 30% off". what is the '
                           'break-even?', rate_cards={})
    assert answer.intent == "break_even" and "70%" in answer.text


def test_the_tokens_the_units_serve_as_a_key_with_their_period_after() -> None:
    assert_figures("units: 2\nprice: $10 per unit-hour\ntokens those units serve: ~3bn / month\non-demand: blended $6 "
                   "per MTok\nprovisioned vs on-demand for the month?", ["$14,600.00", "$18,000.00"])  # 3,000M × $6


def test_a_keyed_spends_period_in_brackets_and_a_quarter_set_out_in_hours() -> None:
    assert_figures("units: 2\nrate: $10 / unit-hour\nperiod: one quarter = 3 x 730 h\non-demand cost of the same "
                   "tokens (quarter): $50,000\nprovisioned for the quarter vs on-demand?",
                   ["$43,800.00", "$6,200.00"])  # 2 × $10 × 2,190 h


@pytest.mark.parametrize("said", ["1.500 in and 300 out", "1.500 input + 300 output tokens"])
def test_a_thousands_dot_before_a_side_is_a_count(said: str) -> None:
    fields = parse(f"average call {said}, rates $0,40 in and $1,60 out per million. cost per call?").fields
    assert (fields.input_tokens_per_call, fields.input_rate) == (Decimal(1500), Decimal("0.40"))


def test_a_thousands_dot_before_a_side_priced_per_million_is_asked_about() -> None:
    answer = router.answer("rates 2.500 in and 9 out per m, 2k in 500 out per call. cost per call?", rate_cards={})
    assert "I could not read “2.500”" in answer.text
    assert "input_rate" not in answer.data["request"]["fields"]


def test_a_flat_cent_per_call_is_the_fee() -> None:
    assert parse("vendor wants a flat cent per call; calls are 2k in / 500 out at $2/$8 per m. cheaper?"
                 ).fields.per_call_fee == Decimal("0.01")


def test_a_figure_question_about_a_quotation_is_no_meaning_asked() -> None:
    answer = router.answer('from the buyer: "we would commit at a fifth off list, using about 90%." what\'s that vs '
                           "on-demand?", rate_cards={})
    assert answer.intent == "break_even" and "80%" in answer.text


def test_two_price_lists_with_one_side_the_same_are_both_priced_over_the_period() -> None:
    assert_figures("option 1 is $4 in / $12 out per million, option 2 is $2 in / $12 out. 300M input and 50M output "
                   "tokens a year. each cost?", ["$1,800.00", "$1,200.00", "$600.00 less"])


def test_chunks_embedded_are_the_calls() -> None:
    assert parse("$0.0001 per call flat vs $0.05 per million tokens, input only; 2,000-token chunks, 1M chunks a "
                 "week. which is cheaper?").fields.calls_per_day == Decimal(1_000_000) / 7


@pytest.mark.parametrize(("said", "rate"), [("a buck and a quarter per mil in", "1.25"),
                                            ("two dollars and a half per mil in", "2.5")])
def test_money_and_a_fraction_more(said: str, rate: str) -> None:
    assert parse(f"600m input tokens a month, pricing is {said} and six per mil out, 100m output. monthly?"
                 ).fields.input_rate == Decimal(rate)


def test_a_penny_and_a_half_per_call_is_the_fee() -> None:
    assert parse("platform charges a penny and a half per call; calls are 2k in 500 out at $1/$4 per mil. cheaper?"
                 ).fields.per_call_fee == Decimal("0.015")


def test_a_price_pair_parted_by_its_first_side() -> None:
    fields = parse("$2 a mil in $8 out, 1k in 300 out per call. cost per call?").fields
    assert (fields.input_rate, fields.output_rate) == (Decimal(2), Decimal(8))


def test_a_month_named_invoice_is_the_on_demand_spend() -> None:
    assert_figures("April invoice: $50,000.00\nprovisioned offer: 25% off on-demand\nplanned utilization: 80%\n"
                   "monthly bill on provisioned?", ["$46,875.00"])  # $50,000 ÷ 80% × 75%


def test_a_keyed_fee_in_quotes_and_a_workday_sheet() -> None:
    assert parse('fee_per_call="half a cent" in_rate=1/MTok out_rate=4/MTok avg_in=2000 avg_out=500 '
                 "calls_per_day=1000").fields.per_call_fee == Decimal("0.005")
    fields = parse("workdays_in_month: 21\ninput_tokens_per_workday: 2M\noutput_tokens_per_workday: 400k\n"
                   "price_in: $1 per million\nprice_out: $4 per million\nmonthly spend?").fields
    assert (fields.days_per_month, fields.input_tokens_per_day) == (Decimal(21), Decimal(2_000_000))


def test_a_unit_price_per_unit_per_hour_spaced() -> None:
    assert parse("model units: 3\nprice: $20.00 / unit / hour\nmonthly commit?").fields.unit_hour_price == Decimal(20)


def test_a_calls_sides_as_dot_leader_keys() -> None:
    fields = parse("Rates ...... $1/$4 per 1M\nAvg prompt .......... 900 tokens\nAvg completion ...... 200 tokens\n"
                   "Requests/day ....... 5,000\ndaily spend?").fields
    assert (fields.input_tokens_per_call, fields.output_tokens_per_call) == (Decimal(900), Decimal(200))


def test_sides_said_with_a_verb_of_motion() -> None:
    fields = parse("10k docs a day, each ~2,000 tokens going in and ~300 coming out, $1/$4 per m. daily?").fields
    assert (fields.input_tokens_per_call, fields.output_tokens_per_call) == (Decimal(2000), Decimal(300))


def test_prompt_tokens_that_count_the_cached_ones_are_two_bill_lines() -> None:
    assert_figures("month | prompt_tokens | cached_tokens | input $/M | cached $/M\nMay | 2bn | 1.5bn | 3.00 | 0.30\n"
                   "what did caching save on input?", ["$4,050.00"])  # 1.5bn × ($3 − $0.30)


def test_a_keyed_spend_whose_owner_is_in_brackets() -> None:
    assert_figures("Q2 forecast (direct-API equivalent) : $80,000\nBedrock list markup : 25%\nEA discount : 10%\n"
                   "what do they pay for the quarter through Bedrock?", ["$90,000.00"])  # $80,000 × 1.25 × 0.9


def test_the_ea_for_an_effective_premium_over_direct_wanted() -> None:
    assert_figures("list markup 30%. the effective premium over direct is 4% or less or they walk. what EA discount "
                   "gets them there?", ["20%"])  # 1.04 ÷ 1.3 = 0.8


def test_a_two_column_sheet_whose_keys_have_colons() -> None:
    fields = parse("| Pricing line | Amount |\n|---|---|\n| Per-call fee | $0.005 / call |\n"
                   "| Per-token alt: input | $2.00 / 1M |\n| Per-token alt: output | $6.00 / 1M |\n"
                   "| Avg tokens per call | 800 in / 200 out |\n| Weekly call volume | 70,000 |\n"
                   "weekly bill each way?").fields
    assert (fields.per_call_fee, fields.calls_per_day) == (Decimal("0.005"), Decimal(10_000))


def test_a_sheet_of_a_deals_parts_with_blank_cells() -> None:
    assert_figures("component,qty,rate,basis\nmodel units,2,$10.00,per unit-hour\nhours,730,,one month\n"
                   "tokens those units would serve,3bn,,per month\non-demand blended rate,,$6.00,per 1M tokens\n"
                   "provisioned vs on-demand?", ["$14,600.00", "$18,000.00"])


def test_an_invoices_line_numbers_are_no_figures() -> None:
    fields = parse("invoice | period: Sep\nline | description | qty | unit price\n"
                   "1 | Input tokens | 200,000,000 | $2.00 per 1M\n"
                   "2 | Output tokens | 50,000,000 | $8.00 per 1M\ntotal they should pay for the month?").fields
    assert fields.input_tokens_per_day == per_day(Decimal(200_000_000), "month")
    assert (fields.input_rate, fields.output_rate) == (Decimal(2), Decimal(8))


def test_the_discount_that_leaves_them_better_off_than_on_demand() -> None:
    assert_figures("they'll sustain about 60% utilisation. what discount would make them 20% better off than "
                   "on-demand?", ["52%"])  # 1 − 60% × 80%


def test_the_tokens_a_call_writes_back_are_its_output() -> None:
    fields = parse("10k calls a day, each pulls ~2,000 tokens of context in and writes back maybe 300 tokens, "
                   "$1/$4 per m. daily?").fields
    assert (fields.input_tokens_per_call, fields.output_tokens_per_call) == (Decimal(2000), Decimal(300))


def test_a_nightly_batch_on_weeknights_is_a_week_of_five_nights() -> None:
    assert_figures("a nightly batch of 10k docs, 2k tokens in and 500 out each, $1/$4 per m. they only run it "
                   "weeknights, 5 nights a week. one night and one week?", ["$40.00", "$200.00"])


def test_direct_rates_with_no_cloud_beside_them_are_the_rates() -> None:
    fields = parse("the platform bills 2 cents per call; underneath calls are 3k in / 500 out on a model that's "
                   "$1/$4 per million direct. which is cheaper?").fields
    assert (fields.input_rate, fields.output_rate) == (Decimal(1), Decimal(4))


def test_a_call_sized_cached_tokens_key_is_the_prefix_and_a_restated_count_no_calls() -> None:
    fields = parse("cached_tokens = 60,000\nttl = 1h, recreated every hour around the clock (24 per day)\n"
                   "input = $2/mtok, cached input = $0.50/mtok, storage = $4.50 per mtok per hour\n"
                   "saving per cached call? storage a day?").fields
    assert (fields.prefix_tokens, fields.writes_per_day, fields.calls_per_day) == (Decimal(60_000), Decimal(24), None)


@pytest.mark.parametrize(("said", "discount"), [("thirty seven and a half off", "0.375"),
                                                ("twelve and a half off", "0.125")])
def test_a_discount_and_a_half_off(said: str, discount: str) -> None:
    # (had been read as "37 and 50% off": a 50% discount)
    assert parse(f"ptu offer is {said} on demand. break even?").fields.discount == Decimal(discount)


def test_units_billed_only_while_they_run() -> None:
    assert_figures("3 units at $10 an hr each, only running business hours, 8 hrs a day 20 days a month. monthly "
                   "commit and a day's?", ["$4,800.00", "$240.00"])  # 3 × $10 × 160 h; 3 × $10 × 8 h


def test_a_keyed_direct_spend_with_its_period_first() -> None:
    assert_figures("annual direct-API equivalent: $500k\nhyperscaler list premium: 20%\nEA: 10% off\nannual bill "
                   "through the cloud?", ["$540,000.00"])  # $500k × 1.2 × 0.9


def test_what_the_same_volume_is_on_demand_with_its_scale() -> None:
    fields = parse("2 provisioned units @ $20/unit-hr, running the whole month. on demand for the same token volume "
                   "is ~40k/mo. monthly commit and does it pencil").fields
    assert (fields.on_demand_spend, fields.calls_per_day) == (Decimal(40_000), None)


def test_a_usage_exports_cache_calls_over_the_days_in_brackets() -> None:
    fields = parse("metric                        value\ncached_prefix_tokens          6,000\n"
                   "base_input_rate               $1.00 / MTok\ncache_read_rate               $0.10 / MTok\n"
                   "cache_write_rate              $1.25 / MTok\ncache_read_calls (7d)         14,000\n"
                   "cache_write_calls (7d)        700\nnet saving for the week?").fields
    assert fields.writes_per_day == Decimal(100) and fields.volume_period == "week"


def test_a_ratio_said_about_so_many_times_the_average() -> None:
    assert parse("avg load is 3 units worth, peaks bout three and a half times avg, sized for peak. 40% off. util?"
                 ).fields.peak_to_average == Decimal("3.5")


def test_per_token_prices_said_the_short_way_after_per_token() -> None:
    fields = parse("flat 3 cents per call vs per token one fifty in six out, mix runs 3 to 1. where do they "
                   "cross").fields
    assert (fields.input_rate, fields.output_rate, fields.input_tokens_per_call) == (Decimal("1.5"), Decimal(6), None)


def test_a_units_throughput_an_hour_without_the_word_tokens() -> None:
    answer = router.answer("spiky agent traffic, avg ~20M tok/hr, sized so peaks never spill over, each unit does "
                           "5M/hr. how many units do i quote", rate_cards={})
    assert answer.data["request"]["fields"]["tokens_per_hour_per_unit"] == "5000000"
    assert [m["field"] for m in answer.data["missing"]] == ["peak_to_average"]


def test_a_price_column_per_million_keeps_any_other_word_in_its_name() -> None:
    from bot.parse.tables import phrase

    assert phrase("usd_per_mtok", "12.50") == "$12.50/m"
    assert phrase("storage_per_MTok_hour", "$4.50") != "$4.50/m"  # a storage price, not a token rate
