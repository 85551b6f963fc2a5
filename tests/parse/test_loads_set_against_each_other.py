"""Two throughput figures of one unit, each named by the word nearest it (peak, average or what is used, committed),
however the sentence around them runs: the peak-to-average ratio (peak ÷ average) and the utilization of a commitment
(average ÷ committed), shown as the division and carried into the break-even (our own sentences)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.parse import parse
from tests.support.replies import assert_figures, reply_text


@pytest.mark.parametrize(
    ("text", "utilization", "figures"),
    [
        # 260 ÷ 400 = 65% against a 70% break-even: (1 − 30%) ÷ 65% = 1.0769× → 7.69% above on-demand
        ("They reserved 400 PTUs; on a normal day they use about 260 PTUs. 30% discount, still ahead?", "0.65",
         ["260 PTUs ÷ 400 PTUs = *65%*", "(1 − 30%) ÷ 65% = 1.0769×", "*7.69% above on-demand*"]),
        # 96k ÷ 120k = 80%: (1 − 25%) ÷ 80% = 0.9375× → 6.25% below
        ("we bought 120k TPM of provisioned throughput and real usage is 96k TPM. discount 25%. how are we doing?",
         "0.8", ["96,000 TPM ÷ 120,000 TPM = *80%*", "(1 − 25%) ÷ 80% = 0.9375×", "*6.25% below on-demand*"]),
        # the commitment after the average, and the average with a word between it and its figure
        ("averaging only 45k TPM against a commitment of 75k TPM; 35% off list. are they under water?", "0.6",
         ["45,000 TPM ÷ 75,000 TPM = *60%*", "(1 − 35%) ÷ 60% = 1.0833×"]),
    ],
)
def test_a_commitment_and_the_load_used_give_the_utilization(text: str, utilization: str,
                                                            figures: list[str]) -> None:
    fields = parse(text).fields
    assert fields.utilization == [Decimal(utilization)]
    assert parse(text).unused == []
    assert_figures(text, figures)


@pytest.mark.parametrize(
    ("text", "par", "figures"),
    [
        # 2,400 ÷ 800 = 3: sized for peak at 45% off, (1 − 45%) × 3 = 1.65× on-demand
        ("Peak traffic hits 2,400 tokens/sec while the mean sits near 800 tokens/sec. PT discount 45%, sized for "
         "peak: cost vs on-demand?", "3", ["2,400 tokens/s ÷ 800 tokens/s = *3*", "(1 − 45%) × 3 = 1.65×"]),
        # labels on lines of a pasted plan, the figures after a colon
        ("planning sheet\n- sustained load: 90k TPM\n- max load: 270k TPM\nprovisioned is 50% off. how does it "
         "compare?", "3", ["270,000 TPM ÷ 90,000 TPM = *3*", "(1 − 50%) × 3 = 1.5×"]),
        ("typical day 120 RPM, busiest hour 300 RPM. 30% off for PTUs if sized for the busiest hour - worth it?",
         "2.5", ["300 RPM ÷ 120 RPM = *2.5*", "(1 − 30%) × 2.5 = 1.75×"]),
    ],
)
def test_a_peak_and_an_average_load_give_the_ratio(text: str, par: str, figures: list[str]) -> None:
    assert parse(text).fields.peak_to_average == Decimal(par)
    assert_figures(text, figures)


def test_loads_in_two_units_are_not_divided() -> None:
    text = "average load 90k TPM, peak 4k tokens/s. provisioned 40% off, worth it?"
    assert parse(text).fields.peak_to_average is None
    assert "Peak-to-average ratio =" not in reply_text(text)


def test_an_average_above_the_commitment_is_not_a_utilization() -> None:
    text = "they committed to 100k TPM but actually average 140k TPM; discount 40%. ok?"
    ask = parse(text)
    assert ask.fields.utilization == []
    reply = reply_text(text)
    assert "Utilization = average load" not in reply
    assert "Not used in these figures: “100k”, “140k”" in reply
