"""Provisioned capacity as reps describe it: an hourly offer that "covers up to" so many tokens a day set against the
traffic stated beside it (the share of the capacity it fills is the utilization), and a load profile whose segments
say when they run ("20 units at peak for 4 hours", "6 units overnight for 8 hours")."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from bot.parse.models import Intent
from tests.support.replies import assert_figures, reply_text


def test_an_offer_covering_tokens_a_day_is_one_block_of_that_capacity() -> None:
    fields = parse("Provisioned is $8 an hour flat and covers up to 48M tokens a day; they run 24M tokens a day at a "
                   "$5/M blended rate. Worth it?").fields
    assert fields.units == 1 and fields.unit_hour_price == 8
    assert fields.tokens_per_hour_per_unit == Decimal(2_000_000)


def test_the_traffic_beside_the_capacity_is_its_utilization() -> None:
    # $8 x 730 = $5,840; capacity 48M a day, traffic 36M a day = 75%; 2M/h x 730 x 75% = 1,095M tokens x $5/M =
    # $5,475 on-demand; break-even $8 / (2M x $5/M = $10) = 80%
    text = ("Their traffic is about 36M tokens a day at a blended on-demand rate of $5/M. The provisioned offer is $8 "
            "an hour, which covers up to 48M tokens a day. Cheaper per month, and what share of the capacity breaks "
            "even?")
    assert parse(text).intent is Intent.BREAK_EVEN
    assert_figures(text, ["$5,840.00", "75%", "$5,475.00", "80%"])


def test_traffic_larger_than_the_capacity_is_not_taken_as_its_utilization() -> None:
    reply = reply_text("They run 90M tokens a day, blended $5/M. Provisioned is $8 an hour and covers up to 48M "
                       "tokens a day. Break-even?")
    assert "their 90,000,000 tokens a day" not in reply


@pytest.mark.parametrize("text", [
    "Hourly load: 30 units in daytime for 10 hours, 12 units at night for 10 hours, 4 units overnight for 4 hours. "
    "Offered 40% off, on-demand $5 per unit-hour. Where to commit?",
    "Their profile: 30 units at peak for 10 hours, 12 units for 10 hours, 4 units overnight for 4 hours; 40% off "
    "provisioned, $5 a unit-hour on-demand. Commitment level?",
])
def test_load_segments_that_say_when_they_run_are_a_profile(text: str) -> None:
    fields = parse(text).fields
    assert fields.load_profile == [(Decimal(30), Decimal(10)), (Decimal(12), Decimal(10)), (Decimal(4), Decimal(4))]
    # commit where the load is exceeded in at most 60% of the hours: 12 units (exceeded 10 of 24 hours)
    assert "*12 units*" in reply_text(text)
