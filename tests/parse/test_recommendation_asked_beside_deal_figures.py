"""A rep asking which structure to take ("which route?", "how do we position", "worth it?", "should they take it or
stay on-demand?", "what pricing should they take?") gets the scenario reply with the structure the workload points
to, even when the message also carries a markup and an EA discount, a discount and a peak-to-average ratio, or a
per-item fee (our own sentences); the same figures asked about without the choice keep their own answer."""

from __future__ import annotations

import pytest

from bot.parse import Intent, parse
from bot.router import answer
from tests.support.replies import reply_text


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # (1 + 18%) × (1 − 12%) − 1 = 3.84%
        ("Pharma buyer, patient data must stay in an EU region over private endpoints; whole estate is on Azure. "
         "Azure OpenAI lists 18% over direct, their EA discount is 12%. Which route?", ["3.84%"]),
        # (1 + 30%) × (1 − 15%) − 1 = 10.5%
        ("State agency on AWS GovCloud, FedRAMP Moderate is a must. Bedrock is 30% above direct, EA 15%. "
         "Which way should we take this one?", ["10.5%"]),
        # (1 + 25%) × (1 − 20%) − 1 = 0%
        ("retailer standardised on gcp years ago, wants vertex. list markup 25%, ea 20%. how do we position",
         ["0%"]),
    ],
)
def test_the_way_to_go_for_a_cloud_bound_buyer_is_the_hyperscaler_line_with_its_markup(
        text: str, figures: list[str]) -> None:
    assert parse(text).intent is Intent.SCENARIO
    reply = reply_text(text)
    assert "Hyperscaler tier:" in reply
    missing = [f for f in [*figures, "Effective markup"] if f not in reply]
    assert not missing, f"{missing} not in:\n{reply}"


def test_a_compliance_need_makes_the_hyperscaler_tier_recommended() -> None:
    reply = reply_text("Federal buyer, FedRAMP High only, all on Azure Government. Azure lists 20% over direct, EA "
                       "10%. Which route?")
    assert "*Hyperscaler tier: recommended.*" in reply
    assert "8%" in reply  # 1.2 × 0.9 − 1


@pytest.mark.parametrize(
    ("text", "figures", "recommended"),
    [
        # sized for a 3.5:1 peak at 45% off: 1 ÷ 3.5 = 28.57%, (1 − 45%) × 3.5 = 1.925× on-demand
        ("Events ticketing assistant, very spiky: peak-to-average 3.5. The provider wants them on provisioned at 45% "
         "off, sized for peak. Should they take it or stick with on-demand?",
         ["(1 − 45%) × 3.5 = 1.925×"], "Per-token: recommended"),
        # 1 ÷ 3 = 33.33% against a 60% break-even: (1 − 40%) × 3 = 1.8×
        ("bursty internal search tool, par ~3, they've been offered 40% off provisioned. worth it?",
         ["(1 − 40%) × 3 = 1.8×"], "Per-token: recommended"),
        # 1 ÷ 1.2 = 83.33% against 70%: (1 − 30%) × 1.2 = 0.84×; $40,000 a month → $33,600; a year: × 12 = $403,200
        ("Steady production workload, $40,000/month on-demand. Peak-to-average 1.2, we'd size for peak, provisioned "
         "discount 30%. Should we go provisioned, and what's the annual saving?",
         ["(1 − 30%) × 1.2 = 0.84×", "$33,600.00", "$403,200.00", "$76,800.00"], "Provisioned throughput: recommended"),
    ],
)
def test_a_yes_or_no_on_an_offered_commitment_is_the_scenario_with_the_peak_sizing(
        text: str, figures: list[str], recommended: str) -> None:
    assert parse(text).intent is Intent.SCENARIO
    reply = reply_text(text)
    missing = [f for f in [*figures, recommended] if f not in reply]
    assert not missing, f"{missing} not in:\n{reply}"


@pytest.mark.parametrize(
    "text",
    [
        # the sums alone, with no workload described and no choice asked, stay the break-even figures
        "par 2.5, 40% off provisioned, sized for peak. worth it?",
        "sized for peak, par 3, 45% off. util + cost vs od?",
        "the effective markup on bedrock: 22% list, 14% EA?",
        # caching's own "worth it?" keeps its figures
        "spiky bot, 6k prefix, $3 in, $0.30 cached, 20k calls/day, 40% off ptus too. is caching worth it?",
    ],
)
def test_the_same_figures_without_the_choice_keep_their_own_answer(text: str) -> None:
    assert parse(text).intent is not Intent.SCENARIO


@pytest.mark.parametrize(
    ("text", "recommended"),
    [
        ("photo moderation pipeline, flat 2M images/mo, vendor charges $0.0008/image. structure + monthly",
         "Per-call: recommended"),
        ("Nightly embedding job: a fixed batch of listings, same count each night, every listing capped at 150 words. "
         "Finance wants a simple cost per item. What's the best fit?", "Per-call: recommended"),
        ("receipt extraction: 5k receipts/day fixed, each bounded ~1 page, CFO wants a cost per receipt",
         "Per-call: recommended"),
    ],
)
def test_a_known_volume_of_items_is_per_call(text: str, recommended: str) -> None:
    assert parse(text).intent is Intent.SCENARIO
    assert recommended in reply_text(text)


def test_a_flat_fee_over_a_flat_volume_shows_the_month() -> None:
    # 2,000,000 × $0.0008 = $1,600.00
    assert "$1,600.00" in reply_text(
        "photo moderation pipeline, flat 2M images/mo, vendor charges $0.0008/image. structure + monthly")


@pytest.mark.parametrize(
    "text",
    [
        "fed buyer, FedRAMP, Azure OpenAI ~25% over direct, EA 10%. also asking about PTUs at 35% off. what do we "
        "recommend?",
        "rag assistant, 4k tok shared preamble, ~20k calls/day, $3/M in, $0.30/M cached. also being pitched "
        "provisioned at 30% off. which structure?",
    ],
)
def test_provisioned_on_offer_with_no_load_shape_asks_for_the_peak_to_average_ratio(text: str) -> None:
    reply = answer(text, rate_cards={})
    assert reply.intent == "scenario"
    assert "peak_to_average" in {m["field"] for m in reply.data.get("missing") or []}
    assert "peak-to-average" in reply.text


def test_provisioned_with_a_load_shape_does_not_ask_for_the_ratio() -> None:
    reply = answer("steady production api, par 1.2, 30% provisioned discount. what do we recommend?", rate_cards={})
    assert "peak_to_average" not in {m["field"] for m in reply.data.get("missing") or []}


@pytest.mark.parametrize(
    "text",
    [
        "Customer is running a 6-week pilot, maybe 20M input and 4M output tokens a month, short prompts. What pricing "
        "they should take? $1 input / $4 output per million.",
        "Retail chatbot where every conversation starts with the same 6,000-token catalogue, traffic uneven through "
        "the week. What's the main way to bring their inference cost down?",
        "EU data residency is a must and they're all-in on AWS with private networking. Direct to the lab or through "
        "Bedrock?",
    ],
)
def test_other_ways_of_asking_the_structure_are_the_scenario(text: str) -> None:
    assert parse(text).intent is Intent.SCENARIO
