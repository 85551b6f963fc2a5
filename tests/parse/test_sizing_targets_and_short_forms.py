"""How many units a load needs, a peak said against the average just given, stated month and quarter lengths on
capacity, targets for the effective markup and for a saving, fees said in pennies or as one hyphenated word, and the
short forms a phone types. Our own sentences."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot import router
from bot.parse import parse
from tests.support.replies import assert_figures, reply_text


def test_units_for_a_load_sized_for_its_peak() -> None:
    text = "they average 1.2M tokens/min, peak-to-average 2, one PTU is 100k TPM, 35% off. how many PTUs?"
    reply = reply_text(text)
    assert "*24 units*" in reply and "50%" in reply  # 2.4M ÷ 100k; 1.2M ÷ 2.4M on average
    assert "below the 65% break-even" in reply


def test_a_spiky_load_with_no_ratio_gets_the_floor_and_a_question() -> None:
    answer = router.answer("averages 800k tokens/min, very bursty, 1 PTU = 40k TPM. how many PTUs do we need?",
                           rate_cards={})
    assert "= 20: that is the floor" in answer.text
    assert [m["field"] for m in answer.data["missing"]] == ["peak_to_average"]


def test_a_steady_load_in_tpm_rounds_up_to_whole_units() -> None:
    assert_figures("flat 130k TPM all day and night, each unit does 50k TPM. how many units?", ["*3 units*", "86.67%"])


def test_one_unit_priced_is_still_one_unit_when_no_count_is_asked() -> None:
    assert parse("one PT unit does 2,000 tok/s and costs $18/hr; 100M tokens a day at $3/M. worth it?"
                 ).fields.units == Decimal(1)


@pytest.mark.parametrize("said", ["peaks at 4x that", "spikes to 4x that", "peaking at 4x that"])
def test_a_peak_said_against_the_average_just_given(said: str) -> None:
    fields = parse(f"load averages 500 tokens/sec but {said}. 30% off provisioned, sized for peak. worth it?").fields
    assert fields.peak_to_average == Decimal(4) and fields.growth is None


def test_a_ninety_day_quarter_bills_its_own_hours() -> None:
    assert_figures("10 PTUs at $3 per unit-hour for a 90-day quarter vs $80k of on-demand a quarter. which wins?",
                   ["$64,800.00"])  # 10 × $3 × 2,160 h


def test_a_thirty_day_month_bills_capacity_for_720_hours() -> None:
    text = ("2 units at $10 per unit-hour round the clock for a 30-day month, each unit serves 3M tokens an hour at "
            "full load, on-demand $5/M blended, 60% utilization. provisioned vs on-demand?")
    assert_figures(text, ["$14,400.00", "$12,960.00"])  # 2 × $10 × 720; 2 × 3M × 720 × 60% × $5/M


def test_a_units_hour_price_with_its_label_first() -> None:
    assert parse("unit-hour price: $6.25\nunits: 8").fields.unit_hour_price == Decimal("6.25")


def test_an_amount_ending_a_line_is_not_labelled_by_the_next_lines_question() -> None:
    fields = parse("on-demand for the same tokens: $40k per month\ncommitment cost for 5 units at $9/unit-hr?").fields
    assert fields.on_demand_spend == Decimal(40_000) and fields.provisioned_spend is None


@pytest.mark.parametrize("text", [
    "Bedrock lists 30% over direct. what EA discount brings the effective markup down to 4%?",
    "their rule: spend can't run more than 4% above direct. Bedrock lists 30% over direct. what EA discount?",
])
def test_the_ea_discount_for_an_effective_markup_wanted(text: str) -> None:
    reply = reply_text(text)
    assert "*20%*" in reply  # 1 − 1.04 ÷ 1.30
    assert "makes the effective markup 4% on a 30% list markup" in reply


def test_an_effective_markup_wanted_at_zero_cancels_the_list_markup() -> None:
    assert_figures("Vertex list markup 25%. they want effective markup at zero. what EA discount?", ["20%"])


def test_an_ea_that_gives_them_a_bare_figure_off() -> None:
    assert parse("vertex is twenty pct over direct, EA gives em eight off. effective?").fields.ea_discount == \
        Decimal("0.08")


@pytest.mark.parametrize(("said", "fee"), [("a flat penny", "0.01"), ("half a penny", "0.005"),
                                           ("a 2.5-cent-per-call", "0.025"), ("a 3c-per-request", "0.03")])
def test_fees_said_in_pennies_and_compound_words(said: str, fee: str) -> None:
    fields = parse(f"{said} fee per call vs $1/M in and $4/M out, calls 2,000 in 500 out").fields
    assert fields.per_call_fee == Decimal(fee)


def test_not_a_penny_is_no_fee() -> None:
    assert parse("not a penny over $2/M in and $8/M out for 1k in 200 out").fields.per_call_fee is None


def test_a_per_call_offer_whose_figure_is_not_at_hand_asks_for_it() -> None:
    answer = router.answer("vendor has a flat per-call price, dont have the # handy. per-token is $1/M in, $3/M out, "
                           "calls 600 in 40 out. does per call win?", rate_cards={})
    assert answer.intent == "per_call"
    assert "per_call_fee" in [m["field"] for m in answer.data["missing"]]


def test_paygo_is_on_demand_and_a_saving_wanted_under_it_is_a_target() -> None:
    assert_figures("expected util ~60%. discount to break even, and what gets them 25% under paygo?", ["40%", "55%"])


def test_a_mix_said_with_its_verb_run_on() -> None:
    assert parse("$0.02 a call vs $1/M in, $5/M out, with input:output running 3:1. crossover?"
                 ).fields.input_share == Decimal("0.75")


def test_a_thirteen_week_quarter_abbreviated() -> None:
    assert_figures("$2/M in and $6/M out, 10M input and 2M output a week. cost for a 13 wk quarter?", ["$416.00"])


def test_a_step_count_joined_to_its_noun() -> None:
    text = "each job is a 5-step chain; every step sends 2k tokens and gets 200 back. 1,000 jobs a day at $1/M, $4/M"
    assert_figures(text, ["$14.00"])  # 5,000 calls × ($0.002 + $0.0008)


def test_writes_counted_among_the_calls_of_the_period_said_with_them() -> None:
    text = ("2,000-token prefix at $3/M, reads $0.30/M, writes $3.75/M; 500 calls an hour for 8 hours; of those 4k "
            "daily calls, 40 are cache writes. net per day?")
    assert parse(text).fields.writes_per_day == Decimal(40)


@pytest.mark.parametrize("said", ["$1.50 per mil tokens per hour", "storage $/MTok/hour: 1.50"])
def test_storage_prices_in_short_forms(said: str) -> None:
    sep = "\n" if said.startswith("storage") else ", storage "
    text = f"explicit cache, 40k prefix, kept 6 h/day, input $2/M, cached $0.50/M{sep}{said}\nstorage per day?"
    assert parse(text).fields.cache_storage_rate == Decimal("1.5")
    assert "$0.36 a day" in reply_text(text)  # 40k × $1.50/M × 6 h


def test_percentiles_beside_an_average_are_not_discounts() -> None:
    fields = parse("PT pilot ran avg 72% of committed TPM (p50 70%, p95 90%). are we beating on-demand?").fields
    assert fields.discount is None and fields.utilization == [Decimal("0.72")]


def test_writes_set_aside_as_asked() -> None:
    text = ("explicit cache, 80k-token prefix, 1-hour TTL, kept alive 5 hours a day, storage $1/M tokens per hour, "
            "input $2/M, cached $0.50/M, 1,000 calls a day all reading it. ignoring the cache writes, net per day?")
    assert "With the writes set aside, as asked: $120.00 − $0.40 storage = *$119.60 a day*" in reply_text(text)


def test_the_ea_that_cancels_a_markup_beside_the_ea_they_get() -> None:
    reply = reply_text("what EA discount zeroes out a 30% list markup? and if they only get 10%?")
    assert "*23.08%*" in reply and "*17%*" in reply  # 1 − 1 ÷ 1.3; 1.3 × 0.9 − 1


def test_a_cost_share_of_their_on_demand_spend_is_a_target() -> None:
    assert_figures("we'll use about 60% of whatever we reserve. what discount lands them at 85% of their on-demand "
                   "spend?", ["49%"])  # 1 − 60% × 85%


def test_a_monthly_volume_key_in_billions_is_tokens_not_calls() -> None:
    fields = parse("monthly volume: 2bn input tokens, 400 million output tokens at $1/M in, $4/M out").fields
    assert fields.calls_per_day is None and fields.volume_period == "month"


def test_the_units_bill_over_a_full_year() -> None:
    assert_figures("2 provisioned units at $10 per unit-hour, the whole month; and over a full year?",
                   ["$14,600.00", "$175,200.00"])


def test_a_coin_per_named_call() -> None:
    assert parse("a dime per scanned page vs $1/M in, $4/M out, pages 3k in 200 out").fields.per_call_fee == \
        Decimal("0.1")


def test_a_quarter_of_nights_said_after_it() -> None:
    assert parse("nightly batch of 10k docs, 2k in 100 out, $1/$4 per M. per quarter, call it 91 nights"
                 ).fields.days_per_quarter == Decimal(91)


def test_an_hourly_on_demand_cost_over_a_stated_month() -> None:
    assert_figures("3 units at $20 per unit-hour for a 30-day month; the same tokens cost ~$100/hour on-demand. "
                   "monthly commit vs on-demand?", ["$43,200.00", "$72,000.00"])  # 3 × $20 × 720; $100 × 720


@pytest.mark.parametrize("said", ["per business day at 30,000 calls", "for a working day of 30k calls"])
def test_calls_counted_after_the_day_they_fill(said: str) -> None:
    assert_figures(f"2,000 in / 300 out at $1/$4 per M. total {said}?", ["$96.00"])  # 30k × ($0.002 + $0.0012)


def test_hours_a_day_said_as_the_length_of_the_days() -> None:
    fields = parse("1M input tokens per hour, 8-hour days, 5 days a week, $1/M. weekly cost?").fields
    assert fields.active_hours == Decimal(8)


def test_a_peak_load_said_without_its_noun() -> None:
    fields = parse("load averages ~800 tokens/sec but peaks hit 2,400/sec. 40% off, sized for peak?").fields
    assert fields.peak_to_average == Decimal(3) and fields.calls_per_day is None


def test_a_mix_said_n_to_one_after_its_name() -> None:
    assert parse("$0.01 a call; input:output runs 4 to 1 at $1/M in, $4/M out. crossover?"
                 ).fields.input_share == Decimal("0.8")


def test_a_target_said_as_coming_in_under_on_demand() -> None:
    assert_figures("util ~60%. discount that makes provisioned come in 20% under on-demand at that utilization?",
                   ["52%"])  # 1 − 60% × 80%


def test_a_cache_kept_alive_for_the_day_is_made_once() -> None:
    text = ("explicit cache, 50k-token context kept alive 10 hours a day, storage $1/M tokens per hour, input $2/M, "
            "cached $0.50/M, 2,000 calls a day, all hits. net per day?")
    assert "Creations a day = ⌈10 h × 60 ÷ 600 min⌉ = 1" in reply_text(text)


def test_leaving_the_initial_load_out_sets_the_writes_aside() -> None:
    text = ("explicit cache, 50k-token context kept alive 10 hours a day, storage $1/M tokens per hour, input $2/M, "
            "cached $0.50/M, 2,000 calls a day, all hits. leave the initial cache load out of it: net per day?")
    assert "With the writes set aside, as asked: $150.00 − $0.50 storage = *$149.50 a day*" in reply_text(text)


def test_a_commitments_discount_said_as_so_many_off() -> None:
    fields = parse("they signed at 35 off for PT and use about half of it. break-even?").fields
    assert fields.discount == Decimal("0.35")


def test_an_ea_taking_so_many_off_stays_the_ea() -> None:
    fields = parse("list markup 20%, their EA takes 12 off. effective?").fields
    assert (fields.ea_discount, fields.discount) == (Decimal("0.12"), None)


def test_them_as_a_phone_types_it() -> None:
    assert parse("2k in 300 out at $1/$4 per M, they run thirty k of em a day").fields.calls_per_day == Decimal(30_000)


def test_an_on_demand_amount_said_after_it_without_a_dollar_sign() -> None:
    fields = parse("5 units at $10 a unit-hr, 30 day month. on-demand for the same traffic is 45k/mo. savings?").fields
    assert fields.on_demand_spend == Decimal(45_000)


def test_a_question_typed_without_its_mark_is_still_the_question() -> None:
    answer = router.answer("traffic is super bursty they wanna size PT for the peaks whats the util theyll run at",
                           rate_cards={})
    assert answer.intent == "break_even"
    assert "peak_to_average" in [m["field"] for m in answer.data["missing"]]


def test_sizing_for_the_peak_with_no_ratio_asks_for_it_beside_the_discount() -> None:
    answer = router.answer("they want to size provisioned for the peaks. what utilization will they run at?",
                           rate_cards={})
    assert [m["field"] for m in answer.data["missing"]] == ["discount", "peak_to_average"]


def test_how_much_capacity_to_commit_for_a_spiky_load_asks_for_its_ratio() -> None:
    answer = router.answer("avg ~300k tokens/min but it spikes during month-end runs, 30% off. how much capacity "
                           "should we commit if they want the peaks covered?", rate_cards={})
    assert answer.intent == "break_even"
    assert "peak_to_average" in [m["field"] for m in answer.data["missing"]]


def test_a_prefix_padded_out_to_a_new_length_is_priced() -> None:
    assert_figures("800-token prefix on gpt-4o, does it cache? and if we pad the prefix out to 1.5k: input $2.50/M, "
                   "cached $1.25/M, 10k calls a day, daily saving?", ["1,024", "$18.75"])  # 10k × 1.5k × $1.25/M


def test_a_count_of_things_done_over_a_period() -> None:
    fields = parse("500k tickets triaged per month, 2k in and 100 out each, $1/M in, $4/M out. monthly?").fields
    assert fields.calls_per_day is not None and fields.volume_period == "month"


def test_a_per_call_quote_that_came_in_at_a_price() -> None:
    assert parse("per-call quote came in at 3c. calls are 2,000 in + 500 out at $4/M in, $12/M out").fields \
        .per_call_fee == Decimal("0.03")


def test_the_ea_for_the_direct_price_beside_the_ea_they_get() -> None:
    reply = reply_text("Bedrock lists 25% above direct, their EA is 5% off. effective markup, and what EA discount "
                       "would they need to come out at exactly the direct price?")
    assert "*18.75%*" in reply and "*20%*" in reply  # 1.25 × 0.95 − 1; 1 − 1 ÷ 1.25


def test_two_proposals_for_a_described_pipeline_asked_where_they_cost_the_same() -> None:
    answer = router.answer("Comparing two proposals for an invoice-extraction pipeline. Option A: a flat 0.6 cents per "
                           "call. Option B: per-token at $1/M input, $4/M output. Calls are 1,000 in and 250 out. At "
                           "how many total tokens per call do the two cost the same?", rate_cards={})
    assert answer.intent == "per_call"
    assert "3,750 tokens per call" in answer.text  # $0.006 ÷ $1.60/1M (80% × $1 + 20% × $4)
