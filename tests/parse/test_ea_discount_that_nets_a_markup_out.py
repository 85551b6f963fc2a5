"""The EA discount asked for so a list markup "nets out" (to zero, to nothing, at par with direct) is the discount
that cancels the markup: 1 − 1 ÷ (1 + markup)."""

import pytest

from bot.router import answer


@pytest.mark.parametrize(("ask", "ea"), [
    ("what EA discount would a customer need for a 25% list markup to net out to zero vs direct?", "20%"),
    ("azure is 30% over direct. what EA % makes that net out?", "23.08%"),
    ("bedrock lists 20% above direct; which EA discount nets it to zero?", "16.67%"),
    ("vertex is +40% on list. how big an EA discount before it comes out at par with direct?", "28.57%"),
])
def test_the_ea_discount_that_nets_the_markup_out(ask: str, ea: str) -> None:
    reply = answer(ask)
    assert reply.intent == "markup"
    assert f"= *{ea}*" in reply.text, reply.text
    assert "the buyer's EA discount" not in reply.text


def test_a_stated_ea_discount_is_netted_not_solved_for() -> None:
    # (1 + 20%) × (1 − 10%) − 1 = 8%
    reply = answer("bedrock lists 20% above direct and the EA is 10%. what do they net out at?")
    assert "8%" in reply.text
    assert "cancels the markup" not in reply.text
