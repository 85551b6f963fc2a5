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


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 30,000 ÷ 0.65 = 46,153.85; × 0.5 = 23,076.92; 30,000 − 23,076.92 = 6,923.08 more
        ("They'd commit $30,000/month for provisioned capacity priced 35% under on-demand and use about half of it "
         "(50%). ahead or behind per month?", ["*$46,153.85*", "*$23,076.92*", "*$6,923.08 a month more*"]),
        # 48,000 ÷ 0.6 = 80,000; × 0.9 = 72,000; 24,000 less
        ("PT commitment is $48k/mo at 40% off on-demand; they'd run at 90%. monthly saving?",
         ["*$80,000.00*", "*$72,000.00*", "*$24,000.00 a month less*"]),
        # 150,000 ÷ 0.75 = 200,000 a quarter; × 0.6 = 120,000; 30,000 more
        ("the reservation costs $150,000 a quarter, 25% discount vs on-demand, utilization around 60%. over or under "
         "for the quarter?", ["*$200,000.00*", "*$120,000.00*", "*$30,000.00 a quarter more*"]),
    ],
)
def test_a_commitment_beside_its_discount_buys_capacity_worth_more_on_demand(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


def test_a_commitment_with_no_utilization_asks_for_one() -> None:
    reply = reply_text("they'd commit $30,000 a month, 35% off on-demand. break-even?")
    assert "*65%*" in reply and "Capacity the commitment buys" not in reply


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # "US$55,000" is dollars; "runs at 45%" is how busy it runs though it equals the 45% discount
        ("committed to provisioned capacity at a 45% discount, paying US$55,000 a month, which corresponds to "
         "$100,000 of on-demand usage at full utilization. it now runs at 45%. how much are they overpaying?",
         ["*55%*", "$45,000.00", "*$10,000.00 a month more*"]),
        # 30% discount, "averaging 30%": 0.7 ÷ 0.3 = 2.3333×
        ("30% off PT, the customer is averaging 30% of the capacity. what does that cost vs on-demand?",
         ["*70%*", "2.3333×"]),
    ],
)
def test_a_utilization_said_equal_to_the_discount(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 8 × 0.65 ÷ 0.8 = 6.50; ÷ 0.5 = 10.40
        ("blended on-demand rate $8/M, provisioned 35% below on-demand; effective rate per million tokens actually "
         "used at 80% and at 50%?", ["*$6.50/1M*", "*$10.40/1M*", "*65%*"]),
        # 12 × 0.6 ÷ 0.75 = 9.60
        ("on-demand is $12 per 1M tokens, PT is 40% off, they'd sit at 75% utilization. what's the real per-token "
         "rate they pay?", ["*$9.60/1M*"]),
        # 5 × 0.7 ÷ 0.5 = 7.00
        ("$5/M blended list, 30% discount for provisioned, utilisation 50%: effective cost per million used?",
         ["*$7.00/1M*"]),
    ],
)
def test_the_effective_rate_per_token_actually_used(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


def test_no_effective_rate_beside_a_spend() -> None:
    # the spend is priced as a bill; a rate beside it is not turned into a per-token figure
    assert "Effective rate" not in reply_text("they spend $9,000 a month on-demand, 35% off, 90% utilization")


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 25,000 × 24 = 600,000; × 0.7 = 420,000; × 0.6 = 360,000; 60,000 more
        ("reserved capacity is worth $25,000 per month at on-demand rates at full use, for 24 months, 30% discount, "
         "60% utilization over the term. total commitment and shortfall?",
         ["*$420,000.00*", "*$360,000.00*", "*$60,000.00 more*", "24 months"]),
        # 9,000 × 13 = 117,000; × 0.65 ÷ 0.91 = 83,571.43; 33,428.57 less
        ("On-demand they'd pay $9,000 a week. Provisioned is 35% off at 91% utilization. saving over a quarter "
         "(13 weeks)?", ["$117,000.00", "*$83,571.43*", "*$33,428.57 less*"]),
        # 50,000 a year × 2 = 100,000; × 0.6 = 60,000; × 0.8 = 80,000; 20,000 less
        ("capacity worth $50k/yr on-demand fully used, 40% off, 80% utilization, a 2-year term. total saving?",
         ["*$60,000.00*", "*$80,000.00*", "*$20,000.00 less*"]),
    ],
)
def test_totals_over_the_span_said(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


def test_a_quarter_without_its_weeks_is_a_quarter_of_hours() -> None:
    # no span said: the quarter is 2,190 hours of the weekly rate, as before
    reply = reply_text("On-demand they'd pay $9,000 a week. Provisioned is 35% off at 91% utilization. saving per "
                       "quarter?")
    assert "2,190 h" in reply and "Over " not in reply


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 28,000 ÷ 40,000 = 70%; at 60%: 24,000 on-demand, 4,000 more
        ("Reserved capacity would run them $28,000 a month flat. If they pushed that same capacity to 100% and paid "
         "on-demand instead, that'd be 40k a month. They'll use about 60% of it. break-even and over or under?",
         ["*70%*", "*30%*", "$24,000.00", "*$4,000.00 a month more*"]),
        # 45,000 ÷ 60,000 = 75%; at 90%: 54,000, 9,000 less
        ("PT costs $45,000 a month. Run that capacity to 100% on-demand and it would cost 60k a month. Expect 90% "
         "utilization. break-even?", ["*75%*", "$54,000.00", "*$9,000.00 a month less*"]),
    ],
)
def test_a_flat_commitment_against_the_capacity_pushed_to_full_use_on_demand(text: str, figures: list[str]) -> None:
    assert parse(text).fields.discount is None  # "to 100%" is full use, not a discount
    assert_figures(text, figures)


