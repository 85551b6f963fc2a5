"""What a reply says about itself is true: coaching without a pricing question, no asking for what was given,
no "from your message" source line on a reply with no figures."""

from __future__ import annotations

import pytest

from bot import router


def test_a_discouraged_phrase_is_coached_when_there_is_no_pricing_question() -> None:
    reply = router.answer("team, AI API pricing is what the customer keeps asking about", rate_cards={})
    assert "Field language in your message" in reply.text
    assert "Inference pricing" in reply.text


@pytest.mark.parametrize(
    "text",
    [
        "Vertex is 30% over direct, no EA discount. effective markup?",
        "Bedrock list is 20% above direct and they don't have an EA",
        "Azure is 15% over direct, zero EA. what's the real markup?",
    ],
)
def test_no_ea_discount_is_zero_and_not_asked_for_again(text: str) -> None:
    reply = router.answer(text, rate_cards={})
    assert reply.data["request"]["fields"]["ea_discount"] == "0"
    assert not any(m["field"] == "ea_discount" for m in reply.data["missing"])
    assert "assumes no EA discount" not in reply.text


def test_no_figures_no_claim_that_they_come_from_the_message() -> None:
    reply = router.answer("is provisioned worth it for us?", rate_cards={})
    assert "come from your message" not in reply.text
    reply = router.answer("40% discount on PTUs, 80% utilization", rate_cards={})
    assert "none needed; the figures come from your message" in reply.text


def test_numbers_that_could_not_be_placed_are_named() -> None:
    reply = router.answer("35% off provisioned on a 3-year term, 80% utilization", rate_cards={})
    assert "Not used in these figures: “3-year”" in reply.text
    reply = router.answer("35% off provisioned, 80% utilization", rate_cards={})
    assert "Not used in these figures" not in reply.text


@pytest.mark.parametrize("text", [
    "1M input and 250k output tokens a day at $3/$15 per 1M on a 12 month commitment. total?",
    "what's the total on a 6 month deal: 40M in, 8M out a day at $0.50/$1.50 per M",
    "quote 3M input + 1M output tokens a day at $2/$8 per million over a 2 year contract",
])
def test_a_commitment_term_the_total_uses_is_not_called_unused(text: str) -> None:
    reply = router.answer(text, rate_cards={})
    assert "-month term:" in reply.text  # the total over the term is worked out
    assert "Not used in these figures" not in reply.text, reply.text


def test_a_term_in_a_quote_leaves_the_other_unplaced_numbers_named() -> None:
    reply = router.answer("1M input and 250k output tokens a day at $3/$15 per 1M on a 12 month commitment, 20 min",
                          rate_cards={})
    assert "Over the 12-month term" in reply.text
    assert "Not used in these figures: “20 min”." in reply.text


def test_a_prefix_below_the_minimum_is_said_plainly_not_asked_about() -> None:
    reply = router.answer("is caching worth turning on? our prompt is ~700 tokens on gpt-4o", rate_cards={})
    assert "below the minimum cacheable prefix of 1,024 tokens" in reply.text
    assert not any(m["field"] == "calls_per_day" for m in reply.data["missing"])


def test_sizing_for_peak_without_the_ratio_asks_for_the_ratio() -> None:
    reply = router.answer("35% off PTUs and they insist on sizing for peak. ok?", rate_cards={})
    assert any(m["field"] == "peak_to_average" for m in reply.data["missing"])


def test_a_cost_ratio_multiplies_out_to_three_places() -> None:
    reply = router.answer("50% off provisioned, 80% utilization", rate_cards={})
    assert "= 0.625" in reply.text  # (1 − 50%) ÷ 80%
