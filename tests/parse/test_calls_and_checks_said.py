"""Per-call and quote asks as reps paste them: a fee named by its vendor or contract, a growth stated with both call
sizes, a crossover asked beside a workload, what a call gets back, a side in brackets, units of work, one model
named twice, each model's own rates, a discount read from two rates, and markup claims checked (our own sentences,
not a scored batch's)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import Intent, parse
from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize("text", [
    "the per-call vendor at $0.01, or Haiku per-token at $1/M in, $5/M out; calls ~2,000 in and 400 out",
    "they signed a per-call contract at $0.01; on Haiku that's $1/M in and $5/M out, 2,000 in / 400 out per call",
    "a per-request provider at $0.01 against $1/$5 per million, calls of 2,000 in / 400 out",
])
def test_a_fee_named_by_its_vendor_or_contract(text: str) -> None:
    ask = parse(text)
    assert ask.intent is Intent.PER_CALL
    assert ask.fields.per_call_fee == Decimal("0.01")


def test_a_growth_stated_with_both_call_sizes_keeps_the_planned_one() -> None:
    # planned 2,000 x $1/M + 400 x $5/M = $0.004; grown 2x: $0.008
    fields = parse("per-call deal at $0.006; they planned 2,000 in / 400 out but calls now run 2x bigger (4,000 in / "
                   "800 out). $1/M in, $5/M out: per-token cost at each size?").fields
    assert (fields.input_tokens_per_call, fields.output_tokens_per_call, fields.growth) == (
        Decimal(2000), Decimal(400), Decimal(2))


def test_a_crossover_asked_beside_a_workload_is_the_per_call_comparison() -> None:
    # blended (5 x $1 + $5) / 6 = $1.6667/M; $0.01 / $1.6667/M = 6,000 tokens
    text = ("RAG agent platform quotes 1 cent a call; underlying model $1/M in, $5/M out, agent calls average 5,000 in "
            "and 1,000 out. which structure is cheaper and what's the crossover?")
    assert parse(text).intent is Intent.PER_CALL
    assert_figures(text, ["6,000 tokens per call"])


def test_tokens_then_a_period_asked_on_the_next_line_stay_per_call() -> None:
    fields = parse("vendor: 0.5 cents per call, 200k calls a week; on $1/$4 per million at 2,000 in / 500 out\n"
                   "weekly cost both ways?").fields
    assert (fields.input_tokens_per_call, fields.output_tokens_per_call) == (Decimal(2000), Decimal(500))
    assert fields.input_tokens_per_day is None


@pytest.mark.parametrize(("text", "tokens"), [
    ("each summary request sends about 3,000 tokens and gets back about 250; 10k requests a day at $2/$8",
     (Decimal(3000), Decimal(250))),
    ("prompts of ~1,500 tokens, the model returns ~600 tokens, 5k calls a day at $1/$4", (Decimal(1500), Decimal(600))),
    ("product blurbs: short spec in (~150 tokens), long copy out (~900 tokens), 2k calls a day at $2/$8",
     (Decimal(150), Decimal(900))),
])
def test_what_a_call_sends_and_gets_back(text: str, tokens: tuple[Decimal, Decimal]) -> None:
    fields = parse(text).fields
    assert (fields.input_tokens_per_call, fields.output_tokens_per_call) == tokens


def test_units_of_work_are_the_call_volume_and_one_model_named_twice_is_one() -> None:
    # 200 drafts x (4,000 x $3/M + 1,000 x $15/M) = 200 x $0.027 = $5.40 a day
    text = "Claude Sonnet for contract drafts, ~200 drafts a day, 4,000 in / 1,000 out, Sonnet at $3/$15. daily cost?"
    ask = parse(text)
    assert ask.intent is Intent.QUOTE
    assert ask.fields.calls_per_day == 200
    assert_figures(text, ["$0.027", "$5.40"])


def test_each_models_own_rates_are_used_side_by_side() -> None:
    # GPT-4.1 50k x (800 x $2 + 100 x $8)/M = $120.00 a day; mini 50k x (800 x $0.40 + 100 x $1.60)/M = $24.00
    text = "GPT-4.1 or GPT-4.1 mini for routing: 50k calls a day, 800 in, 100 out. GPT-4.1 $2/$8, mini $0.40/$1.60. " \
           "compare daily cost"
    assert parse(text).fields.compare_rates == [(Decimal(2), Decimal(8)), (Decimal("0.4"), Decimal("1.6"))]
    assert_figures(text, ["$120.00", "$24.00"])


def test_a_discount_is_read_from_an_on_demand_rate_and_a_provisioned_one() -> None:
    # 1 - $5.60 / $8.00 = 30%; break-even 70%
    text = ("on-demand works out at $8.00 per million tokens blended, and the reserved capacity comes to $5.60 per "
            "million at full load. what discount is that and where's break-even?")
    assert_figures(text, ["30%", "70%"])


def test_a_provisioned_rate_above_on_demand_is_refused_not_priced() -> None:
    reply = reply_text("on-demand is $8.00 per million blended; the provisioned offer works out at $9.00 per million. "
                       "break-even?")
    assert "out of range" in reply


@pytest.mark.parametrize(("text", "figures"), [
    # (1 + 30%) x (1 - 20%) - 1 = 4%, not 10%
    ("is it right that a 30% list markup less a 20% EA discount is a 10% effective markup?", ["4%", "No"]),
    # (1 + 20%) x (1 - 10%) - 1 = 8%: the claim holds
    ("20% markup, 10% EA: so the net premium is 8%, correct?", ["8%", "Yes"]),
])
def test_an_effective_markup_claimed_is_checked(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


def test_a_premium_claimed_on_a_usage_amount_is_checked() -> None:
    # (1 + 30%) x (1 - 20%) - 1 = 4%: on $200k, $8,000 extra, not $60k
    assert_figures("Their CFO: 'Bedrock is 30% over direct, so on our $200k of usage we pay $60k extra.' They have a "
                   "20% EA discount. right?", ["4%", "$8,000.00", "$60,000.00"])


@pytest.mark.parametrize(("text", "verdict"), [
    # 2,000 x $2/M + 500 x $8/M = $0.008: the claim holds
    ("their lead says 2k in and 500 out on GPT-4.1 works out to about 0.8 cents a call at $2/$8, so $8k a month at 1M "
     "calls. right?", "Yes"),
    # 2,000 x $3/M + 500 x $15/M = $0.0135, not $0.01
    ("CTO: 'each request is 2,000 tokens in and 500 out, that's a cent a call at $3/$15.' correct?", "No"),
])
def test_a_calls_cost_worked_out_at_stated_rates_is_checked_not_a_fee(text: str, verdict: str) -> None:
    ask = parse(text)
    assert ask.intent is Intent.QUOTE
    assert ask.fields.per_call_fee is None
    assert f"{verdict}: the call costs" in reply_text(text)
