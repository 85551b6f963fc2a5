"""A rate stated per thousand tokens restated per million (pricing.units.per_million_from_thousand). Values by hand."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pricing.units import per_million_from_thousand


@pytest.mark.parametrize(
    ("per_thousand", "per_million"),
    [
        (Decimal("0.003"), Decimal(3)),  # $0.003 per 1K tokens is $3 per million
        (Decimal("0.015"), Decimal(15)),
        (Decimal("0.00025"), Decimal("0.25")),
        (Decimal(2), Decimal(2_000)),
        (Decimal(0), Decimal(0)),
    ],
)
def test_a_rate_per_thousand_tokens_is_a_thousand_times_that_per_million(
    per_thousand: Decimal, per_million: Decimal
) -> None:
    assert per_million_from_thousand(per_thousand) == per_million
