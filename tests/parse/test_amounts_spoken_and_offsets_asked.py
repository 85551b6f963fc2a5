"""Amounts and targets as reps say them: "1.5 mil a year" going direct, "40k a month of direct-equivalent usage",
"per mill", "twenty-one dollars fifty cents", a discount that "lands them 15% below on-demand", capacity they "only
average half of", and the EA discount before "the effective markup hits zero". Our own sentences."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import reply_text


@pytest.mark.parametrize(
    ("text", "spend"),
    [
        ("going direct would be 2.4 mil a year. azure list markup 25%, their ea is 20%. extra per year?", 2400000),
        ("markup 20%, EA 10%. what do they pay on 50k a month of direct-equivalent usage?", 50000),
    ],
)
def test_direct_spend_said_without_a_sign(text: str, spend: int) -> None:
    assert parse(text).fields.direct_spend == Decimal(spend)


def test_prices_per_mill() -> None:
    fields = parse("each req 2,000 tok in and 500 out, 3 dollars per mill in / $12 per mill out. one call?").fields
    assert (fields.input_rate, fields.output_rate, fields.per_call_fee) == (Decimal(3), Decimal(12), None)


def test_dollars_and_cents_said_in_words() -> None:
    assert parse("two units at nineteen dollars twenty-five cents per unit-hour all month").fields.unit_hour_price == \
        Decimal("19.25")


def test_a_discount_that_lands_them_below_on_demand() -> None:
    assert "44%" in reply_text("utilization 70%. what discount lands them 20% below on-demand?")  # 1 − 0.7 × 0.8


def test_capacity_they_only_average_half_of() -> None:
    fields = parse("30% off on-demand for provisioned; if they only average half of the reserved capacity?").fields
    assert fields.utilization == [Decimal("0.5")]


def test_the_ea_discount_before_the_effective_markup_hits_zero() -> None:
    assert "20%" in reply_text("list is 25% above direct. how big must the EA be before the effective markup hits "
                               "zero?")  # 1 − 1 ÷ 1.25
