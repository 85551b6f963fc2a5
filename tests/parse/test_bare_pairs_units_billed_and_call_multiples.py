"""Per-call and quote asks (our own sentences, not a scored batch's): a bare input/output price pair right after the
token counts or their period ("800 out, 2/8", "per week @ 1/4") or after "ptok"/"per-token"; a fee charged per
unit of work ("$0.06 per pipeline run", each run several model calls) set against the units counted, never their
calls; units billed one fee each ("items", "completions", "workflows"); a per-call offer whose fee is said to be
missing; a fee in hundredths or thousandths of a cent; and real calls said to be a multiple of the planned size."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import Intent, parse
from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 1,500 × $2/1M + 500 × $8/1M = $0.003 + $0.004 = $0.007
        ("what's one call, 1500 in 500 out, 2/8", ["$0.003", "$0.004", "$0.007"]),
        # 20M × $1/1M = $20.00; 4M × $4/1M = $16.00; $36.00 a week
        ("20M in 4M out per week @ 1/4 - weekly bill?", ["$20.00", "$16.00", "$36.00"]),
        # 8M × $2.5/1M = $20.00; 2M × $10/1M = $20.00
        ("8M in 2M out at 2.5/10?", ["$20.00", "$40.00"]),
    ],
)
def test_a_bare_price_pair_beside_the_token_counts_is_read_as_rates(text: str, figures: list[str]) -> None:
    ask = parse(text)
    assert ask.intent is Intent.QUOTE
    assert ask.fields.input_rate is not None and ask.fields.output_rate is not None
    assert_figures(text, figures)


def test_a_date_after_the_counts_in_a_message_about_a_meeting_is_not_read_as_rates() -> None:
    # "renewal on 3/15" names a day; with no price anywhere it is never priced
    fields = parse("2k in 500 out per call, renewal on 3/15, cost?").fields
    assert fields.input_rate is None and fields.output_rate is None


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # per-token 2,500 × $2/1M + 500 × $8/1M = $0.009 against $0.012: per-call dearer by $0.003; blended at 5:1
        # = (5 × 2 + 8) ÷ 6 = $3/1M; crossover $0.012 × 1M ÷ $3 = 4,000 tokens
        ("flat 1.2c per call vs ptok 2/8, calls 2.5k in 500 out - which one?", ["$0.009", "$0.003", "4,000"]),
        # 1,000 × $1/1M + 250 × $4/1M = $0.002; $0.005 fee; blended at 4:1 = $1.60/1M; crossover 3,125
        ("per-call $0.005 or per-token at 1/4? 1k in / 250 out", ["$0.002", "3,125"]),
    ],
)
def test_a_bare_pair_after_ptok_prices_the_per_token_side(text: str, figures: list[str]) -> None:
    ask = parse(text)
    assert ask.intent is Intent.PER_CALL
    assert ask.fields.input_rate is not None
    assert_figures(text, figures)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # a run = 4 calls of 2,000 in / 250 out: 8,000 × $2.5/1M + 1,000 × $10/1M = $0.03 a run; 12,000 runs a week:
        # $360.00 per-token against 12,000 × $0.06 = $720.00
        ("Agent vendor bills $0.06 per pipeline run. Each run makes 4 model calls, ~2,000 in / 250 out each. Direct "
         "is $2.50/M in, $10/M out. About 12k pipelines a week. weekly both ways?", ["$0.03", "$360.00", "$720.00"]),
        # the volume said in model calls: 48,000 calls a week ÷ 4 calls a run = 12,000 runs, the same bills
        ("Agent vendor bills $0.06 per pipeline run. Each run makes 4 model calls, ~2,000 in / 250 out each. Direct "
         "is $2.50/M in, $10/M out. About 48k model calls a week. weekly both ways?", ["$0.03", "$360.00", "$720.00"]),
    ],
)
def test_a_fee_per_unit_of_work_is_set_against_the_units_never_their_calls(text: str, figures: list[str]) -> None:
    ask = parse(text)
    assert ask.intent is Intent.PER_CALL
    assert ask.fields.per_call_fee == Decimal("0.06")
    assert_figures(text, figures)
    assert "$1,440.00" not in reply_text(text)  # 48,000 runs priced at a run's cost would be four times too much


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 500 × $0.10/1M + 20 × $0.40/1M = $0.000058 an item; 2M items: $116.00 against 2M × $0.0005 = $1,000.00
        ("tagging API at $0.0005 per call vs small model ($0.10/M in, $0.40/M out), ~500 in / 20 out per item, "
         "2M items a month. monthly?", ["$0.000058", "$116.00", "$1,000.00"]),
        # 1,500 × $3/1M + 400 × $15/1M = $0.0105 a completion; 50,000 a day: $525.00 against 50,000 × $0.008 = $400.00
        ("they offer 0.8c per completion flat; our completions are 1,500 in / 400 out at $3/$15 and we do 50k "
         "completions a day. daily each way?", ["$0.0105", "$525.00", "$400.00"]),
    ],
)
def test_units_billed_one_fee_each_are_the_volume(text: str, figures: list[str]) -> None:
    assert parse(text).intent is Intent.PER_CALL
    assert_figures(text, figures)


def test_a_per_call_offer_whose_fee_is_missing_asks_for_it() -> None:
    text = ("Their gateway charges per workflow execution, not per token. ~40k executions a month, each one call of "
            "2,000 in / 500 out; direct would be $2 per million in and $8 per million out. We haven't been given "
            "the fee yet. which is better?")
    ask = parse(text)
    assert ask.intent is Intent.PER_CALL
    assert ask.fields.per_call_fee is None
    reply = reply_text(text)
    assert "fee per call" in reply
    assert_figures(text, ["$0.008"])  # 2,000 × $2/1M + 500 × $8/1M: the fee it would have to beat


@pytest.mark.parametrize(
    ("text", "fee"),
    [
        ("a hundredth of a cent per embedding vs $0.02/M tokens, docs ~8k tokens", Decimal("0.0001")),
        ("five thousandths of a cent per call vs $0.10/M in $0.40/M out, 300 in 20 out", Decimal("0.00005")),
        ("three hundredths of a cent a request against $0.05/M, 900 tokens a request", Decimal("0.0003")),
    ],
)
def test_a_fee_in_hundredths_or_thousandths_of_a_cent_is_read(text: str, fee: Decimal) -> None:
    ask = parse(text)
    assert ask.intent is Intent.PER_CALL
    assert ask.fields.per_call_fee == fee


def test_a_hundredth_alone_is_no_fraction() -> None:
    # "our hundredth customer" is an ordinal, not 1%
    fields = parse("our hundredth customer: 2k in 500 out at $3/$15, 10k calls a day").fields
    assert not fields.utilization and fields.discount is None and fields.per_call_fee is None


@pytest.mark.parametrize(
    ("text", "growth", "figure"),
    [
        # at 3×: 1,500 × $2/1M + 600 × $8/1M = $0.0078
        ("We charge $0.01 a call, sized for 500 in / 200 out at $2/$8. Turns out calls are closer to 3x what we "
         "scoped. still ok?", Decimal(3), "$0.0078"),
        # at 2.5×: 750 × $1/1M + 250 × $4/1M = $0.00175
        ("flat $0.004 per request; plan was 300 input + 100 output tokens, $1/M in $4/M out; actual requests are "
         "about 2.5 times the planned size", Decimal("2.5"), "$0.00175"),
        # at 5×: 1,000 × $5/1M + 250 × $15/1M = $0.00875
        ("per-call fee $0.006, planned calls 200 in / 50 out on $5/$15, real ones are more like 5x that size",
         Decimal(5), "$0.00875"),
    ],
)
def test_real_calls_said_as_a_multiple_of_the_plan_are_priced_at_that_multiple(
        text: str, growth: Decimal, figure: str) -> None:
    ask = parse(text)
    assert ask.fields.growth == growth
    assert_figures(text, [figure])


def test_a_table_of_call_sizes_is_priced_size_by_size_never_added_into_one_call() -> None:
    text = ("Flat $0.008 per request vs per-token $1/M in, $4/M out. Requests come in two sizes:\n\n"
            "| kind | input | output |\n|---|---|---|\n| lookup | 500 | 100 |\n| report | 6,000 | 2,000 |\n\n"
            "per-token cost of each, and which wins?")
    fields = parse(text).fields
    assert (fields.input_tokens_per_call, fields.output_tokens_per_call) == (Decimal(500), Decimal(100))
    # 500 × $1/1M + 100 × $4/1M = $0.0009; 6,000 × $1/1M + 2,000 × $4/1M = $0.014
    assert_figures(text, ["$0.0009", "$0.014"])
    assert "6,500" not in reply_text(text)  # the two sizes added up are no call anyone makes


def test_a_table_of_more_call_sizes_than_can_be_set_side_by_side_asks_which() -> None:
    text = ("Per-call offer $0.008 a request; per-token $1/M in $4/M out. Request sizes:\n\n"
            "| type | input | output |\n|---|---|---|\n| short | 500 | 100 |\n| medium | 2,000 | 300 |\n"
            "| long | 6,000 | 900 |\n\nper-token cost per request?")
    ask = parse(text)
    assert ask.fields.input_tokens_per_call is None
    assert any(a.field == "input_tokens_per_call" for a in ask.ambiguities)


def test_a_unit_of_work_said_without_a_verb_prices_its_calls_against_the_unit_fee() -> None:
    # each chat = 5 turns of 1,000 in / 250 out: 5 × ($0.002 + $0.002) = $0.02 a chat against $0.03; 20k chats a
    # month: $400.00 vs $600.00
    text = ("flat fee $0.03 per chat, each chat ~5 turns, turns are 1k in / 250 out, model $2/$8. 20k chats a month")
    assert_figures(text, ["$0.02", "$400.00", "$600.00"])


def test_a_fee_before_a_rate_pair_is_never_read_as_the_pairs_input_rate() -> None:
    # "fee $0.004, $1/$4": the fee, then the two rates (never $0.004 in and $1 out)
    fields = parse("Planned 2k in / 500 out per call, fee $0.004, $1/$4. ok?").fields
    assert (fields.per_call_fee, fields.input_rate, fields.output_rate) == (Decimal("0.004"), Decimal(1), Decimal(4))
    assert_figures("Planned 2k in / 500 out per call, fee $0.004, $1/$4. ok?", ["$0.004"])  # 2,000 × $1 + 500 × $4


@pytest.mark.parametrize(
    "text",
    ["A per-invocation price of $0.02 against $2 in and $8 out per million; invocations run 2,000 in / 500 out",
     "per-transaction fee of $0.02 vs $2/$8, 2k in 500 out"],
)
def test_a_fee_named_per_invocation_or_transaction_is_the_fee(text: str) -> None:
    ask = parse(text)
    assert ask.intent is Intent.PER_CALL and ask.fields.per_call_fee == Decimal("0.02")


@pytest.mark.parametrize(
    ("text", "crossover"),
    [
        # blended at 3:1: 0.75 × $1 + 0.25 × $3 = $1.50/1M; $0.006 × 1M ÷ $1.50 = 4,000
        ("crossover call size for $0.006/call vs $1 in / $3 out per million at 3:1?", "4,000"),
        # blended at 4:1: 0.8 × $2.5 + 0.2 × $10 = $4/1M; $0.01 × 1M ÷ $4 = 2,500
        ("break-even for a 1c flat fee against $2.50/$10 per M at 4:1?", "2,500"),
    ],
)
def test_a_ratio_right_after_the_rates_is_the_mix_of_the_crossover(text: str, crossover: str) -> None:
    assert parse(text).fields.input_share is not None
    assert_figures(text, [crossover])


@pytest.mark.parametrize(
    ("text", "fee"),
    [
        ("a cent and a half per call, calls 2k in / 300 out at $1/$4", Decimal("0.015")),
        ("two cents and a quarter a request vs $2/$8, 1k in 200 out", Decimal("0.0225")),
    ],
)
def test_a_fee_of_a_unit_and_a_fraction_is_read(text: str, fee: Decimal) -> None:
    assert parse(text).fields.per_call_fee == fee


def test_the_month_of_calls_is_named_beside_the_monthly_bills() -> None:
    # 1,500 calls an hour × 730 h = 1,095,000 calls a month
    text = "endpoint is $0.002 per call, 1,500 calls an hour 24/7, calls 600 in / 100 out, $1/$4. monthly both ways?"
    assert_figures(text, ["1,095,000 calls", "$2,190.00"])  # 1,095,000 × $0.002
