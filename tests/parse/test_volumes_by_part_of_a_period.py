"""Calls that differ by part of a period are added up over that period: weekday and weekend calls a day make a week
(5 × weekday + 2 × weekend day), a ramp of monthly calls makes the months' total, hours of the day at different request
rates make a day; a quarter said in weeks ("per quarter (13 weeks)") is that many weeks. A volume said for one part
only ("weekdays only") keeps its meaning. Our own sentences."""

from __future__ import annotations

import pytest

from tests.support.replies import reply_text


@pytest.mark.parametrize(
    ("text", "calls", "figures"),
    [
        ("Weekdays they run 80K calls a day, weekends 15K a day. 1,500 in / 400 out per call, $1.10 in / $4.40 out "
         "per M. What's a week cost?", "= 430,000 calls", ("$709.50", "$756.80", "*$1,466.30*")),
        ("80k calls a day on weekdays and 15k on weekends. 1,500 in / 400 out at $1.10/$4.40. weekly cost?",
         "= 430,000 calls", ("$709.50", "$756.80", "*$1,466.30*")),
        ("Mon-Fri: 50,000 requests/day; Sat & Sun: 10,000 requests/day. 800 in / 200 out at $2/$8. weekly cost?",
         "5 weekdays × 50,000 + 2 weekend days × 10,000 = 270,000 calls", ("$432.00", "*$864.00*")),
        ("weekdays 40k calls a day, and about 30k over the weekend in total. 1k in / 200 out at $1/$4. a week?",
         "5 weekdays × 40,000 + 1 weekend × 30,000 = 230,000 calls", ("*$414.00*",)),
    ],
)
def test_weekday_and_weekend_calls_make_a_week(text: str, calls: str, figures: tuple[str, ...]) -> None:
    reply = reply_text(text)
    assert calls in reply
    for figure in figures:
        assert figure in reply
    assert "Which call volume" not in reply  # not asked about
    assert "days a week" not in reply  # the weekdays are a part of the week, not the days traffic runs


@pytest.mark.parametrize(
    ("text", "months", "total"),
    [
        ("Ramp for the launch: month 1 200K calls, month 2 400K, month 3 800K. 1,000 in / 250 out per call, $5/$15. "
         "Cost per call and the quarter total?", ("$1,750.00", "$3,500.00", "$7,000.00"), "*$12,250.00*"),
        ("M1: 100k calls, M2: 250k, M3: 500k. 2k in / 500 out at $3/$15. 3-month total?",
         ("$1,350.00", "$3,375.00", "$6,750.00"), "*$11,475.00*"),
        ("200k calls in month 1, 300k in month 2. 1k in / 200 out at $1/$4. total for the two months?",
         ("$360.00", "$540.00"), "*$900.00*"),
    ],
)
def test_a_ramp_of_monthly_calls_is_added_up(text: str, months: tuple[str, ...], total: str) -> None:
    reply = reply_text(text)
    for month in months:
        assert month in reply
    assert total in reply
    assert "Not used" not in reply


@pytest.mark.parametrize(
    "text",
    [
        "Traffic profile, one weekday:\n- business hours 09:00-17:00 (8h): 60 requests/min\n- rest of the day (16h): "
        "10 requests/min\n- each request ~1,500 tokens in, ~250 out\n- $1/M input, $5/M output. daily cost?",
        "60 requests a minute for 8 hours, then 10 a minute for the other 16 hours. 1,500 in / 250 out at $1/$5. "
        "daily cost?",
        # "in the peak 8 hours ... in the other 16 hours": the hours named with "in"
        "3,600 requests per hour in the peak 8 hours and 600 per hour in the other 16 hours; 1,500 in / 250 out at "
        "$1/$5. daily cost?",
    ],
)
def test_hours_of_the_day_at_different_rates_make_a_day(text: str) -> None:
    reply = reply_text(text)
    assert "8 h × 3,600 an hour + 16 h × 600 an hour = 38,400 calls" in reply
    for figure in ("$57.60", "$48.00", "*$105.60*"):
        assert figure in reply


@pytest.mark.parametrize(
    "text",
    [
        "weekly volumes: 42M input, 7M output. rates are $0.0025 per 1K in and $0.01 per 1K out. What's that per week "
        "and per quarter (13 weeks)?",
        "42M input and 7M output tokens a week at $2.50/$10 per M. weekly, and for a 13-week quarter?",
    ],
)
def test_a_quarter_said_in_weeks_is_those_weeks(text: str) -> None:
    reply = reply_text(text)
    assert "*$175.00*" in reply
    assert "× 91 days = *$2,275.00*" in reply
    assert "$2,281.25" not in reply  # not three 730-hour months


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # one part only: the days the traffic runs, not a split of the week
        ("80k calls a day, weekdays only. 1,500 in / 400 out at $1.10/$4.40. weekly cost?", "*$1,364.00*"),
        # a quarter with no weeks said is three 730-hour months
        ("42M input and 7M output tokens a week at $2.50/$10 per M. weekly and quarterly?", "*$2,281.25*"),
    ],
)
def test_a_volume_said_for_one_part_keeps_its_meaning(text: str, shown: str) -> None:
    reply = reply_text(text)
    assert shown in reply
    assert "weekend" not in reply


def test_units_counted_in_a_period_then_their_calls_each() -> None:
    # 5,000 chats a week × 4 turns = 20,000 calls; 1,000 × $2 + 100 × $10 = $0.003 a call -> $60.00 a week
    reply = reply_text("support bot: 5,000 chats a week, averaging 4 turns each, each turn 1,000 in / 100 out at "
                       "$2/$10. weekly cost?")
    assert "That week holds 20,000 calls" in reply and "$60.00" in reply, reply
