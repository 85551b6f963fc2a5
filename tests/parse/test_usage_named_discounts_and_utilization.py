"""A discount said "on their usage" or "load = 30% cheaper" stays the discount (usage and load name what it is
measured on), and "util 35% cheaper than on-demand" is read as the question only when no other figure is the
utilization. The right readings that named the utilization before its figure still hold. Our own sentences."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import reply_text


@pytest.mark.parametrize(
    ("text", "discount", "utilization"),
    [
        # the reviewer's two
        ("PT would be on their current usage 35% cheaper than on-demand. they run at 80%. worth it?", "0.35", "0.8"),
        ("usage = 30% cheaper; util 75%", "0.3", "0.75"),
        # near-misses of our own: usage/load naming what the saving is measured on
        ("at today's load 40% cheaper than OD, utilization 85%. worth committing?", "0.4", "0.85"),
        ("for that usage 25% below on-demand; they'd sit at 90%. go?", "0.25", "0.9"),
        ("PT at current util 35% cheaper than on-demand. they run at 80%. worth it?", "0.35", "0.8"),
        # the right readings stay: a utilization named before its figure, the discount said apart
        ("usage 70%, PT is 30% cheaper than OD. worth it?", "0.3", "0.7"),
        ("load: 60%, provisioned 25% cheaper than on-demand. worth it?", "0.25", "0.6"),
        ("loaded 90%; PT 30% below on-demand. worth it?", "0.3", "0.9"),
        ("3yr PT 35% off, util 50% cheaper than on-demand?", "0.35", "0.5"),
        ("util 50% cheaper than OD at a 35% discount?", "0.35", "0.5"),
    ],
)
def test_discount_and_utilization_keep_their_places(text: str, discount: str, utilization: str) -> None:
    fields = parse(text).fields
    assert fields.discount == Decimal(discount)
    assert fields.utilization == [Decimal(utilization)]


def test_the_reviewers_ask_is_worked_at_its_own_discount() -> None:
    reply = reply_text("PT would be on their current usage 35% cheaper than on-demand. they run at 80%. worth it?")
    assert "1 − 35% = *65%*" in reply
    assert "1 − 80%" not in reply
