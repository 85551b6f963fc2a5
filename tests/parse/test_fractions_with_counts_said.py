"""Fractions with a count in front ("two-fifths off", "three tenths discount"), a peak said as a fraction or a
multiple of the average ("five-quarters of the average", "December runs about 5x our average"), a hit rate said as
"N in M" after its label, and "half a k" (our own sentences, not a scored batch's)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures


@pytest.mark.parametrize(
    ("text", "discount"),
    [
        ("AWS quoted three-fifths off on-demand for the reserved units. break-even?", Decimal("0.6")),
        ("they were offered two fifths off list for a 12-month PTU term; where's break-even", Decimal("0.4")),
        ("three tenths discount on provisioned, what utilisation do they need", Decimal("0.3")),
        ("a fifth off the on-demand price for a reservation, break-even?", Decimal("0.2")),
    ],
)
def test_a_counted_fraction_before_its_label_is_the_whole_fraction(text: str, discount: Decimal) -> None:
    # never the bare fraction: "two-fifths off" is 40%, not 20%
    assert parse(text).fields.discount == discount


def test_a_counted_fraction_off_is_priced_with_its_count() -> None:
    # d = 3/5 -> break-even 40%; at 80%: 0.40 / 0.80 = 0.5x on-demand
    assert_figures("Bedrock offered roughly three-fifths off for provisioned; they'd sit around 80% utilisation. "
                   "cost vs on-demand and break-even?", ["40%", "0.5× on-demand"])


@pytest.mark.parametrize(
    ("text", "ratio"),
    [
        ("the busiest hour is about five-quarters of the average; 35% off for PTUs", Decimal("1.25")),
        ("peak sits at three halves of the mean. provisioned at 30% off", Decimal("1.5")),
        ("December runs about 5x our average, and the reservation is 40% off if sized for peak", Decimal(5)),
        ("the Monday rush spikes to 3 times the normal average; 25% off provisioned", Decimal(3)),
        ("launch weeks run roughly four times the baseline, PTUs at 30% off", Decimal(4)),
    ],
)
def test_a_peak_said_against_the_average_is_the_ratio(text: str, ratio: Decimal) -> None:
    assert parse(text).fields.peak_to_average == ratio


def test_a_peak_said_as_a_fraction_of_the_average_sizes_the_reservation() -> None:
    # sized for a peak 1.5x the average: utilization 1/1.5 = 66.67%; cost (1 - 30%) x 1.5 = 1.05x
    assert_figures("peak is about three halves of the average; they'd size the reservation for peak at 30% off. "
                   "utilisation and cost vs on-demand?", ["66.67%", "1.05× on-demand"])


def test_a_quarter_of_the_day_is_not_a_multiple_of_the_average() -> None:
    # a share below one is not a peak multiple
    assert parse("half the average load, 30% off provisioned").fields.peak_to_average is None


@pytest.mark.parametrize(
    ("text", "ratio"),
    [
        ("4k prefix, $3 input / $0.30 cache read, 20k calls a day. hit rate: roughly two in three calls",
         Decimal(2) / 3),
        ("*Cache hits:* about 4 out of 5, 6k-token prefix, $2.50/M input, $1.25/M cached, 8k calls a day",
         Decimal("0.8")),
    ],
)
def test_a_hit_rate_said_as_n_in_m_after_its_label(text: str, ratio: Decimal) -> None:
    got = parse(text).fields.hit_ratio
    assert got is not None and abs(got - ratio) < Decimal("0.0001")


def test_half_a_k_is_five_hundred() -> None:
    fields = parse("two and a half k tokens in and half a k out per call, 10k calls a day at $1/$4").fields
    assert fields.input_tokens_per_call == 2500
    assert fields.output_tokens_per_call == 500
