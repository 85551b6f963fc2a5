"""Per-call asks in the words reps use (our own sentences): a bare rate pair "per mil", rates said as spoken amounts,
the input:output mix said as parts, and a second call size beside the planned one (both priced)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot import router
from bot.parse import parse


def _reply(text: str) -> str:
    return router.answer(text, rate_cards={}).text


@pytest.mark.parametrize(
    ("text", "rates"),
    [
        ("flat 3c a call or 2/10 per mil, 1k in 300 out?", (Decimal(2), Decimal(10))),
        ("per-call $0.01 against 0.5/1.5 a mil; calls are 4k in and 200 out", (Decimal("0.5"), Decimal("1.5"))),
        ("1 cent per request vs four bucks a mil in and twelve out, 800 in / 300 out per call",
         (Decimal(4), Decimal(12))),
    ],
)
def test_rates_said_without_a_dollar_sign_or_as_spoken_amounts(text: str, rates: tuple[Decimal, Decimal]) -> None:
    fields = parse(text).fields
    assert (fields.input_rate, fields.output_rate) == rates
    assert fields.output_tokens_per_call != rates[1]  # the output rate is never read as a token count


@pytest.mark.parametrize(
    ("text", "share", "crossover"),
    [
        # blended (4 × 2 + 8) ÷ 5 = $3.20/M; $0.016 ÷ $3.20 × 1M = 5,000 tokens
        ("endpoint at 1.6 cents a call vs $2 in and $8 out per million; calls run four parts input to one part "
         "output. where's the crossover?", Decimal("0.8"), "5,000 tokens per call"),
        # blended (9 × 1 + 5) ÷ 10 = $1.40/M; $0.007 ÷ $1.40 × 1M = 5,000 tokens
        ("per-call price 0.7 cents; per-token $1 in, $5 out per M, about 9 tokens in for every one out. call size "
         "where they meet?", Decimal("0.9"), "5,000 tokens per call"),
    ],
)
def test_the_mix_said_as_parts(text: str, share: Decimal, crossover: str) -> None:
    assert parse(text).fields.input_share == share
    assert crossover in _reply(text)


@pytest.mark.parametrize(
    ("text", "planned", "other"),
    [
        # planned 1,000 × $2 + 250 × $8 = $0.004; real 3,000 × $2 + 600 × $8 = $0.0108 against $0.008
        ("we priced the extractor at $0.008 a call on a $2/$8 model, planning for 1k in / 250 out, but the logs show "
         "3k in / 600 out. cost per call both ways?", "*$0.004*",
         "• Per-token cost of a 3,000 in / 600 out call: input 3,000 × $2.00/1M = $0.006; output 600 × $8.00/1M = "
         "$0.0048; together $0.006 + $0.0048 = *$0.0108* against the $0.008 fee → the flat fee is cheaper by $0.0028 "
         "a call — *the cheaper structure flips* between the two sizes."),
        # output held at 100: 2,000 × $1 + 100 × $4 = $0.0024; 6,000 × $1 + 100 × $4 = $0.0064 against $0.005
        ("flat $0.005 per call vs $1/$4 per M. output stays at 100 tokens; per-token cost per call at 2k in, and if "
         "prompts grow to 6k in?", "*$0.0024*",
         "• Per-token cost of a 6,000 in / 100 out call: input 6,000 × $1.00/1M = $0.006; output 100 × $4.00/1M = "
         "$0.0004; together $0.006 + $0.0004 = *$0.0064* against the $0.005 fee"),
    ],
)
def test_a_second_call_size_is_priced_beside_the_planned_one(text: str, planned: str, other: str) -> None:
    ask = parse(text)
    assert not ask.ambiguities and len(ask.fields.other_call_tokens) == 2
    reply = _reply(text)
    assert planned in reply and other in reply


@pytest.mark.parametrize(
    ("text", "rates"),
    [
        ("model's one fifty in and six dollars out per million; 200M in and 40M out a month. bill?",
         (Decimal("1.5"), Decimal(6))),
        ("priced at three seventy-five in, fifteen out per mil, 2k in / 300 out a call, 1 cent a call flat",
         (Decimal("3.75"), Decimal(15))),
    ],
)
def test_dollars_and_cents_said_as_two_numbers_before_a_side(text: str, rates: tuple[Decimal, Decimal]) -> None:
    fields = parse(text).fields
    assert (fields.input_rate, fields.output_rate) == rates


def test_two_numbers_before_a_side_without_a_per_million_price_stay_counts() -> None:
    assert parse("they run 2 50 in batches a day").fields.input_rate is None
