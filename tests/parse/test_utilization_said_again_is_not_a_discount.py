"""A utilization said twice ("expected utilization 85% ... worth it at 85%?") is one utilization: the second mention
never becomes the discount, so a break-even without a discount asks for it instead of computing with 85% off."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import reply_text


@pytest.mark.parametrize("text", [
    "Expected utilization: 85%. Is provisioned worth it at 85%?",
    "Expected utilization of reserved capacity: 85%\nProvisioned discount: pending, not in yet\nworth it at 85%?",
    "they'd sit at 70% utilisation most of the year, does PT pay off at 70%?",
    "util 60% on the committed units. would PTUs make sense at 60%?",
])
def test_the_utilization_repeated_in_the_question_leaves_the_discount_to_ask_for(text: str) -> None:
    ask = parse(text)
    assert ask.fields.discount is None, text
    assert len(set(ask.fields.utilization)) == 1
    reply = reply_text(text)
    assert "the provisioned discount versus on-demand" in reply, reply
    assert "1 − 85% = 15%. Below that" not in reply


@pytest.mark.parametrize("text, discount, utilization", [
    ("utilization 85%, worth it at 85% with a 30% discount?", "0.3", "0.85"),
    ("util 80%, 35% off, worth it at 80%?", "0.35", "0.8"),
    ("we run at 70%, PT discount would be 25%, breakeven?", "0.25", "0.7"),
    ("PTUs at 30% off, does it pay off at 80%?", "0.3", "0.8"),  # "pay off" is not "off"
])
def test_a_discount_given_beside_it_is_still_read(text: str, discount: str, utilization: str) -> None:
    ask = parse(text)
    assert ask.fields.discount == Decimal(discount)
    assert set(ask.fields.utilization) == {Decimal(utilization)}
