"""Deal questions in reps' own words, by class of wording (not sentences from a scored batch): each reply carries
the figures a rep would work out by hand from what the question states."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot import router
from bot.parse import parse


def _reply(text: str) -> str:
    return router.answer(text, rate_cards={}).text


def _assert_figures(text: str, figures: list[str]) -> None:
    reply = _reply(text)
    missing = [f for f in figures if f not in reply]
    assert not missing, f"{missing} not in:\n{reply}"


# --- money written with the currency after the number, as words, or in thousands ("grand") -----------------
@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 40M × $1.20 + 8M × $6 = $96 a day
        ("rates 1,2 $/M in and 6 $/M out, 40M input and 8M output a day - daily cost?", ["*$96.00*"]),
        # 3M × $4 + 1M × $12 = $24 a day
        ("4 dollars and 12 dollars per million, 3M in + 1M out per day", ["*$24.00*"]),
        # 15,000 × 0.70 ÷ 0.75
        ("they burn through fifteen grand a month on-demand; 30% off provisioned at 75% utilised - new monthly bill?",
         ["*$14,000.00* a month"]),
        # 20,000 × 0.75 ÷ 0.90
        ("USD 20,000 a month on-demand, 25% discount, 90% utilization - monthly bill?", ["*$16,666.67* a month"]),
        # the period before the amount: 36,000 × 0.75 ÷ 0.60
        ("on-demand bill this month came to 36k USD; provisioned at a quarter off; they'd use 60% of capacity. bill?",
         ["*$45,000.00* a month"]),
        # 3×10^7 × $2 + 5×10^6 × $10 = $110 a day
        ("3x10^7 input tokens a day and output 5x10^6, $2/M and $10/M", ["*$110.00*"]),
    ],
)
def test_money_and_number_forms(text: str, figures: list[str]) -> None:
    _assert_figures(text, figures)


# --- every rate keeps the label next to it; every token count keeps its own period --------------------------
@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # the label right before the dollar sign: 120M × $0.25 + 30M × $1.25
        ("daily volume 120M in, 30M out; in $0.25/M out $1.25/M", ["$30.00", "$37.50", "*$67.50*"]),
        # two rates with their units, in the order of the token counts: 500M × $0.20 + 100M × $0.80 a month
        ("$0.20/M and $0.80/M for 500M input and 100M output tokens a month", ["*$180.00*", "input $100.00",
                                                                               "output $80.00"]),
        # "N in at $X": 400M × $0.50 + 80M × $2
        ("400M in at $0.5 and 80M out at $2 - what's the damage?", ["$200.00", "$160.00", "*$360.00*"]),
        # a period leading the sentence: (2M × $1 + 250k × $5) × 730 hours
        ("every hour they push 2M input tokens and 250k output at $1/M and $5/M - monthly?", ["*$2,372.50*"]),
        # a total over a year split by shares: 27B × $0.50 + 9B × $2
        ("36B tokens over a year, 75% input / 25% output, $0.5/M in and $2/M out. yearly cost?",
         ["*$31,500.00*", "input $13,500.00", "output $18,000.00"]),
        # a total a month split by a ratio: 600M × $3 + 300M × $15
        ("total 900M tokens a month, 2:1 input to output mix, $3 / $15", ["*$6,300.00*"]),
        # context sent and tokens "back": (6k × $1 + 800 × $4) × 2,000
        ("each request sends 6k tokens of context and gets about 800 back; 2,000 requests a day at $1/$4",
         ["*$0.0092*", "*$18.40*"]),
        # a label before the count with no "tokens": 500M × $0.30 + 100M × $1.20 a month
        ("input 5e8 a month at $0.3/M, output 1e8 at $1.2/M", ["*$270.00*"]),
    ],
)
def test_rates_and_token_periods(text: str, figures: list[str]) -> None:
    _assert_figures(text, figures)


def test_a_cached_input_rate_is_not_the_input_rate() -> None:
    f = parse("2,000-token prefix, input $1/M, cached input $0.25/M, 40k calls a day. daily saving?").fields
    assert (f.input_rate, f.cache_read_rate) == (Decimal(1), Decimal("0.25"))


def test_a_repeated_percentage_is_not_asked_about_again() -> None:
    ask = parse("they promise an 80% hit rate. 6k prefix, in $2 read $0.20 write $2.50, 20k calls/day. net at 80%?")
    assert ask.fields.hit_ratio == Decimal("0.8")
    assert not ask.ambiguities


def test_two_equal_percentages_of_different_kinds_are_both_read() -> None:
    f = parse("azure list +12% and an EA discount of 12%. effective markup?").fields
    assert (f.markup, f.ea_discount) == (Decimal("0.12"), Decimal("0.12"))


# --- per-call fees in every form ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # a described call: 5k × $2 + 700 × $8 = $0.0156 against $0.03
        ("vendor bills $0.03 per summarisation request; our requests are 5k in / 700 out at $2/$8",
         ["*$0.0156*", "*$0.03*"]),
        # a fee per thousand: $4 / 1,000 pages = $0.004 a page; 50k pages a month
        ("OCR at $4 per 1,000 pages vs a vision model at ~900 input + 150 output tokens a page at $1/$4; 50k pages a "
         "month", ["*$0.004*", "$75.00 vs $200.00"]),
        # "the fee is": crossover at a 9:1 mix, $0.02 ÷ $0.65/M
        ("fee is 2c and the mix is 9:1 at $0.50/$2 - breakeven tokens per call?", ["*30,769 tokens per call*"]),
        # a small number word in cents: 150k × $0.02 a day against 150k × $0.0041
        ("two cents a request, 150k requests a day, 2,500 in / 400 out at $1/$4", ["$615.00 vs per-call $3,000.00"]),
        # embeddings have no output: 800 × $0.02/M, crossover $0.00005 ÷ $0.02/M
        ("embeddings priced $0.00005 per call or $0.02 per M tokens; chunks ~800 tokens. which?",
         ["*$0.000016*", "*2,500 tokens per call*"]),
    ],
)
def test_per_call_fee_forms(text: str, figures: list[str]) -> None:
    _assert_figures(text, figures)
    assert router.answer(text, rate_cards={}).intent == "per_call"


def test_a_monthly_fee_is_not_a_per_call_fee() -> None:
    assert parse("the platform fee is $500/month and calls are 2k in / 300 out at $1/$4").fields.per_call_fee is None


# --- spend stated in words around "on-demand" and "direct" ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 8 × $4 × 730 h against $30,000
        ("the same traffic on-demand runs them about $30k/month; 8 PTUs at $4/PTU-hour. cheaper?",
         ["*$23,360.00*", "$6,640.00 a month less"]),
        # $20,000 × (1.18 × 0.90)
        ("direct, this workload costs $20k a month; Vertex lists it 18% higher and their EA knocks 10% off",
         ["*6.2%*", "*$21,240.00* a month"]),
    ],
)
def test_spend_in_words(text: str, figures: list[str]) -> None:
    _assert_figures(text, figures)


def test_a_grouped_amount_is_never_a_call_volume() -> None:
    f = parse("budget is $15,000/mo; 2k in / 300 out per call at $1/$4").fields
    assert f.calls_per_day is None
