"""Per-call asks as reps write them (our own sentences): a fee said in pennies and a mix said in words ("two to one
in:out") give the crossover with no call size; a per-call offer whose fee is left out gets what can be worked out
(the per-token cost of the call over the stated volume, or the blended rate at the mix) and a question for the fee;
a ceiling on the prompt beside the call's own size is not a second size."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot import router
from bot.parse import parse
from tests.support.replies import assert_figures


def _asked(text: str) -> set[str]:
    return {m["field"] for m in router.answer(text, rate_cards={}).data["missing"]}


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # blended (2 × $1 + $4) / 3 = $2.00; $0.01 × 1M ÷ $2.00 = 5,000 tokens
        ("vendor's pitch: a penny per request. otherwise $1/M in, $4/M out; requests run two to one in:out. "
         "crossover?", ["$2.00/1M", "5,000 tokens per call"]),
        # blended (2 × $2 + $8) / 3 = $4.00; $0.02 × 1M ÷ $4.00 = 5,000 tokens
        ("two pennies a call vs $2/$8 per token, the token mix is two to one. past what call size does the fee win?",
         ["$4.00/1M", "5,000 tokens per call"]),
        # blended (3 × $3 + $15) / 4 = $6.00; $0.005 × 1M ÷ $6.00 = 833 tokens
        ("half a cent a call against $3/$15, three to one input to output: crossover size?",
         ["$6.00/1M", "833 tokens per call"]),
        # blended (3 × $0.40 + $1.60) / 4 = $0.70; $0.001 × 1M ÷ $0.70 = 1,429 tokens
        ("a tenth of a cent per request vs $0.40/$1.60 per token, 3-to-1 input/output. crossover?",
         ["1,429 tokens per call"]),
    ],
)
def test_a_fee_in_pennies_or_cents_and_a_mix_in_words_give_the_crossover(text: str, figures: list[str]) -> None:
    assert router.answer(text, rate_cards={}).intent == "per_call"
    assert_figures(text, figures)


@pytest.mark.parametrize(
    "text",
    [
        # the sides named before the parts: never "2 output tokens a call"
        "flat 1 cent per call vs $2/M input $8/M output. input:output about 2 to 1. what call size breaks even?",
        "in/out ratio of two to one, $0.01 a call vs $2/$8 per token: crossover?",
    ],
)
def test_a_mix_with_its_sides_named_first(text: str) -> None:
    fields = parse(text).fields
    assert fields.output_tokens_per_call is None
    assert fields.input_share is not None and round(fields.input_share, 4) == Decimal("0.6667")
    assert_figures(text, ["2,500 tokens per call"])  # $0.01 × 1M ÷ ((2 × $2 + $8) / 3 = $4.00)


def test_a_mix_said_in_words_is_the_same_mix_as_in_digits() -> None:
    words = parse("penny a call, $1/$4, calls run two to one input to output, crossover?").fields.input_share
    digits = parse("penny a call, $1/$4, calls run 2:1 input:output, crossover?").fields.input_share
    assert words == digits and words is not None and round(words, 4) == Decimal("0.6667")


@pytest.mark.parametrize(
    "text",
    [
        # a peak-to-average said "two to one" is no input:output mix
        "peak to average is two to one, 30% off provisioned: break-even utilization?",
        # "not a penny more" is a limit on spend, not a fee
        "not a penny more than $500 a month for the bot; 2k in / 500 out at $3/$15, 10k calls a month. monthly cost?",
    ],
)
def test_words_near_a_fee_or_a_mix_that_are_neither(text: str) -> None:
    fields = parse(text).fields
    assert fields.input_share is None
    assert fields.per_call_fee is None


def test_the_monthly_quote_beside_not_a_penny_more_is_unchanged() -> None:
    text = "not a penny more than $500 a month for the bot; 2k in / 500 out at $3/$15, 10k calls a month. monthly cost?"
    assert router.answer(text, rate_cards={}).intent == "quote"
    assert_figures(text, ["$0.0135", "$135.00"])  # (2,000 × $3 + 500 × $15) / 1M = $0.0135; × 10,000


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 1,500 × $2/1M + 300 × $8/1M = $0.003 + $0.0024 = $0.0054; × 3,000 = $16.20 a day; × 91,250 = $492.75 a month
        ("partner wants per-call billing; our calls are 1,500 in / 300 out at $2/$8 and we do 3k calls a day. "
         "cheaper?", ["$0.0054", "$16.20", "$492.75"]),
        # 2,500 × $1/1M + 500 × $4/1M = $0.0045; × 120,000 = $540.00 a month
        ("they want to bill us per request instead of per token. requests are 2,500 in / 500 out, rates $1/$4, "
         "120,000 requests a month. would per-request save money?", ["$0.0045", "$540.00"]),
        # 800 × $1/1M + 200 × $4/1M = $0.0016; × 2,000,000 = $3,200.00 a month
        ("they pay per request today, no idea of the fee yet. calls: 800 in / 200 out, $1/$4 per M, 2 million "
         "requests a month. is per-request costing them more?", ["$0.0016", "$3,200.00"]),
    ],
)
def test_a_per_call_offer_without_its_fee_prices_the_calls_and_asks_for_the_fee(text: str,
                                                                                 figures: list[str]) -> None:
    assert router.answer(text, rate_cards={}).intent == "per_call"
    assert "per_call_fee" in _asked(text)
    assert_figures(text, figures)


@pytest.mark.parametrize(
    ("text", "blended"),
    [
        # (4 × $1 + $5) / 5 = $1.80
        ("on a per-request plan, fee not quoted yet; 250k calls a month at 4:1 in:out, $1/$5 per token. crossover "
         "call size?", "$1.80/1M"),
        # (3 × $0.50 + $1.50) / 4 = $0.75
        ("client is on a per-call plan (no fee given), mix 3:1, $0.50/$1.50 per token; where's the crossover?",
         "$0.75/1M"),
    ],
)
def test_a_crossover_asked_without_the_fee_gives_the_blended_rate_and_asks(text: str, blended: str) -> None:
    assert router.answer(text, rate_cards={}).intent == "per_call"
    assert _asked(text) == {"per_call_fee"}
    assert_figures(text, [blended])


def test_with_the_fee_the_same_crossover_is_worked_out() -> None:
    # $0.002 × 1M ÷ $1.80 = 1,111 tokens
    text = "on a $0.002 per-request plan; 250k calls a month at 4:1 in:out, $1/$5 per token. crossover call size?"
    assert not _asked(text)
    assert_figures(text, ["1,111 tokens per call"])


def test_a_ceiling_beside_the_calls_own_size_is_not_a_second_size() -> None:
    # 2,400 × $2/1M + 300 × $8/1M = $0.0072; × 50,000 = $360.00 per-token vs 50,000 × $0.009 = $450.00 per-call
    text = ("Claims app limits each request to 3,000 tokens; calls are ~2,400 in / 300 out; 50,000 claims a month; "
            "$0.009 per claim flat or $2/$8 per token. what do we lead with?")
    reply = router.answer(text, rate_cards={})
    assert reply.intent == "scenario"
    assert not reply.data["ambiguities"]
    assert_figures(text, ["$0.0072", "$360.00", "$450.00"])
    assert "limits each request to 3,000 tokens" in reply.text  # named as not used


@pytest.mark.parametrize(
    "text",
    ["calls are 1,200 in / 300 out, never more than 4,000 tokens; $0.004 a call or $1/$4?",
     "max 8k tokens per call; 2k in/500 out; $0.01 a call vs $2/$8"],
)
def test_other_ceilings_beside_a_call_size(text: str) -> None:
    fields = parse(text).fields
    assert fields.input_tokens_per_call in (Decimal(1200), Decimal(2000))
    assert fields.tokens_per_call is None


def test_a_ceiling_said_alone_is_still_read() -> None:
    # with no other size, the ceiling is what the message gives (unchanged)
    assert parse("prompts capped at 2,400 tokens, $0.008 a call or $2.50/$10 per token").fields.input_tokens_per_call \
        == Decimal(2400)


@pytest.mark.parametrize(
    ("text", "blended"),
    [
        # (4 × $2 + $8) / 5 = $3.20
        ("How many tokens per call before the per-call plan stops being the cheaper deal? Mix is roughly 4:1 input "
         "to output on a $2/$8 per M model.", "$3.20/1M"),
        # (3 × $1 + $4) / 4 = $1.75
        ("At how many tokens a call does the flat per-call price stop winning? Input to output runs 3:1, rates $1/$4 "
         "per M.", "$1.75/1M"),
        # (2 × $3 + $15) / 3 = $7.00
        ("how many tokens per request until the per-call option is no longer cheaper? 2:1 in:out, $3/$15.",
         "$7.00/1M"),
    ],
)
def test_the_crossover_call_size_asked_without_a_fee_asks_for_the_fee(text: str, blended: str) -> None:
    reply = router.answer(text, rate_cards={})
    assert reply.intent == "per_call"
    assert blended in reply.text
    assert "per_call_fee" in _asked(text)
    assert "the fee per call" in reply.text


def test_how_many_tokens_a_call_uses_is_not_a_crossover() -> None:
    # a question about the calls themselves, with no per-call plan to weigh: no fee to ask for
    assert "per_call_fee" not in _asked("how many tokens per call do they send? 10k calls a day at $2/$8")
