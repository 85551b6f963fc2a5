"""Two loads with their unit said once, capacity sized for peak with no discount, and a unit's price said of "one"
beside a count of units (our own sentences, not a scored batch's)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import reply_text


@pytest.mark.parametrize(
    ("text", "ratio"),
    [
        ("peak 1,200 RPS, average 400. 30% off provisioned. sized for peak?", Decimal(3)),
        ("average 50k TPM, peak 125k; 40% off PT. worth sizing for peak?", Decimal("2.5")),
    ],
)
def test_the_unit_said_with_one_load_is_the_others_too(text: str, ratio: Decimal) -> None:
    assert parse(text).fields.peak_to_average == ratio


def test_capacity_sized_for_peak_with_no_discount_shows_its_utilization() -> None:
    reply = reply_text("peak 800 RPS, average 200: what utilization would capacity sized for peak run at?")
    assert "average utilization = 1 ÷ 4 = *25%*" in reply and "40% discount" in reply


def test_a_unit_priced_as_one_beside_a_count_of_them() -> None:
    # 6 × $3.10 × 730 = $13,578.00
    reply = reply_text("if one PTU costs $3.10 an hour, what do 6 of them cost for a 730-hour month?")
    assert "6 × $3.10 × 730 h = *$13,578.00*" in reply


def test_the_ratios_own_name_is_no_average_load() -> None:
    # "peaks around 48M tokens/hour, so peak-to-average is about 1.2": the 1.2 is the ratio, not an average load
    ask = parse("averaging ~40M tokens/hour with peaks around 48M tokens/hour, so peak-to-average is about 1.2. "
                "35% off provisioned. recommend?")
    assert ask.fields.peak_to_average == Decimal("1.2")
