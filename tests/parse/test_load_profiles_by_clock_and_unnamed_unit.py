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
