"""Load profiles over the day as reps write them (our own sentences, not a scored batch's): a load in tokens or
requests a second or a minute spelt out ("100k tok/s", "3,000 tokens/sec", "400 req/min"), hours written "8 hrs/day"
or "8h ~60k", and the plan's saving against all on-demand said as a share."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from pricing.commitment import CommitmentRequest, optimal_commitment
from tests.support.replies import assert_figures


@pytest.mark.parametrize(
    ("text", "profile", "unit"),
    [
        ("load: 8 hrs/day ~90k tok/s, 8h ~50k, 8h ~10k. PT 35% off - commit how much?",
         [(90_000, 8), (50_000, 8), (10_000, 8)], "tps"),
        ("12 hours at 3,000 tokens/sec and 12 hours at 1,000; 35% off provisioned - what level to commit?",
         [(3_000, 12), (1_000, 12)], "tps"),
        ("6h @ 400 req/min, 18h @ 100. 30% off reserved. commitment?", [(400, 6), (100, 18)], "rpm"),
        ("4 hrs a day at 20k tokens per second, 20 hrs at 5k: 40% discount, what should they commit to?",
         [(20_000, 4), (5_000, 20)], "tps"),
    ],
)
def test_a_profile_in_a_rate_unit_spelt_out(text: str, profile: list[tuple[int, int]], unit: str) -> None:
    fields = parse(text).fields
    assert fields.load_profile == [(Decimal(load), Decimal(hours)) for load, hours in profile]
    assert fields.load_unit == unit


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # commit 50k (exceeded 8/24 <= 65%): 24 x 0.65 x 50k = 780k + 40k x 8 = 320k -> 1.1M vs 1.2M: 8.33% less
        ("load: 8 hrs/day ~90k tok/s, 8h ~50k, 8h ~10k. PT 35% off - commit how much?",
         ["*50,000 TPS*", "*8.33% less* than all on-demand"]),
        # commit 10 (50 exceeded only 6/24 hours): 24 x 0.7 x 10 = 168 + 40 x 6 = 240 -> 408 vs 480: 15% less
        ("6h a day at 50 PTUs, the other 18h at 10. 30% off. what level?", ["*10 PTUs*", "*15% less*"]),
    ],
)
def test_the_plan_says_its_saving_as_a_share(text: str, figures: list[str]) -> None:
    assert_figures(text, figures)


def test_saving_vs_on_demand() -> None:
    hourly = (Decimal(50),) * 6 + (Decimal(10),) * 18
    plan = optimal_commitment(CommitmentRequest(hourly_load=hourly, discount=Decimal("0.3")))
    assert plan.saving_vs_on_demand == Decimal("0.15")
    flat = optimal_commitment(CommitmentRequest(hourly_load=(Decimal(5),) * 24, discount=Decimal("0.3")))
    assert flat.saving_vs_on_demand == Decimal("0.3")
