"""Prices and amounts a phone types in words: "per token would be 3 in 15 out" (prices per million of each side, and
"600 in / 100 out" still a call's size), "three in fifteen out." beside a call's size, "twenty five k a month" on
demand or going direct, "wud", and a cost share "land at 80% of what on-demand would cost". Our own sentences."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import reply_text


@pytest.mark.parametrize(
    "text",
    [
        "vendor wants a cent a call. calls are ~1,500 in / 300 out and per token would be 2 in 10 out. cheaper?",
        "fee is one cent per call. our calls run 1,500 in and 300 out, going direct per token its two in ten out",
        "1,500 in and 300 out each call, 20k calls a day. two in ten out. monthly?",
    ],
)
def test_side_prices_said_without_a_unit(text: str) -> None:
    fields = parse(text).fields
    assert (fields.input_rate, fields.output_rate) == (Decimal(2), Decimal(10))


def test_a_calls_size_after_per_token_stays_a_size() -> None:
    fields = parse("per-call is $0.002 vs per-token 600 in / 100 out at $1/$4 per M. which wins?").fields
    assert (fields.input_tokens_per_call, fields.output_tokens_per_call) == (Decimal(600), Decimal(100))
    assert (fields.input_rate, fields.output_rate) == (Decimal(1), Decimal(4))


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("3 units at nine bucks an hr each all month, on demand would run em about fifteen k a month. saving?",
         "on_demand_spend", 15000),
        ("going direct wud be about thirty k a month. azure lists 20% higher, EA takes 10 off. what would they pay?",
         "direct_spend", 30000),
    ],
)
def test_amounts_said_in_words_with_k(text: str, field: str, value: int) -> None:
    assert getattr(parse(text).fields, field) == Decimal(value)


def test_a_cost_share_of_on_demand_is_the_saving_wanted() -> None:
    text = "they want provisioned to land at 75% of what on-demand wud cost at 60% utilization. discount needed?"
    assert "55%" in reply_text(text)  # 1 − 0.6 × 0.75
