"""A load profile written as clock-hour ranges ("00:00-06:00 = 15"), or as hours-first segments whose load names no
unit ("4 hrs at 300") under a heading that names it ("capacity needed, in PTUs") or names none: the commitment level
that minimises the bill (commit at the load exceeded in a fraction 1 − d of the hours). Our own sentences."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize(
    ("text", "profile", "unit"),
    [
        ("Capacity needed through the day, in PTUs:\n00:00-06:00 = 15\n06:00-20:00 = 80\n20:00-24:00 = 35\n"
         "Reserved runs 30% below on-demand. Where should the commitment sit?",
         [("15", "6"), ("80", "14"), ("35", "4")], "PTUs"),
        # a range across midnight, loads in thousands of TPM
        ("hourly TPM profile: 22-06 40k, 06-14 150k, 14-22 90k. PT is 50% off, overflow to on-demand. best commit?",
         [("40000", "8"), ("150000", "8"), ("90000", "8")], "tpm"),
        ("units needed by hour: `0-9` 4, `9-17` 12, `17-24` 7; 20% off for reserved. commit level?",
         [("4", "9"), ("12", "8"), ("7", "7")], "units"),
    ],
)
def test_clock_ranges_make_the_profile(text: str, profile: list[tuple[str, str]], unit: str) -> None:
    fields = parse(text).fields
    assert fields.load_profile == [(Decimal(load), Decimal(hours)) for load, hours in profile]
    assert fields.load_unit == unit


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # d = 30%: commit at the load exceeded in 70% of 24 h (16.8 h); ≥ 80 for 14 h, ≥ 35 for 18 h: commit 35
        ("Capacity needed through the day, in PTUs:\n00:00-06:00 = 15\n06:00-20:00 = 80\n20:00-24:00 = 35\n"
         "Reserved runs 30% below on-demand and the excess goes on-demand. Where should the commitment sit?",
         ["*35 PTUs*", "exceeded in 14 of 24 hours"]),
        # d = 50%: 50% of hours (12 h); ≥ 150k for 8 h, ≥ 90k for 16 h: commit 90,000 TPM
        ("hourly TPM profile: 22-06 40k, 06-14 150k, 14-22 90k. PT is 50% off, overflow to on-demand. best commit?",
         ["*90,000 TPM*"]),
        # the unit named only in the heading: d = 35%, 65% of hours (15.6 h); ≥ 140 for 10 h, ≥ 60 for 20 h: commit 60
        ("PTUs needed across a day: 4 hrs at 300, 10 hrs at 140, 10 hrs at 60 (nights). Reserved capacity is 35% "
         "cheaper, spill-over on-demand. How many PTUs to commit?", ["*60 PTUs*", "exceeded in 14 of 24 hours"]),
        # no unit named at all, but a load profile: the level is in the profile's own units
        ("Their load profile: 4 hrs at 300, 10 hrs at 140, 10 hrs at 60. Reserved is 35% off, overflow on-demand. "
         "What level to commit?", ["*60 units*"]),
    ],
)
def test_the_commitment_level_for_such_a_profile(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


def test_hours_at_a_count_of_calls_are_not_a_load_profile() -> None:
    text = "Traffic is 8 hrs at 5000 calls and 16 hrs at 1000 calls; PTUs are 40% off. what should they commit?"
    assert parse(text).fields.load_profile == []
    assert "Commit at the load exceeded" not in reply_text(text)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # the load first, then its clock hours (am/pm and midnight): 10 h at 12, 6 h at 5, 8 h at 3; d = 40%, 60% of
        # 24 h = 14.4 h; ≥ 12 for 10 h, ≥ 5 for 16 h: commit 5
        ("PTUs needed: 8am-6pm: 12 PTUs, 6pm to midnight 5 PTUs, midnight-8am 3 PTUs. reserved is 40% off, overflow "
         "on-demand. best commit?", ["10 h at 12 PTUs, 6 h at 5 PTUs, 8 h at 3 PTUs", "*5 PTUs*"]),
        # unit-hour prices give the discount (1 − 6 ÷ 10 = 40%) and the dollars: commit 10; 10 × 24 × $6 = $1,440 +
        # 80 unit-h × $10 = $800 → $2,240 a day; 272 × $10 = $2,720 all on-demand; 20 × 24 × $6 = $2,880 for peak
        ("we need 20 units 9am-5pm, 10 units 5pm-1am, 4 units 1am-9am; provisioned $6/unit-hour vs $10/unit-hour "
         "on-demand. what commitment minimises the daily cost?",
         ["*10 units*", "*$2,240.00*", "$2,720.00 all on-demand", "$2,880.00 sized for the 20 units peak"]),
        # a pasted note, a word on when and "from ... to": 9 × 10 h, 4 × 6 h, 2 × 8 h at $33 vs $60 (45% off): commit 4,
        # $3,168 + 50 × $60 = $6,168 a day against 9 × 24 × $33 = $7,128 for peak
        ("platform lead says:\n> we run 9 model units from 8am to 6pm, around 4 units 6pm-midnight and 2 units "
         "overnight (midnight-8am).\nprovisioned $33/unit-hour, on-demand $60/unit-hour. cheapest commitment vs buying "
         "9 for peak?", ["*4 units*", "*$6,168.00*", "$7,128.00 sized for the 9 units peak"]),
        # the 24-hour clock: 12 h at 6, 12 h at 2; 45% off: 55% of 24 h = 13.2 h; > 2 for only 12 h: commit 2
        ("6 units 08:00-20:00 and 2 units 20:00-08:00, reserved 45% off, spill to on-demand. commit level?",
         ["12 h at 6 units, 12 h at 2 units", "*2 units*"]),
    ],
)
def test_dayparts_by_clock_time_make_the_profile(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


@pytest.mark.parametrize(
    "text",
    [
        # calls by the time of day are traffic, not a load in capacity units
        "between 9am and 5pm they run 500 calls an hour, 100 calls an hour from 5pm to 9am. PTUs 40% off. commit?",
        # one clock range beside units is when people work, not a profile
        "the team works 9am-5pm; 3 units at $4/hr vs $5k a month on-demand. cheaper?",
        # dayparts that do not make a day (8 + 6 hours) are not a profile
        "9 units from 8am to 4pm and 4 units 4pm-10pm; PT 40% off. best commit?",
    ],
)
def test_clock_times_that_make_no_days_profile_are_not_one(text: str) -> None:
    assert parse(text).fields.load_profile == []
    assert "Commit at the load exceeded" not in reply_text(text)
