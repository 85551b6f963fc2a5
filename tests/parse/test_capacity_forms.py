"""Provisioned units against on-demand in reps' words (our own sentences): a unit's throughput said after "each"
("each handling 30k tokens per minute", "each good for 40k tokens a minute"), a blended rate that "works out at" or is
"for that mix", and a monthly token forecast priced at it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures


@pytest.mark.parametrize(
    ("text", "tpm", "units"),
    [
        ("three reserved units, each handling about 30k tokens per minute, at $9 per unit-hour", "30000", "3"),
        ("5 PTUs, each good for 40,000 tokens a minute, $4/unit-hour", "40000", "5"),
        ("2 dedicated units, each rated at 60k tokens per minute, $12 per unit-hour", "60000", "2"),
    ],
)
def test_a_units_throughput_after_each(text: str, tpm: str, units: str) -> None:
    fields = parse(text + ", blended $5/M on-demand. does it pay at full use?").fields
    assert (fields.tokens_per_minute_per_unit, fields.units) == (Decimal(tpm), Decimal(units))


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        ("their blended rate works out at $4.20 per million tokens", "4.2"),
        ("blended on-demand rate for that input/output mix is $3.75 per million", "3.75"),
        ("the all-in price comes out at $2.50/M", "2.5"),
    ],
)
def test_a_blended_rate_said_with_a_verb(text: str, rate: str) -> None:
    fields = parse("4 units at $10 per unit-hour; " + text + ". cheaper?").fields
    assert fields.blended_rate == Decimal(rate)
    assert fields.output_rate in (None, Decimal(rate))  # "works out" is not the output side


def test_units_at_full_use_against_a_blended_rate() -> None:
    # 3 × $9 × 730 = $19,710; 3 × 30,000 × 60 × 730 = 3,942M tokens × $5 = $19,710: break-even at 100%
    assert_figures("three reserved units, each handling about 30k tokens per minute, at $9 per unit-hour. Blended "
                   "on-demand works out at $5 per million. Monthly both ways?", ["*$19,710.00* a month",
                                                                                 "= *$19,710.00*"])


def test_units_against_a_monthly_token_forecast_at_a_blended_rate() -> None:
    # 2 × $6 × 730 = $8,760 against 3,000M × $3.20 = $9,600: $840 less
    assert_figures("Two provisioned units at $6 per unit-hour, round the clock. They forecast three billion tokens a "
                   "month, blended rate for that mix is $3.20 per million. Cheaper, and by how much a month?",
                   ["$8,760.00", "$9,600.00 a month on-demand", "$840.00 a month less"])
