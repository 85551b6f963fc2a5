"""A second provisioned discount said beside the first without naming it again (our own sentences, not a scored
batch's): "she reckons she can get it to 45%", "Azure PTU, 45% below" is another discount, each worked out, never a
utilization. The same discount said again ("it's still 40% off") and a real utilization stay as they are."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import Intent, parse
from tests.support.replies import reply_text


@pytest.mark.parametrize(
    ("text", "discounts"),
    [
        ("Offer is 30% off on-demand for provisioned. Our AE thinks he can push it to 38%. Break-even now and after?",
         ["0.3", "0.38"]),
        ("provisioned at 25% below on-demand; if procurement negotiates that up to 35%, where's break-even?",
         ["0.25", "0.35"]),
        ("Two offers:\n- AWS provisioned, 20% below on-demand\n- Azure PTU, 32% below\n"
         "break-even utilization for each?",
         ["0.2", "0.32"]),
        ("PTU discount is 35% today and finance hopes to bring it to 42% at renewal. what's the break-even util for "
         "both?", ["0.35", "0.42"]),
    ],
)
def test_a_second_discount_is_worked_out_not_read_as_a_utilization(text: str, discounts: list[str]) -> None:
    ask = parse(text)
    assert ask.intent is Intent.BREAK_EVEN
    assert ask.fields.compare_discounts == [Decimal(d) for d in discounts]
    assert ask.fields.utilization == []


def test_the_reply_gives_break_even_at_each_discount() -> None:
    reply = reply_text("Offer is 30% off on-demand for provisioned. Our AE thinks he can push it to 38%. "
                       "Break-even now and after?")
    assert "70%" in reply and "62%" in reply, reply


@pytest.mark.parametrize(
    ("text", "utilization"),
    [
        ("at 40% off, is 40% utilisation fine? it's still 40% off. cost vs on-demand?", [Decimal("0.4")]),
        ("PTU at 30% off, they run at 45% utilization, break-even?", [Decimal("0.45")]),
    ],
)
def test_a_utilization_or_the_same_discount_said_again_stays(text: str, utilization: list[Decimal]) -> None:
    ask = parse(text)
    assert ask.fields.utilization == utilization
    assert not ask.fields.compare_discounts


def test_a_discount_got_for_them_without_to() -> None:
    # "what if we get them 45%": a second discount, 1 − 45% = 55%
    text = "seed says 65% break-even for a 35% discount; what if we get them 45%?"
    assert Decimal("0.45") in parse(text).fields.compare_discounts
    assert "At a 45% discount: break-even utilization = 1 − 45% = *55%*" in reply_text(text)
