"""Forms a round of blind asks showed read wrong or not at all, in our own sentences: a count keyed by its unit
("hours: 730") taken for a heading's period, a rule heading with its period in brackets, the on-demand cost of the same
traffic said in a clause or under an offer's label, a price restated "for every hour", a unit of work fanned out into
model calls, calls with their own period after a claim's weekly figure, a sheet row labelled with its price unit, a
direct price with its side after it, a price sheet whose column names how each row is priced, a price per single
token, a question on which route to steer a buyer, and a price per million with a thousands comma that is implausible
beside the message's other prices."""

from __future__ import annotations

from decimal import Decimal

from bot.parse import parse
from tests.support.replies import reply_text


def test_a_count_keyed_by_its_unit_is_no_heading_period() -> None:
    # 3 × $20 × 730 = $43,800; on-demand 10,000 MTok × $2 + 1,000 MTok × $10 = $20,000 + $10,000 = $30,000 a month
    reply = reply_text("provisioned draft, monthly\n\nunits: 3\nprice_per_unit_hour: $20\nhours: 730\n"
                       "--- tokens those units would carry (per month) ---\ninput_tokens: 10bn\noutput_tokens: 1bn\n"
                       "input_rate: $2.00 / MTok\noutput_rate: $10.00 / MTok\n\n"
                       "commit vs on-demand for the same tokens?")
    assert "*$30,000.00* a month" in reply and "*$43,800.00* a month" in reply
    assert "7,300,000,000,000" not in reply  # never the month's tokens again for each of its hours


def test_a_rule_heading_gives_its_period_to_the_counts_under_it() -> None:
    ask = parse("=== usage (per day) ===\ninput tokens: 40M\noutput tokens: 4M\nrates $3/$15. monthly cost?")
    assert ask.fields.input_tokens_per_day == Decimal(40_000_000)
    assert ask.fields.output_tokens_per_day == Decimal(4_000_000)


def test_the_on_demand_cost_of_the_same_traffic_in_other_words() -> None:
    for said in ("Offer B: stay on-demand, which finance estimates at fifty thousand dollars for the tokens those "
                 "units would serve.",
                 "Offer B (on-demand): finance priced the same traffic at $50,000 for that month on per-token rates.",
                 "the same tokens on demand r 50k/mo"):
        ask = parse(f"Offer A: 2 units at $25 per unit-hour over a 730-hour month. {said} which is cheaper?")
        assert ask.fields.on_demand_spend == Decimal(50_000), said
        assert ask.fields.spend_period == "month", said


def test_an_on_demand_amount_for_another_period_keeps_its_period() -> None:
    # 2 × $25 × 168 h = $8,400 a week against $9,000 a week
    reply = reply_text("2 units at $25 per unit-hour over a 730-hour month. stay on-demand, which finance estimates at "
                       "$9,000 for the week. which is cheaper?")
    assert "*$8,400.00* a week, against $9,000.00 a week on-demand" in reply


def test_a_price_restated_for_every_hour_is_the_same_price() -> None:
    ask = parse("six units at $2.40 per unit-hour, i.e. each unit costs two dollars forty for every hour it is "
                "reserved, over a 30-day month. on-demand would be $12,500 for the month. which is cheaper?")
    assert ask.fields.unit_hour_price == Decimal("2.4")
    assert ask.unused == []


def test_a_unit_of_work_fanned_out_into_model_calls() -> None:
    # 6 calls × 1,500 jobs × 7 days = 63,000 calls a week; 63,000 × (9,000 × $2.50 + 600 × $10)/1M = $1,795.50
    reply = reply_text("their agent fans every job out into six model calls, each ~9k tokens in and 600 out. "
                       "1,500 jobs a day. $2.50/M in, $10/M out. weekly cost?")
    assert "*$1,795.50*" in reply


