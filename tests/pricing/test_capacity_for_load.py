"""The throughput to commit for a load, in tokens a minute: the average times its peak-to-average ratio."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pricing.errors import PricingError
from pricing.provisioned import capacity_for_load


def test_a_peaky_load_commits_its_peak_and_runs_below_full() -> None:
    sized = capacity_for_load(Decimal(2_000_000), Decimal("1.5"))
    assert sized.capacity == Decimal(3_000_000)
    assert sized.utilization == 1 / Decimal("1.5")  # 66.67% on average
    assert sized.peak_to_average == Decimal("1.5")


def test_a_steady_load_commits_its_average_and_runs_full() -> None:
    sized = capacity_for_load(Decimal(40_000))
    assert (sized.capacity, sized.utilization) == (Decimal(40_000), Decimal(1))


@pytest.mark.parametrize(("average", "par", "named"),
                         [(Decimal(0), Decimal(1), "average tokens per minute 0"),
                          (Decimal(1000), Decimal("0.5"), "peak to average 0.5:1")])
def test_a_load_that_cannot_be_sized_is_refused_naming_the_figure(average: Decimal, par: Decimal, named: str) -> None:
    with pytest.raises(PricingError, match=named):
        capacity_for_load(average, par)


@given(st.decimals(min_value=1, max_value=10**8, places=0), st.decimals(min_value=1, max_value=20, places=2))
def test_the_commitment_carries_the_peak_exactly(average: Decimal, par: Decimal) -> None:
    sized = capacity_for_load(average, par)
    assert sized.capacity == average * par
    assert sized.capacity * sized.utilization == pytest.approx(average)