def test_a_hundred_percent_said_of_a_discount_is_still_refused() -> None:
    assert "out of range" in reply_text("100% discount on PTUs, 80% utilization: break-even?")


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 12,000 × 2 = 24,000; × 0.65 = 15,600; today 50%: 1.3×, 3,600 more; doubled: 24,000, 8,400 less
        ("Adatum spends $12,000 a month on-demand. They want provisioned sized for double today's volume, 35% off. "
         "commit cost vs on-demand now, and if their volume actually doubles?",
         ["*$24,000.00*", "*$15,600.00*", "130%", "*$3,600.00 a month more*", "*$8,400.00 a month less*"]),
        # 20,000 × 3 = 60,000; × 0.6 = 36,000; today 33.33%: 1.8×
        ("they spend $20k/mo on-demand; PT sized for 3x current traffic at 40% off. cost vs on-demand?",
         ["*$60,000.00*", "*$36,000.00*", "180%", "*$16,000.00 a month more*"]),
    ],
)
def test_capacity_sized_for_a_multiple_of_todays_traffic(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


def test_traffic_that_doubles_with_no_sizing_said_is_not_a_sizing() -> None:
    reply = reply_text("they spend $12,000 a month on-demand, 35% off; what if volume doubles? 80% utilization")
    assert "today's traffic" not in reply


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # asked at the 45% it runs at now, not the 90% it ran at before: it costs more, so it is overpaying
        ("PT at 45% off, $100,000 a month of on-demand usage at full utilization. it ran at 90% last year and now runs "
         "at 45%. at 45%, are they overpaying?", "*Yes:*"),
        ("PT at 45% off. it ran at 90% last year and now runs at 45%. at 90%, were they overpaying?", "*No:*"),
    ],
)
def test_a_loss_question_is_answered_at_the_utilization_it_names(text: str, verdict: str) -> None:
    assert reply_text(text).splitlines()[1].startswith(verdict)


def test_a_blended_rate_said_with_would_be_prices_the_units_traffic() -> None:
    # 2bn tokens × $6/1M = $12,000 on-demand; 2 units × $7 × 730 h = $10,220 → $1,780 less
    assert_figures("PT quote is 2 units at $7 per unit-hour, 730 hrs a month. they expect 2bn tokens/month through "
                   "it; on-demand blended for that mix would be $6 per M. better than OD?",
                   ["$12,000.00", "$10,220.00", "$1,780.00 a month less"])
