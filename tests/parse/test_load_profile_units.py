"""A load profile over a day in capacity units, hours first ("8 hours at 100 units, ..."), with the discount said as
"40% cheaper" or as two unit-hour prices: the commitment level that minimises the bill (commit at the load exceeded in
a fraction 1 − d of the hours), in dollars a day and a month when a unit-hour is priced (our own sentences)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures


@pytest.mark.parametrize(
    ("text", "profile"),
    [
        ("load is 10 hours at 40 units, 10 hours at 25 units and 4 hours at 90 units; reserved is 30% off",
         [("40", "10"), ("25", "10"), ("90", "4")]),
        ("six hours overnight at 3 PTUs, twelve hours at 7, and a six-hour evening peak at 15 PTUs. 35% off reserved",
         [("3", "6"), ("7", "12"), ("15", "6")]),
    ],
)
def test_hours_first_segments_make_the_profile(text: str, profile: list[tuple[str, str]]) -> None:
    fields = parse(text + ". What should they commit to?").fields
    assert fields.load_profile == [(Decimal(load), Decimal(hours)) for load, hours in profile]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # d = 35%: commit at the load exceeded in 65% of 24 h = 15.6 h; ≥ 7 for 18 h (75%), ≥ 15 for 6 h (25%): 7
        ("six hours overnight at 3 PTUs, twelve hours at 7, and a six-hour evening peak at 15 PTUs. Reserved is 35% "
         "cheaper than on-demand. What should they commit to?", ["*7 PTUs*", "exceeded in 6 of 24 hours"]),
        # d = 25%: 75% of hours (18 h); ≥ 40 for only 14 h (58%), ≥ 25 for all 24 h: commit 25
        ("10 hours at 40 units, 10 hours at 25 units, 4 hours at 90 units. Provisioned is 25% cheaper. Commit level?",
         ["*25 units*"]),
    ],
)
def test_the_commitment_level_for_a_profile_in_units(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


def test_two_unit_hour_prices_give_the_discount_and_the_dollar_bills() -> None:
    # $8 on-demand, $5 reserved: d = 37.5%, commit at the load exceeded in 62.5% of hours (15 h): 12 h at 50 + 6 h
    # at 30 ≥ 30 for 18 h (75%), ≥ 50 for 12 h (50%): commit 30. A day: 24 × 0.625 × 30 × $8 = $3,600 + spill-over
    # 12 × 20 × $8 = $1,920 = $5,520 against (12×50 + 6×30 + 6×10) × $8 = $6,720. Month × 730/24: $167,900.00 against
    # $204,400.00, $36,500.00 less.
    text = ("12 hours at 50 units, 6 hours at 30 units, 6 hours at 10 units every day. On-demand is $8 per unit-hour, "
            "reserved $5 per unit-hour, spill-over on-demand. Best commit level and the monthly bill?")
    assert parse(text).fields.discount == Decimal("0.375")
    assert_figures(text, ["*30 units*", "$3,600.00 + spill-over $1,920.00 = *$5,520.00*", "$6,720.00 all on-demand",
                          "*$167,900.00* against $204,400.00", "*$36,500.00 a month less*"])
