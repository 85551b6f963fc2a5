"""Targets, shares and sheet rows said the way reps say them: "land at least a fifth under on-demand", "0.9x of their
on-demand cost", "three-in-ten off", "every 50th call is a miss", "a quarter look like (91 days)" (a period, not
25%), "$70k flat for the month", a usage page's share of calls cached, and "input_tokens" rows of a usage export.
Our own sentences."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import reply_text


@pytest.mark.parametrize(
    ("text", "discount"),
    [
        ("they want provisioned to land at least a quarter under on-demand at 80% utilisation. discount?", "40%"),
        ("at 80% utilization, what discount gets them to 0.75x of their on-demand cost?", "40%"),
    ],
)
def test_a_target_below_on_demand(text: str, discount: str) -> None:
    assert discount in reply_text(text)  # 1 − 0.8 × 0.75


def test_a_discount_said_as_a_count_in_a_count() -> None:
    assert parse("sized for peak, peak:avg 2:1, discount is two-in-ten off list. cost vs od?").fields.discount == \
        Decimal("0.2")


def test_every_nth_call_a_miss_is_the_miss_rate() -> None:
    fields = parse("2k prefix, $3 in, $0.30 read, 10k calls a day, every 20th call is a miss. net a day?").fields
    assert fields.hit_ratio == Decimal("0.95")


def test_a_quarter_asked_with_its_days_is_the_period() -> None:
    text = "1M input a day, 200k output. $2 in, $8 out per million. what's a quarter look like (90 days)?"
    assert parse(text).fields.days_per_quarter == Decimal(90)
    assert "$324.00" in reply_text(text)  # ($2 + $1.60) × 90


def test_a_flat_amount_for_the_month_is_a_spend_not_a_fee() -> None:
    fields = parse("2 units @ $10/unit-hr all month. on-demand for the same traffic came out at $20k flat for the "
                   "month. delta?").fields
    assert fields.on_demand_spend == Decimal(20000) and fields.per_call_fee is None


def test_a_usage_pages_share_of_calls_cached_is_the_hit_rate() -> None:
    fields = parse("2k prefix, $2/M in, $0.50/M cached, 10k calls a day and the usage page shows 70% of calls "
                   "getting the cached rate. saving a day?").fields
    assert fields.hit_ratio == Decimal("0.7") and not fields.utilization


def test_usage_export_rows_named_by_side_in_snake_case() -> None:
    text = ("usage export, March:\n```\nmetric          tokens\ninput_tokens    100,000,000\n"
            "output_tokens   20,000,000\n```\n$1/M in, $4/M out. bill by line?")
    reply = reply_text(text)
    assert "row by row" not in reply and "$100.00" in reply and "$80.00" in reply
