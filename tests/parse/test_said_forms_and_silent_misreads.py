"""Ways of saying a figure that were read wrong or not at all (our own sentences, not a scored batch's): a time of day
after "the call at", a workload named "recommendation engine", a share of calls said to pay for a write, a write price
with a decimal comma, an observation window in brackets, a full-capacity aside, a target said as where the cost comes
in; and forms read now: "outta", "$10,000-a-month", "per mil" beside one dollar sign, output treated as zero, traffic
priced on-demand, calls that "go through" a week, "no explicit cache API", one unit of work as a loop of calls, a
shift as a working day, "1 in N" calls that write, a meaning asked before "what do I tell her", and a load to be
covered at its peak with no ratio given."""

from __future__ import annotations

from decimal import Decimal

from bot.parse import parse
from tests.support.replies import reply_text


def test_a_time_of_day_after_the_call_is_no_utilization() -> None:
    ask = parse("provisioned is 40% under on-demand. sized for peak, do they come out ahead? need an answer for the "
                "sync at 4")
    assert ask.fields.utilization == []


def test_a_workload_named_recommendation_engine_is_not_a_request_for_advice() -> None:
    # 3 × $20 × 730 = $43,800.00 against $50,000.00: $6,200.00 a month less
    reply = reply_text("Their product recommendation engine would reserve three capacity units at $20 per unit-hour, "
                       "24x7. The same traffic on-demand comes to $50,000 a month. What does the reservation cost and "
                       "how does it compare?")
    assert "*$43,800.00*" in reply and "*$6,200.00 a month less*" in reply


def test_traffic_priced_on_demand_then_what_it_comes_to() -> None:
    ask = parse("2 units at $30 per unit-hour. Their current traffic, priced at on-demand rates, comes to $50,000 a "
                "month. over or under?")
    assert ask.fields.on_demand_spend == Decimal(50000)


def test_a_share_of_calls_that_pay_for_a_write_is_the_miss_rate() -> None:
    ask = parse("4k prefix, $3 input, writes $3.75, reads $0.30, 20k calls a day, 20% of calls pay for a fresh write. "
                "net?")
    assert ask.fields.hit_ratio == Decimal("0.8")


def test_one_in_n_calls_that_write_is_the_miss_rate() -> None:
    for said in ("1 in 4 calls writes the cache",
                 "1 in 4 calls arrives after the entry expired, so those pay for a fresh write"):
        ask = parse(f"4k prefix, $3 input, writes $3.75, reads $0.30, 20k calls a day, {said}. net?")
        assert ask.fields.hit_ratio == Decimal("0.75"), said


def test_a_write_price_with_a_decimal_comma_beside_others() -> None:
    # 2,000 × ($3,75 − $3,00)/1M = $0.0015 premium a write
    reply = reply_text("prefix of 2 000 tokens, input $3,00 per million, cache writes $3,750 per million, reads $0,30 "
                       "per million. 1 000 calls a day, 90 % hit, each miss a write. net daily saving?")
    assert "$0.0015 more than sending the prefix uncached" in reply


def test_a_write_price_beside_a_pair_is_not_cut_at_its_comma() -> None:
    ask = parse("input $2.50/M, $3,125 per million writes, 5,000 prefix")
    assert ask.fields.output_rate is None


def test_an_observation_window_in_brackets_and_a_full_capacity_aside() -> None:
    # 20 × $3 × 730 = $43,800.00 against $60,000 × 50% = $30,000.00 on-demand: 1.46×
    reply = reply_text("Units: 20 PTU\nRate: $3.00 / PTU-hour\nOn-demand equivalent (full capacity, 100% busy): "
                       "$60,000/mo\nObserved avg utilization (last 14d): 50%\nover or under on-demand?")
    assert "× 50% average load = *$30,000.00*" in reply and "*1.46*" in reply