def test_calls_per_unit_of_work_named_with_its_kind() -> None:
    # one request: 6 × (2,000 × $0.80 + 300 × $4)/1M = $0.0168; 1,500 a week × 6 = 9,000 calls: input $14.40
    reply = reply_text("the agent fires 6 model calls per purchase request, ~2k tokens in and 300 out each. 1,500 "
                       "purchase requests a week. $0.80/M in and $4/M out. cost per request and per week?")
    assert "*$0.0168*" in reply and "input $14.40" in reply


def test_calls_with_their_own_period_after_a_weekly_claim() -> None:
    ask = parse("5000-token preamble at $5 per million input, hits at 10% of input, saves roughly $1,500 a week at "
                "30,000 calls a day. real saving per hit and per week?")
    assert ask.fields.calls_per_day == Decimal(30_000)


def test_a_row_labelled_with_its_price_unit_gives_each_side_its_direct_rate() -> None:
    # (1 + 20%)(1 − 10%) − 1 = 8%: $4.00 × 1.08 = $4.32 in, $12.00 × 1.08 = $12.96 out
    reply = reply_text("| item | direct API | Azure list |\n|---|---|---|\n| input $/MTok | 4.00 | +20% |\n"
                       "| output $/MTok | 12.00 | +20% |\n\nEA discount: 10%\n\neffective markup and rates in and out?")
    assert "*$4.32/1M*" in reply and "*$12.96/1M*" in reply


def test_a_direct_price_with_its_side_after_it() -> None:
    ask = parse("direct: $4.00/m input, direct: $12.00/m output, azure +20%, EA 10%. effective rates?")
    assert ask.fields.direct_rate == Decimal(4)
    assert ask.fields.direct_output_rate == Decimal(12)


def test_a_price_sheet_whose_column_names_how_each_row_is_priced() -> None:
    # 2,000 × $0.50 + 500 × $2 = $0.001 + $0.001 = $0.002 a call on tokens, against a $0.005 fee
    reply = reply_text("sku,pricing,rate\nextract,per_call,0.005\nextract-raw,per_token_in,0.50\n"
                       "extract-raw,per_token_out,2.00\n\n2,000 in / 500 out per call. per-token or per-call?")
    assert "*$0.002*" in reply and "*$0.005*" in reply


def test_a_price_per_single_token_is_read_per_million_and_said_so() -> None:
    ask = parse("input $0.0000004 per token, output $0.0000016 per token. 2,400 in / 800 out per call. cost per call?")
    assert (ask.fields.input_rate, ask.fields.output_rate) == (Decimal("0.4"), Decimal("1.6"))
    reply = reply_text("input $0.0000004 per token, output $0.0000016 per token. 2,400 in / 800 out per call. cost?")
    # 2,400 × $0.40/1M + 800 × $1.60/1M = $0.00096 + $0.00128 = $0.00224
    assert "*$0.00224*" in reply and "$0.0000004 per token is $0.40/1M" in reply


def test_which_route_to_steer_a_buyer_towards_is_a_structure_question() -> None:
    ask = parse("They're on Azure Government, need FedRAMP and billing through the cloud agreement. Which pricing "
                "route should we be steering them towards, and how do I explain the difference in price?")
    assert ask.intent.value == "scenario"


def test_a_comma_grouped_price_implausible_beside_the_others_is_asked_about() -> None:
    text = ("8k token prompt, input $2.50/M, cache reads $0.25/M, cache writes at $3,125 per million, 40k calls a day, "
            "90% hits. worth caching?")
    ask = parse(text)
    assert ask.fields.cache_write_rate is None
    assert any("$3,125" in a.question and "$3.125" in a.question for a in ask.ambiguities)
    assert "$3,125.00/1M" not in reply_text(text)


def test_a_comma_grouped_price_near_the_others_is_kept() -> None:
    ask = parse("input $1,250 per million, output $25.00 per million, 1,000 in / 100 out, 10 calls. cost?")
    assert ask.fields.input_rate == Decimal(1250)
