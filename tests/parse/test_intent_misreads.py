"""Wordings that pointed the intent at the wrong question: each class with a reading of its own."""

from __future__ import annotations

import pytest

from bot import router
from bot.parse import Intent, parse


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # A yes/no on committing, with the workload described and nothing to compute a utilization from: which
        # structure fits (the scenario), even with a discount and a ratio in the ask.
        ("steady production traffic for a claims bot, PAR around 1.25, 30% off offered for a reservation. "
         "should we commit?", Intent.SCENARIO),
        ("bursty agent workloads, peak to average 5:1, 45% off PTUs. provisioned or not?", Intent.SCENARIO),
        ("support assistant in prod, constant load, they were offered 25% off for a reservation. commit or not?",
         Intent.SCENARIO),
        ("peaky retail app, peak-to-average near 3, 35% off. should they reserve capacity?", Intent.SCENARIO),
        ("what should the customer do: steady high volume, offered 30% off for a one-year commitment",
         Intent.SCENARIO),
        # ... but a utilization or a capacity price to work from makes it a break-even question
        ("40% off PTUs and they'd run at 70% utilization. should they commit?", Intent.BREAK_EVEN),
        ("production chatbot, steady, 6 PTUs at $9/hr against $40k a month on-demand. should they commit?",
         Intent.BREAK_EVEN),
        # ... and with no workload described it stays one
        ("30% off PTUs, commit or not?", Intent.BREAK_EVEN),
    ],
)
def test_a_commitment_decision_on_a_described_workload_is_a_scenario(text: str, intent: Intent) -> None:
    assert parse(text).intent is intent


def test_the_scenario_reply_works_out_the_peak_sizing() -> None:
    reply = router.answer("steady production traffic for a claims bot, PAR around 1.25, 30% off offered for a "
                          "reservation. should we commit?", rate_cards={})
    assert "1 − 30% = 70%" in reply.text
    assert "1 ÷ 1.25 = 80%" in reply.text
    assert "(1 − 30%) × 1.25 = 0.875" in reply.text and "12.5% below on-demand" in reply.text
    assert "*Provisioned throughput: recommended.*" in reply.text


def test_a_bursty_workload_sized_for_peak_costs_more_than_on_demand() -> None:
    reply = router.answer("bursty agent workloads, peak to average 5:1, 45% off PTUs. provisioned or not?",
                          rate_cards={})
    assert "(1 − 45%) × 5 = 2.75" in reply.text and "175% above on-demand" in reply.text
    assert "*Per-token: recommended.*" in reply.text


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # "is X the same as Y", "they keep saying X": a question about a name
        ("is a PTU the same thing as provisioned throughput?", "PTU"),
        ("are committed use discounts and provisioned throughput interchangeable?", "Provisioned throughput"),
        ("the buyer keeps saying VNet, what do they mean by that", "Private networking"),
        ("their security team keeps mentioning private endpoints. is that another name for the VNet thing?",
         "Private networking"),
        # the cache hit rate has an entry of its own, which says no provider guarantees it
        ("how do I explain hit rate to procurement? they want a number in the contract", "Cache hit rate"),
        ("what's a cache hit ratio", "Cache hit rate"),
        ("TTL vs cache lifetime - same thing?", "TTL"),
        ("is PTU just OpenAI's word for provisioned?", "PTU"),
        ("what does data residency refer to in the Azure contract", "Data residency"),
        ("ELI5 peak-to-average ratio", "Peak-to-average ratio"),
        ("what's meant by on-demand", "On-demand"),
    ],
)
def test_a_question_about_a_name_gets_the_entry(text: str, title: str) -> None:
    reply = router.answer(text, rate_cards={})
    assert reply.intent == "glossary"
    assert f"*{title}" in reply.text


def test_the_cache_hit_rate_entry_says_it_is_not_contractual() -> None:
    reply = router.answer("what's a cache hit ratio", rate_cards={})
    assert "No provider commits to it in a contract" in reply.text


def test_a_figure_is_still_worked_out_when_the_same_words_appear() -> None:
    assert parse("is provisioned the same as on-demand at 60% utilization with 40% off?").intent is Intent.BREAK_EVEN


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # "per call" as the unit tokens are counted in, or a period of the cost asked: a quote
        ("rate card: $2 per M in, $8 per M out. 1.2k in and 200 out per call, 6,000 calls a day. "
         "per call / day / month?", Intent.QUOTE),
        ("list rates $0.40 in / $1.60 out per million; 3k input tokens per call and 600 output tokens per call, "
         "2k calls a day. figures per call and per month?", Intent.QUOTE),
        ("gpt-4o, 900 tokens in and 150 back per call, 12k calls daily. per call, per day, per month?", Intent.QUOTE),
        # a fee charged per call is still a per-call question
        ("$0.004 per call vs $1/$4 per M, calls are 1k in 200 out. which is cheaper?", Intent.PER_CALL),
        ("vendor is quoting per call for this endpoint, our calls run 1.5k in / 300 out at $3/$15", Intent.PER_CALL),
    ],
)
def test_a_call_as_a_unit_is_not_a_per_call_fee(text: str, intent: Intent) -> None:
    assert parse(text).intent is intent


@pytest.mark.parametrize(
    "text",
    [
        "the training deck claims a saving of $0.01 per hit on a 5k prompt at $3/M, with 10k calls a day. right?",
        "each cache hit is worth $0.02 they say, 6k-token prompt at $4/M, 30k calls a day",
        "savings per hit on a 3k prompt at $2.50/M input, 8k calls a day?",
    ],
)
def test_a_saving_per_hit_is_a_caching_question(text: str) -> None:
    assert parse(text).intent is Intent.CACHING


@pytest.mark.parametrize(
    "text",
    [
        "4 provisioned units at $25/hr each running all day vs the same load on-demand, 500M tokens a day at $3/M "
        "blended. which is cheaper per day?",
        "2 PTUs at $40/hr each for 24h vs on-demand for the same 800M tokens daily at a $2/M blended rate. "
        "which wins per day?",
        "5 provisioned units at $12/hr each around the clock vs on-demand: 300M tokens a day at $3/M. cheaper?",
    ],
)
def test_units_priced_by_the_hour_against_on_demand_tokens_is_a_break_even_question(text: str) -> None:
    assert parse(text).intent is Intent.BREAK_EVEN
