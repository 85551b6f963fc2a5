"""Capacity the buyer requires never to throttle is capacity sized for the peak: below break-even it is not
recommended (per-token absorbs the peaks), at or above break-even it stays recommended, and a stated utilization or an
unknown ratio decides as before."""

from __future__ import annotations

from decimal import Decimal

from pricing import WorkloadTraits, map_scenario


def _advice(**traits: object):  # type: ignore[no-untyped-def]
    return map_scenario(WorkloadTraits(**traits))  # type: ignore[arg-type]


def test_never_throttled_capacity_below_break_even_is_not_recommended() -> None:
    # 1 ÷ 4 = 25% against 1 − 35% = 65%
    advice = _advice(peak_to_average=Decimal(4), provisioned_discount=Decimal("0.35"), peak_sized=True)
    assert advice.provisioned_throughput.verdict == "not_recommended"
    assert "25% utilization" in advice.provisioned_throughput.reason
    assert "65%" in advice.provisioned_throughput.reason
    assert advice.per_token.verdict == "recommended"
    assert advice.peak_sizing is not None and advice.peak_sizing.comparison.cost_ratio == Decimal("2.6")


def test_without_the_requirement_the_base_load_commitment_stays_worth_evaluating() -> None:
    advice = _advice(peak_to_average=Decimal(4), provisioned_discount=Decimal("0.35"))
    assert advice.provisioned_throughput.verdict == "evaluate"


def test_never_throttled_capacity_at_or_above_break_even_stays_recommended() -> None:
    # 1 ÷ 1.5 = 66.7% against 65%
    advice = _advice(peak_to_average=Decimal("1.5"), provisioned_discount=Decimal("0.35"), peak_sized=True)
    assert advice.provisioned_throughput.verdict == "recommended"


def test_a_stated_utilization_decides_before_the_requirement() -> None:
    advice = _advice(utilization=Decimal("0.5"), provisioned_discount=Decimal("0.35"), peak_sized=True)
    assert "at the stated 50% utilization" in advice.provisioned_throughput.reason


def test_an_unknown_ratio_still_asks_for_it() -> None:
    advice = _advice(provisioned_discount=Decimal("0.35"), peak_sized=True)
    assert advice.provisioned_throughput.verdict == "evaluate"
    assert advice.par_question_needed
