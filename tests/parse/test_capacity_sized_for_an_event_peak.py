"""Capacity bought to ride out a peak event ("enough PTU to ride out Black Friday", "big enough to cover their Black
Friday-level peaks", "without throttling") is sized for peak: with no peak-to-average ratio the reply asks for it
rather than for a utilization."""

import pytest

from bot.router import answer


@pytest.mark.parametrize("ask", [
    "retailer wants enough PTU to ride out Black Friday without throttling. discount 35% vs OD. does it pay off?",
    "Provider offered 35% off if they commit capacity big enough to cover their Black Friday-level peaks. Worth it?",
    "35% off provisioned. they want enough units to get through the holiday rush. good deal?",
    "35% discount on PT, but they insist on running without any throttling. break even?",
])
def test_capacity_for_an_event_peak_asks_for_the_peak_to_average_ratio(ask: str) -> None:
    reply = answer(ask)
    assert reply.intent == "break_even"
    assert "peak_to_average" in {str(m.get("field")) for m in reply.data.get("missing") or []}, reply.text
    assert "65%" in reply.text  # the break-even at 35% off is still shown


def test_a_peak_event_named_without_sizing_for_it_keeps_the_utilization_question() -> None:
    reply = answer("35% off provisioned; black friday is their busiest day but they'd size for average. break-even?")
    assert "peak_to_average" not in {str(m.get("field")) for m in reply.data.get("missing") or []}
