"""A swing around a figure ("flat within +/-10%", "varies ±20%", "give or take 5%") says how steady the load is; it
is never read as a utilization, a discount or a share (it was refused as "utilization -10%" or used as 20%)."""

from __future__ import annotations

import pytest

from bot import router


@pytest.mark.parametrize("text", [
    "load is flat within +/-10% all day, peak-to-average about 1.15, 35% discount. is provisioned worth it?",
    "traffic varies ±20% around the mean and PTU is 30% off, worth committing?",
    "usage is steady, +-5% day to day, 40% discount on PT. break-even?",
    "steady load plus or minus 15 percent, 25% off provisioned: where does it break even?",
])
def test_the_swing_is_not_read_as_a_utilization(text: str) -> None:
    reply = router.answer(text, rate_cards={})
    assert reply.intent == "break_even"
    assert "out of range" not in reply.text
    fields = reply.data["request"]["fields"]
    assert fields.get("utilization") in (None, []), fields.get("utilization")
    assert "Break-even utilization = 1 − discount" in reply.text


def test_a_utilization_said_beside_a_swing_is_still_read() -> None:
    reply = router.answer("provisioned 40% off, 80% utilization, +/- 5% either way. vs on-demand?", rate_cards={})
    assert "At 80% utilization: cost vs on-demand = (1 − 40%) ÷ 80% = 0.75× on-demand" in reply.text


@pytest.mark.parametrize(("text", "shown"), [
    # a sum of two percentages is not a swing: "+5%" here adds to the figure before it
    ("the discount is 30%+5% = 35% off provisioned, break-even?", "1 − 35% = *65%*"),
    ("PT discount 40%, utilisation 70%. worth it?", "At 70% utilization"),
])
def test_percentages_without_a_swing_read_as_before(text: str, shown: str) -> None:
    assert shown in router.answer(text, rate_cards={}).text
