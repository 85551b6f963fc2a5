"""A load profile pasted as a table whose first column names each part of the day ("| night | 8 | 2 |") is one day's
profile, answered with one commitment level, not one break-even per row; a table of separate items (bots, deals)
whose hours do not make up a day is still answered row by row."""

from __future__ import annotations

import pytest

from bot.parse.tables import item_rows
from tests.support.replies import assert_figures

PROFILES = [
    # 8 h x 2 + 10 h x 6 + 6 h x 3 = 94 PTU-hours; 35% off: commit where the load is exceeded in at most 65% of the
    # hours = 3 PTUs (exceeded 10 of 24 h); served 16 + 30 + 18 = 64 -> utilization 64 / 72 = 88.89%, spill 30
    ("PTU load profile for Halden, 35% discount vs on-demand, where should they commit?\n\n"
     "| period | hours | PTUs needed |\n|---|---|---|\n| night | 8 | 2 |\n| business hours | 10 | 6 |\n"
     "| evening | 6 | 3 |", ["88.89%"]),
    # 6 h x 1 + 12 h x 4 + 6 h x 2 = 66 units; 40% off: at 2 units exceeded 12 of 24 h (50% <= 60%), at 1: 18 (75%)
    # -> 2 units; served 6 + 24 + 12 = 42 of 48 -> 87.5%; spill 66 - 42 = 24
    ("load profile, provisioned is 40% off on-demand - what should they commit to?\n\n"
     "| window | hrs | units |\n|---|---|---|\n| overnight | 6 | 1 |\n| daytime | 12 | 4 |\n| late | 6 | 2 |",
     ["87.5%"]),
]


@pytest.mark.parametrize(("text", "figures"), PROFILES)
def test_a_profile_with_named_periods_gets_one_commitment(text: str, figures: list[str]) -> None:
    assert item_rows(text) is None
    assert_figures(text, figures)


def test_rows_of_separate_items_whose_hours_are_not_a_day_stay_separate() -> None:
    text = ("break-even for each deployment, 30% off provisioned:\n\n| deployment | hours a day | utilization |\n"
            "|---|---|---|\n| support | 12 | 80% |\n| search | 8 | 55% |")
    rows = item_rows(text)
    assert rows is not None and [row.label for row in rows] == ["support", "search"]
