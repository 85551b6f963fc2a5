"""The peak-to-average ratio named and its figure a few words on ("peak vs average is probably around 4x",
"Peak-to-average: ops reckons ~1.5"), and the channel asked for a buyer with a cloud, an agreement or compliance needs
("where should we land them?", "which channel fits?"), or a commitment pushed ("do we push PT?"): the scenario, with
the figures behind its verdicts (our own sentences)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import Intent, parse
from tests.support.replies import reply_text


@pytest.mark.parametrize(
    ("text", "par", "figure"),
    [
        ("traffic's bursty; peak vs average is probably around 4x. 30% off reserved. worth it?", "4",
         "(1 − 30%) × 4 = 2.8×"),
        ("Peak-to-average: ops team reckons ~1.5. Provisioned 40% off. What structure?", "1.5",
         "(1 − 40%) × 1.5 = 0.9×"),
        ("early pilot, peak-to-average is all over the place, maybe 12x. what structure?", "12", "1 ÷ 12 = 8.33%"),
    ],
)
def test_the_ratio_named_then_its_figure(text: str, par: str, figure: str) -> None:
    assert parse(text).fields.peak_to_average == Decimal(par)
    assert figure in reply_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "peak-to-average unknown, 40% discount on offer. should they commit?",
        "peak-to-average? no idea. 500 calls a day, 35% off provisioned. thoughts?",
    ],
)
def test_a_figure_of_something_else_after_the_name_is_not_the_ratio(text: str) -> None:
    assert parse(text).fields.peak_to_average is None


@pytest.mark.parametrize(
    "text",
    [
        "State agency needs FedRAMP Moderate, already on AWS GovCloud; the Bedrock quote is ~25% over direct. Which "
        "channel fits?",
        "Retailer on Azure with an EA, data must stay in the EU, private endpoints only. Where should we land them?",
    ],
)
def test_the_channel_asked_for_a_described_buyer_is_the_scenario(text: str) -> None:
    assert parse(text).intent is Intent.SCENARIO
    assert "*Hyperscaler tier: recommended.*" in reply_text(text)


def test_pushing_a_commitment_on_a_peaky_load_is_the_scenario() -> None:
    # sized for a 4:1 peak at 35% off: 1 ÷ 4 = 25% utilization, (1 − 35%) × 4 = 2.6× on-demand
    text = "production chatbot, peak is about 4x average, 35% off provisioned. do we push PT?"
    assert parse(text).intent is Intent.SCENARIO
    reply = reply_text(text)
    assert "*Per-token: recommended.*" in reply
    assert "(1 − 35%) × 4 = 2.6×" in reply


def test_sizing_pt_for_peak_asks_for_the_ratio() -> None:
    reply = reply_text("sizing PT for peak at 35% off. what utilisation would that be, and is it worth it?")
    assert "the peak-to-average inference ratio, e.g." in reply
    assert "the expected sustained utilization" not in reply


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # peak 25% above average: PAR 1.25, sized for peak 1 ÷ 1.25 = 80%, (1 − 30%) × 1.25 = 0.875 → 12.5% below
        ("before I send it: their peak sits about 25% above the average and we'd size the reservation for the peak. "
         "30% off. utilisation and saving?", ["1 ÷ 1.25 = 80%", "(1 − 30%) × 1.25 = 0.875×", "12.5% below on-demand"]),
        # 60% over the mean: PAR 1.6, 62.5%, (1 − 40%) × 1.6 = 0.96 → 4% below
        ("peaks are roughly 60% over the mean; provisioned sized for peak at 40% off. worth it?",
         ["1 ÷ 1.6 = 62.5%", "(1 − 40%) × 1.6 = 0.96×", "4% below on-demand"]),
        # the share said after the average, at peak: PAR 1.5, 66.67%, (1 − 35%) × 1.5 = 0.975 → 2.5% below
        ("traffic is 50% above average at peak. sizing PTUs for the peak, 35% discount. utilization?",
         ["1 ÷ 1.5 = 66.67%", "(1 − 35%) × 1.5 = 0.975×", "2.5% below on-demand"]),
        # the average said below the peak: 1 ÷ (1 − 20%) = 1.25
        ("their average load sits 20% below peak. sized for peak, 30% off. savings?",
         ["1 ÷ 1.25 = 80%", "12.5% below on-demand"]),
    ],
)
def test_the_peak_said_as_a_share_above_the_average(text: str, figures: list[str]) -> None:
    reply = reply_text(text)
    missing = [f for f in figures if f not in reply]
    assert not missing, f"{missing} not in:\n{reply}"


@pytest.mark.parametrize(
    "text",
    [
        # a share above the average with no peak in it: growth of the usage, not the peak-to-average ratio
        "usage runs 25% above average this quarter; 30% off provisioned, util 80%. savings?",
        # a price above the average is no load
        "their rate is 25% above the market average; 30% off provisioned at 80% util. savings?",
    ],
)
def test_a_share_above_the_average_without_a_peak_is_no_ratio(text: str) -> None:
    assert parse(text).fields.peak_to_average is None
    assert "peak-to-average ratio of 1.25" not in reply_text(text)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # "PAR's" with its verb run on: 1 ÷ 2 = 50%, (1 − 35%) × 2 = 1.3×
        ("PAR's roughly 2. reserved 35% off, sized for peak. still worth it?", ["1 ÷ 2 = 50%", "(1 − 35%) × 2 = 1.3×"]),
        # the peak's noun after it: 1 ÷ 3 = 33.33%, (1 − 50%) × 3 = 1.5×
        ("peak load is about 3x their average. PTUs 50% off, sized for peak: utilisation and cost vs on-demand?",
         ["1 ÷ 3 = 33.33%", "(1 − 50%) × 3 = 1.5×"]),
    ],
)
def test_the_ratio_said_with_a_noun_or_a_run_on_verb(text: str, figures: list[str]) -> None:
    reply = reply_text(text)
    missing = [f for f in figures if f not in reply]
    assert not missing, f"{missing} not in:\n{reply}"
