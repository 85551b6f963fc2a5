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


@pytest.mark.parametrize("ask", [
    "Their workload only runs 10 hours a business day, 22 business days a month, and during those hours it would keep "
    "the provisioned capacity fully busy. Provisioned bills 24/7 (730-hour month) at 50% off on-demand. On-demand for "
    "those active hours costs them $15,000 a month. What would provisioned cost them?",
    "flat out 10 hrs per working day, 22 working days a month, on capacity billed round the clock at 50% off. OD for "
    "that usage is $15k/mo. provisioned bill?",
])
def test_business_days_of_a_month_count_over_its_730_hours(ask: str) -> None:
    reply = answer(ask)
    # 10 h × 22 days ÷ 730 h = 30.14%; $15,000 × (1 − 50%) ÷ (220 ÷ 730) = $24,886.36
    assert "10 h × 22 days ÷ 730 h = *30.14%*" in reply.text, reply.text
    assert "$24,886.36" in reply.text
