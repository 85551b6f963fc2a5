"""Kinds of question and labels as reps write them: "peak:avg", "$3 / $0.30 read / $3.75 write", a cost asked "per
call?" (a quote, not a fee comparison), "what to propose" and "what's the lever" (a recommendation), and a CFO who
wants a per-transaction price (a fixed unit cost, which per-call pricing gives)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot import router
from bot.parse import parse
from tests.support.replies import assert_figures


@pytest.mark.parametrize(
    ("text", "par"),
    [("peak:avg about 3, sized for peak, 35% off - util?", Decimal(3)),
     ("peak/average ~1.8 and a 25% discount, they size to peak", Decimal("1.8"))],
)
def test_peak_to_average_written_with_a_colon_or_slash(text: str, par: Decimal) -> None:
    assert parse(text).fields.peak_to_average == par


def test_a_price_set_against_a_cache_read_price_is_the_input_rate() -> None:
    f = parse("500 calls/day, 6k prefix, $2.50 / $0.25 read / $3.125 write, 70% hits. worth it?").fields
    assert (f.input_rate, f.cache_read_rate, f.cache_write_rate) == (Decimal("2.5"), Decimal("0.25"),
                                                                     Decimal("3.125"))


@pytest.mark.parametrize(
    "text",
    ["1,500 in / 400 out per call, $2/$8 per MTok. per call?",
     "three thousand in, six hundred out, rates one dollar and four dollars per million - cost per request",
     "800 in / 200 out at $0.50/$1.50, what's it per call?"],
)
def test_a_cost_asked_per_call_is_a_quote(text: str) -> None:
    assert router.answer(text, rate_cards={}).intent == "quote"


@pytest.mark.parametrize(
    "text",
    ["1,500 in / 400 out per call at $2/$8; the vendor wants $0.01 per call. which is cheaper?",
     "vendor charges per call, $0.004 a request; calls are 900 in / 100 out at $1/$3"],
)
def test_a_fee_still_makes_a_per_call_comparison(text: str) -> None:
    assert router.answer(text, rate_cards={}).intent == "per_call"


@pytest.mark.parametrize(
    ("text", "structure"),
    [
        ("support bot - the same 40-page policy manual prepended to every chat, agents use it all day. what's the "
         "lever?", "Prompt caching"),
        ("claims intake: one call per claim form, prompts capped, finance wants a per-document price. fit?",
         "Per-call"),
        ("steady production workload, ~85% util of what they'd commit, peak-to-average 1.2, big volume all year. "
         "what to propose?", "Provisioned throughput"),
    ],
)
def test_recommendation_questions_in_reps_words(text: str, structure: str) -> None:
    reply = router.answer(text, rate_cards={})
    assert reply.intent == "scenario"
    assert f"*{structure}: recommended.*" in reply.text


@pytest.mark.parametrize(
    ("text", "fee"),
    [
        ("their fee's now $0.015 (was 2c); calls 1k in / 250 out at $2/$8. crossover?", Decimal("0.015")),
        ("the fee is now 0.8 cents; calls 1k in / 250 out at $2/$8", Decimal("0.008")),
        ("at what call size does a 2¢ fee beat $1/$4? mix 4:1 in:out", Decimal("0.02")),
        ("they quote a $0.006 flat fee; calls 1k in / 250 out at $2/$8", Decimal("0.006")),
    ],
)
def test_a_fee_in_more_wordings(text: str, fee: Decimal) -> None:
    ask = parse(text)
    assert ask.fields.per_call_fee == fee
    assert ask.intent == "per_call"


@pytest.mark.parametrize("text", ["there's a $500 setup fee and a $200 monthly platform fee; 40% off PTUs at 80%",
                                  "a $20 fee per month for the dashboard, 10k calls a day, 1k in / 200 out at $1/$2"])
def test_fees_that_are_not_per_call_stay_out(text: str) -> None:
    assert parse(text).fields.per_call_fee is None


@pytest.mark.parametrize(
    ("text", "discount", "utilization"),
    [
        ("if utilisation falls to 30% on a 30% discount, how far over on-demand?", Decimal("0.3"), [Decimal("0.3")]),
        ("util at 55% with 45% off provisioned - cost vs OD?", Decimal("0.45"), [Decimal("0.55")]),
    ],
)
def test_a_label_past_the_next_percentage_is_that_ones(text: str, discount: Decimal,
                                                       utilization: list[Decimal]) -> None:
    f = parse(text).fields
    assert (f.discount, f.utilization) == (discount, utilization)


def test_two_alternatives_still_share_the_label_after_them() -> None:
    assert parse("40% or 50% off provisioned at 80% utilisation").ambiguities


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("TTL = ? the buyer asked, I wasn't sure", "ttl"),
        ("why does data residency matter for the bedrock premium?", "data-residency"),
        ("MTok??", "mtok"),
        ("what's an MTok again", "mtok"),
    ],
)
def test_a_name_asked_about_gets_its_glossary_entry(text: str, term: str) -> None:
    ask = parse(text)
    assert (ask.intent, ask.fields.term) == ("glossary", term)


@pytest.mark.parametrize("text", ["discount = 40%, util = 70%, cost vs on-demand?", "why does it matter?"])
def test_figures_or_no_named_term_are_not_a_glossary_question(text: str) -> None:
    assert parse(text).intent != "glossary"


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("they're billed $24,000 a month at $0.012 per request; requests ~2k in / 500 out. per-token at $3/$15?",
         ["$24,000.00 ÷ $0.012 = *2,000,000 calls*", "$27,000.00", "$24,000.00"]),
        ("we spend $900/week at 0.3c a call; calls are 500 in / 100 out; what would per-token at $1/$5 be?",
         ["$900.00 ÷ $0.003 = *300,000 calls*", "$300.00"]),
    ],
)
def test_a_bill_paid_at_a_per_call_fee_gives_the_calls(text: str, figures: list[str]) -> None:
    assert router.answer(text, rate_cards={}).intent == "per_call"
    assert_figures(text, figures)


def test_a_bill_not_paid_at_the_fee_is_not_a_volume() -> None:
    f = parse("we pay $2k/mo for hosting; the API is $0.01 per call, 1k in / 200 out at $1/$2").fields
    assert f.fee_spend is None and f.calls_per_day is None
