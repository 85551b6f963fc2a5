"""A result wanted "N% below what they'd pay on-demand" (or "N% cheaper than on-demand", "N% under what on-demand
costs") is a saving to reach, never the discount; "breaks even at 70%" is a utilization; "logs on at 9" is a time of
day, never a 9% utilization; "wipe the markup out" asks for the EA discount that cancels it; "what does the TTL do
here?" beside a config asks what it means."""

from __future__ import annotations

import pytest

from bot import router


def reply(text: str) -> str:
    return router.answer(text, rate_cards={}).text


@pytest.mark.parametrize("wanted", [
    "finance wants the reservation to come in at least 15% below what they would pay on-demand",
    "what discount would make them 15% cheaper than on-demand",
    "the discount that lands them 15% under what on-demand costs",
])
def test_a_share_below_on_demand_is_a_saving_to_reach(wanted: str) -> None:
    text = reply(f"they expect the committed capacity to run about 60% busy. {wanted}?")
    # (1 − d) ÷ 60% = 85% → d = 1 − 0.6 × 0.85 = 49%; breaking even alone takes 40%
    assert "49%" in text
    assert "40%" in text
    assert "1 − 15% = 85%" not in text  # never the 15% read as the discount


def test_breaks_even_at_a_share_is_a_utilization() -> None:
    text = reply("which discount just breaks even at 80%, and which one makes them 20% cheaper than on-demand at "
                 "that same usage? they think eighty percent utilisation, steady")
    assert "20%" in text  # break-even discount at 80% utilization
    assert "36%" in text  # 1 − 0.8 × 0.8
    assert "1 − 80% = 20%. Below" not in text  # the 80% is not a discount


def test_a_time_of_day_is_not_a_utilization() -> None:
    text = reply("their traffic is quiet overnight and surges when Europe logs on at 8. average 300k tokens a "
                 "minute. 25% off for reserved capacity sized to peak: does it beat on-demand?")
    assert "At 8% utilization" not in text
    assert "peak-to-average" in text  # the ratio sizing to peak needs is asked for


def test_am_and_pm_are_times_not_utilizations() -> None:
    text = reply("provisioned at 35% off; the batch kicks off at 7am. break-even?")
    assert "At 7% utilization" not in text
    assert "65%" in text


def test_wiping_out_a_markup_asks_for_the_ea_discount_that_cancels_it() -> None:
    text = reply("Vertex lists 25% above direct and their EA takes a tenth off. effective markup, and what EA "
                 "discount would wipe the markup out completely?")
    assert "12.5%" in text  # 1.25 × 0.9 − 1
    assert "20%" in text  # 1 − 1 ÷ 1.25


def test_what_a_term_does_beside_a_config_is_its_meaning() -> None:
    text = reply("from their yaml:\ncache: enabled\nttl: 60m\nwhat does the TTL do here, for the buyer?")
    assert text.startswith("*TTL (cache lifetime)*")  # the entry answers first


def test_a_load_in_tpm_is_sized_for_the_peak() -> None:
    text = reply("they average about 60k TPM and peak at three times that. 50% off for provisioned. if we commit "
                 "enough for the peak, how much throughput is that and what does it cost against on-demand?")
    assert "180,000 tokens/min" in text  # 60,000 × 3
    assert "1.5× on-demand" in text  # (1 − 50%) × 3


def test_a_break_even_asked_by_its_utilization_is_not_a_choice_of_structure() -> None:
    text = reply('a prospect asks: "at what average utilisation do reserved units stop being dearer than '
                 'on-demand?" we have no quote from the vendor yet. what should I tell them?')
    assert text.startswith("*Provisioned throughput: break-even*")
    assert "the provisioned discount versus on-demand" in text  # the one input it needs, asked for


def test_what_a_term_means_here_is_its_meaning() -> None:
    text = reply('the contract says "cache TTL: 10 minutes". finance wants to know what TTL means here?')
    assert text.startswith("*TTL (cache lifetime)*")
