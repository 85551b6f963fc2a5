"""A count of units written with an apostrophe ("4 ptu's", "6 PTU’s") is that many units, the same as "4 ptus"."""

from __future__ import annotations

import pytest

from bot import router


@pytest.mark.parametrize("units", ["3 ptu's", "3 PTU’s", "3 ptus"])
def test_units_with_an_apostrophe_are_priced_against_on_demand(units: str) -> None:
    answer = router.answer(f"deal has {units} at 5.00 an hour each, running all month. they'd push about 1bn "
                           "tokens/mo through them, blended on-demand rate $12/M. is the commit cheaper?",
                           rate_cards={})
    # provisioned 3 × $5 × 730 = $10,950; on-demand 1,000 × $12 = $12,000; $1,050 less
    assert answer.intent == "break_even"
    assert "*$10,950.00* a month" in answer.text
    assert "*$1,050.00 a month less*" in answer.text

