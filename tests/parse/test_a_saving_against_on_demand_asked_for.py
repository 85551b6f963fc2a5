"""A saving against on-demand asked for ("to come out 20% below on-demand", "a discount that gives them 10% savings
vs OD") is the result the commitment must reach: with a discount it gives the utilization needed, (1 − d) ÷ (1 − s);
with a utilization the discount needed, 1 − u × (1 − s), beside the discount that only breaks even there."""

import pytest

from bot.router import answer


@pytest.mark.parametrize("ask", [
    "What utilization do they need to come out 20% below on-demand if the provisioned discount is 40%?",
    "PT at 40% off OD. how busy must the capacity be for them to land 20% under OD?",
    "with 40% off, what utilisation would give them a 20% saving vs on-demand?",
])
def test_the_utilization_a_saving_needs_at_a_discount(ask: str) -> None:
    reply = answer(ask)
    assert reply.intent == "break_even"
    # (1 − 40%) ÷ (1 − 20%) = 75%; the 20% is the saving, never a second discount (its break-even would be 80%)
    assert "= *75%*" in reply.text, reply.text
    assert "= *60%*" in reply.text
    assert "*80%*" not in reply.text


@pytest.mark.parametrize("ask", [
    "the customer can promise 60% utilisation. what PT discount to break even, and what discount would give them "
    "10% savings vs OD at that 60%?",
    "at 60% utilization, which discount gets us a 10% saving over on-demand?",
])
def test_the_discount_a_saving_needs_at_a_utilization(ask: str) -> None:
    reply = answer(ask)
    # 1 − 60% × (1 − 10%) = 46%; breaking even at 60% takes 40%
    assert "= *46%*" in reply.text, reply.text
    assert "= *40%*" in reply.text


def test_a_discount_said_as_a_share_below_on_demand_is_still_the_discount() -> None:
    # "priced 30% below on-demand" is the offer's discount: break-even at 70%
    reply = answer("provisioned is priced 30% below on-demand. break-even utilization?")
    assert "= *70%*" in reply.text
