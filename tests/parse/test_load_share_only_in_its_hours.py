"""A load that uses a share of provisioned capacity only in its hours ("12 hours a day at 90% of the capacity,
otherwise nothing", with the capacity billed round the clock) runs the reservation at that share × its hours ÷ 24,
and the cost against on-demand follows from that utilization, not from the share while it runs."""

import pytest

from bot.router import answer


@pytest.mark.parametrize("ask", [
    "they only run 12 hours a day but PT is billed round the clock. during those 12 hrs they'd use 90% of the "
    "capacity, otherwise nothing. discount 45% vs on-demand. actual utilisation and cost vs OD?",
    "45% off provisioned, reserved 24/7. the app runs 12h a day at 90% utilization and is idle overnight. real cost "
    "vs on-demand?",
])
def test_the_share_while_it_runs_over_the_reservations_hours(ask: str) -> None:
    reply = answer(ask)
    assert reply.intent == "break_even"
    # 90% × 12 h × 7 ÷ 168 h = 45%; (1 − 45%) ÷ 45% = 1.2222× on-demand
    assert "90% × 12 h × 7 days ÷ 168 h = *45%*" in reply.text, reply.text
    assert "122.22%" in reply.text


def test_a_utilization_with_no_idle_hours_said_is_the_sustained_utilization() -> None:
    reply = answer("their traffic runs 12 hours a day. at 90% utilization with 45% off, how do they compare to OD?")
    assert "61.11%" in reply.text  # (1 − 45%) ÷ 90%
    assert "168 h" not in reply.text
