"""Markups and commitment offers as reps write them (our own sentences): a list price "over going direct" beside an
agreement's discount and a "why pay extra" is the effective markup; a discount offered for reserving capacity,
asked "break even against pay-as-you-go?", is the break-even (the "go?" of pay-as-you-go is no yes/no on a
commitment, and "what sustained utilization" asks a figure, it does not describe a steady load)."""

from __future__ import annotations

import pytest

from bot import router
from bot.parse import parse
from tests.support.replies import assert_figures


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # (1 + 40%) × (1 − 25%) − 1 = 5%
        ("Their procurement lead noticed Vertex is 40% over going direct, and they have a 25% committed-spend "
         "discount with Google. What's the effective markup, and what do I tell them they get for it?", "5%"),
        # (1 + 25%) × (1 − 15%) − 1 = 6.25%
        ("Fabrikam's EDP knocks fifteen percent off everything on AWS. Their CFO spotted Bedrock is a quarter above "
         "buying direct and asks why they'd pay extra for Bedrock. Net markup after the EDP, and what do I say "
         "they're getting?", "6.25%"),
    ],
)
def test_a_list_price_over_going_direct_is_the_markup(text: str, figure: str) -> None:
    reply = router.answer(text, rate_cards={})
    assert reply.intent == "markup"
    assert f"= *{figure}*." in reply.text
    assert "FedRAMP authorization" in reply.text  # what the markup buys


def test_a_channel_choice_beside_the_markup_stays_the_choice() -> None:
    # "go direct or Azure?" is the channel to pick, the markup worked out under the hyperscaler line (unchanged)
    text = "go direct or Azure? Azure list is 30% over direct, EA 20%, FedRAMP needed"
    assert router.answer(text, rate_cards={}).intent == "scenario"
    assert_figures(text, ["4%"])


@pytest.mark.parametrize(
    ("text", "break_even"),
    [
        # 1 − 25% = 75%
        ("morning all. Customer's AWS account team offered them \"a quarter off\" on-demand if they commit to reserved "
         "capacity for twelve months. What sustained utilisation do they need to break even against pay-as-you-go? "
         "(40 engineers across 2 regions, probably irrelevant)", "75%"),
        # 1 − 40% = 60%
        ("Google offered two fifths off list for a one-year reserved capacity commitment. What sustained utilization "
         "breaks even vs pay-as-you-go?", "60%"),
        # 1 − 50% = 50%
        ("they've been offered half off to reserve throughput for a year; break-even vs pay as you go?", "50%"),
    ],
)
def test_a_discount_offered_for_reserving_capacity_is_the_break_even(text: str, break_even: str) -> None:
    reply = router.answer(text, rate_cards={})
    assert reply.intent == "break_even"
    assert f"= *{break_even}*." in reply.text


def test_sustained_utilization_asked_is_no_steady_load() -> None:
    assert "steady" not in parse("30% off reserved: what sustained utilization breaks even?").fields.traits
    assert "steady" in parse("sustained load all day, 30% off reserved: should they commit?").fields.traits


@pytest.mark.parametrize(
    "text",
    [
        "they're offered 30% off reserved, steady load round the clock. go?",
        "steady load 24/7, 35% off provisioned: should they commit?",
    ],
)
def test_a_yes_no_on_a_commitment_for_a_described_load_stays_the_advice(text: str) -> None:
    assert router.answer(text, rate_cards={}).intent == "scenario"