def test_a_target_said_as_where_the_cost_comes_in() -> None:
    # 1 − 60% × (1 − 20%) = 52%
    reply = reply_text("expected_util = 60%\ntarget = provisioned coming in 20% under what on-demand would cost\n"
                       "what discount hits the target?")
    assert "*52%*" in reply


def test_out_of_said_as_outta() -> None:
    ask = parse("$3/M input, reads $0.30/M, writes $3.75/M. 10k prefix, 2k calls a day, eight outta ten hit. net?")
    assert ask.fields.hit_ratio == Decimal("0.8")


def test_an_amount_and_its_period_joined_by_hyphens() -> None:
    ask = parse("Bedrock is 25% over direct, EA takes 10% off. what would a $20,000-a-month direct spend cost?")
    assert ask.fields.direct_spend == Decimal(20000) and ask.fields.spend_period == "month"


def test_per_mil_after_a_pair_with_one_dollar_sign() -> None:
    ask = parse("600M input tokens a month and 100M out. rates 1.25 in / $5 out per mil. monthly?")
    assert (ask.fields.input_rate, ask.fields.output_rate) == (Decimal("1.25"), Decimal(5))


def test_output_treated_as_zero_gives_the_input_only_crossover() -> None:
    # $0.004 × 1M ÷ $2.00 = 2,000 tokens
    reply = reply_text("the vendor charges 0.4 cents a call; per-token is $2 per million input, and we can treat "
                       "output cost as zero. at what prompt size are they equal?")
    assert "*2,000 tokens per call*" in reply


def test_calls_that_go_through_in_a_week() -> None:
    ask = parse("2k-token prefix, $2/M input, cached $1/M, 70% hit. about 140k calls go through in a normal week. "
                "weekly saving?")
    assert round(ask.fields.calls_per_day) == 20000 and ask.fields.volume_period == "week"


def test_no_explicit_cache_api_is_automatic_caching() -> None:
    # 1,500 × ($2.50 − $1.25)/1M = $0.001875 a hit
    reply = reply_text("openai, automatic caching, no explicit cache API and nothing charged for writes. 1,500-token "
                       "prefix, input $2.50/M, cached $1.25/M, 50k calls a day, 60% cached. saving per cached call?")
    assert "*$0.001875*" in reply and "storage price" not in reply


def test_one_unit_of_work_said_as_a_loop_of_calls() -> None:
    # 500 tasks × 5 calls = 2,500 calls; 2,000 × $1/1M + 200 × $5/1M = $0.003 a call: $7.50 a day
    reply = reply_text('one "task" for this customer is a loop of 5 model calls, each about 2,000 input and 200 output '
                       "tokens. 500 tasks a day at $1/M in, $5/M out. daily spend?")
    assert "*$7.50*" in reply


def test_calls_over_a_shift_and_shifts_a_month() -> None:
    ask = parse("about 300 calls spread over a 10-hour shift, random arrivals, 6k prefix, $3 in, $0.30 reads, $3.75 "
                "writes. 20 shifts a month. monthly net?")
    assert ask.fields.calls_per_day == Decimal(300) and ask.fields.active_hours == Decimal(10)
    assert ask.fields.days_per_month == Decimal(20)


def test_a_meaning_asked_before_what_do_i_tell_her() -> None:
    reply = reply_text("console shows 40 PTU on the prod deployment. she asked what PTU means, what do I tell her?")
    assert reply.startswith("*PTU (Provisioned Throughput Unit)*")


def test_a_load_covered_at_its_peak_with_no_ratio_asks_for_it() -> None:
    reply = reply_text("average load 300k tokens per minute, each unit serves 50k tokens per minute, 30% off "
                       "on-demand. how many units so they're covered at peak?")
    assert "peak-to-average inference ratio, e.g." in reply


def test_zero_to_the_power_zero_is_left_unread_not_a_crash() -> None:
    ask = parse("0 ** 0 calls a day at $3/M in, $15/M out. monthly?")
    assert ask.fields.calls_per_day is None and any("0 ** 0" in a.question for a in ask.ambiguities)
