"""Round 51's fix rounds: classes of misread found by blind batches 252 and later. Each message is our own; each reply
is checked for what a rep would read."""

from __future__ import annotations

import pytest

from bot import router


def _reply(text: str) -> router.Reply:
    return router.answer(text, rate_cards={})


@pytest.mark.parametrize("peak", ["peak running only 1.25x the average", "peak topping out at 1.25x the average",
                                  "peaks hitting about 1.25 times the average"])
def test_a_peak_said_with_a_verb_in_ing_against_the_average(peak: str) -> None:
    # before: the ratio was unread, so the capacity's utilization was unknown and provisioned only "worth evaluating"
    reply = _reply(f"fraud team, in prod for a year. {peak}, 24/7, growing. 40% off for a one-year provisioned "
                   "commitment. which structure should we steer them to?")
    assert "*Provisioned throughput: recommended.* Sized for peak it runs at about 80% utilization" in reply.text


def test_a_ratio_said_beside_the_loads_it_comes_from_is_one_ratio() -> None:
    # before: "~1.17" and 1.05M ÷ 900k were two ratios, and the reply asked which one to use
    reply = _reply("capacity sheet:\nAvg tokens/min: 900k\nPeak tokens/min: 1.05M\nPeak-to-average: ~1.17\n"
                   "Hours: 24x7, volume flat through FY\nwhich pricing structure do we lead with?")
    assert not reply.data.get("ambiguities")
    assert "*Provisioned throughput: recommended.* Sized for peak it runs at about 85.7% utilization" in reply.text


def test_a_ratio_said_beside_loads_it_does_not_match_is_still_asked_about() -> None:
    reply = _reply("avg 900k TPM, peak 1.5M TPM, peak-to-average ~1.17, 35% off provisioned: cost sized for peak?")
    assert "I read 1.67 and 1.17" in reply.text


@pytest.mark.parametrize("line", ["Direct-API equivalent spend, year one: $250,000",
                                  "direct spend (year 1): $250,000",
                                  "Direct API spend, first year: $250,000"])
def test_a_direct_spend_over_the_contracts_first_year(line: str) -> None:
    # before: the amount was unused, so the markup had no bill through the hyperscaler
    reply = _reply(f"Bedrock lists 20% over direct, their EDP is 10%.\n{line}\nwhat does year one cost through "
                   "Bedrock?")
    assert "On the hyperscaler: $250,000.00 a year direct × (1 + 8%) = *$270,000.00* a year" in reply.text


@pytest.mark.parametrize("asked", [
    "Where's the break-even utilization, and what does that 90% put their cost at against on-demand? Go?",
    "Where does break-even sit, and what does that 90% put their cost at against on-demand? Go?",
    "How does that compare with paying as they go?",
])
def test_the_break_even_asked_beside_a_yes_or_no(asked: str) -> None:
    # before: a flat round-the-clock load with a yes/no (or what read as one: "as they go?") was mapped across the
    # structures, with no cost at the utilization said
    reply = _reply("Northwind run a triage model flat out around the clock; the provider offered reserved capacity "
                   f"at 25% below on-demand, and they'd keep it about 90% busy. {asked}")
    assert reply.intent == "break_even"
    assert "(1 − 25%) ÷ 90% = 0.8333× on-demand" in reply.text
