"""Provisioned capacity against a working schedule or sized for peak, as reps write it (our own sentences, not a scored
batch's): a working day's clock range without am/pm ("busy 9-5 weekdays", "8 to 6", "9-17") with the load idle
outside it is the utilization of capacity reserved around the clock; "sized to cover peak" with no ratio asks for the
peak-to-average ratio; "abt" and "30pct" shorthand."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot import router
from bot.parse import parse
from tests.support.replies import assert_figures


@pytest.mark.parametrize(
    ("text", "hours", "days"),
    [
        ("40% off provisioned, they're busy 9-5 weekdays and idle otherwise. worth it?", Decimal(8), Decimal(5)),
        ("35% off PTUs; traffic runs 8 to 6 mon-fri, nothing outside business hours. does it pay?", Decimal(10),
         Decimal(5)),
        ("30% PTU discount, office hours 9-17, five days a week, dead otherwise", Decimal(8), Decimal(5)),
        ("only active 7-7 every day, idle the rest of the time; 45% off reserved capacity", Decimal(12), None),
        ("reservation at 40% off, load 8:30-5:30 weekdays, idle otherwise", Decimal(9), Decimal(5)),
    ],
)
def test_a_working_day_written_without_am_or_pm(text: str, hours: Decimal, days: Decimal | None) -> None:
    fields = parse(text).fields
    assert (fields.active_hours, fields.active_days) == (hours, days)


@pytest.mark.parametrize(
    "text",
    [
        "40% off, 9-5 tokens in and out",  # no word saying when the traffic runs
        "busy 9-11 then idle otherwise, 40% off",  # 11 is not an afternoon hour: not read as a working day
        "EA 9-5 discount tiers",
    ],
)
def test_a_range_that_is_not_a_working_day(text: str) -> None:
    assert parse(text).fields.active_hours is None


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 8 x 5 / 168 = 23.81%; (1 - 40%) / 0.2381 = 2.52x
        ("40% off provisioned, they're busy 9-5 weekdays and idle otherwise. worth it?",
         ["8 h × 5 days ÷ 168 h = *23.81%*", "2.52"]),
        # 10 x 5 / 168 = 29.76%
        ("35% off PTUs; traffic runs 8 to 6 mon-fri, nothing outside business hours. does it pay?",
         ["10 h × 5 days ÷ 168 h = *29.76%*"]),
        # 12 x 7 / 168 = 50%; (1 - 45%) / 0.5 = 1.1x
        ("only active 7-7 every day, idle the rest of the time; 45% off reserved capacity. break-even?",
         ["*50%*", "1.1"]),
    ],
)
def test_a_schedule_sets_the_utilization(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


@pytest.mark.parametrize(
    "text",
    [
        "customer wants PTUs sized to cover peak at 35% off. does it pay?",
        "provisioned sized to handle their peak, 30% discount - good deal?",
        "they'd size the reservation around peak; 45% off. yes or no?",
    ],
)
def test_sized_for_peak_without_a_ratio_asks_for_it(text: str) -> None:
    answer = router.understand(text, rate_cards={})
    assert "peak_to_average" in [m.key for m in answer.missing]
    assert answer.ask.fields.utilization == []


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 1/1.5 = 66.67%; 0.7 x 1.5 = 1.05x
        ("peak-to-avg abt 1.5, ptu disc 30pct, sized for peak. savings?", ["66.67%", "1.05"]),
        # 1/1.25 = 80%; 0.65 x 1.25 = 0.8125x -> 18.75% below
        ("PAR abt 1.25 and 35pct off, sizing for peak", ["80%", "18.75%"]),
    ],
)
def test_shorthand_about_and_pct(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)
