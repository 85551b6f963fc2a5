"""Per-call asks in more of the words reps use (our own sentences, not a scored batch's): a range of call volumes, a
mix said "3:1 input-to-output" beside a call's total tokens, "is per-call a good idea ... crossover?" without a fee,
a fee against a per-token amount a call, the fee named after the vendor or contract, a planned call and the same
call grown by a stated factor, and a period asked for after the call's tokens."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from bot.parse.models import Intent
from pricing.errors import OutOfRangeError
from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        ("between 20k and 30k requests a day at $0.002 a call, 800 in / 200 out at $1/$4. monthly?",
         [Decimal(20000), Decimal(30000)]),
        ("fee is 0.5 cents a call; volume 3 to 4 million calls a month; calls are 600 in / 100 out on $0.50/$2",
         [Decimal(3_000_000) * 24 / 730, Decimal(4_000_000) * 24 / 730]),
    ],
)
def test_a_range_of_call_volumes_is_each_worked_out(text: str, calls: list[Decimal]) -> None:
    fields = parse(text).fields
    assert [round(c, 4) for c in fields.compare_calls] == [round(c, 4) for c in calls]
    assert fields.calls_per_day is not None and round(fields.calls_per_day, 4) == round(calls[0], 4)


def test_each_end_of_a_range_gets_its_month() -> None:
    # 20,000 a day × 730 ÷ 24 = 608,333.33 calls: $973.33 vs $1,216.67; 30,000 a day: 912,500 calls, $1,460 vs $1,825
    assert_figures("between 20k and 30k requests a day at $0.002 a call, 800 in / 200 out at $1/$4. monthly?",
                   ["$973.33", "$1,216.67", "$1,460.00", "$1,825.00"])


def test_a_range_outside_a_per_call_ask_is_still_asked_about() -> None:
    ask = parse("8-12k calls/day, 2k prefix, $3 in / $0.30 read")
    assert ask.fields.calls_per_day is None and any(a.field == "calls_per_day" for a in ask.ambiguities)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 4:1 mix at $2/$6: blended (4 × 2 + 6) ÷ 5 = $2.80/M; 5,000 tokens now = $0.014; crossover $0.021 ÷ $2.80/M
        # = 7,500 tokens
        ("crossover for a 2.1 cent flat fee at a 4:1 input-to-output mix on $2 in / $6 out? calls are about 5,000 "
         "tokens today", ["$0.014", "7,500"]),
        # 1:3 output-to-input is 3:1 input:output: (3 × 1 + 3) ÷ 4 = $1.50/M; $0.006 ÷ $1.50/M = 4,000 tokens
        ("fee of $0.006 a call, 1:3 output-to-input, rates $1/$3, calls ~2,000 tokens. where's the crossover?",
         ["4,000"]),
    ],
)
def test_a_mix_said_input_to_output_splits_the_calls_tokens(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


def test_is_per_call_a_good_idea_with_a_crossover_asked_is_the_per_call_comparison() -> None:
    text = ("they're asking about per-call billing. calls are 3k in / 600 out at $2 / $8. would per-call be a good "
            "idea, and where's the crossover?")
    ask = parse(text)
    assert ask.intent is Intent.PER_CALL
    reply = reply_text(text)
    assert "fee per call" in reply and "$0.0108" in reply  # asks for the fee; shows the per-token cost to beat


def test_a_fee_with_a_crossover_asked_beside_a_structure_question_is_the_per_call_comparison() -> None:
    text = ("agent platform quoted 2 cents a call; underlying model $2 in / $8 out, calls average 5,000 in and "
            "1,000 out. which structure is cheaper for them and what's the crossover?")
    assert parse(text).intent is Intent.PER_CALL
    assert_figures(text, ["$0.018"])  # 5,000 × $2/1M + 1,000 × $8/1M


@pytest.mark.parametrize(
    "text",
    [
        "vendor fee is 1.5 cents and the per-token equivalent works out to $0.011 per call. monthly difference?",
        "per-call $0.03 vs per-token cost of $0.024 a call - what's that a month?",
    ],
)
def test_a_fee_against_a_per_token_amount_a_call_asks_only_for_the_calls(text: str) -> None:
    ask = parse(text)
    assert ask.fields.per_token_call_cost is not None and not ask.ambiguities
    reply = reply_text(text)
    assert "the call volume" in reply and "the tokens, input and output" not in reply


def test_a_fee_against_a_per_token_amount_a_call_over_a_month() -> None:
    # $0.03 − $0.024 = $0.006 a call; 20,000 a day × 730 ÷ 24 = 608,333.33 calls: $14,600 vs $18,250, $3,650
    assert_figures("per-call $0.03 vs per-token cost of $0.024 a call, 20k calls a day - monthly difference?",
                   ["$0.006", "$14,600.00", "$18,250.00", "$3,650.00"])


def test_the_fee_gap_engine() -> None:
    from pricing.per_call import fee_gap

    gap = fee_gap(Decimal("0.011"), Decimal("0.008"))
    assert (gap.difference, gap.cheaper) == (Decimal("0.003"), "per_token")
    assert fee_gap(Decimal("0.005"), Decimal("0.008")).cheaper == "per_call"
    assert fee_gap(Decimal("0.008"), Decimal("0.008")).cheaper == "equal"
    with pytest.raises(OutOfRangeError):
        fee_gap(Decimal("-0.01"), Decimal("0.008"))


@pytest.mark.parametrize(
    ("text", "fee"),
    [
        ("per-call vendor at $0.004; model $0.20/M in, $0.80/M out; calls 6,000 in and 1,500 out. crossover?",
         Decimal("0.004")),
        ("they signed a per-call contract at $0.012, calls run 2k in / 500 out on $3/$15", Decimal("0.012")),
    ],
)
def test_a_fee_named_after_the_vendor_or_contract(text: str, fee: Decimal) -> None:
    assert parse(text).fields.per_call_fee == fee


def test_a_planned_call_and_the_same_call_grown_by_the_stated_factor() -> None:
    text = ("planned 500 in / 100 out a call at a $0.002 per-call price; real calls are 4x bigger (2,000 in / 400 "
            "out). per-token at $1/$4 for both sizes, and the crossover?")
    fields = parse(text).fields
    assert (fields.input_tokens_per_call, fields.output_tokens_per_call, fields.growth) == (
        Decimal(500), Decimal(100), Decimal(4))
    # planned 500 × $1/1M + 100 × $4/1M = $0.0009; 4× = $0.0036
    assert_figures(text, ["$0.0009", "$0.0036"])


def test_a_period_asked_after_the_calls_tokens_is_not_their_period() -> None:
    fields = parse("500k calls a week at 0.3 cents each; on $0.50/$2 at 2,000 in / 300 out\n"
                   "weekly cost both ways?").fields
    assert (fields.input_tokens_per_call, fields.output_tokens_per_call) == (Decimal(2000), Decimal(300))
    assert fields.input_tokens_per_day is None


def test_a_call_size_against_one_blended_rate_needs_no_split() -> None:
    # 2,000 tokens × $5/1M = $0.01 a call; crossover $0.015 ÷ $5/1M = 3,000 tokens
    text = "calls are ~2,000 tokens each. flat fee $0.015 a call vs $5/M blended per token. which wins, and crossover?"
    assert_figures(text, ["$0.01", "3,000"])
    assert "the tokens, input and output" not in reply_text(text)


@pytest.mark.parametrize(
    ("text", "fee"),
    [
        ("the gateway charges $0.002 for every model call it forwards; calls are 900 in / 90 out at $0.50/$1.50",
         Decimal("0.002")),
        ("a flat $0.01 on every request, calls 4k in / 1k out on $1/$4 - crossover?", Decimal("0.01")),
    ],
)
def test_a_fee_for_every_call(text: str, fee: Decimal) -> None:
    assert parse(text).fields.per_call_fee == fee
