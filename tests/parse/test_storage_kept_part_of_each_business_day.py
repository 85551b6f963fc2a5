"""A Gemini-style cache kept part of each day and stored over a count of days ("9 hours each business day, 22 a
month", "over 22 business days"): storage is billed for those hours of those days, never a 730-hour month."""

from __future__ import annotations

import pytest

from tests.support.replies import assert_figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # 200,000 × 9 h × 22 days = 39.6M token-hours × $1/1M = $39.60
        ("gemini context cache: 200k tokens kept 9 hours a day, storage $1/M tokens/hour, over 22 business days "
         "what's the storage bill?", ["$39.60"]),
        # 50,000 × 9 × 22 = 9.9M token-hours × $4.50/1M = $44.55 a month
        ("we cache a 50k-token doc on gemini for 9h each business day (22/month) at $4.50/MTok/hr storage - monthly "
         "storage?", ["$44.55"]),
    ],
)
def test_storage_is_billed_for_the_hours_of_the_days_said(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


def test_storage_beside_the_hit_saving_is_totalled_over_the_days_said() -> None:
    # 60,000 × $4.50/1M = $0.27 an hour × 6 h = $1.62 a day; × 20 days = $32.40
    assert_figures("explicit cache, 60k-token context, 1h TTL, kept alive 6 hours each business day. input $2/MTok, "
                   "cached $0.50/MTok, storage $4.50 per MTok per hour. saving per cached call, storage per day and "
                   "over a 20-business-day month?", ["$0.09", "$1.62", "$32.40"])
