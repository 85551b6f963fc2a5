"""Provisioned capacity stated by what it is worth on-demand at full use (our own sentences, not a scored batch's):
"the reserved capacity would be worth $80k a month on-demand", "OD-equivalent value of the capacity is $240k/yr". The
reply gives the commitment (that worth × (1 − d)), the on-demand cost of what is used (worth × u) and the saving or
overspend between them over the period said; a spend that is today's traffic keeps meaning today's traffic."""

from __future__ import annotations

import pytest

from bot.parse import Intent, parse
from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 80,000 × 0.7 = 56,000; 80,000 × 0.85 = 68,000; 68,000 − 56,000 = 12,000 less
        ("the reserved capacity would be worth $80,000 a month on-demand if fully used. 30% off, they'll run at 85%. "
         "monthly commit and saving?", ["*70%*", "*$56,000.00*", "*$68,000.00*", "*$12,000.00 a month less*"]),
        # 240,000 × 0.55 = 132,000; 240,000 × 0.5 = 120,000; 12,000 more
        ("OD-equivalent value of the committed capacity is $240k/yr, 45% discount, utilisation about 50%. over or "
         "under for the year?", ["*55%*", "*$132,000.00*", "*$120,000.00*", "*$12,000.00 a year more*"]),
        # 60,000 × 0.6 = 36,000; 60,000 × 0.7 = 42,000; 6,000 less a quarter
        ("Capacity they'd reserve is worth USD 60,000 per quarter at on-demand rates at full use. Provisioned is 40% "
         "below on-demand and they expect 70% utilization. Quarterly commitment and quarterly saving?",
         ["*60%*", "*$36,000.00*", "*$42,000.00*", "*$6,000.00 a quarter less*"]),
        # 30,000 × 0.75 = 22,500; at 90%: 27,000, 4,500 less; at 60%: 18,000, 4,500 more
        ("Fully used, the reservation would be worth $30,000 a month at on-demand prices. 25% off. What if they use "
         "90%, and what if only 60%?", ["*$22,500.00*", "*$27,000.00*", "*$4,500.00 a month less*", "*$18,000.00*",
                                         "*$4,500.00 a month more*"]),
        # 100,000 of on-demand usage at full utilization: 45% off → 55,000; at 45%: 45,000, 10,000 more
        ("they pay for PT at 45% off, which corresponds to $100,000 a month of on-demand usage at full utilization; "
         "now running at 45%. overpaying by how much?", ["*$55,000.00*", "*$45,000.00*", "*$10,000.00 a month more*"]),
    ],
)
def test_the_capacity_worth_on_demand_at_full_use(text: str, figures: list[str]) -> None:
    assert parse(text).intent is Intent.BREAK_EVEN
    assert_figures(text, figures)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # today's on-demand spend, not the capacity's worth: the new bill is 9,000 × 0.65 ÷ 0.9 = 6,500
        ("they spend $9,000 a month on-demand today, 35% off, they'd run at 90%. new bill?", ["*$6,500.00*"]),
        # "worth it" says nothing of dollars; the spend stays today's traffic: 20,000 × 0.6 ÷ 0.8 = 15,000
        ("is the reserved capacity worth it? on-demand they pay $20,000 a month, 40% off, 80% utilization",
         ["*$15,000.00*"]),
    ],
)
def test_a_spend_on_todays_traffic_is_not_the_capacity_worth(text: str, figures: list[str]) -> None:
    reply = reply_text(text)
    assert "for the full capacity" not in reply
    assert_figures(text, figures)
