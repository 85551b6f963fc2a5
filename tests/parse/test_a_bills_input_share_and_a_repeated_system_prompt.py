"""A bill stated with the month after it ("the bill last month was $48,000"), the input's share of it ("70% of that is
input") and the share of the input that is a repeated system prompt: the input spend worked out from the bill, and
what caching that prompt would save of it."""

from __future__ import annotations

from bot import router


def test_the_input_part_of_a_bill_and_its_repeated_system_prompt() -> None:
    text = router.answer("The customer's bill last month was $20,000 on-demand. About 80% of that is input, and "
                         "half of their input is a repeated system prompt. Cache reads are 10% of the input price; "
                         "ignore writes. What would caching have saved?", rate_cards={}).text
    # input: $20,000 × 80% = $16,000; saved $16,000 × 50% × (1 − 10%) = $7,200
    assert "$20,000.00 × 80% = *$16,000.00 a month*" in text
    assert "*$7,200.00* saved a month" in text


def test_a_share_of_the_input_named_as_a_shared_system_prompt_is_the_prefix_share() -> None:
    text = router.answer("They spend $10,000 a month on input tokens; 40% of their input is a shared system prompt. "
                         "Cached reads cost a tenth of input. Monthly saving, ignoring writes?", rate_cards={}).text
    assert "*$3,600.00* saved a month" in text  # $10,000 × 40% × 90%
