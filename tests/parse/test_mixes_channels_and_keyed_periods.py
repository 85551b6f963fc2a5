"""Batch 82's classes, in sentences of our own: mixes said "4 to 1 in out" and rates named after a mix; a call's size
"running" or grown "at the same mix"; "a 9k call" is one call; utilisation kept on reserved capacity; "tix";
"pay as u go"; a target "10% under" with on-demand implied, "just to match on-demand", "at no more than 80% of";
hit shares beside writes; sheet columns that price a hit, keyed unit-hour prices, counts "@ (rate pending)", an
average TPM keyed, channels' prices keyed with their side, spends keyed with their period, "half the input rate",
an export "for the month" in a month of stated days; effective markups wanted; shares "of which are input"; "the
same number out"; counts "on a typical day"; rates that "blend out to"; both bills asked "each way"; contractual
volumes and bounded prompts; a markup "and what does it buy"."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures, reply_text


def test_a_mix_said_n_to_m_in_out_gives_the_crossover() -> None:
    # blended at 3:1 = 0.75 × $2 + 0.25 × $6 = $3/1M; $0.006 ÷ $3/1M = 2,000 tokens a call
    text = "6 tenths of a cent a call vs $2/m input $6/m output, 3 to 1 in out mix. call size where they cross?"
    assert parse(text).fields.input_share == Decimal("0.75")
    assert_figures(text, ["2,000"])


def test_rates_named_after_a_mix_keep_their_own_sides() -> None:
    fields = parse("2c a call, 5k token calls, mix 4:1 in/out at $1/m in $4/m out. crossover?").fields
    assert (fields.input_rate, fields.output_rate) == (1, 4)


def test_real_calls_running_a_size_are_the_growth_and_a_call_of_that_size_is_no_count() -> None:
    text = ("flat 2c a call. we scoped 2k token calls, real ones are running 5k. mix 4:1 at $1/m in $4/m out. "
            "what does a 5k call cost on tokens")
    fields = parse(text).fields
    assert fields.growth == Decimal("2.5") and fields.calls_total is None
    assert_figures(text, ["$0.008"])  # 4,000 × $1 + 1,000 × $4 = $0.008


def test_a_call_size_grown_at_the_same_mix_is_split_at_that_mix() -> None:
    # 1,000 in / 250 out at $1/$4 = $0.002; grown to 2,500 at 4:1 → 2,000 in / 500 out = $0.004
    text = ("typical call 1,000 in / 250 out at $1/$4 per 1M, vendor fee $0.003 a call. if calls grow to 2.5k tokens "
            "at the same 4:1 mix, which is cheaper?")
    reply = reply_text(text)
    assert "2,000 in / 500 out" in reply and "$0.004" in reply, reply


def test_a_count_of_calls_before_its_noun_stays_a_count() -> None:
    assert parse("a 300 call trial at 1k in / 200 out, $1/$4, total?").fields.calls_total == 300


@pytest.mark.parametrize("text", [
    "they'd keep the reserved units ~75% busy. does provisioned beat pay as u go for them",
    "they'd run the provisioned capacity ~75% all day. does provisioned beat payg?",
])
def test_utilisation_of_reserved_capacity_asks_for_the_discount(text: str) -> None:
    ask = parse(text)
    assert ask.intent == "break_even" and ask.fields.utilization == [Decimal("0.75")]
    assert "discount" in reply_text(text)


def test_tix_are_tickets() -> None:
    fields = parse("helpdesk bot, 12k tix a day, 2k in / 300 out each at $1/$4. daily cost?").fields
    assert fields.calls_per_day == 12_000


def test_a_saving_said_under_with_on_demand_implied_and_matching_on_demand() -> None:
    # match on-demand at 60%: 40%; 20% under at 60%: 1 − 60% × 80% = 52%
    text = "if they only hold 60% util, what discount do we need just to match on demand, and what gets them 20% under"
    assert_figures(text, ["40%", "52%"])


def test_a_target_at_no_more_than_a_share_of_on_demand() -> None:
    # (1 − d) ÷ 75% = 90% → d = 1 − 0.675 = 32.5%
    text = ("they'll sit around 75% of what they commit. finance wants provisioned to land at no more than 90% of what "
            "on-demand would cost. what discount do we need?")
    assert_figures(text, ["32.5%"])


def test_the_hit_share_is_shown_beside_the_write_share() -> None:
    # λ·TTL = 30 an hour × 5 min ÷ 60 = 2.5; e^-2.5 = 8.21% write, 91.79% hit
    reply = reply_text("5 min ttl refreshed on hit, calls at random ~30 an hour over 8 hours, what share hit vs write?")
    assert "8.21% of calls write" in reply and "91.79% hit" in reply, reply


def test_a_column_that_prices_a_hit_is_no_hit_rate() -> None:
    text = "prefix | input $/1M | hit $/1M | calls/day\n2,000 | 3.00 | 0.30 | 5,000\nsaving per hit and per day?"
    fields = parse(text).fields
    assert fields.cache_read_rate == Decimal("0.3") and fields.hit_ratio is None
    assert_figures(text, ["$0.0054", "$27.00"])  # 2,000 × $2.70/1M; × 5,000


def test_a_keyed_unit_hour_price_in_a_row_of_cells() -> None:
    text = ("units: 3 | $/unit-hr: $20 | term: 30-day month\non-demand for the same traffic is running $50k/mo. "
            "monthly commit and saving?")
    assert_figures(text, ["$43,200.00", "$6,800.00"])  # 3 × $20 × 720 h


def test_a_count_whose_rate_is_pending_keeps_its_side() -> None:
    text = ("invoice lines:\ninput tokens: 100,000,000 @ $2.00/MTok\noutput tokens: 10,000,000 @ (rate tbd)\n"
            "line total with the split?")
    fields = parse(text).fields
    assert fields.input_rate == 2 and fields.output_rate is None
    assert "the output rate" in reply_text(text)


def test_an_average_tpm_keyed_sizes_the_commit_for_the_peak() -> None:
    text = "avg_tpm: 200k\npeak_to_avg: 3\nptu_discount: 35%\nsize the commit for peak: utilization and cost vs od?"
    assert_figures(text, ["600,000", "33.33%"])


def test_channel_prices_keyed_with_their_side() -> None:
    text = "direct input: $4.00/MTok\nbedrock input: $5.00/MTok\nEA discount: 10%\nlist markup and after the EA?"
    assert_figures(text, ["25%", "12.5%"])  # 5 ÷ 4 − 1; 1.25 × 0.9 − 1


def test_a_channels_own_keyed_sides_stay_its_rates() -> None:
    fields = parse("direct input: $4.00/MTok\ndirect output: $16.00/MTok\nazure list markup: 20%\nmarkup?").fields
    assert fields.direct_rate is None or fields.input_rate == 4


def test_a_spend_keyed_with_its_period() -> None:
    text = ("list markup over direct: 30%\nEA discount: 20%\ndirect-equivalent spend last month: $50,000\n"
            "paid via azure?")
    fields = parse(text).fields
    assert fields.direct_spend == 50_000 and fields.spend_period == "month"
    assert_figures(text, ["$52,000.00"])  # 50,000 × 1.3 × 0.8


def test_half_the_input_rate_and_an_export_for_the_month_of_stated_days() -> None:
    text = ("usage export for the month (a 30-day month):\nprefix = 4,000\ninput_rate = $2/MTok\n"
            "cached_input_rate = half the input rate\nrequests = 600k\nevery request hits. saving for the month?")
    fields = parse(text).fields
    assert fields.cache_read_rate == 1
    assert fields.calls_per_day is not None and round(fields.calls_per_day, 6) == 20_000  # 600k over the 30 days said
    assert_figures(text, ["$0.004", "$2,400.00"])  # 4,000 × $1/1M; × 600,000


@pytest.mark.parametrize("said", ["for the effective markup to come down to 8%",
                                  "as long as it nets out at 8% over direct"])
def test_an_effective_markup_wanted_gives_the_ea_discount(said: str) -> None:
    # (1 + 35%) × (1 − e) = 1.08 → e = 20%
    text = f"list through bedrock is 35% above direct. how big an EA discount do they need {said}?"
    assert_figures(text, ["20%"])


def test_a_share_of_which_is_input() -> None:
    text = "20M tokens a month, 60% of which are input tokens and the rest output, at $1/$5. monthly spend?"
    assert parse(text).fields.input_share == Decimal("0.6")
    assert_figures(text, ["$12.00", "$40.00", "$52.00"])


def test_a_share_of_the_input_itself_is_no_mix() -> None:
    assert parse("80% of those input tokens are a repeated prefix; $3 in, reads $0.30").fields.input_share is None


def test_the_same_number_out_mirrors_the_input() -> None:
    text = "about 70M tokens in per week and roughly the same number out, $1 in / $3 out. weekly cost?"
    assert_figures(text, ["$70.00", "$210.00", "$280.00"])


def test_counts_on_a_typical_day_are_a_days() -> None:
    text = ("10k prefix, $3 input, $3.75 writes, $0.30 reads. on a typical day we log 5,000 cache hits and 100 cache "
            "writes. net per day?")
    fields = parse(text).fields
    assert fields.calls_per_day == 5_100 and fields.writes_per_day == 100


def test_a_rate_that_blends_out_to_a_figure_is_the_blended_rate() -> None:
    # 3 units × $10 × 730 h = $21,900.00; tokens 3 × 4M × 730 × 50% = 4,380M × $4/1M = $17,520.00 on-demand
    text = ("3 provisioned units at $10 per unit-hour for a full month, each unit pushes about 4M tokens an hour flat "
            "out, kept ~50% busy. on-demand for their mix blends out to around $4 per million tokens. bill vs od?")
    assert parse(text).fields.blended_rate == 4
    assert_figures(text, ["$21,900.00", "$17,520.00"])


def test_both_bills_asked_each_way_is_the_fee_comparison() -> None:
    text = ("platform bills $0.01 per agent call; underneath it's $1/M in and $4/M out, calls average 5k in and 500 "
            "out, ~100k calls a month. per-call vs per-token: what's the monthly number each way?")
    assert parse(text).intent == "per_call"
    assert_figures(text, ["$1,000.00", "$700.00"])  # 100k × $0.01; 100k × $0.007


def test_contractual_volume_and_bounded_prompts_recommend_per_call() -> None:
    reply = reply_text("invoice-tagging service, volume is contractual at ~500k invoices a month, each a bounded ~700 "
                       "tokens in and a one-word label out. finance wants a cost per transaction. what structure?")
    assert "*Per-call: recommended.*" in reply, reply


def test_what_is_the_markup_and_what_does_it_buy_is_its_entry() -> None:
    ask = parse("procurement keeps asking about the hyperscaler markup line. what is the hyperscaler markup and what "
                "does it buy them?")
    assert ask.intent == "glossary"
