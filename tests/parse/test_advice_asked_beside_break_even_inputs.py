"""The advice itself asked for ("do we still recommend it?", "which should they use?", "<lab> direct API or
<hyperscaler>?") is the scenario question even when the message carries a break-even input (a discount with a
peak-to-average ratio, a utilization, two loads): the verdicts for all four structures, with the break-even figures
worked out beside them (our own sentences)."""

from __future__ import annotations

import pytest

from bot.parse import Intent, parse
from tests.support.replies import reply_text


@pytest.mark.parametrize(
    ("text", "figures", "recommended"),
    [
        # sized for a 5:1 peak at 35% off: 1 ÷ 5 = 20% utilization, (1 − 35%) × 5 = 3.25× on-demand
        ("bursty agent runs, peak-to-average around 5, PTU discount 35%. should we still recommend PTUs?",
         ["1 ÷ 5 = 20% average utilization", "(1 − 35%) × 5 = 3.25×"], "Per-token: recommended"),
        # a stated 55% against a 60% break-even: (1 − 40%) ÷ 55% = 1.0909×
        ("They'd run provisioned at about 55% utilization with a 40% discount. Do we still recommend it?",
         ["1 − 40% = 60%", "(1 − 40%) ÷ 55% = 1.0909×"], "Provisioned throughput: not recommended"),
        # the utilization from two loads: 600k ÷ 800k = 75% against 70%
        ("they commit to 800k TPM and average about 600k TPM; discount 30%. would you recommend it?",
         ["600,000 TPM ÷ 800,000 TPM = 75%", "(1 − 30%) ÷ 75% = 0.9333×"], "Provisioned throughput: recommended"),
        # the ratio from two loads: 200 ÷ 50 = 4, sized for peak at 40% off: 2.4×
        ("Spiky support bot: average 50 RPM, peak 200 RPM. Reserved capacity 40% off. Which should they use?",
         ["200 RPM ÷ 50 RPM = 4", "(1 − 40%) × 4 = 2.4×"], "Per-token: recommended"),
    ],
)
def test_the_recommendation_asked_is_the_scenario_with_the_break_even(
        text: str, figures: list[str], recommended: str) -> None:
    assert parse(text).intent is Intent.SCENARIO
    reply = reply_text(text)
    missing = [f for f in [*figures, recommended] if f not in reply]
    assert not missing, f"{missing} not in:\n{reply}"


@pytest.mark.parametrize(
    ("text", "buys"),
    [
        ("Bank already runs everything on AWS, needs private endpoints and wants it on the AWS bill. Claude direct API "
         "or Bedrock?", "Private networking"),
        ("EU insurer on Azure wants data residency in-region. OpenAI direct access vs Azure OpenAI?",
         "Data residency controls"),
    ],
)
def test_a_direct_api_or_a_hyperscaler_is_the_scenario_with_the_hyperscaler_tier(text: str, buys: str) -> None:
    assert parse(text).intent is Intent.SCENARIO
    reply = reply_text(text)
    assert "*Hyperscaler tier: recommended.*" in reply
    assert buys in reply
