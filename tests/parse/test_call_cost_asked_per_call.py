"""A call's per-token cost asked "per call" in shorthand is a quote, not a per-call fee comparison: "per call at 2k in /
300 out, 2/8?", "500 in 500 out at 3/15 per call", "1.2k in + 100 out @ 2/10 per M = 0.34c a call?" (a check: yes or no
with the arithmetic). "a/b" after the token counts is the input/output rate per million.

Expected figures are worked here: cost = input × input rate ÷ 1M + output × output rate ÷ 1M."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.format import money
from bot.parse import parse
from bot.parse.models import Intent
from tests.support.replies import reply_text

D = Decimal


def call_cost(inp: str, out: str, rin: str, rout: str) -> tuple[Decimal, Decimal]:
    return D(inp) * D(rin) / 1_000_000, D(out) * D(rout) / 1_000_000


@pytest.mark.parametrize(
    ("text", "inp", "out", "rin", "rout"),
    [
        ("per call at 2k in / 300 out, 2/8?", "2000", "300", "2", "8"),
        ("500 in 500 out at 3/15 per call", "500", "500", "3", "15"),
        ("cost of one call: 3k in, 250 out, $1.25/$10", "3000", "250", "1.25", "10"),
        ("does a call come in under a cent? calls are 900 tokens in, 120 out at $3/$15 per million", "900", "120",
         "3", "15"),
    ],
)
def test_a_calls_cost_asked_per_call_is_a_quote(text: str, inp: str, out: str, rin: str, rout: str) -> None:
    ask = parse(text)
    assert ask.intent is Intent.QUOTE, ask
    assert ask.fields.per_call_fee is None
    a, b = call_cost(inp, out, rin, rout)
    reply = reply_text(text)
    assert money(a) in reply and money(b) in reply and money(a + b) in reply, reply


@pytest.mark.parametrize(
    ("text", "claimed", "holds"),
    [
        ("1.2k in + 100 out @ 2/10 per M = 0.34c a call?", "0.0034", True),  # 0.0024 + 0.001 = 0.0034
        ("700 in, 300 out at $3/$15 = $0.01 a call, right?", "0.01", False),  # 0.0021 + 0.0045 = 0.0066
    ],
)
def test_a_call_cost_stated_after_the_rates_is_checked(text: str, claimed: str, holds: bool) -> None:
    ask = parse(text)
    assert ask.intent is Intent.QUOTE and ask.fields.claimed_call_cost == D(claimed), ask
    reply = reply_text(text)
    assert ("Yes" if holds else "No") in reply, reply


@pytest.mark.parametrize(
    "text",
    [
        "vendor wants $0.004 a call. our calls are 600 in / 150 out at $3/$15, which wins?",  # a fee, against tokens
        "per-call pricing vs per-token: calls are 2k in / 300 out at 2/8",  # the per-call structure named
        "they charge per call; calls are 1k in / 200 out, per-token would be $3/$15. fee not quoted yet",
    ],
)
def test_a_per_call_offer_stays_a_per_call_comparison(text: str) -> None:
    assert parse(text).intent is Intent.PER_CALL


def test_which_side_eats_the_bill_gives_the_shares() -> None:
    reply = reply_text("why is output dominating the cost? 2k in 1k out at 2/8 per call")
    # 0.004 in, 0.008 out: output 0.008 ÷ 0.012 = 66.67%
    assert "Output's share of the cost: $0.008 ÷ $0.012 = *66.67%*" in reply, reply
