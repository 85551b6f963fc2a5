"""A discount said outright is never replaced by a share of on-demand said about something else, a markup written
as a multiplier is asked about rather than read as a percent, and units taken of "1 unit = ..." are counted."""

from __future__ import annotations

import pytest

from bot import router


@pytest.mark.parametrize(("ask", "break_even"), [
    ("provisioned sized at 70% of on-demand peak, discount 35%. break-even util?", "1 − 35% = 65%"),
    ("PTUs covering 80% of their on-demand throughput, 28% off list. where's break-even?", "1 − 28% = 72%"),
])
def test_a_stated_discount_is_not_replaced_by_a_share_of_on_demand(ask: str, break_even: str) -> None:
    assert break_even in router.answer(ask, rate_cards={}).text.replace("*", "")


def test_a_committed_price_as_a_share_of_on_demand_is_still_its_discount() -> None:
    reply = router.answer("committed rate is 60% of on-demand rates. break-even?", rate_cards={})
    assert "1 − 40% = 60%" in reply.text.replace("*", "")


@pytest.mark.parametrize("ask", ["list markup 1.18, ea 5. effective?", "azure premium 1.25 with a 10% EA - net?"])
def test_a_markup_written_as_a_multiplier_is_asked_about_not_read_as_a_percent(ask: str) -> None:
    reply = router.answer(ask, rate_cards={})
    assert "1.18%" not in reply.text and "1.25%" not in reply.text
    assert "Effective markup =" not in reply.text


@pytest.mark.parametrize(("ask", "bill"), [
    ("1 unit = 50k tokens/min. we'd take four of them at $20/hr each; on-demand blended $4/M. break-even?",
     "4 × $20.00 × 730 = $58,400.00"),
    ("one PTU = 2k tok/s, they want 3 of those at $15/hr, on-demand $5/M blended. break-even util?",
     "3 × $15.00 × 730 = $32,850.00"),
])
def test_units_taken_of_a_one_unit_definition_are_counted(ask: str, bill: str) -> None:
    assert bill in router.answer(ask, rate_cards={}).text.replace("*", "")
