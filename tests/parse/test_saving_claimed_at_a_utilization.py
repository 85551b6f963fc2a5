"""A saving claimed at a utilization ("at 80% utilization they save 30% vs on-demand", "a 25% saving at 90%
utilisation") is worked back into the discount it implies, 1 − u × (1 − s), and that discount's break-even; a
discount said beside a utilization, or a saving asked for at a stated discount, keeps its meaning. Our own sentences."""

from __future__ import annotations

import pytest

from tests.support.replies import reply_text


@pytest.mark.parametrize(
    ("text", "discount", "break_even"),
    [
        ('AE says "at 80% utilization they save 30% vs on-demand". What discount does that imply, and break-even?',
         "44%", "56%"),
        ("Vendor claims a 25% saving at 90% utilisation. What discount is that really, and the break-even?",
         "32.5%", "67.5%"),
        ("Customer claims they'd save 20% running at 75% util. implied discount?", "40%", "60%"),
        ("The AE says at 70% usage the customer saves 10%. Implied discount and break-even?", "37%", "63%"),
    ],
)
def test_a_saving_claimed_at_a_utilization_gives_the_discount(text: str, discount: str, break_even: str) -> None:
    reply = reply_text(text)
    assert f"= *{discount}*" in reply  # the implied discount, worked out
    assert f"1 − {discount} = *{break_even}*" in reply  # its break-even
    assert "tell me" not in reply  # nothing asked for


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # a discount beside a utilization: the saving is worked out, no discount implied
        ("40% off; at 80% utilization what do they save?", "*25% below on-demand*"),
        ("35% discount, they run at 80% utilization. what do they save?", "*18.75% below on-demand*"),
        # a saving asked for at a stated discount: the utilization it needs
        ("At 40% off, what utilisation for a 20% saving?", "= *75%* sustained"),
    ],
)
def test_a_discount_said_keeps_its_meaning(text: str, shown: str) -> None:
    reply = reply_text(text)
    assert shown in reply
    assert "Implied discount" not in reply
