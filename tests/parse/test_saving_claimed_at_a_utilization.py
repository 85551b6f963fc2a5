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


@pytest.mark.parametrize(
    "text",
    [
        "par 1.25 so ~80% util, 35% off ptus. i told them ~19% saving. ok?",
        "35% off provisioned, they run at 80%. I said 19% savings, right?",
        "35% off provisioned at 80% util. I quoted them a saving of 19%",
        "35% discount on ptus, 80% utilization, we told the buyer they'd save ~19%. fair?",
        "provisioned at 35% off running at 80% util, I promised them 19% savings. ok?",
    ],
)
def test_a_saving_claimed_beside_a_discount_and_utilization_is_never_a_utilization(text: str) -> None:
    reply = reply_text(text)
    assert "At 19% utilization" not in reply  # the claimed saving is not priced as a load
    assert "18.75% below on-demand" in reply  # the figure at their utilization, which the claim is checked against
    assert "19%" in reply  # the claim is still shown, as not used in the figures


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # near-misses: a saving claimed at a utilization, a utilization said plainly, a saving asked for
        ("35% off, they'd save 20% running at 75% util?", "At 75% utilization"),
        ("35% off, 80% util. what do they save?", "At 80% utilization"),
        ("35% off, 80% util, what utilisation for a 20% saving?", "= *81.25%* sustained"),
    ],
)
def test_a_saving_near_a_utilization_keeps_its_meaning(text: str, shown: str) -> None:
    assert shown in reply_text(text)
