"""The peak said against the average in more of the ways reps say it: the unit named once before both loads ("RPS
averages 12, peaks at 30"), a multiple of the average just said ("avg 50k TPM but peaks 10x that") and "times of
average"; and a workload whose prompts are "all different", asked "thoughts?" about a commitment, gets the verdicts."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot import router
from bot.parse import Intent, parse


@pytest.mark.parametrize(
    ("text", "ratio"),
    [
        ("RPS averages 20, peaks at 50. 40% off PT sized for peak: utilization?", Decimal("2.5")),
        ("TPM: avg 40k, peak 100k. provisioned at 30% off, sized for the peak", Decimal("2.5")),
        ("avg 80k TPM but it peaks 4x that at month end. 35% off sized for peak, cost vs OD?", Decimal(4)),
        ("steady load, peak only 1.5 times of average, PT discount 30%: sized for peak, does it pay?", Decimal("1.5")),
    ],
)
def test_the_ratio_of_the_peak_to_the_average(text: str, ratio: Decimal) -> None:
    assert parse(text).fields.peak_to_average == ratio


def test_the_utilization_and_cost_follow_from_it() -> None:
    # 50 ÷ 20 = 2.5 -> 40% utilization sized for peak; (1 − 40%) ÷ 40% = 1.5× on-demand
    reply = router.answer("RPS averages 20, peaks at 50. 40% off PT sized for peak: utilization and cost vs OD?",
                          rate_cards={}).text
    assert "40%" in reply and "1.5×" in reply, reply


@pytest.mark.parametrize(
    "text",
    [
        "RPS averages 20 and peaks 30% above that",  # a share above, not a load
        "TPM: avg 40k, peak 90% of capacity",
    ],
)
def test_a_peak_said_as_a_share_is_not_a_load(text: str) -> None:
    assert parse(text).fields.peak_to_average is None


def test_prompts_all_different_describe_the_workload() -> None:
    text = ("ad copy generator: avg 50k TPM, peaks 8x that in campaigns; prompts all different; someone is pushing a "
            "provisioned deal at 40% off. thoughts?")
    assert parse(text).intent is Intent.SCENARIO
    reply = router.answer(text, rate_cards={}).text
    # sized for its 8x peak the capacity would run at 12.5%, far below the 60% break-even
    assert "*Per-token: recommended" in reply and "12.5% utilization" in reply, reply
